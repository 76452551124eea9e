"""The one null policy of PATCH (``sg_common.repository``): an explicit ``null`` on a field
whose column may not be empty is refused with 422 ``null-not-allowed`` naming the field, and
nothing changes; on a column that may be empty, the field is emptied."""

from __future__ import annotations

import httpx
import pytest

from sg_common.testing import assert_null_refused as refused

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def test_agent_null_grade_is_refused_null_email_empties(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    path = f"/agents/{agent['id']}"
    await refused(client, path, {"grade": None, "email": "x@insee.fr"}, manager, ["grade"])
    await refused(
        client, path, {"last_name": None, "echelon": None}, manager, ["echelon", "last_name"]
    )
    emptied = await client.patch(path, json={"email": None}, headers={**manager, "If-Match": '"1"'})
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["email"] is None
    assert emptied.headers["ETag"] == '"2"'


async def test_review_null_skills_is_refused_null_results_empties(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    created = await client.post(
        "/development/reviews",
        json={
            "agent_id": agent["id"],
            "year": 2026,
            "review_date": "2026-03-10",
            "results": "Objectifs atteints",
            "skills": [{"skill_code": "R-STAT", "level": 3}],
        },
        headers=manager,
    )
    assert created.status_code == 201, created.text
    path = f"/development/reviews/{created.json()['id']}"
    await refused(client, path, {"skills": None, "results": "x"}, manager, ["skills"])
    await refused(
        client, path, {"review_date": None, "goals": None}, manager, ["goals", "review_date"]
    )
    emptied = await client.patch(
        path, json={"results": None}, headers={**manager, "If-Match": '"1"'}
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["results"] is None
    assert emptied.headers["ETag"] == '"2"'


async def test_announcement_null_title_is_refused_null_expiry_empties(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    created = await client.post(
        "/information/announcements",
        json={
            "title": "Note",
            "body": "Texte",
            "target_unit_code": "DR-BRE",
            "expires_on": "2026-12-31",
        },
        headers=manager,
    )
    assert created.status_code == 201, created.text
    path = f"/information/announcements/{created.json()['id']}"
    await refused(client, path, {"title": None, "expires_on": None}, manager, ["title"])
    await refused(client, path, {"body": None}, manager, ["body"])
    emptied = await client.patch(
        path, json={"expires_on": None}, headers={**manager, "If-Match": '"1"'}
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["expires_on"] is None
    assert emptied.headers["ETag"] == '"2"'


async def test_post_null_title_is_refused_null_category_empties(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    created = await client.post(
        "/posts",
        json={
            "code": "BRE-SES-009",
            "unit_code": "DR-BRE-SES",
            "title": "Chargé d'études",
            "category": "A",
            "opened_on": "2026-01-01",
        },
        headers=manager,
    )
    assert created.status_code == 201, created.text
    path = f"/posts/{created.json()['id']}"
    await refused(client, path, {"title": None, "category": None}, manager, ["title"])
    emptied = await client.patch(
        path, json={"category": None}, headers={**manager, "If-Match": '"1"'}
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["category"] is None
    assert emptied.headers["ETag"] == '"2"'


async def test_course_null_cost_is_refused_null_validity_empties(
    client: httpx.AsyncClient, trainer: dict[str, str]
) -> None:
    created = await client.post(
        "/training/courses",
        json={
            "code": "SST-NULL",
            "title": "Sauveteur secouriste du travail",
            "domain": "santé et sécurité",
            "duration_hours": "14.00",
            "cost": "250.00",
            "mandatory": True,
            "certificate_validity_months": 24,
        },
        headers=trainer,
    )
    assert created.status_code == 201, created.text
    path = f"/training/courses/{created.json()['id']}"
    await refused(client, path, {"cost": None, "title": "x"}, trainer, ["cost"])
    await refused(client, path, {"active": None, "skills": None}, trainer, ["active", "skills"])
    emptied = await client.patch(
        path, json={"certificate_validity_months": None}, headers={**trainer, "If-Match": '"1"'}
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["certificate_validity_months"] is None
    assert emptied.headers["ETag"] == '"2"'


async def test_meeting_null_agenda_is_refused_null_minutes_empties(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    body = await client.post(
        "/union-relations/bodies",
        json={"code": "CSA-NUL", "kind": "CSA", "name": "CSA", "unit_code": "DR-BRE", "seats": 5},
        headers=manager,
    )
    assert body.status_code == 201, body.text
    meeting = await client.post(
        "/union-relations/meetings",
        json={"body_code": "CSA-NUL", "held_on": "2026-06-12", "agenda": ["Bilan social"]},
        headers=manager,
    )
    assert meeting.status_code == 201, meeting.text
    path = f"/union-relations/meetings/{meeting.json()['id']}"
    minuted = await client.patch(
        path, json={"minutes": "PV"}, headers={**manager, "If-Match": '"1"'}
    )
    assert minuted.status_code == 200, minuted.text
    await refused(client, path, {"agenda": None, "minutes": "x"}, manager, ["agenda"])
    emptied = await client.patch(
        path, json={"minutes": None}, headers={**manager, "If-Match": '"2"'}
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["minutes"] is None
    assert emptied.headers["ETag"] == '"3"'
