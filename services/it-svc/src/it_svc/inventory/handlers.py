"""What the inventory consumes from facilities: orders, receipts and cancellations of IT items."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.inventory import service as inventory
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.facilities import (
    PurchaseCancelledV1,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
)

HANDLERS = EventHandlers()


@HANDLERS.on(PurchaseOrderedV1)
async def handle_purchase_ordered(
    session: AsyncSession, data: PurchaseOrderedV1, _event: EventEnvelope
) -> None:
    """IT lines of an order become expected items (status ordered)."""
    await inventory.register_ordered(session, order=data)


@HANDLERS.on(PurchaseReceivedV1)
async def handle_purchase_received(
    session: AsyncSession, data: PurchaseReceivedV1, _event: EventEnvelope
) -> None:
    """Received items move to stock (→ ``it.asset_registered``)."""
    await inventory.receive(session, receipt=data)


@HANDLERS.on(PurchaseCancelledV1)
async def handle_purchase_cancelled(
    session: AsyncSession, data: PurchaseCancelledV1, _event: EventEnvelope
) -> None:
    """Items still expected from a cancelled order are retired."""
    await inventory.cancel_ordered(session, order_id=data.order_id)
