"""Staff ceilings (plafond d'emplois) and the ETPT consumed according to hr-svc's assignments.

ETPT of an assignment in a year = quotité × days of the year it covers ÷ days of the year.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.staffing.models import EtptReport, StaffAssignment, StaffCeiling
from budget_svc.staffing.schemas import (
    StaffCeilingCreate,
    StaffCeilingPublic,
    StaffCeilingUpdate,
)
from budget_svc.structure import service as structure_service
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.org import OrgTree
from sg_common.repository import Repository

CEILINGS = Repository(StaffCeiling, what="staff ceiling")


class DuplicateStaffCeiling(BusinessRuleViolation):
    type_slug = "duplicate-staff-ceiling"
    title = "The unit already has a staff ceiling for this year"


async def page_ceilings(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    unit_code: str | None,
    fiscal_year: int | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[StaffCeiling], str | None]:
    """A page of the ceilings in ``scope`` (ORM rows: their public form adds the ETPT)."""
    stmt = scope.apply(select(StaffCeiling), col(StaffCeiling.unit_code))
    if unit_code is not None:
        stmt = stmt.where(StaffCeiling.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(StaffCeiling.fiscal_year == fiscal_year)
    return await paginate(
        session, stmt, order_by=[col(StaffCeiling.id)], limit=limit, cursor=cursor, listing=listing
    )


def assignment_etpt(assignment: StaffAssignment, year: int) -> Decimal:
    """ETPT an assignment contributes to ``year``."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    start = max(assignment.start_date, first)
    end = min(assignment.end_date or last, last)
    if end < start:
        return Decimal(0)
    days_in_year = (last - first).days + 1
    return assignment.quotite * Decimal((end - start).days + 1) / Decimal(days_in_year)


async def consumed_etpt(session: AsyncSession, units: frozenset[str], year: int) -> Decimal:
    """ETPT consumed in ``year`` by the given units (a unit and its sub-units)."""
    stmt = select(StaffAssignment).where(
        col(StaffAssignment.unit_code).in_(sorted(units)),
        StaffAssignment.start_date <= date(year, 12, 31),
        or_(
            col(StaffAssignment.end_date).is_(None),
            col(StaffAssignment.end_date) >= date(year, 1, 1),
        ),
    )
    total = sum((assignment_etpt(a, year) for a in (await session.exec(stmt)).all()), Decimal(0))
    return total.quantize(Decimal("0.01"))


async def reported_etpt(
    session: AsyncSession, tree: OrgTree, unit_code: str, year: int
) -> tuple[Decimal, int]:
    """Yearly ETPT hr-svc reported for a unit (months summed ÷ 12), and the months covered.

    A report of ``etpt.reported`` already counts the unit's sub-units, so each month takes the
    report of the highest reporting units only: the unit's own when it has one, else those of
    its sub-units that no reporting ancestor (up to the unit) already covers. Each agent is
    counted once, however deep their own unit sits.
    """
    units = tree.subtree_codes([unit_code]) or frozenset({unit_code})
    stmt = select(EtptReport).where(
        col(EtptReport.unit_code).in_(sorted(units)), EtptReport.year == year
    )
    by_month: dict[int, dict[str, Decimal]] = {}
    for report in (await session.exec(stmt)).all():
        by_month.setdefault(report.month, {})[report.unit_code] = report.etpt
    total = Decimal(0)
    for reports in by_month.values():
        for code, etpt in reports.items():
            covering = {a.code for a in tree.ancestors(code)} & units
            if not covering & reports.keys():
                total += etpt
    return (total / 12).quantize(Decimal("0.01")), len(by_month)


async def record_etpt_report(
    session: AsyncSession, *, unit_code: str, year: int, month: int, etpt: Decimal
) -> None:
    """Store (or replace) a unit's monthly ETPT reported by hr-svc."""
    stmt = select(EtptReport).where(
        EtptReport.unit_code == unit_code, EtptReport.year == year, EtptReport.month == month
    )
    report = (await session.exec(stmt)).first()
    if report is None:
        report = EtptReport(
            unit_code=unit_code, year=year, month=month, etpt=etpt, received_at=utcnow()
        )
    else:
        report.etpt = etpt
        report.received_at = utcnow()
    session.add(report)
    await session.flush()


async def to_public(
    session: AsyncSession, ceiling: StaffCeiling, tree: OrgTree
) -> StaffCeilingPublic:
    units = tree.subtree_codes([ceiling.unit_code]) or frozenset({ceiling.unit_code})
    consumed = await consumed_etpt(session, units, ceiling.fiscal_year)
    reported, months = await reported_etpt(session, tree, ceiling.unit_code, ceiling.fiscal_year)
    assert ceiling.id is not None
    return StaffCeilingPublic(
        id=ceiling.id,
        unit_code=ceiling.unit_code,
        fiscal_year=ceiling.fiscal_year,
        etpt_ceiling=ceiling.etpt_ceiling,
        etpt_consumed=consumed,
        etpt_remaining=ceiling.etpt_ceiling - consumed,
        over_ceiling=consumed > ceiling.etpt_ceiling,
        etpt_reported=reported,
        months_reported=months,
        reason=ceiling.reason,
        set_by=ceiling.set_by,
        set_at=ceiling.set_at,
        version=ceiling.version,
    )


async def create_ceiling(
    session: AsyncSession, *, body: StaffCeilingCreate, by: str
) -> StaffCeiling:
    """Set a unit's ceiling for a year (once; then update it)."""
    await structure_service.require_year(session, body.fiscal_year)
    existing = await session.exec(
        select(StaffCeiling).where(
            StaffCeiling.unit_code == body.unit_code, StaffCeiling.fiscal_year == body.fiscal_year
        )
    )
    if (found := existing.first()) is not None:
        raise DuplicateStaffCeiling(
            f"ceiling {found.id} covers {body.unit_code} in {body.fiscal_year}: update it",
            extra={"staff_ceiling_id": found.id},
        )
    ceiling = StaffCeiling(
        unit_code=body.unit_code,
        fiscal_year=body.fiscal_year,
        etpt_ceiling=body.etpt_ceiling,
        reason=body.reason,
        set_by=by,
        set_at=utcnow(),
    )
    return await CEILINGS.add(session, ceiling)


async def update_ceiling(
    session: AsyncSession, *, ceiling: StaffCeiling, body: StaffCeilingUpdate, by: str
) -> StaffCeiling:
    """Change a ceiling (who, when, why recorded)."""
    await structure_service.require_year(session, ceiling.fiscal_year)
    CEILINGS.update(
        ceiling, etpt_ceiling=body.etpt_ceiling, reason=body.reason, set_by=by, set_at=utcnow()
    )
    await session.flush()
    return ceiling


async def record_assignment(
    session: AsyncSession,
    *,
    assignment_id: str,
    agent_id: str,
    unit_code: str,
    start_date: date,
    end_date: date | None,
    quotite: Decimal,
) -> None:
    """Create or replace an assignment reported by hr-svc."""
    found = await session.get(StaffAssignment, assignment_id)
    if found is None:
        found = StaffAssignment(
            assignment_id=assignment_id,
            agent_id=agent_id,
            unit_code=unit_code,
            start_date=start_date,
            end_date=end_date,
            quotite=quotite,
            received_at=utcnow(),
        )
    else:
        found.agent_id = agent_id
        found.unit_code = unit_code
        found.start_date = start_date
        found.end_date = end_date
        found.quotite = quotite
        found.received_at = utcnow()
    session.add(found)
    await session.flush()


async def end_assignments(
    session: AsyncSession, *, agent_id: str, unit_code: str, left_on: date
) -> None:
    """An agent left a unit: their open assignments there end on ``left_on``."""
    stmt = select(StaffAssignment).where(
        StaffAssignment.agent_id == agent_id,
        StaffAssignment.unit_code == unit_code,
        or_(col(StaffAssignment.end_date).is_(None), col(StaffAssignment.end_date) > left_on),
    )
    for assignment in (await session.exec(stmt)).all():
        assignment.end_date = max(left_on, assignment.start_date)
        session.add(assignment)
    await session.flush()
