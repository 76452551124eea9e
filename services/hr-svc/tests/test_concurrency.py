"""Rules that count hold under concurrent requests (row locks on PostgreSQL)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def test_concurrent_assignments_never_exceed_100_percent(
    hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    responses = await asyncio.gather(
        *(
            hr.assign(
                manager,
                agent["id"],
                unit_code="DR-BRE-SES",
                start_date="2026-01-01",
                quotite="0.40",
            )
            for _ in range(4)
        )
    )
    assert sorted(r.status_code for r in responses) == [201, 201, 409, 409]


async def test_concurrent_enrolments_respect_the_capacity(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], trainer: dict[str, str]
) -> None:
    course = await client.post(
        "/training/courses",
        json={"code": "C1", "title": "C1", "domain": "d", "duration_hours": "7", "cost": "10"},
        headers=trainer,
    )
    session = await client.post(
        "/training/sessions",
        json={
            "course_id": course.json()["id"],
            "unit_code": "DRH-FORM",
            "start_date": "2026-04-01",
            "end_date": "2026-04-01",
            "place": "x",
            "capacity": 2,
        },
        headers=trainer,
    )
    sid = session.json()["id"]
    agents = [(await hr.hire(manager, matricule=f"K{i}"))["id"] for i in range(5)]
    responses = await asyncio.gather(
        *(
            client.post(
                f"/training/sessions/{sid}/enrolments", json={"agent_id": a}, headers=trainer
            )
            for a in agents
        )
    )
    statuses = sorted(r.json()["status"] for r in responses)
    assert statuses == ["enrolled", "enrolled", "waitlisted", "waitlisted", "waitlisted"]
