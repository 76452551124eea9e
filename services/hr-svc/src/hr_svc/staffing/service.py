"""Posts (postes) and ETPT (équivalent temps plein travaillé) against the ceiling."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import exists, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Assignment
from hr_svc.staffing import events
from hr_svc.staffing.models import BudgetEnvelope, EtptCeiling, EtptReport, Post
from hr_svc.staffing.schemas import (
    CeilingSet,
    EtptMonth,
    EtptStatement,
    PostCreate,
    PostUpdate,
)
from sg_common.api import Listing, check_if_match, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.months import month_bounds, month_of
from sg_common.org import OrgTree
from sg_common.repository import Repository

FOUR_PLACES = Decimal("0.0001")

POSTS = Repository(Post, what="post")
CEILINGS = Repository(EtptCeiling, what="ETPT ceiling")


class DuplicatePost(BusinessRuleViolation):
    type_slug = "duplicate-post"
    title = "A post with this code exists"


class PostClosingWhileFilled(BusinessRuleViolation):
    type_slug = "post-filled"
    title = "The post is held after that date"


def _q(value: Decimal) -> Decimal:
    return value.quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


def overlap_days(start: date, end: date | None, first: date, last: date) -> int:
    """Days of [start, end] (end None = open) within [first, last], inclusive."""
    lo = max(start, first)
    hi = last if end is None else min(end, last)
    return max(0, (hi - lo).days + 1)


def month_etpt(assignments: list[Assignment], year: int, month: int) -> Decimal:
    """ETPT of a month: Σ quotité × days assigned in the month ÷ days in the month (unrounded)."""
    first, last = month_bounds(month_of(date(year, month, 1)))
    days_in_month = last.day
    total = sum(
        (a.quotite * overlap_days(a.start_date, a.end_date, first, last) for a in assignments),
        Decimal(0),
    )
    return total / days_in_month


async def unit_codes(tree: OrgTree, unit_code: str, year: int, descendants: bool) -> list[str]:
    """The unit, and with ``descendants`` every unit under it during the year."""
    if not descendants:
        return [unit_code]
    codes = tree.subtree_codes([unit_code], date(year, 1, 1)) | tree.subtree_codes(
        [unit_code], date(year, 12, 31)
    )
    return sorted(codes | {unit_code})


async def assignments_in(
    session: AsyncSession, codes: list[str], first: date, last: date
) -> list[Assignment]:
    stmt = select(Assignment).where(
        col(Assignment.unit_code).in_(codes),
        col(Assignment.start_date) <= last,
        or_(col(Assignment.end_date).is_(None), col(Assignment.end_date) >= first),
    )
    return list((await session.exec(stmt)).all())


async def get_ceiling(session: AsyncSession, unit_code: str, year: int) -> EtptCeiling | None:
    stmt = select(EtptCeiling).where(EtptCeiling.unit_code == unit_code, EtptCeiling.year == year)
    return (await session.exec(stmt)).first()


async def etpt_statement(
    session: AsyncSession, *, tree: OrgTree, unit_code: str, year: int, descendants: bool
) -> EtptStatement:
    """ETPT per month and for the year, compared with the unit's ceiling."""
    codes = await unit_codes(tree, unit_code, year, descendants)
    rows = await assignments_in(session, codes, date(year, 1, 1), date(year, 12, 31))
    ceiling_row = await get_ceiling(session, unit_code, year)
    ceiling = ceiling_row.ceiling if ceiling_row is not None else None
    raw = [month_etpt(rows, year, m) for m in range(1, 13)]
    months = [
        EtptMonth(
            month=m,
            etpt=_q(value),
            variance=None if ceiling is None else _q(value - ceiling),
        )
        for m, value in enumerate(raw, start=1)
    ]
    annual = sum(raw, Decimal(0)) / 12
    return EtptStatement(
        unit_code=unit_code,
        year=year,
        include_descendants=descendants,
        months=months,
        annual_etpt=_q(annual),
        ceiling=ceiling,
        variance=None if ceiling is None else _q(annual - ceiling),
    )


async def set_ceiling(
    session: AsyncSession,
    *,
    unit_code: str,
    year: int,
    data: CeilingSet,
    if_match: str | None,
    actor: str,
) -> EtptCeiling:
    """Set (or revise, with If-Match) the ETPT ceiling of a unit for a year."""
    row = await get_ceiling(session, unit_code, year)
    if row is None:
        row = EtptCeiling(
            unit_code=unit_code,
            year=year,
            ceiling=data.ceiling,
            updated_at=utcnow(),
            updated_by=actor,
        )
    else:
        check_if_match(if_match, row.version)
        CEILINGS.update(row, ceiling=data.ceiling, updated_at=utcnow(), updated_by=actor)
    session.add(row)
    await session.flush()
    return row


async def report_etpt(
    session: AsyncSession, *, tree: OrgTree, unit_code: str, year: int, month: int, actor: str
) -> EtptReport:
    """Compute a month's ETPT of a unit (with its descendants) and publish ``etpt.reported``."""
    codes = await unit_codes(tree, unit_code, year, True)
    rows = await assignments_in(session, codes, *month_bounds(month_of(date(year, month, 1))))
    etpt = _q(month_etpt(rows, year, month))
    report = EtptReport(
        unit_code=unit_code,
        year=year,
        month=month,
        etpt=etpt,
        reported_at=utcnow(),
        reported_by=actor,
    )
    session.add(report)
    await session.flush()
    await events.etpt_reported(session, unit_code=unit_code, year=year, month=month, etpt=etpt)
    return report


# posts -------------------------------------------------------------------------------------
async def create_post(
    session: AsyncSession, *, data: PostCreate, tree: OrgTree, scope: OrgScope
) -> Post:
    """Open a post in a unit."""
    tree.require(data.unit_code, data.opened_on)
    scope.check(data.unit_code)
    if (await session.exec(select(Post).where(Post.code == data.code))).first() is not None:
        raise DuplicatePost(f"post code {data.code} is taken")
    post = Post(**data.model_dump(), created_at=utcnow())
    session.add(post)
    await session.flush()
    return post


async def list_posts(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    unit_code: str | None,
    vacant: bool | None,
    day: date,
    limit: int,
    cursor: str | None,
) -> tuple[list[Post], str | None]:
    """A page of the posts in ``scope`` (of a unit; vacant or held on ``day``)."""
    stmt = scope.apply(select(Post), col(Post.unit_code))
    if unit_code is not None:
        stmt = stmt.where(Post.unit_code == unit_code)
    if vacant is not None:
        held = exists().where(
            col(Assignment.post_id) == col(Post.id),
            col(Assignment.start_date) <= day,
            or_(col(Assignment.end_date).is_(None), col(Assignment.end_date) >= day),
        )
        stmt = stmt.where(~held if vacant else held)
    return await paginate(
        session, stmt, order_by=[col(Post.id)], limit=limit, cursor=cursor, listing=listing
    )


async def holders(session: AsyncSession, post_ids: list[int], day: date) -> dict[int, int]:
    """Post id → id of the agent holding it on ``day``."""
    if not post_ids:
        return {}
    stmt = select(Assignment).where(
        col(Assignment.post_id).in_(post_ids),
        col(Assignment.start_date) <= day,
        or_(col(Assignment.end_date).is_(None), col(Assignment.end_date) >= day),
    )
    return {a.post_id: a.agent_id for a in (await session.exec(stmt)).all() if a.post_id}


async def update_post(session: AsyncSession, *, post: Post, data: PostUpdate) -> Post:
    """Rename, recategorise or close a post (not while an assignment holds it after closing)."""
    changes = data.model_dump(exclude_unset=True)
    closed_on = changes.get("closed_on")
    if closed_on is not None:
        stmt = select(Assignment).where(
            Assignment.post_id == post.id,
            or_(col(Assignment.end_date).is_(None), col(Assignment.end_date) > closed_on),
        )
        holder = (await session.exec(stmt)).first()
        if holder is not None:
            raise PostClosingWhileFilled(
                f"agent {holder.agent_id} holds the post until {holder.end_date or 'open-ended'};"
                " end that assignment first"
            )
    POSTS.patch(post, data)
    session.add(post)
    await session.flush()
    return post


async def keep_envelope(
    session: AsyncSession,
    *,
    allocation_id: str,
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: str,
    ae: Decimal,
    cp: Decimal,
) -> None:
    """Keep a unit's dotation as budget notified it; a later notification of the same
    allocation replaces the amounts (revised dotation)."""
    stmt = select(BudgetEnvelope).where(BudgetEnvelope.allocation_id == allocation_id)
    row = (await session.exec(stmt)).first()
    if row is None:
        row = BudgetEnvelope(
            allocation_id=allocation_id,
            unit_code=unit_code,
            fiscal_year=fiscal_year,
            action=action,
            title=title,
            ae=ae,
            cp=cp,
            received_at=utcnow(),
        )
    else:
        row.unit_code, row.fiscal_year, row.action, row.title = (
            unit_code,
            fiscal_year,
            action,
            title,
        )
        row.ae, row.cp, row.received_at = ae, cp, utcnow()
    session.add(row)
