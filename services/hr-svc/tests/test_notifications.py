"""Notifications (issue #22 item 3) in hr: a mandatory training's certificate about to expire
goes to the HR correspondents (``hr.officer``) of the agent's unit.

Hand-worked: a course whose certificate is valid 1 month, completed on 2026-03-01, expires on
2026-04-01. The check of 2026-03-02 is 30 days before: announced; that of 2026-03-01 is 31 days
before: not yet. After 2026-04-01 it has expired (the compliance report says so): not announced.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from hr_svc.notifications import certificates_expiring
from sg_common.testing import ServiceEvents

from .test_training import _course, _enrol, _session

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def run_check(app: FastAPI, today: date) -> int:
    async with app.state.database.transaction() as session:
        return await certificates_expiring(session, today)


async def test_certificate_expiring_goes_to_the_units_hr_officers_once(
    app: FastAPI,
    client: httpx.AsyncClient,
    hr: Any,
    manager: dict[str, str],
    trainer: dict[str, str],
    auth: Any,
    service_events: ServiceEvents,
) -> None:
    course = await _course(client, trainer, code="HABELEC", certificate_validity_months=1)
    agent = await hr.hire(manager, matricule="D1")  # DR-BRE-SES, Claire Martin
    sid = await _session(client, trainer, course)
    await hr.fund(trainer, sid, service_events)
    enrolment = (await _enrol(client, trainer, sid, agent["id"])).json()
    path = f"/training/enrolments/{enrolment['id']}"
    await client.put(f"{path}/attendance", json={"present": True}, headers=trainer)
    completed = await client.post(
        f"{path}/completion", json={"completed_on": "2026-03-01"}, headers=trainer
    )
    assert completed.status_code == 201, completed.text
    assert completed.json()["certificate_expires_on"] == "2026-04-01"

    assert await run_check(app, date(2026, 3, 1)) == 0  # 31 days ahead
    assert await run_check(app, date(2026, 3, 2)) == 1  # 30 days ahead
    assert await run_check(app, date(2026, 3, 20)) == 0  # already announced
    assert await run_check(app, date(2026, 4, 2)) == 0  # expired: not "about to"

    bre_officer = auth(roles=["hr.officer"], units=["DR-BRE"], sub="bre-rh")
    response = await client.get("/notifications", headers=bre_officer)
    assert response.status_code == 200, response.text
    [item] = response.json()["items"]
    assert item["kind"] == "certificate.expiring"
    assert item["title"] == (
        "Certificat « Sauveteur secouriste du travail » de Claire Martin (DR-BRE-SES) : "
        "expire le 01/04/2026"
    )
    assert (item["unit_code"], item["due_on"]) == ("DR-BRE-SES", "2026-04-01")
    # another unit's correspondent, the trainer and the DRH's own unit do not get it
    nor_officer = auth(roles=["hr.officer"], units=["DR-NOR"], sub="nor-rh")
    for other in (nor_officer, trainer, manager):
        got = await client.get("/notifications", headers=other)
        assert got.json()["items"] == []
    refused = await client.post(f"/notifications/{item['id']}/read", headers=nor_officer)
    assert refused.status_code == 404
