"""What spending consumes: facilities' ``purchase.received`` is service fait on the order's
commitment for the amount received (TTC), once per receipt."""

from __future__ import annotations

import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments import service as commitment_service
from budget_svc.commitments.schemas import CommitmentStatus
from budget_svc.common import FACILITIES_ACTOR
from budget_svc.spending import service as spending_service
from budget_svc.spending.schemas import ServiceDoneSource
from sg_common.clock import today
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.facilities import PurchaseReceivedV1

log = structlog.get_logger("budget_svc.events")

HANDLERS = EventHandlers()


@HANDLERS.on(PurchaseReceivedV1)
async def handle_purchase_received(
    session: AsyncSession, data: PurchaseReceivedV1, _event: EventEnvelope
) -> None:
    """Service fait on the order's commitment for the amount received (once per receipt)."""
    commitment = await commitment_service.by_purchase_order(session, data.order_id)
    if commitment is None or commitment.status == CommitmentStatus.CANCELLED:
        log.info("receipt_without_commitment", order_id=data.order_id, receipt=data.receipt_id)
        return
    if await spending_service.receipt_certified(session, data.receipt_id):
        return
    await spending_service.certify(
        session,
        commitment=commitment,
        amount=data.amount_ttc,
        certified_on=min(data.received_on, today()),
        source=ServiceDoneSource.RECEIPT,
        receipt_id=data.receipt_id,
        comment=f"Réception {data.receipt_id} de la commande {data.order_id}",
        by=FACILITIES_ACTOR,
    )
