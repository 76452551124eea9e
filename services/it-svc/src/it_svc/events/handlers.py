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
from sg_common.app import EventHandler
from sg_common.contracts.facilities import (
    PurchaseCancelledV1,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
)
from sg_common.contracts.hr import AgentAssignedV1, AgentLeftV1, TrainingCompletedV1
from sg_common.contracts.production import OperationScheduledV1
from sg_common.events import EventEnvelope


async def handle_purchase_ordered(session: AsyncSession, event: EventEnvelope) -> None:
    """IT lines of an order become expected items (status ordered)."""
    data = event.data
    assert isinstance(data, PurchaseOrderedV1)
    await inventory.register_ordered(session, order=data)


async def handle_purchase_received(session: AsyncSession, event: EventEnvelope) -> None:
    """Received items move to stock (→ ``it.asset_registered``)."""
    data = event.data
    assert isinstance(data, PurchaseReceivedV1)
    await inventory.receive(session, receipt=data)


async def handle_purchase_cancelled(session: AsyncSession, event: EventEnvelope) -> None:
    """Items still expected from a cancelled order are retired."""
    data = event.data
    assert isinstance(data, PurchaseCancelledV1)
    await inventory.cancel_ordered(session, order_id=data.order_id)


async def handle_agent_assigned(session: AsyncSession, event: EventEnvelope) -> None:
    """The IT staff registry follows assignments to IT units (DI and its subtree)."""
    data = event.data
    assert isinstance(data, AgentAssignedV1)
    await staff.on_agent_assigned(session, data)


async def handle_agent_left(session: AsyncSession, event: EventEnvelope) -> None:
    data = event.data
    assert isinstance(data, AgentLeftV1)
    await staff.on_agent_left(session, data)


async def handle_training_completed(session: AsyncSession, event: EventEnvelope) -> None:
    """IT staff skills follow completed training."""
    data = event.data
    assert isinstance(data, TrainingCompletedV1)
    await staff.on_training_completed(session, data)


async def handle_operation_scheduled(session: AsyncSession, event: EventEnvelope) -> None:
    """An operation's IT needs become demand in the plan de charge."""
    data = event.data
    assert isinstance(data, OperationScheduledV1)
    await workload.on_operation_scheduled(session, data)


async def handle_budget_allocated(session: AsyncSession, event: EventEnvelope) -> None:
    """Dotations notified by budget: the DI sees its units' envelopes."""
    await envelopes.on_budget_allocated(session, event)


EVENT_HANDLERS: dict[str, EventHandler] = {
    "budget.allocated": handle_budget_allocated,
    "purchase.ordered": handle_purchase_ordered,
    "purchase.received": handle_purchase_received,
    "purchase.cancelled": handle_purchase_cancelled,
    "agent.assigned": handle_agent_assigned,
    "agent.left": handle_agent_left,
    "training.completed": handle_training_completed,
    "operation.scheduled": handle_operation_scheduled,
}
