"""Publishing helpers: budget-svc's events, written to the outbox in the caller's transaction."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.allocations.models import Allocation
from budget_svc.commitments.models import Commitment
from budget_svc.ledger.models import BudgetLine
from budget_svc.reserve.models import ReserveOperation
from budget_svc.spending.models import Invoice, Payment, ServiceDone
from budget_svc.training.models import TrainingCommitment
from sg_common.contracts.budget import (
    BudgetAllocatedV1,
    BudgetAvailabilityChangedV1,
    BudgetCommitmentRecordedV1,
    BudgetCommitmentRejectedV1,
    BudgetInvoicePaidV1,
    BudgetPaymentLateV1,
    BudgetReserveChangedV1,
    BudgetServiceDoneV1,
    BudgetTrainingCommitmentRecordedV1,
    BudgetTrainingCommitmentRejectedV1,
)
from sg_common.events import publish

if TYPE_CHECKING:
    from budget_svc.ledger.service import Balance


async def allocated(session: AsyncSession, allocation: Allocation) -> None:
    """``budget.allocated``: a dotation notified (subject: the allocation id)."""
    await publish(
        session,
        BudgetAllocatedV1(
            allocation_id=str(allocation.id),
            unit_code=allocation.unit_code,
            fiscal_year=allocation.fiscal_year,
            action=allocation.action,
            title=allocation.title,
            ae=allocation.ae,
            cp=allocation.cp,
        ),
        subject=f"allocation-{allocation.id}",
    )


async def reserve_changed(
    session: AsyncSession, operation: ReserveOperation, allocation: Allocation
) -> None:
    """``budget.reserve_changed`` (subject: the allocation, so its operations stay in order)."""
    kind: Literal["freeze", "release", "extra_freeze", "cancellation"] = operation.kind  # type: ignore[assignment]
    await publish(
        session,
        BudgetReserveChangedV1(
            operation_id=str(operation.id),
            allocation_id=str(allocation.id),
            unit_code=allocation.unit_code,
            fiscal_year=allocation.fiscal_year,
            kind=kind,
            ae=operation.ae,
            cp=operation.cp,
            reason=operation.reason,
        ),
        subject=f"allocation-{allocation.id}",
    )


async def commitment_recorded(session: AsyncSession, commitment: Commitment) -> None:
    """``budget.commitment_recorded`` (subject: the purchase order when there is one)."""
    await publish(
        session,
        BudgetCommitmentRecordedV1(
            commitment_id=str(commitment.id),
            purchase_order_id=commitment.purchase_order_id,
            unit_code=commitment.unit_code,
            fiscal_year=commitment.fiscal_year,
            action=commitment.action,
            title=commitment.title,
            ae=commitment.ae,
        ),
        subject=commitment.purchase_order_id or f"commitment-{commitment.id}",
    )


async def commitment_rejected(
    session: AsyncSession,
    *,
    purchase_order_id: str,
    unit_code: str,
    reason: str,
    requested_ae: Decimal,
    available_ae: Decimal,
) -> None:
    """``budget.commitment_rejected``: the order's AE could not be committed (subject: order)."""
    await publish(
        session,
        BudgetCommitmentRejectedV1(
            purchase_order_id=purchase_order_id,
            unit_code=unit_code,
            reason=reason[:500],
            requested_ae=requested_ae,
            available_ae=max(available_ae, Decimal("0.00")),
        ),
        subject=purchase_order_id,
    )


def training_subject(session_id: str) -> str:
    """hr's session events and budget's answers share the session's key (one partition)."""
    return f"training-session-{session_id}"


async def training_commitment_recorded(
    session: AsyncSession, row: TrainingCommitment, commitment: Commitment
) -> None:
    """``budget.training_commitment_recorded``: the session's AE is committed (or revised)."""
    await publish(
        session,
        BudgetTrainingCommitmentRecordedV1(
            training_session_id=row.session_id,
            commitment_id=str(commitment.id),
            unit_code=row.unit_code,
            fiscal_year=row.fiscal_year,
            ae=commitment.ae,
            available_ae=row.available_ae,
        ),
        subject=training_subject(row.session_id),
    )


async def training_commitment_rejected(
    session: AsyncSession, row: TrainingCommitment, *, committed_ae: Decimal
) -> None:
    """``budget.training_commitment_rejected``, with budget's figures."""
    await publish(
        session,
        BudgetTrainingCommitmentRejectedV1(
            training_session_id=row.session_id,
            unit_code=row.unit_code,
            fiscal_year=row.fiscal_year,
            reason=row.reason or "refused",
            requested_ae=row.requested_ae,
            available_ae=max(row.available_ae, Decimal("0.00")),
            committed_ae=committed_ae,
        ),
        subject=training_subject(row.session_id),
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


def line_subject(line: BudgetLine) -> str:
    """The Kafka key of a budget line's events: ``line/<unit>/<year>/<action>/<title>``."""
    return f"line/{line.unit_code}/{line.fiscal_year}/{line.action}/{line.title}"


async def availability_changed(
    session: AsyncSession,
    line: BudgetLine,
    figures: Balance,
    *,
    sequence: int,
    cause: str,
    reference: str | None,
) -> None:
    """``budget.availability_changed``: the line's figures after a change (subject: the line,
    so a line's snapshots stay in one partition, in order)."""
    title: Literal["T2", "T3", "T5", "T6"] = line.title  # type: ignore[assignment]
    await publish(
        session,
        BudgetAvailabilityChangedV1(
            unit_code=line.unit_code,
            fiscal_year=line.fiscal_year,
            action=line.action,
            title=title,
            sequence=sequence,
            **asdict(figures),
            available_ae=figures.available_ae,
            available_cp=figures.available_cp,
            cause=cause,
            reference=reference,
        ),
        subject=line_subject(line),
    )
