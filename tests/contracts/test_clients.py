"""The clients are built from the committed documents, never committed, and current.

Their code is generated when the packages are built (``clients/hatch_build.py``,
``clients/ts/generate.mjs``): here, what git tracks, the pins of the generator, and the installed
code against what the committed document gives.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ["budget", "hr", "facilities", "it", "production"]
# What a client package holds in git: hand-written files only (the hook is a link to one file).
HAND_WRITTEN = {"pyproject.toml", "README.md", "hatch_build.py"}


def _locked() -> dict[str, str]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    return {p["name"]: p["version"] for p in lock["package"] if "version" in p}


def _pin(requirement: str) -> tuple[str, str]:
    name, version = requirement.split("==")
    return name.strip().lower().replace("_", "-"), version.strip()


def test_no_generated_client_code_is_tracked() -> None:
    listed = subprocess.run(
        ["git", "ls-files", "clients"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    tracked = listed.stdout.split()
    python = [p for p in tracked if p.startswith("clients/") and p.count("/") >= 2]
    for path in python:
        package, rest = path.split("/", 2)[1:]
        if package == "ts":
            assert not rest.startswith("src/"), f"generated TypeScript tracked: {path}"
        else:
            assert rest in HAND_WRITTEN, f"generated client code tracked: {path}"
    for name in SERVICES:
        hook = ROOT / "clients" / f"{name}-client" / "hatch_build.py"
        assert hook.is_symlink()
        assert hook.resolve() == ROOT / "clients" / "hatch_build.py"


@pytest.mark.parametrize("name", SERVICES)
def test_a_client_package_builds_from_its_document_with_the_locked_generator(name: str) -> None:
    """The build requires pin the generator at the lock's version, the version is the API's,
    and uv rebuilds the package when its document changes (cache key)."""
    project = tomllib.loads((ROOT / "clients" / f"{name}-client" / "pyproject.toml").read_text())
    pins = dict(_pin(r) for r in project["build-system"]["requires"])
    assert pins["openapi-python-client"] == _locked()["openapi-python-client"]
    assert set(pins) == {"hatchling", "openapi-python-client"}
    document = json.loads((ROOT / "services" / f"{name}-svc" / "openapi.json").read_text())
    assert project["project"]["version"] == document["info"]["version"]
    keys = [k["file"] for k in project["tool"]["uv"]["cache-keys"]]
    assert f"../../services/{name}-svc/openapi.json" in keys
    assert "../hatch_build.py" in keys


def test_the_build_environments_are_pinned_at_the_locked_versions() -> None:
    """Every package the generator needs at build time is constrained, at the lock's version."""
    root = tomllib.loads((ROOT / "pyproject.toml").read_text())
    constraints = dict(_pin(r) for r in root["tool"]["uv"]["build-constraint-dependencies"])
    packages = {p["name"]: p for p in tomllib.loads((ROOT / "uv.lock").read_text())["package"]}
    needed: dict[str, str] = {}
    todo = ["openapi-python-client"]
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed[name] = packages[name]["version"]
        todo += [
            d["name"]
            for d in packages[name].get("dependencies", [])
            if "win32" not in d.get("marker", "")
        ]
    del needed["openapi-python-client"]  # pinned in the clients' build-system requires
    assert {n: constraints.get(n) for n in needed} == needed


@pytest.mark.parametrize("dockerfile", ["services/facilities-svc/Dockerfile", "console/Dockerfile"])
def test_the_images_build_their_clients_from_the_documents(dockerfile: str) -> None:
    """The build stage has the client packages and the documents before `uv sync` builds them,
    and never a locally generated package (.dockerignore)."""
    before_sync = (ROOT / dockerfile).read_text().split("uv sync --frozen")[0]
    assert "COPY clients clients" in before_sync
    assert "COPY services services" in before_sync
    assert "clients/*-client/*_client" in (ROOT / ".dockerignore").read_text().split()


def test_installed_clients_match_the_documents_and_typescript_compiles() -> None:
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
            _env_file=None,
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
