"""Training is committed before it happens (issue #21, item 4): hr's session events drive a
commitment on T3, action 09, of the organising unit.

* ``training_session.confirmed``: commit the estimated cost, never beyond the AE available;
  a later estimate raises (engagement complémentaire, within the AE available) or lowers the
  commitment. Answered by ``budget.training_commitment_recorded`` or
  ``budget.training_commitment_rejected`` (reason, AE requested and available, AE still held).
* ``training_session.cancelled``: the commitment is cancelled, all its AE returns to the line.
* ``training_session.completed``: service fait for the actual cost (never above what is
  committed: hr checks it first, and budget refuses it too), then the rest is released (the
  commitment reduced to the actual cost, or cancelled when nothing was spent).

Each is applied once per session (a closed session ignores later events), on top of the inbox.
"""

from __future__ import annotations

from decimal import Decimal

import structlog
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments import service as commitment_service
from budget_svc.commitments.models import Commitment
from budget_svc.commitments.schemas import CommitmentSource, CommitmentStatus
from budget_svc.common import ZERO
from budget_svc.ledger import service as ledger
from budget_svc.spending import service as spending_service
from budget_svc.spending.schemas import ServiceDoneSource
from budget_svc.training import events
from budget_svc.training.models import TrainingCommitment
from budget_svc.training.schemas import TrainingCommitmentStatus as S
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, ProblemError
from sg_common.repository import Repository
from sg_contracts.hr import (
    TrainingSessionCancelledV1,
    TrainingSessionCompletedV1,
    TrainingSessionConfirmedV1,
)

log = structlog.get_logger("budget_svc.training")

#: Who the ledger names for training commitments and their service fait.
HR_ACTOR = "hr-svc"
TRAINING_COMMITMENTS = Repository(TrainingCommitment, what="training commitment")
#: Training is paid on action 09 (pilotage, soutien et formation), title 3.
TRAINING_ACTION, TRAINING_TITLE = "09", "T3"
CLOSED = (S.CANCELLED.value, S.COMPLETED.value)


class TrainingNotCommitted(BusinessRuleViolation):
    type_slug = "training-not-committed"
    title = "The training session has no commitment to certify"


async def by_session(session: AsyncSession, session_id: str) -> TrainingCommitment | None:
    found = await session.exec(
        select(TrainingCommitment).where(TrainingCommitment.session_id == session_id)
    )
    return found.first()


async def _commitment(session: AsyncSession, row: TrainingCommitment | None) -> Commitment | None:
    """The session's commitment while it holds AE (a cancelled one is none)."""
    if row is None or row.commitment_id is None:
        return None
    commitment = await session.get(Commitment, row.commitment_id)
    if commitment is None or commitment.status == CommitmentStatus.CANCELLED:
        return None
    return commitment


async def _available(session: AsyncSession, unit_code: str, fiscal_year: int) -> Decimal:
    available = await ledger.available_ae(
        session,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=TRAINING_ACTION,
        title=TRAINING_TITLE,
    )
    return max(available, ZERO)


def _description(data: TrainingSessionConfirmedV1) -> str:
    return (
        f"Formation {data.course_code} ({data.course_title[:200]}), session {data.session_id}"
        f" du {data.start_date} au {data.end_date}"
    )[:500]


async def confirm(session: AsyncSession, data: TrainingSessionConfirmedV1) -> TrainingCommitment:
    """Commit (or revise) the session's estimated cost, and answer hr either way."""
    row = await by_session(session, data.session_id)
    if row is not None and row.status in CLOSED:
        log.info("training_session_closed", session_id=data.session_id, status=row.status)
        return row
    commitment = await _commitment(session, row)
    wanted = data.estimated_cost
    reason = f"Session de formation {data.session_id}: coût estimé {wanted}"
    refusal: str | None = None
    try:
        if commitment is None:
            commitment = await commitment_service.commit(
                session,
                unit_code=data.unit_code,
                fiscal_year=data.fiscal_year,
                action=TRAINING_ACTION,
                title=TRAINING_TITLE,
                ae=wanted,
                description=_description(data),
                by=HR_ACTOR,
                source=CommitmentSource.TRAINING,
            )
        elif wanted > commitment.ae:
            await commitment_service.increase(
                session, commitment=commitment, ae=wanted, reason=reason, by=HR_ACTOR
            )
        elif wanted < commitment.ae:
            await commitment_service.reduce(
                session, commitment=commitment, ae=wanted, reason=reason, by=HR_ACTOR
            )
    except ProblemError as exc:
        refusal = f"{exc.type_slug}: {exc.detail or exc.title}"[:500]
    now = utcnow()
    if row is None:
        row = TrainingCommitment(
            session_id=data.session_id,
            unit_code=data.unit_code,
            fiscal_year=data.fiscal_year,
            course_code=data.course_code[:64],
            course_title=data.course_title[:200],
            start_date=data.start_date,
            end_date=data.end_date,
            status=S.REJECTED.value,
            requested_ae=wanted,
            available_ae=ZERO,
            created_at=now,
            updated_at=now,
        )
    row.start_date, row.end_date = data.start_date, data.end_date
    row.requested_ae = wanted
    row.commitment_id = commitment.id if commitment is not None else None
    row.status = (S.COMMITTED if commitment is not None else S.REJECTED).value
    row.reason = refusal
    row.available_ae = await _available(session, data.unit_code, data.fiscal_year)
    row.updated_at = now
    session.add(row)
    await session.flush()
    if refusal is None:
        assert commitment is not None
        await events.training_commitment_recorded(session, row, commitment)
    else:
        held = commitment.ae if commitment is not None else ZERO
        await events.training_commitment_rejected(session, row, committed_ae=held)
        log.info("training_commitment_rejected", session_id=data.session_id, reason=refusal)
    return row


async def cancel(session: AsyncSession, data: TrainingSessionCancelledV1) -> None:
    """Release the whole commitment of a cancelled session."""
    row = await by_session(session, data.session_id)
    if row is None or row.status in CLOSED:
        log.info("training_session_nothing_to_release", session_id=data.session_id)
        return
    commitment = await _commitment(session, row)
    released = ZERO
    if commitment is not None:
        released = commitment.ae
        await commitment_service.cancel(
            session,
            commitment=commitment,
            reason=f"Session de formation {data.session_id} annulée",
            by=HR_ACTOR,
        )
    row.status = S.CANCELLED.value
    row.released_ae = released
    row.available_ae = await _available(session, row.unit_code, row.fiscal_year)
    row.updated_at = utcnow()
    session.add(row)
    await session.flush()


async def complete(session: AsyncSession, data: TrainingSessionCompletedV1) -> None:
    """Service fait for the actual cost, then release what the session did not use."""
    row = await by_session(session, data.session_id)
    if row is not None and row.status in CLOSED:
        log.info("training_session_closed", session_id=data.session_id, status=row.status)
        return
    commitment = await _commitment(session, row)
    if row is None or commitment is None:
        raise TrainingNotCommitted(
            f"session {data.session_id} has no commitment: {data.actual_cost} cannot be certified"
        )
    actual = data.actual_cost
    committed = commitment.ae
    if actual > ZERO:
        await spending_service.certify(
            session,
            commitment=commitment,
            amount=actual,
            certified_on=min(data.completed_on, today()),
            source=ServiceDoneSource.TRAINING,
            comment=(
                f"Session de formation {data.session_id} tenue le {data.completed_on}"
                f" ({data.trainees} stagiaire(s))"
            ),
            by=HR_ACTOR,
        )
    left = committed - actual
    reason = f"Session de formation {data.session_id} tenue: {actual} sur {committed} engagés"
    if left > ZERO and actual > ZERO:
        await commitment_service.reduce(
            session, commitment=commitment, ae=actual, reason=reason, by=HR_ACTOR
        )
    elif left > ZERO:
        await commitment_service.cancel(session, commitment=commitment, reason=reason, by=HR_ACTOR)
    row.status = S.COMPLETED.value
    row.actual_cost = actual
    row.released_ae = left
    row.completed_on = data.completed_on
    row.available_ae = await _available(session, row.unit_code, row.fiscal_year)
    row.updated_at = utcnow()
    session.add(row)
    await session.flush()
