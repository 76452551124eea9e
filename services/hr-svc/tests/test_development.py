"""Professional reviews and the skills reference."""

from __future__ import annotations

import httpx
import pytest

from sg_common.testing.plugin import AuthFactory

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _review(agent_id: int, **extra: object) -> dict[str, object]:
    return {
        "agent_id": agent_id,
        "year": 2026,
        "review_date": "2026-03-10",
        "goals": [{"title": "Publier l'étude régionale", "achieved": True}],
        "results": "Objectifs atteints",
        "skills": [{"skill_code": "R-STAT", "level": 3}],
        "training_wishes": ["Python avancé"],
        **extra,
    }


async def test_reference_skills_are_loaded(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    skills = (await client.get("/development/skills", params={"limit": 200}, headers=auth())).json()
    assert "R-STAT" in {s["code"] for s in skills["items"]}


async def test_review_once_per_year_then_signed_and_final(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    created = await client.post("/development/reviews", json=_review(agent["id"]), headers=manager)
    assert created.status_code == 201, created.text
    rid = created.json()["id"]
    assert created.json()["skills"] == [{"skill_code": "R-STAT", "level": 3}]
    twice = await client.post("/development/reviews", json=_review(agent["id"]), headers=manager)
    assert hr.slug(twice) == "review-already-exists"
    next_year = await client.post(
        "/development/reviews", json=_review(agent["id"], year=2027), headers=manager
    )
    assert next_year.status_code == 201
    edit = await client.patch(
        f"/development/reviews/{rid}",
        json={"results": "Dépassés"},
        headers={**manager, "If-Match": '"1"'},
    )
    assert edit.status_code == 200
    signed = await client.post(f"/development/reviews/{rid}/signature", headers=manager)
    assert signed.json()["status"] == "signed"
    late = await client.patch(
        f"/development/reviews/{rid}", json={"results": "x"}, headers={**manager, "If-Match": '"3"'}
    )
    assert hr.slug(late) == "review-signed"


async def test_review_with_unknown_skill_refused(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    response = await client.post(
        "/development/reviews",
        json=_review(agent["id"], skills=[{"skill_code": "NOPE", "level": 2}]),
        headers=manager,
    )
    assert hr.slug(response) == "unknown-skill"


async def test_reviews_are_personal_data(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    agent = await hr.hire(manager)
    rid = (
        await client.post("/development/reviews", json=_review(agent["id"]), headers=manager)
    ).json()["id"]
    colleague = auth(roles=["hr.trainer"], units=["DR-BRE"])
    assert (await client.get(f"/development/reviews/{rid}", headers=colleague)).status_code == 403
    other = auth(roles=["hr.officer"], units=["DR-NOR"])
    assert (await client.get(f"/development/reviews/{rid}", headers=other)).status_code == 404
    assert (await client.get("/development/reviews", headers=other)).json()["items"] == []
    own = auth(roles=["hr.officer"], units=["DR-BRE"])
    assert (await client.get(f"/development/reviews/{rid}", headers=own)).status_code == 200
    assert (
        await client.post(
            "/development/reviews", json=_review(agent["id"], year=2030), headers=other
        )
    ).status_code == 404
