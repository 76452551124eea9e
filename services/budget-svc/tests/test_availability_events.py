"""``budget.availability_changed``: every change of a line's credits publishes the line's new
figures, keyed by the line, with a per-line sequence (issue #21, item 8).

The other services used to build a unit's AE from ``budget.allocated`` alone: transfers had no
event and nobody consumed ``budget.reserve_changed``, so facilities' fallback overstated it."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update
from sqlmodel import col

from budget_svc.ledger import service as ledger
from budget_svc.ledger.models import BudgetLine
from sg_common.events import EventEnvelope
from sg_common.testing import ServiceEvents, payload
from sg_contracts.budget import BudgetAvailabilityChangedV1

FIGURES = BudgetAvailabilityChangedV1.FIGURES


def line_key(data: Any) -> tuple[str, int, str, str]:
    return (data["unit_code"], data["fiscal_year"], data["action"], data["title"])


async def snapshots(service_events: ServiceEvents) -> list[EventEnvelope]:
    return await service_events.published("budget.availability_changed")


def snapshot(event: EventEnvelope) -> BudgetAvailabilityChangedV1:
    return payload(event, BudgetAvailabilityChangedV1)


def latest(events: list[EventEnvelope]) -> dict[tuple[str, int, str, str], dict[str, Any]]:
    """Each line's figures as a consumer keeping the highest sequence would hold them."""
    held: dict[tuple[str, int, str, str], dict[str, Any]] = {}
    for event in events:
        data = event.data.model_dump(mode="json")
        key = line_key(data)
        if key not in held or held[key]["sequence"] < data["sequence"]:
            held[key] = data
    return held


async def assert_consumers_hold_budgets_figures(
    client: httpx.AsyncClient, manager: dict[str, str], service_events: ServiceEvents
) -> None:
    """For every line: the latest snapshot equals GET /availability and the line's sequences
    are 1, 2, … n; one snapshot per ledger movement (no change went unpublished)."""
    events = await snapshots(service_events)
    held = latest(events)
    lines = (await client.get("/availability?limit=200", headers=manager)).json()["items"]
    assert {line_key(x) for x in lines} == set(held)
    for line in lines:
        key = line_key(line)
        assert {f: held[key][f] for f in FIGURES} == {f: line[f] for f in FIGURES}, key
        sequences = [snapshot(e).sequence for e in events if line_key(e.data.model_dump()) == key]
        assert sequences == list(range(1, len(sequences) + 1)), key
    movements = await client.get("/ledger/movements?limit=200", headers=manager)
    assert len(movements.json()["items"]) == len(events)


async def transfer(
    client: httpx.AsyncClient, manager: dict[str, str], ae: str, cp: str
) -> httpx.Response:
    """A transfer from DR-BRE to DR-NOR on action 08, title T3."""
    return await client.post(
        "/transfers",
        json={
            "fiscal_year": 2026,
            "source": {"unit_code": "DR-BRE", "action": "08", "title": "T3"},
            "destination": {"unit_code": "DR-NOR", "action": "08", "title": "T3"},
            "ae": ae,
            "cp": cp,
            "reason": "Redéploiement vers la Normandie",
        },
        headers=manager,
    )


async def set_reserve_rate(client: httpx.AsyncClient, manager: dict[str, str], rate: str) -> None:
    year = await client.get("/fiscal-years/2026", headers=manager)
    patched = await client.patch(
        "/fiscal-years/2026",
        json={"reserve_rate_other": rate},
        headers={**manager, "If-Match": year.headers["ETag"]},
    )
    assert patched.status_code == 200, patched.text


async def test_allocation_transfer_reserve_and_commitment_each_publish_the_lines_figures(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    chain: Any,
    service_events: ServiceEvents,
) -> None:
    """Hand-worked (line 08/T3 of 2026):

    1. allocation to DR-BRE: 100 000.00 AE / 80 000.00 CP          → U available 100 000 / 80 000
    2. transfer of 20 000.00 AE / 20 000.00 CP from DR-BRE to DR-NOR → U 80 000 / 60 000, V 20 000
    3. mise en réserve at 10 % of the notified amounts: 10 000.00 AE / 8 000.00 CP frozen
                                                                     → U 70 000 / 52 000
    4. commitment of 30 000.00 AE on DR-BRE                          → U 40 000 / 52 000

    U = 100 000 − 20 000 − 10 000 − 30 000 = 40 000 AE. DR-NOR's 20 000 came by transfer, not by
    an allocation: the year's reserve does not freeze it. Four events on U's line (sequences
    1–4), one on V's, each under the line's key."""
    await set_reserve_rate(client, manager, "0.1000")
    allocation = await budget.allocate("DR-BRE", "100000.00", "80000.00")
    moved = await transfer(client, manager, "20000.00", "20000.00")
    assert moved.status_code == 201, moved.text
    reserve = await client.post(
        "/fiscal-years/2026/reserve", json={"reason": "Mise en réserve"}, headers=manager
    )
    assert [(o["ae"], o["cp"]) for o in reserve.json()] == [("10000.00", "8000.00")]
    commitment = await chain.commitment("30000.00")

    events = await snapshots(service_events)
    on_u = [e for e in events if snapshot(e).unit_code == "DR-BRE"]
    on_v = [e for e in events if snapshot(e).unit_code == "DR-NOR"]
    assert [
        (d.sequence, d.cause, d.reference, str(d.available_ae)) for d in map(snapshot, on_u)
    ] == [
        (1, "allocation", f"allocation-{allocation['id']}", "100000.00"),
        (2, "transfer_out", f"transfer-{moved.json()['id']}", "80000.00"),
        (3, "reserve_freeze", f"reserve-operation-{reserve.json()[0]['id']}", "70000.00"),
        (4, "commitment", f"commitment-{commitment['id']}", "40000.00"),
    ]
    last = on_u[-1].data.model_dump(mode="json")
    assert {f: last[f] for f in FIGURES} == {
        "allocated_ae": "80000.00",
        "allocated_cp": "60000.00",
        "frozen_ae": "10000.00",
        "frozen_cp": "8000.00",
        "committed_ae": "30000.00",
        "paid_cp": "0.00",
        "available_ae": "40000.00",
        "available_cp": "52000.00",
    }
    assert {e.subject for e in on_u} == {"line/DR-BRE/2026/08/T3"}
    [received] = on_v
    data = snapshot(received)
    assert (data.sequence, data.cause, str(data.available_ae)) == (
        1,
        "transfer_in",
        "20000.00",
    )
    assert received.subject == "line/DR-NOR/2026/08/T3"
    assert (await budget.availability("DR-BRE"))["available_ae"] == "40000.00"
    await assert_consumers_hold_budgets_figures(client, manager, service_events)


@pytest.mark.usefixtures("frozen_clock")
async def test_every_change_of_availability_is_published(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    chain: Any,
    service_events: ServiceEvents,
) -> None:
    """Reserve operations (mise en réserve, dégel, surgel, annulation), a commitment reduced,
    another cancelled, a payment (CP): one snapshot per ledger movement, the last of each line
    equal to budget's own figures.

    Allocation 10 000.00 / 8 000.00; réserve 5 %: 500.00 / 400.00 frozen; dégel 200.00 / 100.00
    → 300.00 / 300.00; surgel 1 000.00 / 0.00 → 1 300.00 / 300.00; annulation 300.00 / 300.00
    → frozen 1 000.00 / 0.00, allocated 9 700.00 / 7 700.00. Commitment 3 000.00 reduced to
    2 400.00; commitment 500.00 cancelled; 2 400.00 paid on the first.
    AE available = 9 700 − 1 000 − 2 400 = 6 300.00; CP available = 7 700 − 0 − 2 400 = 5 300.00.
    """
    allocation = await budget.allocate("DR-BRE", "10000.00", "8000.00")
    applied = await client.post(
        "/fiscal-years/2026/reserve", json={"reason": "Mise en réserve"}, headers=manager
    )
    assert applied.status_code == 201
    for kind, ae, cp in (
        ("release", "200.00", "100.00"),
        ("extra_freeze", "1000.00", "0.00"),
        ("cancellation", "300.00", "300.00"),
    ):
        done = await client.post(
            f"/allocations/{allocation['id']}/reserve-operations",
            json={"kind": kind, "ae": ae, "cp": cp, "reason": "Décision du RBOP"},
            headers=manager,
        )
        assert done.status_code == 201, done.text
    kept = await chain.commitment("3000.00")
    current = await client.get(f"/commitments/{kept['id']}", headers=manager)
    reduced = await client.post(
        f"/commitments/{kept['id']}/reduction",
        json={"ae": "2400.00", "reason": "Tranche optionnelle non affermie"},
        headers={**manager, "If-Match": current.headers["ETag"]},
    )
    assert reduced.status_code == 200, reduced.text
    dropped = await chain.commitment("500.00")
    current = await client.get(f"/commitments/{dropped['id']}", headers=manager)
    cancelled = await client.post(
        f"/commitments/{dropped['id']}/cancellation",
        json={"reason": "Marché résilié"},
        headers={**manager, "If-Match": current.headers["ETag"]},
    )
    assert cancelled.status_code == 200, cancelled.text
    certified = await chain.service_done(kept["id"], "2400.00", certified_on="2026-03-09")
    assert certified.status_code == 201, certified.text
    paid = await chain.invoice_and_pay(kept["id"], "2400.00", received_on="2026-03-10")
    assert paid.status_code == 201, paid.text

    events = await snapshots(service_events)
    assert [snapshot(e).cause for e in events] == [
        "allocation",
        "reserve_freeze",
        "reserve_release",
        "reserve_extra_freeze",
        "reserve_cancellation",
        "commitment",
        "commitment_reduce",
        "commitment",
        "commitment_cancel",
        "payment",
    ]
    last = snapshot(events[-1])
    assert (str(last.available_ae), str(last.available_cp)) == ("6300.00", "5300.00")
    assert last.sequence == 10
    await assert_consumers_hold_budgets_figures(client, manager, service_events)


async def test_a_refused_change_publishes_nothing(
    client: httpx.AsyncClient, manager: dict[str, str], budget: Any, service_events: ServiceEvents
) -> None:
    """A transfer above what the source has available is refused (409): no snapshot leaves."""
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    refused = await transfer(client, manager, "1000.01", "0.00")
    assert refused.status_code == 409
    assert [snapshot(e).cause for e in await snapshots(service_events)] == ["allocation"]


async def test_lines_never_announced_are_published_once_at_start(
    app: FastAPI,
    budget: Any,
    service_events: ServiceEvents,
) -> None:
    """Lines from before the event existed (sequence 0) get one snapshot of their figures when
    the service starts (cause ``announce``), so consumers can start from them; once only."""
    await budget.allocate("DR-BRE", "1000.00", "800.00")
    await budget.allocate("DR-NOR", "2000.00", "1500.00")
    async with app.state.database.transaction() as session:
        await session.exec(
            update(BudgetLine)
            .where(col(BudgetLine.unit_code) == "DR-NOR")
            .values(availability_sequence=0)
        )
    async with app.state.database.transaction() as session:
        await ledger.announce_lines(session)
    async with app.state.database.transaction() as session:
        await ledger.announce_lines(session)
    events = await snapshots(service_events)
    assert [(d.unit_code, d.sequence, d.cause) for d in map(snapshot, events)] == [
        ("DR-BRE", 1, "allocation"),
        ("DR-NOR", 1, "allocation"),
        ("DR-NOR", 1, "announce"),
    ]
    assert str(snapshot(events[-1]).available_cp) == "1500.00"
    await budget.allocate("DR-NOR", "1.00", "1.00")
    assert snapshot((await snapshots(service_events))[-1]).sequence == 2


async def test_concurrent_changes_of_a_line_are_numbered_in_commit_order(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    chain: Any,
    service_events: ServiceEvents,
) -> None:
    """Six commitments of 100.00 at once on a line of 1 000.00 (PostgreSQL: truly concurrent):
    sequences 2–7 once each, and the highest carries the final figure, 400.00 AE available —
    a snapshot numbered later never holds less than an earlier one."""
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    await asyncio.gather(*(chain.commitment("100.00") for _ in range(6)))
    events = await snapshots(service_events)
    by_sequence = sorted((d.sequence, d.committed_ae) for d in map(snapshot, events))
    assert [s for s, _ in by_sequence] == [1, 2, 3, 4, 5, 6, 7]
    assert [str(c) for _, c in by_sequence] == [f"{100 * n}.00" for n in range(7)]
    await assert_consumers_hold_budgets_figures(client, manager, service_events)
    assert (await budget.availability())["available_ae"] == "400.00"
