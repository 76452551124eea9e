"""The timeline of an operation and the portfolio of operations, month by month."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, exists
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.common import overlap
from production_svc.operations.access import visible_operations
from production_svc.operations.milestones import list_milestones
from production_svc.operations.models import Operation, Phase
from production_svc.operations.schemas import (
    PhaseCode,
    Portfolio,
    PortfolioMonth,
    PortfolioOperation,
    Timeline,
    TimelineMonth,
)
from production_svc.operations.views import (
    needs_by_phase,
    phase_children,
    phase_public,
    phases_by_operation,
    phases_of,
    public_operation,
)
from sg_common.auth import OrgScope
from sg_common.months import month_bounds, months_between
from sg_common.workdays import working_days

CENTS = Decimal("0.01")


def _spread(total: Decimal, start: date, end: date, month: str) -> Decimal:
    """The share of ``total`` falling in ``month``, pro rata of working days."""
    all_days = working_days(start, end)
    first, last = month_bounds(month)
    window = overlap(start, end, first, last)
    if window is None:
        return Decimal(0)
    if all_days == 0:
        return total if month == months_between(start, end)[0] else Decimal(0)
    return total * working_days(*window) / all_days


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENTS, rounding=ROUND_HALF_UP)


async def timeline(session: AsyncSession, operation: Operation) -> Timeline:
    """Phases, milestones and month-by-month load of one operation."""
    phases = await phases_of(session, operation)
    ids = [p.id for p in phases if p.id is not None]
    staff, it, purchases = await phase_children(session, ids)
    needs = await needs_by_phase(session, phases)
    months: list[TimelineMonth] = []
    spans = {p.id or 0: set(months_between(p.start, p.end)) for p in phases}
    if phases:
        for month in months_between(min(p.start for p in phases), max(p.end for p in phases)):
            active = [p for p in phases if month in spans[p.id or 0]]
            staff_days = sum(
                (
                    _spread(s.staff_days, p.start, p.end, month)
                    for p in active
                    for s in staff.get(p.id or 0, [])
                ),
                Decimal(0),
            )
            it_days = sum(
                (i.person_days for p in active for i in it.get(p.id or 0, []) if i.month == month),
                Decimal(0),
            )
            months.append(
                TimelineMonth(
                    month=month,
                    phases=[PhaseCode(p.phase_code) for p in active],
                    staff_days=_q(staff_days),
                    it_person_days=it_days,
                )
            )
    return Timeline(
        operation=await public_operation(session, operation),
        phases=[phase_public(p, needs.get(p.id or 0)) for p in phases],
        milestones=await list_milestones(session, operation),
        months=months,
        total_staff_days=_q(sum((s.staff_days for v in staff.values() for s in v), Decimal(0))),
        total_it_person_days=sum((i.person_days for v in it.values() for i in v), Decimal(0)),
        total_purchases=_q(
            sum((pn.estimated_amount for v in purchases.values() for pn in v), Decimal(0))
        ),
    )


async def portfolio(
    session: AsyncSession, *, scope: OrgScope, first: str, last: str, kind: str | None
) -> Portfolio:
    """Operations active in each month of ``first``..``last``, with their load."""
    start, _ = month_bounds(first)
    _, end = month_bounds(last)
    stmt = visible_operations(scope)
    if kind is not None:
        stmt = stmt.where(col(Operation.kind) == kind)
    in_window = exists().where(
        and_(
            col(Phase.operation_id) == col(Operation.id),
            col(Phase.start) <= end,
            col(Phase.end) >= start,
        )
    )
    operations = list(
        (await session.exec(stmt.where(in_window).order_by(col(Operation.code)))).all()
    )
    phases = await phases_by_operation(session, [o.id for o in operations if o.id is not None])
    all_ids = [p.id for v in phases.values() for p in v if p.id is not None]
    staff, it, _p = await phase_children(session, all_ids)
    spans = {p.id or 0: set(months_between(p.start, p.end)) for v in phases.values() for p in v}
    result: list[PortfolioMonth] = []
    for month in months_between(start, end):
        entries: list[PortfolioOperation] = []
        for op in operations:
            active = [p for p in phases.get(op.id or 0, []) if month in spans[p.id or 0]]
            if not active:
                continue
            entries.append(
                PortfolioOperation(
                    operation_id=op.id or 0,
                    code=op.code,
                    name=op.name,
                    kind=op.kind,
                    phases=[PhaseCode(p.phase_code) for p in active],
                    staff_days=_q(
                        sum(
                            (
                                _spread(s.staff_days, p.start, p.end, month)
                                for p in active
                                for s in staff.get(p.id or 0, [])
                            ),
                            Decimal(0),
                        )
                    ),
                    it_person_days=sum(
                        (
                            i.person_days
                            for p in active
                            for i in it.get(p.id or 0, [])
                            if i.month == month
                        ),
                        Decimal(0),
                    ),
                )
            )
        result.append(
            PortfolioMonth(
                month=month,
                operations=entries,
                staff_days=_q(sum((e.staff_days for e in entries), Decimal(0))),
                it_person_days=sum((e.it_person_days for e in entries), Decimal(0)),
            )
        )
    return Portfolio(months=result)
