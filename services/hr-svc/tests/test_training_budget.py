"""Training is committed before it happens (issue #21, item 4), hr's side.

Confirming a session asks budget to commit its estimated cost (``training_session.confirmed``);
hr records budget's answer on the session (pending → committed with the commitment id, or
refused with budget's figures). Agents complete, and the session is completed (service fait for
its actual cost, never above what budget committed), only once budget committed it; cancelling
a session budget was asked about releases its AE (``training_session.cancelled``).

Hand-worked case: a course at 500.00 per trainee, a session of 8 seats at DRH-FORM in 2026.
Confirmed without a figure, the estimate is 8 × 500 = 4 000.00; budget commits it (6 000.00
left of the unit's 10 000.00). 7 agents attend: the actual cost is 7 × 500 = 3 500.00 ≤ 4 000,
so the session is completed and budget certifies 3 500.00 and releases 500.00. A session
estimated at 12 000.00 is refused: budget shows 6 000.00 available.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_contracts.budget import (
    BudgetTrainingCommitmentRecordedV1,
    BudgetTrainingCommitmentRejectedV1,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")

COURSE = {
    "code": "EXCEL-AV",
    "title": "Tableur, niveau avancé",
    "domain": "bureautique",
    "duration_hours": "14.00",
    "cost": "500.00",
    "skills": ["tableur"],
}


async def _session(
    client: httpx.AsyncClient,
    trainer: dict[str, str],
    *,
    capacity: int = 8,
    start: str = "2026-03-09",
    end: str = "2026-03-10",
    unit: str = "DRH-FORM",
    code: str = "EXCEL-AV",
) -> int:
    course = await client.post("/training/courses", json={**COURSE, "code": code}, headers=trainer)
    assert course.status_code == 201, course.text
    created = await client.post(
        "/training/sessions",
        json={
            "course_id": course.json()["id"],
            "unit_code": unit,
            "start_date": start,
            "end_date": end,
            "place": "Montrouge, salle 3",
            "capacity": capacity,
        },
        headers=trainer,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["status"], body["budget"]["status"]) == ("planned", "not_requested")
    return int(body["id"])


async def _present(
    client: httpx.AsyncClient,
    hr: Any,
    manager: dict[str, str],
    trainer: dict[str, str],
    sid: int,
    n: int,
) -> list[int]:
    """Enrol ``n`` new agents and mark them present; their enrolment ids."""
    ids = []
    for i in range(n):
        agent = await hr.hire(manager, matricule=f"P{sid}{i:02d}")
        enrolled = await client.post(
            f"/training/sessions/{sid}/enrolments", json={"agent_id": agent["id"]}, headers=trainer
        )
        assert enrolled.status_code == 201, enrolled.text
        path = f"/training/enrolments/{enrolled.json()['id']}/attendance"
        assert (await client.put(path, json={"present": True}, headers=trainer)).status_code == 200
        ids.append(int(enrolled.json()["id"]))
    return ids


def _recorded(sid: int, ae: str, available: str) -> BudgetTrainingCommitmentRecordedV1:
    return BudgetTrainingCommitmentRecordedV1(
        training_session_id=str(sid),
        commitment_id="418",
        unit_code="DRH-FORM",
        fiscal_year=2026,
        ae=Decimal(ae),
        available_ae=Decimal(available),
    )


def _rejected(
    sid: int, requested: str, available: str, committed: str = "0.00"
) -> BudgetTrainingCommitmentRejectedV1:
    return BudgetTrainingCommitmentRejectedV1(
        training_session_id=str(sid),
        unit_code="DRH-FORM",
        fiscal_year=2026,
        reason=f"insufficient-ae: DRH-FORM has {available} AE available on action 09, title T3",
        requested_ae=Decimal(requested),
        available_ae=Decimal(available),
        committed_ae=Decimal(committed),
    )


async def _get(client: httpx.AsyncClient, headers: dict[str, str], sid: int) -> dict[str, Any]:
    response = await client.get(f"/training/sessions/{sid}", headers=headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_confirmed_session_is_committed_then_completed_for_its_actual_cost(
    client: httpx.AsyncClient, hr: Any, manager: Any, trainer: Any, service_events: ServiceEvents
) -> None:
    sid = await _session(client, trainer)
    enrolments = await _present(client, hr, manager, trainer, sid, 7)

    confirmed = await client.post(
        f"/training/sessions/{sid}/confirmation", json={}, headers=trainer
    )
    assert confirmed.status_code == 200, confirmed.text
    body = confirmed.json()
    # 8 seats × 500.00: the most the session can cost
    assert (body["status"], body["estimated_cost"], body["budget"]["status"]) == (
        "confirmed",
        "4000.00",
        "pending",
    )
    [asked] = await service_events.published("training_session.confirmed")
    assert asked.subject == f"training-session-{sid}"
    data = asked.data
    assert (data.session_id, data.unit_code, data.fiscal_year) == (  # type: ignore[attr-defined]
        str(sid),
        "DRH-FORM",
        2026,
    )
    assert data.estimated_cost == Decimal("4000.00")  # type: ignore[attr-defined]
    assert data.course_code == "EXCEL-AV"  # type: ignore[attr-defined]

    # while budget has not answered: no second request, no completion
    again = await client.post(f"/training/sessions/{sid}/confirmation", json={}, headers=trainer)
    assert (again.status_code, hr.slug(again)) == (409, "budget-answer-pending")
    early = await client.post(
        f"/training/enrolments/{enrolments[0]}/completion", json={}, headers=trainer
    )
    assert (early.status_code, hr.slug(early)) == (409, "training-not-committed")
    assert early.json()["budget_status"] == "pending"

    assert (
        await service_events.deliver(
            _recorded(sid, "4000.00", "6000.00"), subject=f"training-session-{sid}"
        )
        == "applied"
    )
    session = await _get(client, trainer, sid)
    assert session["budget"] == {
        "status": "committed",
        "commitment_id": "418",
        "committed_ae": "4000.00",
        "requested_ae": None,
        "available_ae": "6000.00",
        "reason": None,
        "answered_at": "2026-03-16T09:00:00Z",
    }
    assert session["version"] == body["version"] + 1

    # agents complete (skills, certificates) once budget committed the session
    done = await client.post(
        f"/training/enrolments/{enrolments[0]}/completion", json={}, headers=trainer
    )
    assert done.status_code == 201, done.text

    # an actual cost above the 4 000 committed is refused, with the figures
    above = await client.post(
        f"/training/sessions/{sid}/completion", json={"actual_cost": "4200.00"}, headers=trainer
    )
    assert (above.status_code, hr.slug(above)) == (409, "actual-cost-above-commitment")
    assert (above.json()["committed_ae"], above.json()["actual_cost"]) == ("4000.00", "4200.00")

    # by default the actual cost is 7 present × 500.00 = 3 500.00
    completed = await client.post(f"/training/sessions/{sid}/completion", json={}, headers=trainer)
    assert completed.status_code == 200, completed.text
    body = completed.json()
    assert (body["status"], body["actual_cost"], body["completed_on"]) == (
        "completed",
        "3500.00",
        "2026-03-10",
    )
    assert body["budget"]["status"] == "certified"
    [held] = await service_events.published("training_session.completed")
    assert held.subject == f"training-session-{sid}"
    assert held.data.actual_cost == Decimal("3500.00")  # type: ignore[attr-defined]
    assert held.data.trainees == 7  # type: ignore[attr-defined]
    assert held.data.completed_on == date(2026, 3, 10)  # type: ignore[attr-defined]

    twice = await client.post(f"/training/sessions/{sid}/completion", json={}, headers=trainer)
    assert hr.slug(twice) == "session-completed"
    cancel = await client.post(f"/training/sessions/{sid}/cancellation", headers=trainer)
    assert hr.slug(cancel) == "session-completed"
    revise = await client.post(f"/training/sessions/{sid}/confirmation", json={}, headers=trainer)
    assert hr.slug(revise) == "session-completed"
    # agents still complete after the session is closed (their own record)
    late = await client.post(
        f"/training/enrolments/{enrolments[1]}/completion", json={}, headers=trainer
    )
    assert late.status_code == 201, late.text
    assert len(await service_events.published("training_session.completed")) == 1


async def test_budget_refusal_is_shown_with_its_figures_and_blocks_the_training(
    client: httpx.AsyncClient, hr: Any, manager: Any, trainer: Any, service_events: ServiceEvents
) -> None:
    sid = await _session(client, trainer, capacity=30)
    [enrolment] = await _present(client, hr, manager, trainer, sid, 1)
    asked = await client.post(
        f"/training/sessions/{sid}/confirmation",
        json={"estimated_cost": "12000.00"},
        headers=trainer,
    )
    assert asked.json()["estimated_cost"] == "12000.00"
    assert (
        await service_events.deliver(
            _rejected(sid, "12000.00", "6000.00"), subject=f"training-session-{sid}"
        )
        == "applied"
    )
    session = await _get(client, trainer, sid)
    assert session["status"] == "confirmed"
    budget = session["budget"]
    assert (budget["status"], budget["requested_ae"], budget["available_ae"]) == (
        "refused",
        "12000.00",
        "6000.00",
    )
    assert (budget["committed_ae"], budget["commitment_id"]) == (None, None)
    assert budget["reason"].startswith("insufficient-ae")
    listing = await client.get(
        "/training/sessions", params={"budget_status": "refused"}, headers=trainer
    )
    assert [s["id"] for s in listing.json()["items"]] == [sid]

    # the training cannot happen on budget's refusal: no completion, no service fait
    completion = await client.post(
        f"/training/enrolments/{enrolment}/completion", json={}, headers=trainer
    )
    refused = completion.json()
    assert (completion.status_code, hr.slug(completion)) == (409, "training-not-committed")
    assert (refused["requested_ae"], refused["available_ae"]) == ("12000.00", "6000.00")
    closing = await client.post(
        f"/training/sessions/{sid}/completion", json={"actual_cost": "500.00"}, headers=trainer
    )
    assert hr.slug(closing) == "training-not-committed"

    # a smaller estimate is asked again (the refusal stays shown until budget answers)
    retry = await client.post(
        f"/training/sessions/{sid}/confirmation",
        json={"estimated_cost": "5000.00"},
        headers=trainer,
    )
    assert retry.status_code == 200, retry.text
    assert (retry.json()["estimated_cost"], retry.json()["budget"]["status"]) == (
        "5000.00",
        "pending",
    )
    sent = await service_events.published("training_session.confirmed")
    assert [e.data.estimated_cost for e in sent] == [  # type: ignore[attr-defined]
        Decimal("12000.00"),
        Decimal("5000.00"),
    ]


async def test_revision_above_the_commitment_refused_keeps_what_is_committed(
    client: httpx.AsyncClient, hr: Any, trainer: Any, service_events: ServiceEvents
) -> None:
    """4 000 committed; raised to 5 000, refused (budget keeps the 4 000): the session can
    still be completed for up to 4 000."""
    sid = await _session(client, trainer)
    await hr.fund(trainer, sid, service_events)
    raised = await client.post(
        f"/training/sessions/{sid}/confirmation",
        json={"estimated_cost": "5000.00"},
        headers=trainer,
    )
    assert raised.json()["budget"]["status"] == "pending"
    await service_events.deliver(_rejected(sid, "5000.00", "600.00", committed="4000.00"))
    budget = (await _get(client, trainer, sid))["budget"]
    assert (budget["status"], budget["committed_ae"], budget["available_ae"]) == (
        "refused",
        "4000.00",
        "600.00",
    )
    done = await client.post(
        f"/training/sessions/{sid}/completion", json={"actual_cost": "3800.00"}, headers=trainer
    )
    assert done.status_code == 200, done.text
    assert done.json()["actual_cost"] == "3800.00"


async def test_cancelling_a_session_budget_was_asked_about_releases_its_ae(
    client: httpx.AsyncClient, hr: Any, trainer: Any, service_events: ServiceEvents
) -> None:
    sid = await _session(client, trainer)
    await hr.fund(trainer, sid, service_events)
    cancelled = await client.post(f"/training/sessions/{sid}/cancellation", headers=trainer)
    assert cancelled.status_code == 200, cancelled.text
    body = cancelled.json()
    assert (body["status"], body["cancelled"], body["budget"]["status"]) == (
        "cancelled",
        True,
        "released",
    )
    [released] = await service_events.published("training_session.cancelled")
    assert released.data.session_id == str(sid)  # type: ignore[attr-defined]
    assert released.subject == f"training-session-{sid}"
    # a late answer of budget does not revive the session
    await service_events.deliver(_recorded(sid, "4000.00", "6000.00"))
    after = await _get(client, trainer, sid)
    assert (after["status"], after["budget"]["status"]) == ("cancelled", "released")
    # a session never confirmed is cancelled without asking budget anything
    quiet = await _session(client, trainer, code="QUIET")
    assert (await client.post(f"/training/sessions/{quiet}/cancellation", headers=trainer)).json()[
        "budget"
    ]["status"] == "not_requested"
    assert len(await service_events.published("training_session.cancelled")) == 1
    revive = await client.post(f"/training/sessions/{sid}/confirmation", json={}, headers=trainer)
    assert hr.slug(revive) == "session-cancelled"


async def test_a_free_session_needs_no_commitment_but_costs_nothing(
    client: httpx.AsyncClient, hr: Any, manager: Any, trainer: Any, service_events: ServiceEvents
) -> None:
    """Given by the unit's own trainer: confirmed at 0.00, nothing is asked of budget; its
    actual cost cannot exceed the 0.00 committed."""
    sid = await _session(client, trainer)
    [enrolment] = await _present(client, hr, manager, trainer, sid, 1)
    free = await client.post(
        f"/training/sessions/{sid}/confirmation", json={"estimated_cost": "0.00"}, headers=trainer
    )
    assert free.json()["budget"]["status"] == "not_required"
    assert await service_events.published("training_session.confirmed") == []
    done = await client.post(
        f"/training/enrolments/{enrolment}/completion", json={}, headers=trainer
    )
    assert done.status_code == 201, done.text
    costly = await client.post(
        f"/training/sessions/{sid}/completion", json={"actual_cost": "100.00"}, headers=trainer
    )
    assert hr.slug(costly) == "actual-cost-above-commitment"
    held = await client.post(
        f"/training/sessions/{sid}/completion", json={"actual_cost": "0.00"}, headers=trainer
    )
    assert held.status_code == 200, held.text
    assert held.json()["budget"]["status"] == "not_required"
    assert await service_events.published("training_session.completed") == []


async def test_answers_are_applied_once_and_only_to_a_pending_request(
    client: httpx.AsyncClient, trainer: Any, service_events: ServiceEvents
) -> None:
    from sg_common.events import EventEnvelope

    sid = await _session(client, trainer)
    # an answer nobody waits for (never confirmed; an unknown session) changes nothing
    assert await service_events.deliver(_recorded(sid, "4000.00", "6000.00")) == "applied"
    assert await service_events.deliver(_recorded(9999, "1.00", "1.00")) == "applied"
    assert (await _get(client, trainer, sid))["budget"]["status"] == "not_requested"
    await client.post(f"/training/sessions/{sid}/confirmation", json={}, headers=trainer)
    answer = EventEnvelope.new(_rejected(sid, "4000.00", "10.00"), subject="x")
    assert await service_events.deliver(answer) == "applied"
    assert await service_events.deliver(answer) == "duplicate"
    assert (await _get(client, trainer, sid))["budget"]["status"] == "refused"


async def test_who_may_confirm_and_complete_and_bad_input(
    client: httpx.AsyncClient, hr: Any, trainer: Any, auth: Any, service_events: ServiceEvents
) -> None:
    sid = await _session(client, trainer, unit="DR-BRE")
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    assert (
        await client.post(f"/training/sessions/{sid}/confirmation", json={}, headers=officer)
    ).status_code == 403
    nor = auth(roles=["hr.trainer"], units=["DR-NOR"])
    assert (
        await client.post(f"/training/sessions/{sid}/confirmation", json={}, headers=nor)
    ).status_code == 404
    negative = await client.post(
        f"/training/sessions/{sid}/confirmation", json={"estimated_cost": "-1"}, headers=trainer
    )
    assert negative.status_code == 422
    assert negative.headers["content-type"].startswith("application/problem+json")
    unconfirmed = await client.post(
        f"/training/sessions/{sid}/completion", json={}, headers=trainer
    )
    assert (unconfirmed.status_code, hr.slug(unconfirmed)) == (409, "session-not-confirmed")
    await hr.fund(trainer, sid, service_events)
    assert (
        await client.post(f"/training/sessions/{sid}/completion", json={}, headers=nor)
    ).status_code == 404
    future = await client.post(
        f"/training/sessions/{sid}/completion", json={"completed_on": "2026-03-17"}, headers=trainer
    )
    assert (future.status_code, hr.slug(future)) == (422, "invalid-completion-date")
    before = await client.post(
        f"/training/sessions/{sid}/completion", json={"completed_on": "2026-03-08"}, headers=trainer
    )
    assert (before.status_code, hr.slug(before)) == (422, "invalid-completion-date")
    missing = await client.post("/training/sessions/9999/completion", json={}, headers=trainer)
    assert missing.status_code == 404
