"""Events over the real broker: every event hr publishes, and budget.allocated consumed."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import broker_settings, produce
from sg_contracts.budget import BudgetAllocatedV1, BudgetTrainingCommitmentRecordedV1

from .conftest import Helpers

pytestmark = [pytest.mark.broker, pytest.mark.sqlite_only, pytest.mark.usefixtures("frozen_clock")]


@pytest.fixture
def settings_overrides(fresh_broker: EmbeddedBroker) -> dict[str, Any]:
    return broker_settings(fresh_broker)


def _types(records: list[Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for record in records:
        headers = {k: v.decode() for k, v in record.headers}
        out.append((headers["ce_type"], json.loads(record.value)))
    return out


async def test_hire_assign_train_report_over_the_broker(
    app: FastAPI,
    client: httpx.AsyncClient,
    hr: Helpers,
    manager: dict[str, str],
    trainer: dict[str, str],
    fresh_broker: EmbeddedBroker,
) -> None:
    """An agent hired, assigned, moved, trained, reviewed and counted: a consumer of
    sg.hr.events sees agent.assigned, agent.left, training_session.confirmed (budget's
    commitment comes back over the broker), training.completed (once, with the certificate
    expiry), training_session.completed and etpt.reported."""
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    agent = await hr.hire(manager, quotite="0.80")
    assigned = await hr.assign(
        manager, agent["id"], unit_code="DR-BRE-SES", start_date="2026-01-01"
    )
    assert assigned.status_code == 201, assigned.text
    moved = await client.post(
        f"/agents/{agent['id']}/movements",
        json={"to_unit_code": "DR-BRE-SED", "effective_date": "2026-03-01"},
        headers=manager,
    )
    assert moved.status_code == 201, moved.text
    course = await client.post(
        "/training/courses",
        json={
            "code": "SST",
            "title": "SST",
            "domain": "sécurité",
            "duration_hours": "14",
            "cost": "250.00",
            "mandatory": True,
            "certificate_validity_months": 24,
            "skills": ["secourisme"],
        },
        headers=trainer,
    )
    session = await client.post(
        "/training/sessions",
        json={
            "course_id": course.json()["id"],
            "unit_code": "DRH-FORM",
            "start_date": "2026-03-16",
            "end_date": "2026-03-16",
            "place": "Rennes",
            "capacity": 3,
        },
        headers=trainer,
    )
    sid = session.json()["id"]
    enrolment = await client.post(
        f"/training/sessions/{sid}/enrolments",
        json={"agent_id": agent["id"]},
        headers=trainer,
    )
    path = f"/training/enrolments/{enrolment.json()['id']}"
    await client.put(f"{path}/attendance", json={"present": True}, headers=trainer)
    # confirmed: 3 seats × 250.00 asked of budget; its answer comes back over the broker
    confirmed = await client.post(
        f"/training/sessions/{sid}/confirmation", json={}, headers=trainer
    )
    assert confirmed.json()["estimated_cost"] == "750.00"
    await produce(
        fresh_broker,
        BudgetTrainingCommitmentRecordedV1(
            training_session_id=str(sid),
            commitment_id="7",
            unit_code="DRH-FORM",
            fiscal_year=2026,
            ae=Decimal("750.00"),
            available_ae=Decimal("9250.00"),
        ),
        subject=f"training-session-{sid}",
    )

    async def committed() -> bool:
        got = await client.get(f"/training/sessions/{sid}", headers=trainer)
        return bool(got.json()["budget"]["status"] == "committed")

    await wait_for(committed, timeout=30, what="budget's commitment recorded on the session")
    assert (await client.post(f"{path}/completion", json={}, headers=trainer)).status_code == 201
    assert (await client.post(f"{path}/completion", json={}, headers=trainer)).status_code == 409
    held = await client.post(f"/training/sessions/{sid}/completion", json={}, headers=trainer)
    assert held.json()["actual_cost"] == "250.00", held.text
    review = await client.post(
        "/development/reviews",
        json={
            "agent_id": agent["id"],
            "year": 2026,
            "review_date": "2026-03-16",
            "goals": [{"title": "Prendre le poste", "achieved": True}],
            "skills": [{"skill_code": "SECOURISME", "level": 2}],
        },
        headers=manager,
    )
    assert review.status_code == 201, review.text
    signed = await client.post(
        f"/development/reviews/{review.json()['id']}/signature", headers=manager
    )
    assert signed.json()["status"] == "signed"
    report = await client.post(
        "/etpt/reports", json={"unit_code": "DR-BRE", "year": 2026, "month": 1}, headers=manager
    )
    assert report.status_code == 201

    wanted = {
        "agent.assigned": 2,
        "agent.left": 1,
        "training.completed": 1,
        "training_session.confirmed": 1,
        "training_session.completed": 1,
        "etpt.reported": 1,
    }

    async def all_seen() -> bool:
        seen = _types(await read_topic(fresh_broker.bootstrap, "sg.hr.events"))
        counts = {t: sum(1 for s, _ in seen if s == t) for t in wanted}
        return counts == wanted

    await wait_for(all_seen, timeout=30, what="hr events on sg.hr.events")
    seen = _types(await read_topic(fresh_broker.bootstrap, "sg.hr.events"))
    [completed] = [data for kind, data in seen if kind == "training.completed"]
    assert completed["certificate_expires_on"] == "2028-03-16"
    assert completed["cost"] == "250.00"
    assert completed["skills"] == ["secourisme"]
    [asked] = [data for kind, data in seen if kind == "training_session.confirmed"]
    assert (asked["session_id"], asked["estimated_cost"]) == (str(sid), "750.00")
    [done] = [data for kind, data in seen if kind == "training_session.completed"]
    assert (done["actual_cost"], done["trainees"]) == ("250.00", 1)
    [etpt] = [data for kind, data in seen if kind == "etpt.reported"]
    assert Decimal(etpt["etpt"]) == Decimal("0.8000")
    assigned_units = [d["unit_code"] for k, d in seen if k == "agent.assigned"]
    assert sorted(assigned_units) == ["DR-BRE-SED", "DR-BRE-SES"]
    assert all("birth_date" not in d and "last_name" not in d for _, d in seen)


async def test_budget_allocated_consumed_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, manager: dict[str, str], fresh_broker: EmbeddedBroker
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    await produce(
        fresh_broker,
        BudgetAllocatedV1(
            allocation_id="AL-77",
            unit_code="DR-BRE",
            fiscal_year=2026,
            action="09",
            title="T3",
            ae=Decimal("12000.00"),
            cp=Decimal("9000.00"),
        ),
        subject="DR-BRE",
    )

    async def envelope_shown() -> bool:
        plan = await client.get("/training/plans/DR-BRE/2026", headers=manager)
        return bool(plan.json()["envelope_cp"] == "9000.00")

    await wait_for(envelope_shown, timeout=30, what="the T3 envelope in the training plan")
    plan = (await client.get("/training/plans/DR-BRE/2026", headers=manager)).json()
    assert plan["envelope_ae"] == "12000.00"
