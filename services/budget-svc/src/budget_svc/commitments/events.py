"""What commitments publish: ``budget.commitment_recorded`` / ``.commitment_rejected``, to the
outbox in the caller's transaction."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments.models import Commitment
from sg_common.events import publish
from sg_contracts.budget import BudgetCommitmentRecordedV1, BudgetCommitmentRejectedV1


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
