"""Training: catalogue, waitlist and promotion order, completion event, plan, compliance."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pypdf
import pytest

from sg_common.testing import ServiceEvents
from sg_common.testing.plugin import AuthFactory
from sg_contracts.budget import BudgetAllocatedV1

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")

COURSE = {
    "code": "SST-INIT",
    "title": "Sauveteur secouriste du travail",
    "domain": "santé et sécurité",
    "duration_hours": "14.00",
    "cost": "250.00",
    "mandatory": True,
    "certificate_validity_months": 24,
    "skills": ["secourisme"],
}


async def _course(client: httpx.AsyncClient, headers: dict[str, str], **extra: Any) -> int:
    response = await client.post("/training/courses", json={**COURSE, **extra}, headers=headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


async def _session(
    client: httpx.AsyncClient, headers: dict[str, str], course_id: int, capacity: int = 2
) -> int:
    response = await client.post(
        "/training/sessions",
        json={
            "course_id": course_id,
            "unit_code": "DRH-FORM",
            "start_date": "2026-04-14",
            "end_date": "2026-04-15",
            "place": "Montrouge",
            "capacity": capacity,
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


async def _enrol(client: httpx.AsyncClient, headers: dict[str, str], sid: int, agent: int) -> Any:
    return await client.post(
        f"/training/sessions/{sid}/enrolments", json={"agent_id": agent}, headers=headers
    )


async def test_over_capacity_goes_to_the_waitlist_and_cancellation_promotes_in_order(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], trainer: dict[str, str]
) -> None:
    sid = await _session(client, trainer, await _course(client, trainer), capacity=2)
    agents = [(await hr.hire(manager, matricule=f"W{i}"))["id"] for i in range(4)]
    results = [(await _enrol(client, trainer, sid, a)).json() for a in agents]
    assert [r["status"] for r in results] == ["enrolled", "enrolled", "waitlisted", "waitlisted"]
    assert [r["waitlist_position"] for r in results] == [None, None, 1, 2]
    twice = await _enrol(client, trainer, sid, agents[2])
    assert hr.slug(twice) == "already-enrolled"
    cancelled = await client.post(
        f"/training/enrolments/{results[0]['id']}/cancellation", headers=trainer
    )
    assert cancelled.status_code == 200
    listing = (await client.get(f"/training/sessions/{sid}/enrolments", headers=trainer)).json()
    by_agent = {e["agent_id"]: e for e in listing["items"]}
    assert by_agent[agents[0]]["status"] == "cancelled"
    assert by_agent[agents[2]]["status"] == "enrolled"  # the first waiting is promoted
    assert by_agent[agents[3]]["status"] == "waitlisted"
    assert by_agent[agents[3]]["waitlist_position"] == 1
    # cancelling a waitlisted enrolment promotes nobody
    await client.post(f"/training/enrolments/{results[3]['id']}/cancellation", headers=trainer)
    session = (await client.get(f"/training/sessions/{sid}", headers=trainer)).json()
    assert (session["enrolled"], session["waitlisted"]) == (2, 0)
    again = await client.post(
        f"/training/enrolments/{results[3]['id']}/cancellation", headers=trainer
    )
    assert hr.slug(again) == "enrolment-closed"


async def test_completion_emits_training_completed_once_with_certificate_expiry(
    client: httpx.AsyncClient,
    hr: Helpers,
    manager: dict[str, str],
    trainer: dict[str, str],
    service_events: ServiceEvents,
) -> None:
    sid = await _session(client, trainer, await _course(client, trainer))
    agent = await hr.hire(manager)
    enrolment = (await _enrol(client, trainer, sid, agent["id"])).json()
    path = f"/training/enrolments/{enrolment['id']}"
    early = await client.post(f"{path}/completion", json={}, headers=trainer)
    assert hr.slug(early) == "attendance-required"
    assert (
        await client.put(f"{path}/attendance", json={"present": True}, headers=trainer)
    ).status_code == 200
    # the training happens only once budget committed its session (issue #21)
    unfunded = await client.post(f"{path}/completion", json={}, headers=trainer)
    assert hr.slug(unfunded) == "session-not-confirmed"
    await hr.fund(trainer, sid, service_events)
    done = await client.post(f"{path}/completion", json={}, headers=trainer)
    assert done.status_code == 201, done.text
    assert done.json()["certificate_expires_on"] == "2028-04-15"
    twice = await client.post(f"{path}/completion", json={}, headers=trainer)
    assert twice.status_code == 409
    assert hr.slug(twice) == "already-completed"
    [event] = await service_events.published("training.completed")
    data = event.data
    assert data.agent_id == str(agent["id"])  # type: ignore[attr-defined]
    assert data.unit_code == "DR-BRE-SES"  # type: ignore[attr-defined]
    assert data.course_code == "SST-INIT"  # type: ignore[attr-defined]
    assert data.hours == Decimal("14.00")  # type: ignore[attr-defined]
    assert data.cost == Decimal("250.00")  # type: ignore[attr-defined]
    assert data.skills == ["secourisme"]  # type: ignore[attr-defined]
    assert data.completed_on == date(2026, 4, 15)  # type: ignore[attr-defined]
    assert data.certificate_expires_on == date(2028, 4, 15)  # type: ignore[attr-defined]


async def test_absent_agent_cannot_complete(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], trainer: dict[str, str]
) -> None:
    sid = await _session(client, trainer, await _course(client, trainer))
    agent = await hr.hire(manager)
    enrolment = (await _enrol(client, trainer, sid, agent["id"])).json()
    path = f"/training/enrolments/{enrolment['id']}"
    await client.put(f"{path}/attendance", json={"present": False}, headers=trainer)
    refused = await client.post(f"{path}/completion", json={}, headers=trainer)
    assert hr.slug(refused) == "attendance-required"


async def test_catalogue_is_readable_by_anyone_and_written_by_trainers(
    client: httpx.AsyncClient, hr: Helpers, trainer: dict[str, str], auth: AuthFactory
) -> None:
    anyone = auth(roles=[], units=["DR-BRE"])
    refused = await client.post("/training/courses", json=COURSE, headers=anyone)
    assert refused.status_code == 403
    await _course(client, trainer)
    dup = await client.post("/training/courses", json=COURSE, headers=trainer)
    assert hr.slug(dup) == "duplicate-course"
    listing = await client.get("/training/courses", headers=anyone)
    assert [c["code"] for c in listing.json()["items"]] == ["SST-INIT"]
    assert listing.json()["items"][0]["cost"] == "250.00"


async def test_trainer_of_another_dr_cannot_see_or_change_sessions(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    bre = auth(roles=["hr.trainer"], units=["DR-BRE"])
    nor = auth(roles=["hr.trainer"], units=["DR-NOR"])
    course = await _course(client, manager)
    created = await client.post(
        "/training/sessions",
        json={
            "course_id": course,
            "unit_code": "DR-BRE",
            "start_date": "2026-05-01",
            "end_date": "2026-05-01",
            "place": "Rennes",
            "capacity": 5,
        },
        headers=bre,
    )
    assert created.status_code == 201
    sid = created.json()["id"]
    assert (await client.get(f"/training/sessions/{sid}", headers=nor)).status_code == 404
    assert (await client.get("/training/sessions", headers=nor)).json()["items"] == []
    agent = await hr.hire(manager)
    assert (await _enrol(client, nor, sid, agent["id"])).status_code == 404
    elsewhere = await client.post(
        "/training/sessions",
        json={
            "course_id": course,
            "unit_code": "DR-BRE",
            "start_date": "2026-05-01",
            "end_date": "2026-05-01",
            "place": "Rennes",
            "capacity": 5,
        },
        headers=nor,
    )
    assert hr.slug(elsewhere) == "out-of-scope"


async def test_training_plan_planned_vs_done_with_the_budget_envelope(
    client: httpx.AsyncClient,
    hr: Helpers,
    manager: dict[str, str],
    trainer: dict[str, str],
    service_events: ServiceEvents,
) -> None:
    course = await _course(client, trainer)
    plan = await client.put(
        "/training/plans/DR-BRE/2026/lines",
        json={"course_id": course, "planned_trainees": 3},
        headers=trainer,
    )
    assert plan.status_code == 200, plan.text
    sid = await _session(client, trainer, course)
    await hr.fund(trainer, sid, service_events)
    agent = await hr.hire(manager)
    enrolment = (await _enrol(client, trainer, sid, agent["id"])).json()
    path = f"/training/enrolments/{enrolment['id']}"
    await client.put(f"{path}/attendance", json={"present": True}, headers=trainer)
    assert (await client.post(f"{path}/completion", json={}, headers=trainer)).status_code == 201
    for allocation_id, title in (("AL-1", "T3"), ("AL-2", "T2")):
        outcome = await service_events.deliver(
            BudgetAllocatedV1(
                allocation_id=allocation_id,
                unit_code="DR-BRE",
                fiscal_year=2026,
                action="09",
                title=title,
                ae=Decimal("5000.00"),
                cp=Decimal("4000.00"),
            ),
            subject="DR-BRE",
        )
        assert outcome == "applied"
    body = (await client.get("/training/plans/DR-BRE/2026", headers=manager)).json()
    [line] = body["lines"]
    assert (line["planned_trainees"], line["planned_hours"], line["planned_cost"]) == (
        3,
        "42.00",
        "750.00",
    )
    assert (line["done_trainees"], line["done_hours"], line["done_cost"]) == (1, "14.00", "250.00")
    assert (body["envelope_ae"], body["envelope_cp"]) == ("5000.00", "4000.00")  # T3 only
    assert body["envelope_remaining_cp"] == "3750.00"


async def test_budget_allocated_is_applied_once_and_revised(
    client: httpx.AsyncClient, manager: dict[str, str], service_events: ServiceEvents
) -> None:
    from sg_common.events import EventEnvelope

    first = BudgetAllocatedV1(
        allocation_id="AL-9",
        unit_code="DR-BRE",
        fiscal_year=2026,
        action="09",
        title="T3",
        ae=Decimal("100.00"),
        cp=Decimal("80.00"),
    )
    envelope = EventEnvelope.new(first, subject="DR-BRE")
    assert await service_events.deliver(envelope) == "applied"
    assert await service_events.deliver(envelope) == "duplicate"
    revised = first.model_copy(update={"ae": Decimal("150.00"), "cp": Decimal("120.00")})
    assert await service_events.deliver(revised, subject="DR-BRE") == "applied"
    body = (await client.get("/training/plans/DR-BRE/2026", headers=manager)).json()
    assert (body["envelope_ae"], body["envelope_cp"]) == ("150.00", "120.00")


async def test_compliance_lists_missing_and_expiring_mandatory_trainings(
    client: httpx.AsyncClient,
    hr: Helpers,
    manager: dict[str, str],
    trainer: dict[str, str],
    auth: AuthFactory,
    service_events: ServiceEvents,
) -> None:
    short = await _course(client, trainer, code="HABELEC", certificate_validity_months=1)
    await _course(client, trainer, code="OPTION", mandatory=False)
    done = await hr.hire(manager, matricule="D1")
    missing = await hr.hire(manager, matricule="M1", unit_code="DR-BRE-SED")
    await hr.hire(manager, matricule="N1", unit_code="DR-NOR")
    sid = await _session(client, trainer, short)
    await hr.fund(trainer, sid, service_events)
    enrolment = (await _enrol(client, trainer, sid, done["id"])).json()
    path = f"/training/enrolments/{enrolment['id']}"
    await client.put(f"{path}/attendance", json={"present": True}, headers=trainer)
    # completed 1 March → certificate expires 1 April, within 30 days of 16 March
    completed = await client.post(
        f"{path}/completion", json={"completed_on": "2026-03-01"}, headers=trainer
    )
    assert completed.status_code == 201, completed.text
    report = (
        await client.get("/training/compliance/DR-BRE", params={"within_days": 30}, headers=manager)
    ).json()
    assert sorted((i["agent_id"], i["status"]) for i in report["items"]) == sorted(
        [(done["id"], "expiring"), (missing["id"], "missing")]
    )
    quiet = (
        await client.get("/training/compliance/DR-BRE", params={"within_days": 5}, headers=manager)
    ).json()
    assert [(i["agent_id"], i["status"]) for i in quiet["items"]] == [(missing["id"], "missing")]
    other = auth(roles=["hr.officer"], units=["DR-NOR"])
    assert (await client.get("/training/compliance/DR-BRE", headers=other)).status_code == 404


# the attestation de formation as PDF (issue #22, item 2): its figures are read back from it
async def test_the_certificate_states_who_what_when_and_until_when(
    client: httpx.AsyncClient,
    hr: Helpers,
    manager: dict[str, str],
    trainer: dict[str, str],
    auth: AuthFactory,
    service_events: ServiceEvents,
) -> None:
    sid = await _session(client, trainer, await _course(client, trainer))
    agent = await hr.hire(manager)
    enrolment = (await _enrol(client, trainer, sid, agent["id"])).json()
    path = f"/training/enrolments/{enrolment['id']}"
    await client.put(f"{path}/attendance", json={"present": True}, headers=trainer)
    await hr.fund(trainer, sid, service_events)
    done = await client.post(f"{path}/completion", json={}, headers=trainer)
    assert done.status_code == 201, done.text
    url = f"/training/completions/{done.json()['id']}/certificate"

    officer_bre = auth(roles=["hr.officer"], units=["DR-BRE"], sub="bre-hr")
    response = await client.get(url, headers=officer_bre)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert "attestation-formation-SST-INIT-A000001.pdf" in response.headers["content-disposition"]
    text = " ".join(pypdf.PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split())
    # Session 14-15/04/2026 at Montrouge, 14 hours; completed on its last day; the SST
    # certificate holds 24 months: 15/04/2026 + 24 months = 15/04/2028.
    for expected in (
        "Attestation de formation",
        "Claire Martin (matricule A000001)",
        "Sauveteur secouriste du travail",
        "SST-INIT",
        "14 heures",
        "du 14/04/2026 au 15/04/2026 à Montrouge",
        "achevée le 15/04/2026",
        "secourisme",
        "valable jusqu'au 15/04/2028",
    ):
        assert expected in text, (expected, text)

    officer_pdl = auth(roles=["hr.officer"], units=["DR-PDL"], sub="pdl-hr")
    assert (await client.get(url, headers=officer_pdl)).status_code == 404
    agent_only = auth(roles=["hr.agent"], units=["DR-BRE-SES"], sub="someone")
    assert (await client.get(url, headers=agent_only)).status_code == 403
    assert (
        await client.get("/training/completions/999999/certificate", headers=manager)
    ).status_code == 404
