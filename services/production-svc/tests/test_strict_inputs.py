"""Strict inputs (issue #18, 4): a phase completed on day 0 or in year 9999, a milestone due in
year 1, control characters in an operation's text are refused with a 422 problem."""

from __future__ import annotations

from typing import Any

import httpx

from sg_common.testing.inputs import (
    CONTROL_TEXTS,
    DATE_ERRORS,
    NONSENSE_DATES,
    TEXT_ERRORS,
    refused,
)

OPERATION = {
    "code": "EEC-2026",
    "name": "Enquête emploi",
    "kind": "household_survey",
    "lead_unit": "DR-BRE",
    "description": "Ligne 1\nLigne 2\tfin",
}


async def test_nonsense_dates_and_text_are_refused(client: httpx.AsyncClient, auth: Any) -> None:
    manager = auth(roles=["production.manager"], units=["DOMP"])
    for raw in CONTROL_TEXTS:
        for field in ("name", "description"):
            await refused(
                client, "POST", "/operations", OPERATION, field, raw, manager, TEXT_ERRORS
            )
    created = await client.post("/operations", json=OPERATION, headers=manager)
    assert created.status_code == 201, created.text
    assert created.json()["description"] == "Ligne 1\nLigne 2\tfin"
    base = f"/operations/{created.json()['id']}"
    milestone = {"name": "Jalon", "phase_code": "collect", "due_on": "2026-05-01"}
    for raw in NONSENSE_DATES:
        await refused(
            client,
            "POST",
            f"{base}/phases/collect/complete",
            {},
            "completed_on",
            raw,
            manager,
            DATE_ERRORS,
        )
        await refused(
            client, "POST", f"{base}/milestones", milestone, "due_on", raw, manager, DATE_ERRORS
        )
