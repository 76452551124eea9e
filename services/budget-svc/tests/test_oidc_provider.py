"""budget-svc verifying tokens of a real OpenID Connect provider (the dev IdP, oidc-provider):
keys from SG_OIDC_ISSUER's discovery document, service tokens by client credentials, user
tokens by the authorization code + PKCE flow; tokens of another issuer or audience refused."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sg_common.auth.dev import mint_token
from sg_common.testing.oidc import DevIdp, running_dev_idp

from .conftest import Budget


@pytest.fixture
def settings_overrides(oidc_provider: DevIdp) -> dict[str, Any]:
    return oidc_provider.settings_for("budget")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def manager(oidc_provider: DevIdp) -> dict[str, str]:
    """Claire, budget.manager at DPG, logged in through the provider's form."""
    return bearer(oidc_provider.user_token("claire.dpg").access_token)


@pytest.fixture
def officer_bre(oidc_provider: DevIdp) -> dict[str, str]:
    """Alice, budget.officer at the Brittany regional directorate."""
    return bearer(oidc_provider.user_token("alice.bre").access_token)


async def test_a_client_credentials_token_is_accepted_and_its_service_role_honoured(
    client: httpx.AsyncClient, oidc_provider: DevIdp, budget: Budget
) -> None:
    await budget.allocate("DR-NOR", "500.00", "500.00")
    facilities = bearer(oidc_provider.service_token("facilities"))
    line = await client.get("/availability/DR-NOR/2026/08/T3", headers=facilities)
    assert line.status_code == 200, line.text
    assert line.json()["available_ae"] == "500.00"
    # the role is facilities.service and nothing more: it may read availability, not allocate
    refused = await client.post(
        "/allocations",
        json={
            "unit_code": "DR-NOR",
            "fiscal_year": 2026,
            "action": "08",
            "title": "T3",
            "ae": "1.00",
            "cp": "1.00",
            "reason": "not allowed",
        },
        headers=facilities,
    )
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/missing-role")


@pytest.mark.usefixtures("oidc_provider")
async def test_a_user_token_from_the_code_flow_carries_roles_and_units_and_is_scoped(
    client: httpx.AsyncClient, budget: Budget, officer_bre: dict[str, str]
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    await budget.allocate("DR-NOR", "500.00", "500.00")
    mine = await client.get("/availability", headers=officer_bre)
    assert mine.status_code == 200, mine.text
    assert [line["unit_code"] for line in mine.json()["items"]] == ["DR-BRE"]
    hidden = await client.get("/availability/DR-NOR/2026/08/T3", headers=officer_bre)
    assert hidden.status_code == 404  # another directorate's line: not disclosed
    everything = await client.get("/availability", headers=budget.manager)
    assert sorted(line["unit_code"] for line in everything.json()["items"]) == [
        "DR-BRE",
        "DR-NOR",
    ]


async def test_a_wrong_password_gets_no_token(oidc_provider: DevIdp) -> None:
    with pytest.raises(PermissionError, match="401"):
        oidc_provider.user_token("alice.bre", "not-her-password")


async def test_an_id_token_is_refused_its_audience_is_the_client(
    client: httpx.AsyncClient, oidc_provider: DevIdp
) -> None:
    tokens = oidc_provider.user_token("claire.dpg")
    assert tokens.id_token is not None
    response = await client.get("/availability", headers=bearer(tokens.id_token))
    assert response.status_code == 401
    assert "audience" in response.json()["detail"]


async def test_a_development_token_is_refused_once_an_issuer_is_configured(
    client: httpx.AsyncClient,
) -> None:
    forged = mint_token(subject="x", roles=["sg.admin"], units=["SG"])
    response = await client.get("/availability", headers=bearer(forged))
    assert response.status_code == 401


@pytest.fixture(scope="module")
def another_provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevIdp]:
    with running_dev_idp(tmp_path_factory.mktemp("other-idp")) as idp:
        yield idp


async def test_a_token_from_another_issuer_is_refused(
    client: httpx.AsyncClient, another_provider: DevIdp
) -> None:
    stranger = another_provider.service_token("facilities")
    response = await client.get("/availability", headers=bearer(stranger))
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
