"""Forecast rules: one line per unit × year × action × title; every change is a revision."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.forecasts.models import Forecast, ForecastRevision
from budget_svc.forecasts.schemas import (
    ForecastAxis,
    ForecastCreate,
    ForecastTotal,
    ForecastUpdate,
)
from budget_svc.structure import service as structure_service
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.repository import Repository

FORECASTS = Repository(Forecast, what="forecast")


class DuplicateForecast(BusinessRuleViolation):
    type_slug = "duplicate-forecast"
    title = "A forecast line exists for this unit, year, action and title"


async def create_forecast(session: AsyncSession, *, body: ForecastCreate, by: str) -> Forecast:
    """Create a forecast line (revision 1)."""
    await structure_service.require_line_refs(
        session, fiscal_year=body.fiscal_year, action=body.action
    )
    existing = await session.exec(
        select(Forecast).where(
            Forecast.unit_code == body.unit_code,
            Forecast.fiscal_year == body.fiscal_year,
            Forecast.action == body.action,
            Forecast.title == body.title.value,
        )
    )
    if (found := existing.first()) is not None:
        raise DuplicateForecast(
            f"forecast {found.id} already covers this line: revise it instead",
            extra={"forecast_id": found.id},
        )
    now = utcnow()
    forecast = Forecast(
        unit_code=body.unit_code,
        fiscal_year=body.fiscal_year,
        action=body.action,
        title=body.title.value,
        ae=body.ae,
        cp=body.cp,
        comment=body.comment,
        created_at=now,
        created_by=by,
    )
    session.add(forecast)
    await session.flush()
    assert forecast.id is not None
    session.add(
        ForecastRevision(
            forecast_id=forecast.id,
            revision=1,
            ae=body.ae,
            cp=body.cp,
            reason="initial forecast",
            revised_by=by,
            revised_at=now,
        )
    )
    await session.flush()
    return forecast


async def revise_forecast(
    session: AsyncSession, *, forecast: Forecast, body: ForecastUpdate, by: str
) -> Forecast:
    """Revise the amounts, keeping the previous ones in the history."""
    await structure_service.require_year(session, forecast.fiscal_year)
    assert forecast.id is not None
    previous_ae, previous_cp = forecast.ae, forecast.cp
    if not FORECASTS.patch(forecast, body, exclude={"reason"}):
        FORECASTS.update(forecast)  # a revision with only a reason is a revision still
    session.add(
        ForecastRevision(
            forecast_id=forecast.id,
            revision=forecast.version,
            previous_ae=previous_ae,
            previous_cp=previous_cp,
            ae=forecast.ae,
            cp=forecast.cp,
            reason=body.reason,
            revised_by=by,
            revised_at=utcnow(),
        )
    )
    await session.flush()
    return forecast


async def revisions(session: AsyncSession, forecast_id: int) -> list[ForecastRevision]:
    """The history of a line, oldest first."""
    stmt = (
        select(ForecastRevision)
        .where(ForecastRevision.forecast_id == forecast_id)
        .order_by(col(ForecastRevision.revision))
    )
    return list((await session.exec(stmt)).all())


_AXES = {
    ForecastAxis.UNIT_CODE: Forecast.unit_code,
    ForecastAxis.FISCAL_YEAR: Forecast.fiscal_year,
    ForecastAxis.ACTION: Forecast.action,
    ForecastAxis.TITLE: Forecast.title,
}


async def totals(
    session: AsyncSession,
    *,
    scope: OrgScope,
    group_by: list[ForecastAxis],
    fiscal_year: int | None,
    unit_code: str | None,
) -> list[ForecastTotal]:
    """Sums of AE and CP grouped by any axes (none: the grand total), in the caller's scope."""
    axes = list(dict.fromkeys(group_by))
    columns = [col(_AXES[a]) for a in axes]
    stmt = select(  # type: ignore[call-overload]
        *columns,
        func.count(col(Forecast.id)),
        func.coalesce(func.sum(Forecast.ae), 0),
        func.coalesce(func.sum(Forecast.cp), 0),
    )
    stmt = scope.apply(stmt, col(Forecast.unit_code))
    if fiscal_year is not None:
        stmt = stmt.where(Forecast.fiscal_year == fiscal_year)
    if unit_code is not None:
        stmt = stmt.where(Forecast.unit_code == unit_code)
    if columns:
        stmt = stmt.group_by(*columns).order_by(*columns)
    rows = (await session.exec(stmt)).all()
    result = []
    for row in rows:
        n = len(axes)
        result.append(
            ForecastTotal(
                group={a.value: row[i] for i, a in enumerate(axes)},
                lines=row[n],
                ae=Decimal(str(row[n + 1])).quantize(Decimal("0.01")),
                cp=Decimal(str(row[n + 2])).quantize(Decimal("0.01")),
            )
        )
    return result
