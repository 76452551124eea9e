"""budget and facilities as processes in production mode, trusting only a real OpenID Connect
provider (the dev IdP): people log in with code + PKCE, facilities gets its own token by client
credentials (endpoint from discovery) and asks budget over HTTP through the generated client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sg_common.auth.dev import mint_token
from sg_common.testing.oidc import DevIdp, DevIdpUnavailable, running_dev_idp

from .suite import Suite, start_suite, stop_suite


@pytest.fixture(scope="module")
def idp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevIdp]:
    try:
        with running_dev_idp(tmp_path_factory.mktemp("e2e-idp")) as provider:
            yield provider
    except DevIdpUnavailable as exc:
        pytest.skip(f"the dev IdP cannot run here: {exc}")


@pytest.fixture(scope="module")
def oidc_suite(idp: DevIdp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Suite]:
    workdir: Path = tmp_path_factory.mktemp("oidc-suite")
    env: dict[str, dict[str, str]] = {}
    for name in ("budget", "facilities"):
        client_id, secret = idp.service_client(name)
        env[name] = {
            "SG_ENV": "production",
            "SG_SECRET_KEY": f"e2e-{name}-secret-key",
            "SG_OIDC_ISSUER": idp.issuer,  # keys and token endpoint from discovery
            "SG_OIDC_CLIENT_ID": client_id,
            "SG_OIDC_CLIENT_SECRET": secret,
        }
    running = start_suite(workdir, "sqlite", names=["budget", "facilities"], extra_env=env)
    try:
        yield running
    finally:
        stop_suite(running)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_facilities_reads_budgets_figures_with_its_provider_token(
    oidc_suite: Suite, idp: DevIdp
) -> None:
    claire = bearer(idp.user_token("claire.dpg").access_token)  # budget.manager, DPG
    with httpx.Client(base_url=oidc_suite.url("budget"), headers=claire, timeout=15) as budget:
        assert budget.get("/fiscal-years/2026").status_code == 200
        allocated = budget.post(
            "/allocations",
            json={
                "unit_code": "DESE-CN",
                "fiscal_year": 2026,
                "action": "01",
                "title": "T5",
                "ae": "1500.00",
                "cp": "1500.00",
                "reason": "dotation initiale",
            },
        )
        assert allocated.status_code == 201, allocated.text

    fanny = bearer(idp.user_token("fanny.dsg").access_token)  # facilities.buyer, DSG
    issued = idp.tokens_issued("facilities-svc")
    url = oidc_suite.url("facilities")
    with httpx.Client(base_url=url, headers=fanny, timeout=15) as facilities:
        for _ in range(3):
            view = facilities.get(
                "/budget-availability", params={"unit_code": "DESE-CN", "fiscal_year": 2026}
            )
            assert view.status_code == 200, view.text
            body = view.json()
            assert body["source"] == "budget", oidc_suite.services["facilities"].tail()
            assert body["items"][0]["ae_allocated"] == "1500.00"
    assert idp.tokens_issued("facilities-svc") == issued + 1  # one token for three calls


def test_in_production_a_development_token_is_refused(oidc_suite: Suite) -> None:
    forged = mint_token(subject="x", roles=["sg.admin"], units=["SG"])
    for name in ("budget", "facilities"):
        response = httpx.get(f"{oidc_suite.url(name)}/org/units/DPG", headers=bearer(forged))
        assert response.status_code == 401, (name, response.text)
