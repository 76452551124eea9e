"""What training commitments publish: budget's answers to hr's sessions, to the outbox in the
caller's transaction."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments.models import Commitment
from budget_svc.training.models import TrainingCommitment
from sg_common.events import publish
from sg_contracts.budget import (
    BudgetTrainingCommitmentRecordedV1,
    BudgetTrainingCommitmentRejectedV1,
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
