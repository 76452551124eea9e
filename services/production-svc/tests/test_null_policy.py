"""PATCH's one null policy (CONVENTIONS, "Records"): an explicit ``null`` on a field that cannot
be empty is a 422 ``null-not-allowed`` naming the field, and nothing is changed; on a field
that may be empty, it empties it.

Before, these routes ignored such a ``null`` (a study's, a profile's, a campaign's, an
operation's and a milestone's fields); a milestone's ``reached_on: null`` was ignored too and now
empties it (the milestone is not reached after all)."""

from __future__ import annotations

import httpx
import pytest

from sg_common.testing import assert_null_refused

from .conftest import Api

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def refused_and_unchanged(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], field: str, read: str = ""
) -> None:
    await assert_null_refused(client, url, {field: None}, headers, [field], read=read or url)


async def test_a_study_keeps_its_title_and_status(client: httpx.AsyncClient, api: Api) -> None:
    body = {"unit_code": "DOMP-METH", "title": "T", "topic": "collection_mode", "question": "Q"}
    created = await client.post("/studies", json=body, headers=api.manager)
    assert created.status_code == 201, created.text
    url = f"/studies/{created.json()['id']}"
    for field in ("title", "question", "status"):
        await refused_and_unchanged(client, url, api.manager, field)


async def test_a_profile_and_a_campaign_keep_their_fields(
    client: httpx.AsyncClient, api: Api
) -> None:
    profile = {"code": "P-NULL", "name": "P", "hardware": "H", "software": ["S"]}
    created = await client.post("/workstation-profiles", json=profile, headers=api.manager)
    assert created.status_code == 201, created.text
    url = f"/workstation-profiles/{created.json()['id']}"
    for field in ("name", "hardware", "software", "active"):
        await refused_and_unchanged(client, url, api.manager, field)
    body = {
        "name": "C",
        "profile_code": "P-NULL",
        "start_date": "2026-03-01",
        "due_date": "2026-03-31",
        "units": [{"unit_code": "DR-BRE", "target": 4}],
    }
    campaign = await client.post("/rollout-campaigns", json=body, headers=api.manager)
    assert campaign.status_code == 201, campaign.text
    url = f"/rollout-campaigns/{campaign.json()['id']}"
    for field in ("name", "due_date", "closed"):
        await refused_and_unchanged(client, url, api.manager, field)


async def test_an_operation_keeps_its_name_and_description(
    client: httpx.AsyncClient, api: Api
) -> None:
    op = await api.operation()
    url = f"/operations/{op['id']}"
    for field in ("name", "description"):
        await refused_and_unchanged(client, url, api.manager, field)


async def test_a_milestone_keeps_its_name_and_date_and_may_be_unreached(
    client: httpx.AsyncClient, api: Api
) -> None:
    op = await api.operation()
    await api.phase(op["id"], "collect", "2026-01-15", "2026-02-28")
    milestones = f"/operations/{op['id']}/milestones"
    body = {"phase_code": "collect", "name": "Fin", "due_on": "2026-02-28"}
    created = await client.post(milestones, json=body, headers=api.manager)
    assert created.status_code == 201, created.text
    url = f"{milestones}/{created.json()['id']}"
    reached = await client.patch(url, json={"reached_on": "2026-02-27"}, headers=api.manager)
    assert reached.json()["reached_on"] == "2026-02-27"
    operation = f"/operations/{op['id']}"
    for field in ("name", "due_on"):
        before = (await client.get(milestones, headers=api.manager)).json()
        version = (await client.get(operation, headers=api.manager)).headers["ETag"]
        refused = await client.patch(url, json={field: None}, headers=api.manager)
        assert refused.status_code == 422, refused.text
        assert refused.json()["type"].endswith("null-not-allowed")
        assert refused.json()["fields"] == [field]
        assert (await client.get(milestones, headers=api.manager)).json() == before
        assert (await client.get(operation, headers=api.manager)).headers["ETag"] == version
    unreached = await client.patch(url, json={"reached_on": None}, headers=api.manager)
    assert unreached.status_code == 200, unreached.text
    assert unreached.json()["reached_on"] is None
