"""Workstation profiles and rollout campaigns: progress, late units, rules, scope."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing.plugin import AuthFactory

from .conftest import Api, ProblemCheck

pytestmark = pytest.mark.usefixtures("frozen_clock")

PROFILE = {
    "code": "ENQ-MOBILE",
    "name": "Poste enquêteur mobile",
    "hardware": "Tablette 11 pouces",
    "software": ["Capi", "VPN"],
}


async def campaign(client: httpx.AsyncClient, api: Api, **fields: Any) -> dict:
    await client.post("/workstation-profiles", json=PROFILE, headers=api.manager)
    body = {
        "name": "Tablettes 2026",
        "profile_code": "ENQ-MOBILE",
        "start_date": "2026-03-01",
        "due_date": "2026-03-31",
        "units": [
            {"unit_code": "DR-BRE", "target": 40},
            {"unit_code": "DR-NOR", "target": 30},
            {"unit_code": "DR-OCC", "target": 11},
        ],
    } | fields
    r = await client.post("/rollout-campaigns", json=body, headers=api.manager)
    assert r.status_code == 201, r.text
    return r.json()


async def report(
    client: httpx.AsyncClient, headers: dict[str, str], campaign_id: int, unit: str, done: int
) -> httpx.Response:
    url = f"/rollout-campaigns/{campaign_id}/units/{unit}"
    current = (await client.get(f"/rollout-campaigns/{campaign_id}", headers=headers)).json()
    version = next((u["version"] for u in current.get("units", []) if u["unit_code"] == unit), 1)
    return await client.patch(
        url, json={"done": done}, headers=headers | {"If-Match": f'"{version}"'}
    )


async def test_profiles_crud_and_rules(
    client: httpx.AsyncClient, api: Api, auth: AuthFactory, problem: ProblemCheck
) -> None:
    created = await client.post("/workstation-profiles", json=PROFILE, headers=api.manager)
    assert created.status_code == 201, created.text
    problem(
        await client.post("/workstation-profiles", json=PROFILE, headers=api.manager),
        409,
        "duplicate-profile-code",
    )
    lead = auth(roles=["production.lead"], units=["DR-BRE"])
    problem(
        await client.post("/workstation-profiles", json=PROFILE | {"code": "X"}, headers=lead),
        403,
        "missing-role",
    )
    assert (await client.get("/workstation-profiles", headers=lead)).json()["items"][0][
        "code"
    ] == "ENQ-MOBILE"
    url = f"/workstation-profiles/{created.json()['id']}"
    retired = await client.patch(
        url, json={"active": False}, headers=api.manager | {"If-Match": '"1"'}
    )
    assert retired.status_code == 200
    assert retired.json()["active"] is False
    body = {
        "name": "x",
        "profile_code": "ENQ-MOBILE",
        "start_date": "2026-03-01",
        "due_date": "2026-03-31",
        "units": [{"unit_code": "DR-BRE", "target": 1}],
    }
    problem(
        await client.post("/rollout-campaigns", json=body, headers=api.manager),
        409,
        "inactive-profile",
    )
    problem(
        await client.post(
            "/rollout-campaigns", json=body | {"profile_code": "NOPE"}, headers=api.manager
        ),
        422,
        "unknown-profile",
    )


async def test_rollout_progress_of_a_fixed_campaign(client: httpx.AsyncClient, api: Api) -> None:
    c = await campaign(client, api)
    for unit, done in (("DR-BRE", 25), ("DR-NOR", 10), ("DR-OCC", 5)):
        r = await report(client, api.manager, c["id"], unit, done)
        assert r.status_code == 200, r.text
    view = (await client.get(f"/rollout-campaigns/{c['id']}", headers=api.manager)).json()
    # 2026-03-16 is 15 days into a 30-day campaign: half the target is expected
    assert view["expected_share"] == "50.0"
    assert (view["target"], view["done"], view["percent"], view["state"]) == (
        81,
        40,
        "49.4",
        "running",
    )
    units = {u["unit_code"]: u for u in view["units"]}
    assert [units[u]["expected"] for u in ("DR-BRE", "DR-NOR", "DR-OCC")] == [20, 15, 5]
    assert view["late_units"] == ["DR-NOR"]
    assert units["DR-BRE"]["percent"] == "62.5"


async def test_progress_rules(client: httpx.AsyncClient, api: Api, problem: ProblemCheck) -> None:
    c = await campaign(client, api)
    problem(await report(client, api.manager, c["id"], "DR-BRE", 41), 409, "rollout-over-target")
    assert (await report(client, api.manager, c["id"], "DR-BRE", 40)).status_code == 200
    url = f"/rollout-campaigns/{c['id']}"
    lowered = await client.patch(
        url,
        json={"units": [{"unit_code": "DR-BRE", "target": 30}]},
        headers=api.manager | {"If-Match": '"1"'},
    )
    problem(lowered, 409, "rollout-over-target")
    closed = await client.patch(
        url, json={"closed": True}, headers=api.manager | {"If-Match": '"1"'}
    )
    assert closed.status_code == 200
    assert closed.json()["state"] == "closed"
    problem(await report(client, api.manager, c["id"], "DR-NOR", 1), 409, "campaign-closed")
    problem(await report(client, api.manager, c["id"], "DR-IDF", 1), 404, "not-found")


async def test_campaign_scope(
    client: httpx.AsyncClient, api: Api, auth: AuthFactory, problem: ProblemCheck
) -> None:
    c = await campaign(client, api)
    bre = auth(roles=["production.contributor"], units=["DR-BRE"])
    view = (await client.get(f"/rollout-campaigns/{c['id']}", headers=bre)).json()
    assert [u["unit_code"] for u in view["units"]] == ["DR-BRE"]
    assert (await report(client, bre, c["id"], "DR-BRE", 3)).status_code == 200
    problem(await report(client, bre, c["id"], "DR-NOR", 3), 404, "not-found")
    idf = auth(roles=["production.contributor"], units=["DR-IDF"])
    assert (await client.get("/rollout-campaigns", headers=idf)).json()["items"] == []
    problem(await client.get(f"/rollout-campaigns/{c['id']}", headers=idf), 404, "not-found")
    problem(
        await client.patch(
            f"/rollout-campaigns/{c['id']}", json={"name": "x"}, headers=bre | {"If-Match": '"1"'}
        ),
        403,
        "missing-role",
    )
