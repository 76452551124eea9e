"""Strict inputs (issue #18, 4): a training completion dated from a number or out of the window
(a 1970 completion reached budget's dead-letter topic before), control characters in text, a
birth date from a number are refused with a 422 problem."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing.inputs import (
    CONTROL_TEXTS,
    DATE_ERRORS,
    NONSENSE_DATES,
    TEXT_ERRORS,
    refused,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")


COURSE = {
    "code": "SST-INIT",
    "title": "Sauveteur secouriste du travail",
    "domain": "santé et sécurité",
    "duration_hours": "14.00",
    "cost": "250.00",
}


async def test_nonsense_completion_dates_and_text_are_refused(
    client: httpx.AsyncClient, hr: Any, trainer: dict[str, str], manager: dict[str, str]
) -> None:
    for raw in CONTROL_TEXTS:
        for field in ("title", "domain"):
            await refused(
                client, "POST", "/training/courses", COURSE, field, raw, trainer, TEXT_ERRORS
            )
    await refused(
        client,
        "POST",
        "/training/courses",
        {**COURSE, "skills": ["a"]},
        "skills.0",
        CONTROL_TEXTS[0],
        trainer,
        TEXT_ERRORS,
    )
    course = await client.post("/training/courses", json=COURSE, headers=trainer)
    assert course.status_code == 201, course.text
    session_body = {
        "course_id": course.json()["id"],
        "unit_code": "DRH-FORM",
        "start_date": "2026-04-14",
        "end_date": "2026-04-15",
        "place": "Montrouge",
        "capacity": 2,
    }
    for raw in NONSENSE_DATES:
        await refused(
            client,
            "POST",
            "/training/sessions",
            session_body,
            "start_date",
            raw,
            trainer,
            DATE_ERRORS,
        )
    session = await client.post("/training/sessions", json=session_body, headers=trainer)
    assert session.status_code == 201, session.text
    agent = await hr.hire(manager)
    enrolment = await client.post(
        f"/training/sessions/{session.json()['id']}/enrolments",
        json={"agent_id": agent["id"]},
        headers=trainer,
    )
    assert enrolment.status_code == 201, enrolment.text
    urls = (
        f"/training/enrolments/{enrolment.json()['id']}/completion",
        f"/training/sessions/{session.json()['id']}/completion",
    )
    for raw in NONSENSE_DATES:
        for url in urls:
            await refused(client, "POST", url, {}, "completed_on", raw, trainer, DATE_ERRORS)


async def test_a_birth_date_from_a_number_is_refused_but_an_old_one_is_a_fact(
    client: httpx.AsyncClient, hr: Any, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    assert agent["birth_date"] is None or agent["birth_date"] < "2000-01-01"
    for raw in ("0", '"0001-01-01"', '"9999-12-31"'):
        response = await client.post(
            "/agents",
            content=b'{"birth_date": ' + raw.encode() + b"}",
            headers={**manager, "Content-Type": "application/json"},
        )
        assert response.status_code == 422
        assert any(
            e["loc"][-1] == "birth_date" and e["type"] in DATE_ERRORS
            for e in response.json()["errors"]
        ), response.text
