"""The generated clients are current and the TypeScript types compile."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_generated_clients_match_the_documents_and_typescript_compiles() -> None:
    if shutil.which("npm") is None:
        pytest.fail("npm is required (TypeScript types of clients/ts)")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "clients.py"), "check"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_the_python_client_speaks_to_a_service() -> None:
    """A generated client against a real app (in-process ASGI): org unit and a problem."""
    import asyncio

    import httpx
    from asgi_lifespan import LifespanManager
    from budget_client import AuthenticatedClient
    from budget_client.api.org import org_get_unit
    from budget_client.models import OrgUnitDetail, Problem

    from budget_svc.app import SERVICE
    from sg_common.app import create_service_app
    from sg_common.auth.dev import mint_token

    async def scenario(tmp: Path) -> tuple[object, object]:
        settings = SERVICE.settings_class(
            _env_file=None,  # type: ignore[call-arg]
            events_enabled=False,
            data_dir=tmp,
            log_json=False,
            log_level="WARNING",
        )
        app = create_service_app(SERVICE, settings)
        async with LifespanManager(app):
            client = AuthenticatedClient(
                base_url="http://testserver", token=mint_token(subject="t", roles=["sg.admin"])
            )
            client.set_async_httpx_client(
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app),
                    base_url="http://testserver",
                    headers={
                        "Authorization": f"Bearer {mint_token(subject='t', roles=['sg.admin'])}"
                    },
                )
            )
            found = await org_get_unit.asyncio(code="DPG", client=client)
            missing = await org_get_unit.asyncio(code="NOPE", client=client)
            return found, missing

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        found, missing = asyncio.run(scenario(Path(tmp)))
    assert isinstance(found, OrgUnitDetail)
    assert found.code == "DPG"
    assert isinstance(missing, Problem)
    assert missing.status in (404, 422)
