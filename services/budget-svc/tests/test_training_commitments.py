"""Training is committed before it happens (issue #21, item 4).

hr's ``training_session.confirmed`` commits the session's estimated cost on T3, action 09, of
the organising unit (or is refused with budget's figures); ``training_session.completed``
certifies service fait for the actual cost and releases the rest; ``training_session.cancelled``
releases the whole commitment. Nothing is ever committed beyond the AE available.

Hand-worked case (DR-BRE, 2026, action 09, T3, 10 000.00 AE allocated):

* session S-1 confirmed at 4 000.00 → committed 4 000.00, available 10 000 − 4 000 = 6 000.00;
* a session S-2 at 12 000.00 is refused: 12 000 > 6 000 available (nothing committed);
* S-1 held for 3 500.00 → service fait 3 500.00, the commitment is reduced to 3 500.00 and the
  500.00 left returns to the line: available 6 000 + 500 = 6 500.00.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from sg_common.errors import ProblemError
from sg_common.events import EventEnvelope
from sg_common.testing import ServiceEvents
from sg_contracts.hr import (
    TrainingSessionCancelledV1,
    TrainingSessionCompletedV1,
    TrainingSessionConfirmedV1,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")


def confirmed(session_id: str, cost: str, unit: str = "DR-BRE") -> TrainingSessionConfirmedV1:
    return TrainingSessionConfirmedV1(
        session_id=session_id,
        unit_code=unit,
        fiscal_year=2026,
        course_code="SST-INIT",
        course_title="Sauveteur secouriste du travail",
        estimated_cost=Decimal(cost),
        start_date=date(2026, 3, 12),
        end_date=date(2026, 3, 13),
    )


def completed(session_id: str, cost: str, unit: str = "DR-BRE") -> TrainingSessionCompletedV1:
    return TrainingSessionCompletedV1(
        session_id=session_id,
        unit_code=unit,
        actual_cost=Decimal(cost),
        completed_on=date(2026, 3, 13),
        trainees=7,
    )


async def _answers(service_events: ServiceEvents, session_id: str) -> list[tuple[str, Any]]:
    """budget's answers about one session, oldest first: (type, payload)."""
    return [
        (e.type, e.data)
        for e in await service_events.published()
        if e.type.startswith("budget.training_commitment_")
        and e.data.training_session_id == session_id  # type: ignore[attr-defined]
    ]


async def _row(client: httpx.AsyncClient, budget: Any, session_id: str) -> dict[str, Any]:
    items = (await client.get("/training-commitments", headers=budget.manager)).json()["items"]
    [row] = [r for r in items if r["session_id"] == session_id]
    result: dict[str, Any] = row
    return result


async def test_confirmed_session_is_committed_then_certified_and_the_rest_released(
    client: httpx.AsyncClient, budget: Any, service_events: ServiceEvents
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "10000.00", action="09")
    event = EventEnvelope.new(confirmed("S-1", "4000.00"), subject="training-session-S-1")
    assert await service_events.deliver(event) == "applied"
    assert await service_events.deliver(event) == "duplicate"
    line = await budget.availability(action="09")
    assert (line["committed_ae"], line["available_ae"]) == ("4000.00", "6000.00")
    [(kind, answer)] = await _answers(service_events, "S-1")
    assert kind == "budget.training_commitment_recorded"
    assert (answer.ae, answer.available_ae) == (Decimal("4000.00"), Decimal("6000.00"))
    commitment_id = int(answer.commitment_id)
    commitment = (await client.get(f"/commitments/{commitment_id}", headers=budget.manager)).json()
    assert (commitment["source"], commitment["unit_code"], commitment["action"]) == (
        "training",
        "DR-BRE",
        "09",
    )
    assert (commitment["title"], commitment["ae"]) == ("T3", "4000.00")
    row = await _row(client, budget, "S-1")
    assert (row["status"], row["requested_ae"], row["commitment_id"]) == (
        "committed",
        "4000.00",
        commitment_id,
    )

    # held for 3 500: service fait 3 500, the 500 left returns to the line
    done = EventEnvelope.new(completed("S-1", "3500.00"), subject="training-session-S-1")
    assert await service_events.deliver(done) == "applied"
    line = await budget.availability(action="09")
    assert (line["committed_ae"], line["available_ae"]) == ("3500.00", "6500.00")
    spending = (
        await client.get(f"/commitments/{commitment_id}/spending", headers=budget.manager)
    ).json()
    assert (spending["ae"], spending["service_done"]) == ("3500.00", "3500.00")
    history = (
        await client.get(f"/commitments/{commitment_id}/operations", headers=budget.manager)
    ).json()
    assert [(o["kind"], o["ae_delta"]) for o in history] == [
        ("commit", "4000.00"),
        ("reduce", "-500.00"),
    ]
    [service_done] = await service_events.published("budget.service_done")
    assert service_done.data.amount == Decimal("3500.00")  # type: ignore[attr-defined]
    row = await _row(client, budget, "S-1")
    assert (row["status"], row["actual_cost"], row["released_ae"], row["completed_on"]) == (
        "completed",
        "3500.00",
        "500.00",
        "2026-03-13",
    )
    # the same completion again (another event id) changes nothing
    again = completed("S-1", "3500.00")
    assert await service_events.deliver(again, subject="training-session-S-1") == "applied"
    assert len(await service_events.published("budget.service_done")) == 1
    assert (await budget.availability(action="09"))["available_ae"] == "6500.00"


async def test_a_session_beyond_the_available_ae_is_refused_with_the_figures(
    client: httpx.AsyncClient, budget: Any, service_events: ServiceEvents
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "10000.00", action="09")
    assert await service_events.deliver(confirmed("S-1", "4000.00")) == "applied"
    assert await service_events.deliver(confirmed("S-2", "12000.00")) == "applied"
    [(kind, answer)] = await _answers(service_events, "S-2")
    assert kind == "budget.training_commitment_rejected"
    assert (answer.requested_ae, answer.available_ae, answer.committed_ae) == (
        Decimal("12000.00"),
        Decimal("6000.00"),
        Decimal("0.00"),
    )
    assert answer.reason.startswith("insufficient-ae")
    line = await budget.availability(action="09")
    assert (line["committed_ae"], line["available_ae"]) == ("4000.00", "6000.00")
    row = await _row(client, budget, "S-2")
    assert (row["status"], row["commitment_id"], row["available_ae"]) == (
        "rejected",
        None,
        "6000.00",
    )
    # a unit with no T3 credits on action 09 at all: refused, 0 available (no overrun any more)
    assert await service_events.deliver(confirmed("S-3", "90.00", unit="DR-NOR")) == "applied"
    [(kind, answer)] = await _answers(service_events, "S-3")
    assert (kind, answer.available_ae) == ("budget.training_commitment_rejected", Decimal("0.00"))
    nor = await budget.availability("DR-NOR", action="09")
    assert (nor["committed_ae"], nor["available_ae"]) == ("0.00", "0.00")
    # once credits arrive, confirming again commits
    await budget.allocate("DR-NOR", "500.00", "500.00", action="09")
    assert await service_events.deliver(confirmed("S-3", "90.00", unit="DR-NOR")) == "applied"
    kinds = [k for k, _ in await _answers(service_events, "S-3")]
    assert kinds == ["budget.training_commitment_rejected", "budget.training_commitment_recorded"]
    assert (await _row(client, budget, "S-3"))["status"] == "committed"


async def test_cancelling_a_confirmed_session_releases_its_ae(
    client: httpx.AsyncClient, budget: Any, service_events: ServiceEvents
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "10000.00", action="09")
    await service_events.deliver(confirmed("S-4", "2500.00"))
    assert (await budget.availability(action="09"))["available_ae"] == "7500.00"
    cancel = TrainingSessionCancelledV1(session_id="S-4", unit_code="DR-BRE")
    assert await service_events.deliver(cancel) == "applied"
    line = await budget.availability(action="09")
    assert (line["committed_ae"], line["available_ae"]) == ("0.00", "10000.00")
    row = await _row(client, budget, "S-4")
    assert (row["status"], row["released_ae"]) == ("cancelled", "2500.00")
    commitment = (
        await client.get(f"/commitments/{row['commitment_id']}", headers=budget.manager)
    ).json()
    assert commitment["status"] == "cancelled"
    # again, or for a session budget never committed: nothing to release
    assert await service_events.deliver(cancel) == "applied"
    unknown = TrainingSessionCancelledV1(session_id="S-404", unit_code="DR-BRE")
    assert await service_events.deliver(unknown) == "applied"
    assert (await budget.availability(action="09"))["available_ae"] == "10000.00"


async def test_a_revised_estimate_raises_or_lowers_the_commitment_within_the_ae(
    client: httpx.AsyncClient, budget: Any, service_events: ServiceEvents
) -> None:
    """10 000 allocated; 2 000 committed, raised to 3 000 (1 000 more ≤ 8 000 available),
    raised to 12 000 refused (9 000 more > 7 000 available: the 3 000 stay), lowered to 1 500
    (1 500 released: 8 500 available)."""
    await budget.allocate("DR-BRE", "10000.00", "10000.00", action="09")
    await service_events.deliver(confirmed("S-5", "2000.00"))
    await service_events.deliver(confirmed("S-5", "3000.00"))
    line = await budget.availability(action="09")
    assert (line["committed_ae"], line["available_ae"]) == ("3000.00", "7000.00")
    await service_events.deliver(confirmed("S-5", "12000.00"))
    answers = await _answers(service_events, "S-5")
    assert [(k.rsplit("_", 1)[-1], a.ae if "recorded" in k else None) for k, a in answers] == [
        ("recorded", Decimal("2000.00")),
        ("recorded", Decimal("3000.00")),
        ("rejected", None),
    ]
    refused = answers[-1][1]
    assert (refused.requested_ae, refused.available_ae, refused.committed_ae) == (
        Decimal("12000.00"),
        Decimal("7000.00"),
        Decimal("3000.00"),
    )
    assert (await budget.availability(action="09"))["committed_ae"] == "3000.00"
    await service_events.deliver(confirmed("S-5", "1500.00"))
    line = await budget.availability(action="09")
    assert (line["committed_ae"], line["available_ae"]) == ("1500.00", "8500.00")
    row = await _row(client, budget, "S-5")
    assert (row["status"], row["requested_ae"]) == ("committed", "1500.00")
    history = (
        await client.get(f"/commitments/{row['commitment_id']}/operations", headers=budget.manager)
    ).json()
    assert [(o["kind"], o["ae_delta"]) for o in history] == [
        ("commit", "2000.00"),
        ("increase", "1000.00"),
        ("reduce", "-1500.00"),
    ]


async def test_a_session_held_for_nothing_releases_everything_and_never_more_than_committed(
    client: httpx.AsyncClient, budget: Any, service_events: ServiceEvents
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "10000.00", action="09")
    await service_events.deliver(confirmed("S-6", "800.00"))
    assert await service_events.deliver(completed("S-6", "0.00")) == "applied"
    line = await budget.availability(action="09")
    assert (line["committed_ae"], line["available_ae"]) == ("0.00", "10000.00")
    assert await service_events.published("budget.service_done") == []
    assert (await _row(client, budget, "S-6"))["released_ae"] == "800.00"
    # hr never sends an actual cost above the commitment; if one came, it is refused (retried,
    # then parked in the dead-letter topic), never certified beyond the AE
    await service_events.deliver(confirmed("S-7", "800.00"))
    with pytest.raises(ProblemError) as refused:
        await service_events.deliver(completed("S-7", "800.01"))
    assert refused.value.type_slug == "service-done-exceeds-commitment"


async def test_training_completed_no_longer_books_a_charge(
    service_events: ServiceEvents,
) -> None:
    """An agent's completion is hr's record (skills, certificate): the cost is committed per
    session at confirmation, so budget has no handler for it any more (its consumer skips the
    type) and nothing is booked beyond the AE available."""
    assert "training.completed" not in service_events.handlers
    assert {"training_session.confirmed", "training_session.completed"} <= set(
        service_events.handlers
    )


async def test_training_commitments_are_listed_in_scope(
    client: httpx.AsyncClient, budget: Any, service_events: ServiceEvents, auth: Any
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "10000.00", action="09")
    await budget.allocate("DR-NOR", "10000.00", "10000.00", action="09")
    await service_events.deliver(confirmed("S-8", "100.00"))
    await service_events.deliver(confirmed("S-9", "200.00", unit="DR-NOR"))
    bre = auth(roles=["budget.officer"], units=["DR-BRE"])
    listing = (await client.get("/training-commitments", headers=bre)).json()
    assert [r["session_id"] for r in listing["items"]] == ["S-8"]
    filtered = await client.get(
        "/training-commitments", params={"status": "rejected"}, headers=budget.manager
    )
    assert filtered.json()["items"] == []
    nobody = auth(roles=["facilities.requester"], units=["DR-BRE"])
    assert (await client.get("/training-commitments", headers=nobody)).status_code == 403
    bad = await client.get("/training-commitments", params={"status": "x"}, headers=bre)
    assert bad.status_code == 422
