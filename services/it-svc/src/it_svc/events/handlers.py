"""The handler table of it-svc: event type → handler, in one visible place.

Handlers run inside the consumer's transaction (inbox + effects + outbox); they never commit
and raise when an event cannot be applied (retries, then the dead-letter topic).
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.envelopes import service as envelopes
from it_svc.inventory import service as inventory
from it_svc.staff import service as staff
from it_svc.workload import service as workload
from sg_common.contracts.budget import BudgetAllocatedV1
from sg_common.contracts.facilities import (
    PurchaseCancelledV1,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
)
from sg_common.contracts.hr import AgentAssignedV1, AgentLeftV1, TrainingCompletedV1
from sg_common.contracts.production import OperationScheduledV1
from sg_common.events import EventEnvelope, EventHandlers

#: The handler table: one handler per payload class.
EVENT_HANDLERS = EventHandlers()


@EVENT_HANDLERS.on(PurchaseOrderedV1)
async def handle_purchase_ordered(
    session: AsyncSession, data: PurchaseOrderedV1, event: EventEnvelope
) -> None:
    """IT lines of an order become expected items (status ordered)."""
    await inventory.register_ordered(session, order=data)


@EVENT_HANDLERS.on(PurchaseReceivedV1)
async def handle_purchase_received(
    session: AsyncSession, data: PurchaseReceivedV1, event: EventEnvelope
) -> None:
    """Received items move to stock (→ ``it.asset_registered``)."""
    await inventory.receive(session, receipt=data)


@EVENT_HANDLERS.on(PurchaseCancelledV1)
async def handle_purchase_cancelled(
    session: AsyncSession, data: PurchaseCancelledV1, event: EventEnvelope
) -> None:
    """Items still expected from a cancelled order are retired."""
    await inventory.cancel_ordered(session, order_id=data.order_id)


@EVENT_HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, event: EventEnvelope
) -> None:
    """The IT staff registry follows assignments to IT units (DI and its subtree)."""
    await staff.on_agent_assigned(session, data)


@EVENT_HANDLERS.on(AgentLeftV1)
async def handle_agent_left(session: AsyncSession, data: AgentLeftV1, event: EventEnvelope) -> None:
    await staff.on_agent_left(session, data)


@EVENT_HANDLERS.on(TrainingCompletedV1)
async def handle_training_completed(
    session: AsyncSession, data: TrainingCompletedV1, event: EventEnvelope
) -> None:
    """IT staff skills follow completed training."""
    await staff.on_training_completed(session, data)


@EVENT_HANDLERS.on(OperationScheduledV1)
async def handle_operation_scheduled(
    session: AsyncSession, data: OperationScheduledV1, event: EventEnvelope
) -> None:
    """An operation's IT needs become demand in the plan de charge."""
    await workload.on_operation_scheduled(session, data)


@EVENT_HANDLERS.on(BudgetAllocatedV1)
async def handle_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, event: EventEnvelope
) -> None:
    """Dotations notified by budget: the DI sees its units' envelopes."""
    await envelopes.on_budget_allocated(session, data, notified_at=event.time)
