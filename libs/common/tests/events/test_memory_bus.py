"""The in-memory bus (unit tests' stand-in): same inbox path, same transaction semantics."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from sg_common.events import EventEnvelope, InboxMessage, OutboxMessage, publish
from sg_common.events.memory import InMemoryBus
from sg_contracts.budget import BudgetAllocatedV1, BudgetCommitmentRecordedV1

from .helpers import allocated, applied, new_database, publish_allocations, record


async def test_outbox_events_reach_the_handlers_once_and_chains_follow(tmp_path: Path) -> None:
    budget_db = await new_database(tmp_path, "budget")
    hr_db = await new_database(tmp_path, "hr")
    answered: list[str] = []

    async def answer(session, event) -> None:  # type: ignore[no-untyped-def]
        data: BudgetAllocatedV1 = event.data
        await publish(
            session,
            BudgetCommitmentRecordedV1(
                commitment_id=f"c-{data.allocation_id}",
                unit_code=data.unit_code,
                fiscal_year=data.fiscal_year,
                action=data.action,
                title=data.title,
                ae=data.ae,
            ),
            subject=data.allocation_id,
        )

    async def note(session, event) -> None:  # type: ignore[no-untyped-def]  # noqa: ARG001 (the event handler signature)
        answered.append(event.data.commitment_id)

    bus = InMemoryBus()
    bus.attach("budget", budget_db, {})
    bus.attach("hr", hr_db, {"budget.allocated": record})
    bus.attach("echo", budget_db, {"budget.allocated": answer, "budget.commitment_recorded": note})
    await publish_allocations(budget_db, range(3), "DPG")

    delivered = await bus.deliver()

    assert [e.type for e in delivered] == ["budget.allocated"] * 3 + [
        "budget.commitment_recorded"
    ] * 3
    assert [r.seq for r in await applied(hr_db)] == [0, 1, 2]
    assert answered == ["c-DPG-0", "c-DPG-1", "c-DPG-2"]
    assert await bus.deliver() == []  # nothing left: the outbox rows are marked sent
    async with budget_db.transaction(write=False) as session:
        assert all(r.sent_at for r in (await session.exec(select(OutboxMessage))).all())


async def test_a_redelivered_event_is_absorbed_by_the_inbox(tmp_path: Path) -> None:
    hr_db = await new_database(tmp_path, "hr")
    bus = InMemoryBus()
    bus.attach("hr", hr_db, {"budget.allocated": record})
    envelope = EventEnvelope.new(allocated(4, "DSG"), subject="DSG")
    for _ in range(3):
        await bus.dispatch(envelope)
    assert [r.seq for r in await applied(hr_db)] == [4]


async def test_a_failing_handler_rolls_back_its_writes_and_its_inbox_row(tmp_path: Path) -> None:
    hr_db = await new_database(tmp_path, "hr")

    async def half_then_fail(session, event) -> None:  # type: ignore[no-untyped-def]
        await record(session, event)
        raise ValueError("refused")

    strict = InMemoryBus()
    strict.attach("hr", hr_db, {"budget.allocated": half_then_fail})
    with pytest.raises(ValueError, match="refused"):
        await strict.inject(allocated(1, "DI"), subject="DI")

    lenient = InMemoryBus(strict=False)
    lenient.attach("hr", hr_db, {"budget.allocated": half_then_fail})
    await lenient.inject(allocated(2, "DI"), subject="DI")
    assert [d.consumer for d in lenient.dead_letters] == ["hr"]
    assert isinstance(lenient.dead_letters[0].error, ValueError)

    assert await applied(hr_db) == []
    async with hr_db.transaction(write=False) as session:
        assert (await session.exec(select(InboxMessage))).all() == []


async def test_handlers_read_the_services_org_tree_from_their_session(tmp_path: Path) -> None:
    from sg_common.events.consumer import apply_event
    from sg_common.org import OrgTree, org_tree_of

    db = await new_database(tmp_path, "it")
    tree = OrgTree(OrgTree.default().all_versions())  # the service's own instance
    seen: list[OrgTree] = []

    async def handler(session, event) -> None:  # type: ignore[no-untyped-def]  # noqa: ARG001 (the event handler signature)
        seen.append(org_tree_of(session))

    for i, given in enumerate((tree, None)):
        envelope = EventEnvelope.new(allocated(i, "DI"), subject="DI")
        await apply_event(
            db,
            "it",
            handler,
            envelope,
            topic="sg.budget.events",
            partition=0,
            offset=i,
            org_tree=given,
        )
    assert seen[0] is tree  # what the consumer was given, not a rebuild
    assert seen[1] is OrgTree.default()  # no tree given: the library's
