"""What spending publishes: ``budget.service_done``, ``.invoice_paid``, ``.payment_late``, to the
outbox in the caller's transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments.models import Commitment
from budget_svc.spending.models import Invoice, Payment, ServiceDone
from sg_common.events import publish
from sg_contracts.budget import (
    BudgetInvoicePaidV1,
    BudgetPaymentLateV1,
    BudgetServiceDoneV1,
)


async def service_done(session: AsyncSession, record: ServiceDone, commitment: Commitment) -> None:
    """``budget.service_done`` (subject: the purchase order when there is one)."""
    await publish(
        session,
        BudgetServiceDoneV1(
            service_done_id=str(record.id),
            commitment_id=str(commitment.id),
            purchase_order_id=commitment.purchase_order_id,
            unit_code=commitment.unit_code,
            amount=record.amount,
            certified_on=record.certified_on,
        ),
        subject=commitment.purchase_order_id or f"commitment-{commitment.id}",
    )


async def invoice_paid(session: AsyncSession, invoice: Invoice, payment: Payment) -> None:
    """``budget.invoice_paid`` (subject: the invoice)."""
    await publish(
        session,
        BudgetInvoicePaidV1(
            invoice_id=str(invoice.id),
            commitment_id=str(payment.commitment_id),
            unit_code=payment.unit_code,
            amount=payment.amount,
            paid_on=payment.paid_on,
            days_to_pay=payment.days_to_pay,
        ),
        subject=f"invoice-{invoice.id}",
    )


async def payment_late(session: AsyncSession, invoice: Invoice, payment: Payment) -> None:
    """``budget.payment_late``: paid after the délai global de paiement (subject: the invoice)."""
    await publish(
        session,
        BudgetPaymentLateV1(
            invoice_id=str(invoice.id),
            unit_code=payment.unit_code,
            days_late=payment.days_late,
            interest=payment.interest,
            fixed_fee=payment.fixed_fee,
        ),
        subject=f"invoice-{invoice.id}",
    )
