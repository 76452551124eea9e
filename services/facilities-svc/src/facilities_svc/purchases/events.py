"""What purchases publish: ``purchase.ordered``, ``.cancelled``, ``.received`` (subject: the
order), to the outbox in the caller's transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.purchases.models import Receipt, ReceiptLine, Requisition, RequisitionLine
from facilities_svc.purchases.schemas import Channel
from sg_common.events import publish
from sg_contracts.facilities import (
    OrderedLine,
    PurchaseCancelledV1,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
    ReceivedLine,
)


async def ordered(
    session: AsyncSession, requisition: Requisition, lines: list[RequisitionLine]
) -> None:
    """``purchase.ordered``: the order and its lines, for budget's commitment and it's inventory."""
    assert requisition.order_id is not None
    await publish(
        session,
        PurchaseOrderedV1(
            order_id=requisition.order_id,
            unit_code=requisition.unit_code,
            fiscal_year=requisition.fiscal_year,
            action=requisition.action,
            title=requisition.budget_title,
            channel=requisition.channel or Channel.open_market.value,
            lines=[
                OrderedLine(
                    line_id=str(line.id),
                    item_code=line.item_code,
                    category=line.category,
                    description=line.description,
                    quantity=line.quantity,
                    unit_price_ht=line.unit_price_ht,
                    amount_ht=line.amount_ht,
                    amount_ttc=line.amount_ttc,
                )
                for line in lines
            ],
            amount_ht=requisition.amount_ht,
            amount_ttc=requisition.amount_ttc,
            kind=requisition.kind,
            procedure=requisition.procedure,
            estimated_value_ht=requisition.estimated_value_ht,
            threshold_ht=requisition.threshold_ht,
            split_flagged=requisition.split_flagged,
        ),
        subject=requisition.order_id,
    )


async def cancelled(session: AsyncSession, requisition: Requisition, reason: str) -> None:
    """``purchase.cancelled``: budget releases the order's AE, it retires what was expected."""
    assert requisition.order_id is not None
    await publish(
        session,
        PurchaseCancelledV1(
            order_id=requisition.order_id, unit_code=requisition.unit_code, reason=reason
        ),
        subject=requisition.order_id,
    )


async def received(
    session: AsyncSession,
    requisition: Requisition,
    receipt: Receipt,
    receipt_lines: list[ReceiptLine],
) -> None:
    """``purchase.received``: a receipt (service fait for budget, stock for it)."""
    assert requisition.order_id is not None
    await publish(
        session,
        PurchaseReceivedV1(
            order_id=requisition.order_id,
            receipt_id=f"{requisition.order_id}-R{receipt.id}",
            unit_code=requisition.unit_code,
            lines=[
                ReceivedLine(
                    line_id=str(r.line_id),
                    quantity=r.quantity,
                    amount_ht=r.amount_ht,
                    amount_ttc=r.amount_ttc,
                )
                for r in receipt_lines
            ],
            amount_ht=receipt.amount_ht,
            amount_ttc=receipt.amount_ttc,
            received_on=receipt.received_on,
        ),
        subject=requisition.order_id,
    )
