"""Budget structure rules: known actions and titles, open fiscal years."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.structure.models import BudgetAction, BudgetTitleRef, FiscalYear, SubAction
from budget_svc.structure.schemas import (
    ActionPublic,
    FiscalYearCreate,
    FiscalYearUpdate,
    ProgrammePublic,
    SubActionPublic,
    TitlePublic,
)
from sg_common.errors import BusinessRuleViolation, Conflict, UnprocessableEntity
from sg_common.repository import Repository

YEARS = Repository(FiscalYear, what="fiscal year", unit=None, key="year")


class UnknownAction(UnprocessableEntity):
    type_slug = "unknown-action"
    title = "Unknown budget action"


class UnknownFiscalYear(UnprocessableEntity):
    type_slug = "unknown-fiscal-year"
    title = "Unknown fiscal year"


class FiscalYearClosed(BusinessRuleViolation):
    type_slug = "fiscal-year-closed"
    title = "The fiscal year is closed"


class FiscalYearExists(Conflict):
    type_slug = "fiscal-year-exists"
    title = "The fiscal year exists"


async def programme(session: AsyncSession) -> ProgrammePublic:
    """Programme 220 with actions, sub-actions and titles."""
    actions = (await session.exec(select(BudgetAction).order_by(col(BudgetAction.code)))).all()
    subs = (await session.exec(select(SubAction).order_by(col(SubAction.code)))).all()
    titles = (await session.exec(select(BudgetTitleRef).order_by(col(BudgetTitleRef.code)))).all()
    return ProgrammePublic(
        code="220",
        label="Statistiques et études économiques",
        actions=[
            ActionPublic(
                code=a.code,
                label=a.label,
                sub_actions=[
                    SubActionPublic.model_validate(s) for s in subs if s.action_code == a.code
                ],
            )
            for a in actions
        ],
        titles=[TitlePublic.model_validate(t) for t in titles],
    )


async def require_action(session: AsyncSession, code: str) -> BudgetAction:
    """The action, or 422 ``unknown-action``."""
    action = await session.get(BudgetAction, code)
    if action is None:
        raise UnknownAction(f"action {code!r} is not an action of programme 220 (01, 08, 09)")
    return action


async def require_year(session: AsyncSession, year: int, *, open_only: bool = True) -> FiscalYear:
    """The fiscal year (422 when unknown), open unless ``open_only`` is false (409 closed)."""
    found = await session.get(FiscalYear, year)
    if found is None:
        raise UnknownFiscalYear(f"fiscal year {year} is not defined")
    if open_only and found.status != "open":
        raise FiscalYearClosed(f"fiscal year {year} is closed: no new operation can be recorded")
    return found


async def require_line_refs(session: AsyncSession, *, fiscal_year: int, action: str) -> FiscalYear:
    """Check the action and the (open) fiscal year of a budget line."""
    await require_action(session, action)
    return await require_year(session, fiscal_year)


async def list_years(session: AsyncSession) -> list[FiscalYear]:
    """Every fiscal year, oldest first."""
    return list((await session.exec(select(FiscalYear).order_by(col(FiscalYear.year)))).all())


async def create_year(session: AsyncSession, *, body: FiscalYearCreate) -> FiscalYear:
    """Open a new fiscal year with its reserve rates."""
    if await session.get(FiscalYear, body.year) is not None:
        raise FiscalYearExists(f"fiscal year {body.year} already exists")
    year = FiscalYear(
        year=body.year,
        status="open",
        reserve_rate_t2=body.reserve_rate_t2,
        reserve_rate_other=body.reserve_rate_other,
    )
    session.add(year)
    await session.flush()
    return year


async def update_year(
    session: AsyncSession, *, year: FiscalYear, body: FiscalYearUpdate
) -> FiscalYear:
    """Change the status or the reserve rates of a year (the repository's null policy)."""
    YEARS.patch(year, body)
    if body.status is not None:
        year.status = body.status.value
    await session.flush()
    return year
