"""Execution tracking computed from the ledger (movements) and the forecasts.

Short term: per month, AE and CP consumed, cumulated, execution rate (cumulative ÷ allocated),
CP still to pay on open commitments (committed AE − paid CP) and the forecast CP spread evenly
over the months. Retrospective: the year's totals, the carry-over (committed, not yet paid) and
the variance against the forecast. Grouped by any of unit × action × title.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments.models import Commitment
from budget_svc.commitments.service import COMMITMENTS
from budget_svc.common import ZERO
from budget_svc.execution.models import CarryOver
from budget_svc.execution.schemas import Axis, ExecutionGroup, MonthExecution, YearEndExecution
from budget_svc.forecasts.models import Forecast
from budget_svc.ledger import service as ledger
from budget_svc.ledger.models import BudgetLine, BudgetMovement
from budget_svc.spending import service as spending
from budget_svc.structure import service as structure_service
from sg_common.auth import OrgScope
from sg_common.clock import PARIS, utcnow

Key = tuple[str | None, str | None, str | None]

#: Ledger kinds of the year-end close. The year it leaves keeps showing the AE as consumed
#: and carried over; the next year shows it as a report (allocated and committed).
CARRY_OUT, CARRY_IN = "carry_over_out", "carry_over_in"


@dataclass
class _Group:
    forecast_ae: Decimal = ZERO
    forecast_cp: Decimal = ZERO
    # month → [allocated_ae, allocated_cp, committed_ae, paid_cp] deltas
    months: dict[int, list[Decimal]] = field(
        default_factory=lambda: defaultdict(lambda: [ZERO, ZERO, ZERO, ZERO])
    )


def _key(unit: str, action: str, title: str, axes: set[Axis]) -> Key:
    return (
        unit if Axis.UNIT_CODE in axes else None,
        action if Axis.ACTION in axes else None,
        title if Axis.TITLE in axes else None,
    )


def _rate(part: Decimal, whole: Decimal) -> Decimal | None:
    return (part / whole).quantize(Decimal("0.0001")) if whole > 0 else None


async def _collect(
    session: AsyncSession,
    *,
    scope: OrgScope,
    fiscal_year: int,
    axes: set[Axis],
    unit_code: str | None,
    action: str | None,
    title: str | None,
) -> dict[Key, _Group]:
    stmt = select(BudgetMovement, BudgetLine).join(
        BudgetLine, col(BudgetLine.id) == col(BudgetMovement.line_id)
    )
    stmt = scope.apply(stmt, col(BudgetLine.unit_code)).where(BudgetLine.fiscal_year == fiscal_year)
    fstmt = scope.apply(select(Forecast), col(Forecast.unit_code)).where(
        Forecast.fiscal_year == fiscal_year
    )
    if unit_code is not None:
        stmt = stmt.where(BudgetLine.unit_code == unit_code)
        fstmt = fstmt.where(Forecast.unit_code == unit_code)
    if action is not None:
        stmt = stmt.where(BudgetLine.action == action)
        fstmt = fstmt.where(Forecast.action == action)
    if title is not None:
        stmt = stmt.where(BudgetLine.title == title)
        fstmt = fstmt.where(Forecast.title == title)
    groups: dict[Key, _Group] = defaultdict(_Group)
    for movement, line in (await session.exec(stmt)).all():
        group = groups[_key(line.unit_code, line.action, line.title, axes)]
        if movement.kind == CARRY_OUT:
            continue
        month = movement.occurred_at.astimezone(PARIS).month
        if movement.occurred_at.astimezone(PARIS).year < fiscal_year:
            month = 1
        elif movement.occurred_at.astimezone(PARIS).year > fiscal_year:
            month = 12
        sums = group.months[month]
        sums[0] += movement.allocated_ae
        sums[1] += movement.allocated_cp
        sums[2] += movement.committed_ae
        sums[3] += movement.paid_cp
    for forecast in (await session.exec(fstmt)).all():
        group = groups[_key(forecast.unit_code, forecast.action, forecast.title, axes)]
        group.forecast_ae += forecast.ae
        group.forecast_cp += forecast.cp
    return groups


async def monthly(
    session: AsyncSession,
    *,
    scope: OrgScope,
    fiscal_year: int,
    axes: set[Axis],
    unit_code: str | None = None,
    action: str | None = None,
    title: str | None = None,
    until_month: int = 12,
) -> list[ExecutionGroup]:
    groups = await _collect(
        session,
        scope=scope,
        fiscal_year=fiscal_year,
        axes=axes,
        unit_code=unit_code,
        action=action,
        title=title,
    )
    result = []
    for key in sorted(groups, key=lambda k: tuple(v or "" for v in k)):
        group = groups[key]
        alloc_ae = alloc_cp = cum_ae = cum_cp = ZERO
        months = []
        for month in range(1, until_month + 1):
            d_alloc_ae, d_alloc_cp, d_ae, d_cp = group.months.get(month, [ZERO] * 4)
            alloc_ae += d_alloc_ae
            alloc_cp += d_alloc_cp
            cum_ae += d_ae
            cum_cp += d_cp
            months.append(
                MonthExecution(
                    month=month,
                    ae_consumed=d_ae,
                    cp_consumed=d_cp,
                    cumulative_ae=cum_ae,
                    cumulative_cp=cum_cp,
                    allocated_ae=alloc_ae,
                    allocated_cp=alloc_cp,
                    execution_rate_ae=_rate(cum_ae, alloc_ae),
                    execution_rate_cp=_rate(cum_cp, alloc_cp),
                    cp_to_pay=cum_ae - cum_cp,
                    forecast_cp_cumulative=(group.forecast_cp * month / 12).quantize(
                        Decimal("0.01")
                    ),
                )
            )
        result.append(
            ExecutionGroup(
                unit_code=key[0],
                action=key[1],
                title=key[2],
                fiscal_year=fiscal_year,
                forecast_ae=group.forecast_ae,
                forecast_cp=group.forecast_cp,
                months=months,
            )
        )
    return result


async def year_end(
    session: AsyncSession,
    *,
    scope: OrgScope,
    fiscal_year: int,
    axes: set[Axis],
    unit_code: str | None = None,
    action: str | None = None,
    title: str | None = None,
) -> list[YearEndExecution]:
    groups = await _collect(
        session,
        scope=scope,
        fiscal_year=fiscal_year,
        axes=axes,
        unit_code=unit_code,
        action=action,
        title=title,
    )
    result = []
    for key in sorted(groups, key=lambda k: tuple(v or "" for v in k)):
        group = groups[key]
        totals = [sum((m[i] for m in group.months.values()), ZERO) for i in range(4)]
        alloc_ae, alloc_cp, ae, cp = totals
        result.append(
            YearEndExecution(
                unit_code=key[0],
                action=key[1],
                title=key[2],
                fiscal_year=fiscal_year,
                allocated_ae=alloc_ae,
                allocated_cp=alloc_cp,
                ae_consumed=ae,
                cp_consumed=cp,
                execution_rate_ae=_rate(ae, alloc_ae),
                execution_rate_cp=_rate(cp, alloc_cp),
                carry_over=ae - cp,
                forecast_ae=group.forecast_ae,
                forecast_cp=group.forecast_cp,
                variance_ae=ae - group.forecast_ae,
                variance_cp=cp - group.forecast_cp,
            )
        )
    return result


async def close_year(session: AsyncSession, *, fiscal_year: int, by: str) -> list[CarryOver]:
    """Year-end close: every open commitment's AE not yet paid moves to the next year (its
    line there gets the AE as a report, allocated and committed), the commitment follows (its
    later payments consume the next year's CP), and the year is closed."""
    year = await structure_service.require_year(session, fiscal_year)
    await structure_service.require_year(session, fiscal_year + 1)
    commitments = (
        await session.exec(
            select(Commitment)
            .where(Commitment.fiscal_year == fiscal_year, Commitment.status == "active")
            .order_by(col(Commitment.id))
        )
    ).all()
    carried: list[CarryOver] = []
    for commitment in commitments:
        assert commitment.id is not None
        remaining = commitment.ae - await spending.paid_total(session, commitment.id)
        if remaining <= ZERO:
            continue
        old_line = await ledger.lock_line(session, commitment.line_id)
        new_line = await ledger.get_or_create_line(
            session,
            unit_code=commitment.unit_code,
            fiscal_year=fiscal_year + 1,
            action=commitment.action,
            title=commitment.title,
        )
        reason = f"Report de l'engagement {commitment.id} sur {fiscal_year + 1}"
        await ledger.record(
            session,
            line=old_line,
            kind=CARRY_OUT,
            recorded_by=by,
            reason=reason,
            allocated_ae=-remaining,
            committed_ae=-remaining,
            commitment_id=commitment.id,
        )
        await ledger.record(
            session,
            line=new_line,
            kind=CARRY_IN,
            recorded_by=by,
            reason=reason,
            allocated_ae=remaining,
            committed_ae=remaining,
            commitment_id=commitment.id,
        )
        assert new_line.id is not None
        COMMITMENTS.update(commitment, line_id=new_line.id, fiscal_year=fiscal_year + 1)
        record = CarryOver(
            commitment_id=commitment.id,
            unit_code=commitment.unit_code,
            from_year=fiscal_year,
            to_year=fiscal_year + 1,
            action=commitment.action,
            title=commitment.title,
            ae=remaining,
            recorded_by=by,
            recorded_at=utcnow(),
        )
        session.add(record)
        carried.append(record)
    structure_service.YEARS.update(year, status="closed")
    await session.flush()
    return carried


async def carry_overs(
    session: AsyncSession, scope: OrgScope, *, from_year: int | None, unit_code: str | None
) -> list[CarryOver]:
    """The carry-overs in ``scope`` (the first 1000 by id), filtered."""
    stmt = scope.apply(select(CarryOver), col(CarryOver.unit_code))
    if from_year is not None:
        stmt = stmt.where(CarryOver.from_year == from_year)
    if unit_code is not None:
        stmt = stmt.where(CarryOver.unit_code == unit_code)
    return list((await session.exec(stmt.order_by(col(CarryOver.id)).limit(1000))).all())
