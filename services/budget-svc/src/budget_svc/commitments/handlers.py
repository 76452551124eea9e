"""What commitments consume: facilities' ``purchase.ordered`` commits the order's AE (TTC) on
the ordering unit's line and answers ``budget.commitment_recorded``, or
``budget.commitment_rejected`` with the reason when the AE available is insufficient or the line
cannot take it (closed or unknown year, unknown action); ``purchase.cancelled`` cancels the
order's commitment, releasing its AE."""

from __future__ import annotations

import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments import events
from budget_svc.commitments import service as commitment_service
from budget_svc.commitments.schemas import CommitmentSource, CommitmentStatus
from budget_svc.common import FACILITIES_ACTOR
from budget_svc.ledger import service as ledger
from sg_common.errors import ProblemError
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.facilities import PurchaseCancelledV1, PurchaseOrderedV1

log = structlog.get_logger("budget_svc.events")

HANDLERS = EventHandlers()


@HANDLERS.on(PurchaseOrderedV1)
async def handle_purchase_ordered(
    session: AsyncSession, order: PurchaseOrderedV1, _event: EventEnvelope
) -> None:
    """Commit the order's AE, or reject it with the reason."""
    existing = await commitment_service.by_purchase_order(session, order.order_id)
    if existing is not None:
        log.info("purchase_order_already_committed", order_id=order.order_id, id=existing.id)
        return
    try:
        await commitment_service.commit(
            session,
            unit_code=order.unit_code,
            fiscal_year=order.fiscal_year,
            action=order.action,
            title=order.title,
            ae=order.amount_ttc,
            description=f"Commande {order.order_id} ({order.channel}), {len(order.lines)} ligne(s)",
            by=FACILITIES_ACTOR,
            source=CommitmentSource.PURCHASE_ORDER,
            purchase_order_id=order.order_id,
        )
    except ProblemError as exc:
        reason = f"{exc.type_slug}: {exc.detail or exc.title}"
        await events.commitment_rejected(
            session,
            purchase_order_id=order.order_id,
            unit_code=order.unit_code,
            reason=reason,
            requested_ae=order.amount_ttc,
            available_ae=await ledger.available_ae(
                session,
                unit_code=order.unit_code,
                fiscal_year=order.fiscal_year,
                action=order.action,
                title=order.title,
            ),
        )
        log.info("purchase_order_rejected", order_id=order.order_id, reason=reason)


@HANDLERS.on(PurchaseCancelledV1)
async def handle_purchase_cancelled(
    session: AsyncSession, data: PurchaseCancelledV1, _event: EventEnvelope
) -> None:
    """Cancel the commitment of a cancelled order (its AE returns to the line)."""
    commitment = await commitment_service.by_purchase_order(session, data.order_id)
    if commitment is None or commitment.status == CommitmentStatus.CANCELLED:
        return
    await commitment_service.cancel(
        session,
        commitment=commitment,
        reason=f"commande annulée: {data.reason}"[:500],
        by=FACILITIES_ACTOR,
    )
