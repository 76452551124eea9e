"""Publishing helpers: budget-svc's events, written to the outbox in the caller's transaction."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.allocations.models import Allocation
from budget_svc.commitments.models import Commitment
from budget_svc.reserve.models import ReserveOperation
from sg_common.contracts.budget import (
    BudgetAllocatedV1,
    BudgetCommitmentRecordedV1,
    BudgetCommitmentRejectedV1,
    BudgetReserveChangedV1,
)
from sg_common.events import publish


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
