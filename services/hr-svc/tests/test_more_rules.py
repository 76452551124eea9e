"""The remaining rules, each refused and allowed."""

from __future__ import annotations

import httpx
import pytest

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def _course(client: httpx.AsyncClient, trainer: dict[str, str]) -> int:
    response = await client.post(
        "/training/courses",
        json={"code": "C1", "title": "C1", "domain": "d", "duration_hours": "7", "cost": "10"},
        headers=trainer,
    )
    assert response.status_code == 201
    return int(response.json()["id"])


async def _session(
    client: httpx.AsyncClient, trainer: dict[str, str], course: int
) -> httpx.Response:
    return await client.post(
        "/training/sessions",
        json={
            "course_id": course,
            "unit_code": "DRH-FORM",
            "start_date": "2026-04-01",
            "end_date": "2026-04-02",
            "place": "x",
            "capacity": 3,
        },
        headers=trainer,
    )


async def test_withdrawn_course_gets_no_session(
    client: httpx.AsyncClient, hr: Helpers, trainer: dict[str, str]
) -> None:
    course = await _course(client, trainer)
    assert (await _session(client, trainer, course)).status_code == 201
    withdrawn = await client.patch(
        f"/training/courses/{course}",
        json={"active": False},
        headers={**trainer, "If-Match": '"1"'},
    )
    assert withdrawn.status_code == 200
    assert hr.slug(await _session(client, trainer, course)) == "course-inactive"


async def test_cancelled_session_takes_no_enrolment(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], trainer: dict[str, str]
) -> None:
    sid = (await _session(client, trainer, await _course(client, trainer))).json()["id"]
    agent = await hr.hire(manager)
    first = await client.post(
        f"/training/sessions/{sid}/enrolments", json={"agent_id": agent["id"]}, headers=trainer
    )
    assert first.status_code == 201
    cancelled = await client.post(f"/training/sessions/{sid}/cancellation", headers=trainer)
    assert cancelled.json()["cancelled"] is True
    enrolments = await client.get(f"/training/sessions/{sid}/enrolments", headers=trainer)
    assert [e["status"] for e in enrolments.json()["items"]] == ["cancelled"]
    other = await hr.hire(manager, matricule="X2")
    late = await client.post(
        f"/training/sessions/{sid}/enrolments", json={"agent_id": other["id"]}, headers=trainer
    )
    assert hr.slug(late) == "session-cancelled"
    again = await client.post(f"/training/sessions/{sid}/cancellation", headers=trainer)
    assert hr.slug(again) == "session-cancelled"


async def test_an_agent_who_left_cannot_enrol(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], trainer: dict[str, str]
) -> None:
    sid = (await _session(client, trainer, await _course(client, trainer))).json()["id"]
    agent = await hr.hire(manager)
    await client.post(
        f"/agents/{agent['id']}/departure",
        json={"left_on": "2026-03-31", "reason": "retraite"},
        headers=manager,
    )
    refused = await client.post(
        f"/training/sessions/{sid}/enrolments", json={"agent_id": agent["id"]}, headers=trainer
    )
    assert hr.slug(refused) == "agent-already-left"


async def test_only_a_published_announcement_is_withdrawn(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    created = await client.post(
        "/information/announcements",
        json={"title": "t", "body": "b", "target_unit_code": "DR-BRE"},
        headers=manager,
    )
    aid = created.json()["id"]
    draft = await client.post(f"/information/announcements/{aid}/withdrawal", headers=manager)
    assert hr.slug(draft) == "announcement-not-published"
    edited = await client.patch(
        f"/information/announcements/{aid}",
        json={"body": "b2"},
        headers={**manager, "If-Match": '"1"'},
    )
    assert edited.status_code == 200
    await client.post(f"/information/announcements/{aid}/publication", json={}, headers=manager)
    ok = await client.post(f"/information/announcements/{aid}/withdrawal", headers=manager)
    assert ok.json()["status"] == "withdrawn"


async def test_union_and_skill_codes_are_unique(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    union = {"code": "UNSA", "name": "UNSA Insee"}
    assert (
        await client.post("/union-relations/unions", json=union, headers=manager)
    ).status_code == 201
    dup = await client.post("/union-relations/unions", json=union, headers=manager)
    assert hr.slug(dup) == "duplicate-code"
    skill = {"code": "JAVA", "label": "Java", "domain": "informatique"}
    assert (
        await client.post("/development/skills", json=skill, headers=manager)
    ).status_code == 201
    dup_skill = await client.post("/development/skills", json=skill, headers=manager)
    assert hr.slug(dup_skill) == "duplicate-skill"


async def test_a_post_closes_once_its_holder_has_left(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    post = await client.post(
        "/posts",
        json={"code": "P-1", "unit_code": "DR-BRE-SES", "title": "t", "opened_on": "2026-01-01"},
        headers=manager,
    )
    pid = post.json()["id"]
    agent = await hr.hire(manager)
    held = await hr.assign(
        manager, agent["id"], unit_code="DR-BRE-SES", start_date="2026-01-01", post_id=pid
    )
    refused = await client.patch(
        f"/posts/{pid}", json={"closed_on": "2026-05-31"}, headers={**manager, "If-Match": '"1"'}
    )
    assert hr.slug(refused) == "post-filled"
    await client.post(
        f"/assignments/{held.json()['id']}/end", json={"end_date": "2026-05-31"}, headers=manager
    )
    closed = await client.patch(
        f"/posts/{pid}", json={"closed_on": "2026-05-31"}, headers={**manager, "If-Match": '"1"'}
    )
    assert closed.status_code == 200
    assert closed.json()["closed_on"] == "2026-05-31"
