"""Improvement proposals: improvement.proposed, follow-up from the facilities register, scope."""

from __future__ import annotations

import httpx
import pytest

from sg_common.testing import ServiceEvents, payload
from sg_common.testing.plugin import AuthFactory
from sg_contracts.production import ImprovementProposedV1

from .conftest import Api, ProblemCheck

pytestmark = pytest.mark.usefixtures("frozen_clock")

PROPOSAL = {
    "unit_code": "DR-BRE-SES",
    "title": "Sièges ergonomiques",
    "description": "Douleurs dorsales sur la plateforme téléphonique",
    "category": "ergonomics",
}


async def test_proposal_publishes_and_follow_up_is_shown_back(
    client: httpx.AsyncClient,
    api: Api,
    auth: AuthFactory,
    service_events: ServiceEvents,
    problem: ProblemCheck,
) -> None:
    agent = auth(roles=["production.contributor"], units=["DR-BRE-SES"], sub="agent-1")
    created = await client.post("/improvements", json=PROPOSAL, headers=agent)
    assert created.status_code == 201, created.text
    proposal = created.json()
    assert (proposal["status"], proposal["site"], proposal["proposed_by"]) == (
        "submitted",
        "Rennes",
        "agent-1",
    )
    [event] = await service_events.published("improvement.proposed")
    assert event.subject == f"IMP-{proposal['id']}"
    proposed = payload(event, ImprovementProposedV1)
    assert (proposed.unit_code, proposed.site, proposed.category) == (
        "DR-BRE-SES",
        "Rennes",
        "ergonomics",
    )
    url = f"/improvements/{proposal['id']}/follow-up"
    problem(
        await client.patch(url, json={"status": "registered"}, headers=agent | {"If-Match": '"1"'}),
        403,
        "missing-role",
    )
    problem(
        await client.patch(
            url, json={"status": "in_progress"}, headers=api.manager | {"If-Match": '"1"'}
        ),
        409,
        "invalid-follow-up",
    )
    ok = await client.patch(
        url,
        json={
            "status": "registered",
            "facilities_reference": "CT-2026-014",
            "note": "Inscrit au registre",
        },
        headers=api.manager | {"If-Match": '"1"'},
    )
    assert ok.status_code == 200, ok.text
    seen = (await client.get(f"/improvements/{proposal['id']}", headers=agent)).json()
    assert (seen["status"], seen["facilities_reference"], seen["follow_up_on"]) == (
        "registered",
        "CT-2026-014",
        "2026-03-16",
    )


async def test_proposal_scope(
    client: httpx.AsyncClient, auth: AuthFactory, problem: ProblemCheck
) -> None:
    agent = auth(roles=["production.contributor"], units=["DR-BRE"])
    problem(
        await client.post("/improvements", json=PROPOSAL | {"unit_code": "DR-OCC"}, headers=agent),
        403,
        "out-of-scope",
    )
    created = (await client.post("/improvements", json=PROPOSAL, headers=agent)).json()
    other = auth(roles=["production.contributor"], units=["DR-OCC"])
    assert (await client.get("/improvements", headers=other)).json()["items"] == []
    problem(await client.get(f"/improvements/{created['id']}", headers=other), 404, "not-found")
    assert [
        p["id"] for p in (await client.get("/improvements", headers=agent)).json()["items"]
    ] == [created["id"]]
    problem(
        await client.post(
            "/improvements", json=PROPOSAL, headers=auth(roles=["it.manager"], units=["DR-BRE"])
        ),
        403,
        "missing-role",
    )
