"""Reserve rules: the yearly rate per title class, dégel ≤ frozen, surgel ≤ available,
annulation ≤ frozen (and it leaves the allocation)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.allocations.models import Allocation
from budget_svc.common import ZERO, cents
from budget_svc.ledger import service as ledger
from budget_svc.reserve import events
from budget_svc.reserve.models import ReserveOperation
from budget_svc.reserve.schemas import ManualReserveKind
from budget_svc.structure import service as structure_service
from budget_svc.structure.models import FiscalYear
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity
from sg_common.repository import Repository

OPERATIONS = Repository(ReserveOperation, what="reserve operation")


class ReleaseExceedsFrozen(BusinessRuleViolation):
    type_slug = "release-exceeds-frozen"
    title = "Cannot release or cancel more than is frozen on the allocation"


class EmptyReserveOperation(UnprocessableEntity):
    type_slug = "empty-reserve-operation"
    title = "A reserve operation needs an AE or CP amount"


def rate_for(year: FiscalYear, title: str) -> Decimal:
    """The reserve rate of the title's class (T2 staff, or the other titles)."""
    return year.reserve_rate_t2 if title == "T2" else year.reserve_rate_other


async def _record(
    session: AsyncSession,
    *,
    allocation: Allocation,
    kind: str,
    ae: Decimal,
    cp: Decimal,
    reason: str,
    effective_on: date,
    by: str,
) -> ReserveOperation:
    operation = ReserveOperation(
        allocation_id=allocation.id,  # type: ignore[arg-type]
        unit_code=allocation.unit_code,
        fiscal_year=allocation.fiscal_year,
        kind=kind,
        ae=ae,
        cp=cp,
        reason=reason,
        effective_on=effective_on,
        recorded_by=by,
        recorded_at=utcnow(),
    )
    session.add(operation)
    await session.flush()
    line = await ledger.lock_line(session, allocation.line_id)
    sign = Decimal(1) if kind in ("freeze", "extra_freeze") else Decimal(-1)
    cancelled = kind == "cancellation"
    await ledger.record(
        session,
        line=line,
        kind=f"reserve_{kind}",
        recorded_by=by,
        reason=reason,
        frozen_ae=sign * ae,
        frozen_cp=sign * cp,
        allocated_ae=-ae if cancelled else ZERO,
        allocated_cp=-cp if cancelled else ZERO,
        allocation_id=allocation.id,
        reserve_operation_id=operation.id,
    )
    await events.reserve_changed(session, operation, allocation)
    return operation


async def freeze_allocation(
    session: AsyncSession, *, allocation: Allocation, year: FiscalYear, reason: str, by: str
) -> ReserveOperation | None:
    """Mise en réserve of one allocation at its title's rate (capped at what is available)."""
    line = await ledger.lock_line(session, allocation.line_id)
    assert line.id is not None
    available = await ledger.balance(session, line.id)
    rate = rate_for(year, allocation.title)
    ae = min(cents(allocation.ae * rate), max(available.available_ae, ZERO))
    cp = min(cents(allocation.cp * rate), max(available.available_cp, ZERO))
    allocation.reserve_applied = True
    session.add(allocation)
    if ae == ZERO and cp == ZERO:
        await session.flush()
        return None
    return await _record(
        session,
        allocation=allocation,
        kind="freeze",
        ae=ae,
        cp=cp,
        reason=reason,
        effective_on=today(),
        by=by,
    )


async def apply_reserve(
    session: AsyncSession, *, fiscal_year: int, reason: str, by: str
) -> list[ReserveOperation]:
    """Freeze the year's rate on every allocation of the year not yet put in reserve."""
    year = await structure_service.require_year(session, fiscal_year)
    stmt = (
        select(Allocation)
        .where(Allocation.fiscal_year == fiscal_year, col(Allocation.reserve_applied).is_(False))
        .order_by(col(Allocation.id))
    )
    operations = []
    for allocation in (await session.exec(stmt)).all():
        operation = await freeze_allocation(
            session, allocation=allocation, year=year, reason=reason, by=by
        )
        if operation is not None:
            operations.append(operation)
    if year.reserve_applied_at is None:
        structure_service.YEARS.update(year, reserve_applied_at=utcnow())
    await session.flush()
    return operations


async def record_operation(
    session: AsyncSession,
    *,
    allocation: Allocation,
    kind: ManualReserveKind,
    ae: Decimal,
    cp: Decimal,
    reason: str,
    effective_on: date | None,
    by: str,
) -> ReserveOperation:
    """Dégel (release), surgel (extra freeze) or annulation (cancellation) on an allocation."""
    await structure_service.require_year(session, allocation.fiscal_year)
    if ae == ZERO and cp == ZERO:
        raise EmptyReserveOperation("give a positive AE or CP amount")
    line = await ledger.lock_line(session, allocation.line_id)
    assert line.id is not None
    if kind is ManualReserveKind.EXTRA_FREEZE:
        balance = await ledger.balance(session, line.id)
        if ae > balance.available_ae or cp > balance.available_cp:
            raise ledger.InsufficientCredits(
                f"surgel of {ae} AE / {cp} CP exceeds what is available on the line "
                f"({balance.available_ae} AE / {balance.available_cp} CP)",
                extra={
                    "available_ae": str(balance.available_ae),
                    "available_cp": str(balance.available_cp),
                },
            )
    else:
        frozen_ae, frozen_cp = await ledger.allocation_frozen(session, allocation.id)  # type: ignore[arg-type]
        if ae > frozen_ae or cp > frozen_cp:
            raise ReleaseExceedsFrozen(
                f"{kind.value} of {ae} AE / {cp} CP exceeds what is frozen on allocation "
                f"{allocation.id} ({frozen_ae} AE / {frozen_cp} CP)",
                extra={"frozen_ae": str(frozen_ae), "frozen_cp": str(frozen_cp)},
            )
    return await _record(
        session,
        allocation=allocation,
        kind=kind.value,
        ae=ae,
        cp=cp,
        reason=reason,
        effective_on=effective_on or today(),
        by=by,
    )
