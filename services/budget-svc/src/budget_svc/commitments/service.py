"""Commitment rules: never more AE than the line has available; reductions and cancellations
release AE with history; a commitment is never deleted."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments import events
from budget_svc.commitments.models import Commitment, CommitmentOperation
from budget_svc.commitments.schemas import (
    CommitmentOperationKind,
    CommitmentSource,
    CommitmentStatus,
)
from budget_svc.common import ZERO
from budget_svc.ledger import service as ledger
from budget_svc.structure import service as structure_service
from budget_svc.structure.models import SubAction
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity
from sg_common.repository import Repository

COMMITMENTS = Repository(Commitment, what="commitment")


class DuplicatePurchaseOrder(BusinessRuleViolation):
    type_slug = "duplicate-purchase-order"
    title = "This purchase order already has a commitment"


class CommitmentCancelled(BusinessRuleViolation):
    type_slug = "commitment-cancelled"
    title = "The commitment is cancelled"


class InvalidCommitmentReduction(BusinessRuleViolation):
    type_slug = "invalid-commitment-reduction"
    title = "A reduction lowers the AE, and not below what is already consumed"


class InvalidCommitmentIncrease(BusinessRuleViolation):
    type_slug = "invalid-commitment-increase"
    title = "An increase raises the AE"


class UnknownSubAction(UnprocessableEntity):
    type_slug = "unknown-sub-action"
    title = "Unknown sub-action of the action"


async def consumed_floor(session: AsyncSession, commitment: Commitment) -> Decimal:
    """AE a reduction cannot go below: what service fait and payments already used."""
    from budget_svc.spending import service as spending  # the spending chain hangs on us

    assert commitment.id is not None
    return await spending.consumed(session, commitment.id)


async def commit(
    session: AsyncSession,
    *,
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: str,
    ae: Decimal,
    description: str,
    by: str,
    source: CommitmentSource = CommitmentSource.API,
    sub_action: str | None = None,
    supplier: str | None = None,
    purchase_order_id: str | None = None,
    by_delegation_of: str | None = None,
    delegation_id: str | None = None,
) -> Commitment:
    """Record a legal commitment consuming ``ae`` of the line (409 ``insufficient-ae``): never
    beyond the AE available (a training too is committed before it happens, issue #21)."""
    await structure_service.require_line_refs(session, fiscal_year=fiscal_year, action=action)
    if sub_action is not None:
        found = await session.get(SubAction, sub_action)
        if found is None or found.action_code != action:
            raise UnknownSubAction(f"{sub_action} is not a sub-action of action {action}")
    if purchase_order_id is not None:
        existing = await session.exec(
            select(Commitment).where(Commitment.purchase_order_id == purchase_order_id)
        )
        if (other := existing.first()) is not None:
            raise DuplicatePurchaseOrder(
                f"purchase order {purchase_order_id} is commitment {other.id}",
                extra={"commitment_id": other.id},
            )
    line = await ledger.find_line(
        session,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
        lock=True,
    )
    available = (await ledger.balance(session, line.id)).available_ae if line and line.id else ZERO
    if line is None or ae > available:
        raise ledger.InsufficientAE(
            f"{unit_code} has {available} AE available on action {action}, title {title}, "
            f"{fiscal_year}: cannot commit {ae}",
            extra={"requested_ae": str(ae), "available_ae": str(max(available, ZERO))},
        )
    now = utcnow()
    commitment = Commitment(
        line_id=line.id,  # type: ignore[arg-type]
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        sub_action=sub_action,
        title=title,
        purchase_order_id=purchase_order_id,
        supplier=supplier,
        description=description,
        source=source.value,
        status=CommitmentStatus.ACTIVE.value,
        initial_ae=ae,
        ae=ae,
        created_by=by,
        by_delegation_of=by_delegation_of,
        delegation_id=delegation_id,
        created_at=now,
    )
    session.add(commitment)
    await session.flush()
    await _history(session, commitment, CommitmentOperationKind.COMMIT, ae, description, by)
    await ledger.record(
        session,
        line=line,
        kind="commitment",
        recorded_by=by,
        reason=description,
        committed_ae=ae,
        commitment_id=commitment.id,
    )
    await events.commitment_recorded(session, commitment)
    return commitment


async def _history(
    session: AsyncSession,
    commitment: Commitment,
    kind: CommitmentOperationKind,
    delta: Decimal,
    reason: str,
    by: str,
) -> None:
    assert commitment.id is not None
    session.add(
        CommitmentOperation(
            commitment_id=commitment.id,
            kind=kind.value,
            ae_delta=delta,
            ae_after=commitment.ae,
            reason=reason,
            recorded_by=by,
            recorded_at=utcnow(),
        )
    )
    await session.flush()


async def _release(
    session: AsyncSession,
    commitment: Commitment,
    *,
    new_ae: Decimal,
    kind: CommitmentOperationKind,
    reason: str,
    by: str,
) -> Commitment:
    line = await ledger.lock_line(session, commitment.line_id)
    released = commitment.ae - new_ae
    if kind is CommitmentOperationKind.CANCEL:
        COMMITMENTS.update(commitment, ae=new_ae, status=CommitmentStatus.CANCELLED.value)
    else:
        COMMITMENTS.update(commitment, ae=new_ae)
    await _history(session, commitment, kind, -released, reason, by)
    await ledger.record(
        session,
        line=line,
        kind=f"commitment_{kind.value}",
        recorded_by=by,
        reason=reason,
        committed_ae=-released,
        commitment_id=commitment.id,
    )
    return commitment


async def increase(
    session: AsyncSession, *, commitment: Commitment, ae: Decimal, reason: str, by: str
) -> Commitment:
    """Engagement complémentaire: raise the AE of a commitment to ``ae``, the difference taken
    from the line's AE available (409 ``insufficient-ae`` beyond it)."""
    if commitment.status == CommitmentStatus.CANCELLED:
        raise CommitmentCancelled(f"commitment {commitment.id} is cancelled")
    line = await ledger.lock_line(session, commitment.line_id)
    assert line.id is not None
    added = ae - commitment.ae
    available = (await ledger.balance(session, line.id)).available_ae
    if added <= ZERO:
        raise InvalidCommitmentIncrease(
            f"the new AE ({ae}) must be higher than the current {commitment.ae}"
        )
    if added > available:
        raise ledger.InsufficientAE(
            f"{commitment.unit_code} has {available} AE available on action {commitment.action},"
            f" title {commitment.title}, {commitment.fiscal_year}: cannot commit {added} more",
            extra={"requested_ae": str(added), "available_ae": str(max(available, ZERO))},
        )
    COMMITMENTS.update(commitment, ae=ae)
    await _history(session, commitment, CommitmentOperationKind.INCREASE, added, reason, by)
    await ledger.record(
        session,
        line=line,
        kind="commitment_increase",
        recorded_by=by,
        reason=reason,
        committed_ae=added,
        commitment_id=commitment.id,
    )
    return commitment


async def reduce(
    session: AsyncSession, *, commitment: Commitment, ae: Decimal, reason: str, by: str
) -> Commitment:
    """Lower the AE of a commitment (the difference returns to the line)."""
    if commitment.status == CommitmentStatus.CANCELLED:
        raise CommitmentCancelled(f"commitment {commitment.id} is cancelled")
    floor = await consumed_floor(session, commitment)
    if ae <= ZERO:
        raise InvalidCommitmentReduction(
            f"a reduction keeps some AE ({ae} given): to release all of it, cancel the commitment"
        )
    if ae >= commitment.ae or ae < floor:
        raise InvalidCommitmentReduction(
            f"the new AE ({ae}) must be lower than the current {commitment.ae}"
            + (f" and at least {floor} already consumed" if floor else "")
        )
    return await _release(
        session, commitment, new_ae=ae, kind=CommitmentOperationKind.REDUCE, reason=reason, by=by
    )


async def cancel(
    session: AsyncSession, *, commitment: Commitment, reason: str, by: str
) -> Commitment:
    """Cancel a commitment: all its AE returns to the line; the record stays."""
    if commitment.status == CommitmentStatus.CANCELLED:
        raise CommitmentCancelled(f"commitment {commitment.id} is already cancelled")
    floor = await consumed_floor(session, commitment)
    if floor > ZERO:
        raise InvalidCommitmentReduction(
            f"commitment {commitment.id} has {floor} already consumed: reduce it instead"
        )
    return await _release(
        session, commitment, new_ae=ZERO, kind=CommitmentOperationKind.CANCEL, reason=reason, by=by
    )


async def operations(session: AsyncSession, commitment_id: int) -> list[CommitmentOperation]:
    """History of a commitment, oldest first."""
    stmt = (
        select(CommitmentOperation)
        .where(CommitmentOperation.commitment_id == commitment_id)
        .order_by(col(CommitmentOperation.id))
    )
    return list((await session.exec(stmt)).all())


async def by_purchase_order(session: AsyncSession, order_id: str) -> Commitment | None:
    """The commitment of a purchase order, if any."""
    stmt = select(Commitment).where(Commitment.purchase_order_id == order_id)
    return (await session.exec(stmt)).first()
