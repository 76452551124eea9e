"""The handler table keyed by payload class: typed payloads, same type names on the wire."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.events import EventEnvelope, EventHandlers, EventPayload, InboxMessage
from sg_common.events.consumer import apply_event
from sg_common.events.handlers import UnhandledPayload
from sg_common.events.memory import InMemoryBus
from sg_contracts.budget import BudgetAllocatedV1, BudgetCommitmentRecordedV1

from .helpers import allocated, applied, new_database, publish_allocations, record


class BudgetAllocatedV2(BudgetAllocatedV1):
    """A major version this consumer has no handler for (not in the catalogue)."""

    version: ClassVar[int] = 2


def test_the_table_is_seen_by_event_type_and_refuses_a_class_handled_twice() -> None:
    first, second = EventHandlers(), EventHandlers()

    @first.on(BudgetAllocatedV1)
    async def keep(session: AsyncSession, data: BudgetAllocatedV1, event: EventEnvelope) -> None:
        pass

    @second.on(BudgetCommitmentRecordedV1)
    async def note(
        session: AsyncSession, data: BudgetCommitmentRecordedV1, event: EventEnvelope
    ) -> None:
        pass

    combined = EventHandlers.combine(first, second)
    assert sorted(combined) == ["budget.allocated", "budget.commitment_recorded"]
    assert len(combined) == 2
    expected: list[type[EventPayload]] = [BudgetAllocatedV1, BudgetCommitmentRecordedV1]
    assert combined.payloads == expected
    assert "budget.reserve_changed" not in combined

    with pytest.raises(ValueError, match="BudgetAllocatedV1"):
        first.on(BudgetAllocatedV1)(keep)
    with pytest.raises(ValueError, match="two handlers"):
        EventHandlers.combine(first, combined)


async def test_a_handler_gets_the_parsed_payload_and_its_envelope(tmp_path: Path) -> None:
    budget_db = await new_database(tmp_path, "budget")
    hr_db = await new_database(tmp_path, "hr")
    handlers = EventHandlers()
    seen: list[tuple[str, str]] = []

    @handlers.on(BudgetAllocatedV1)
    async def keep(session: AsyncSession, data: BudgetAllocatedV1, event: EventEnvelope) -> None:
        assert isinstance(data, BudgetAllocatedV1)  # the test checks what the table hands over
        seen.append((data.allocation_id, event.subject))
        await record(session, event)

    bus = InMemoryBus()
    bus.attach("budget", budget_db, {})
    bus.attach("hr", hr_db, handlers)
    await publish_allocations(budget_db, range(2), "DPG")
    await bus.deliver()
    await bus.dispatch(bus.delivered[0])  # a redelivery: the inbox absorbs it

    assert seen == [("DPG-0", "DPG"), ("DPG-1", "DPG")]
    assert [r.seq for r in await applied(hr_db)] == [0, 1]


async def test_a_payload_of_a_class_without_handler_fails_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    hr_db = await new_database(tmp_path, "hr")
    handlers = EventHandlers()

    @handlers.on(BudgetAllocatedV1)
    async def keep(session: AsyncSession, _data: BudgetAllocatedV1, event: EventEnvelope) -> None:
        await record(session, event)

    newer = EventEnvelope.new(BudgetAllocatedV2(**allocated(1, "DI").model_dump()), subject="DI")
    assert newer.type == "budget.allocated"  # same type name: the table routes it here
    with pytest.raises(UnhandledPayload, match="BudgetAllocatedV2"):
        await apply_event(
            hr_db,
            "hr",
            handlers[newer.type],
            newer,
            topic="sg.budget.events",
            partition=0,
            offset=0,
        )
    assert await applied(hr_db) == []
    async with hr_db.transaction(write=False) as session:
        assert (
            await session.exec(select(InboxMessage))
        ).all() == []  # the consumer retries it, then parks it
