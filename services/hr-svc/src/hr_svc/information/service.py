"""Internal information: announcements targeted at units, feeds, acknowledgements."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent
from hr_svc.information.models import Acknowledgement, Announcement
from hr_svc.information.schemas import (
    AnnouncementCreate,
    AnnouncementStatus,
    AnnouncementUpdate,
    Feed,
    FeedItem,
    Readership,
    UnitReadership,
)
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.org import OrgTree
from sg_common.repository import Repository

#: announcements, in scope by the unit they are aimed at
ANNOUNCEMENTS = Repository(Announcement, what="announcement", unit="target_unit_code")


class AnnouncementNotDraft(BusinessRuleViolation):
    type_slug = "announcement-not-draft"
    title = "Only a draft announcement can be edited or published"


class AnnouncementNotPublished(BusinessRuleViolation):
    type_slug = "announcement-not-published"
    title = "The announcement is not published"


class NotTargeted(BusinessRuleViolation):
    type_slug = "not-targeted"
    title = "The announcement is not in your feed"


async def create(
    session: AsyncSession, *, data: AnnouncementCreate, tree: OrgTree, scope: OrgScope, actor: str
) -> Announcement:
    """Draft an announcement for a unit in the caller's scope."""
    tree.require(data.target_unit_code, None)
    scope.check(data.target_unit_code)
    row = Announcement(
        **data.model_dump(), status=AnnouncementStatus.draft, author=actor, created_at=utcnow()
    )
    session.add(row)
    await session.flush()
    return row


async def edit(
    session: AsyncSession, *, row: Announcement, data: AnnouncementUpdate
) -> Announcement:
    """Change a draft (its PATCH)."""
    if row.status != AnnouncementStatus.draft:
        raise AnnouncementNotDraft(f"announcement {row.id} is {row.status}")
    ANNOUNCEMENTS.patch(row, data)
    session.add(row)
    await session.flush()
    return row


async def publish(session: AsyncSession, *, row: Announcement, on: date | None) -> Announcement:
    """Publish a draft (now or on a date)."""
    if row.status != AnnouncementStatus.draft:
        raise AnnouncementNotDraft(f"announcement {row.id} is {row.status}")
    ANNOUNCEMENTS.update(row, status=AnnouncementStatus.published, published_on=on or today())
    session.add(row)
    await session.flush()
    return row


async def withdraw(session: AsyncSession, *, row: Announcement) -> Announcement:
    if row.status != AnnouncementStatus.published:
        raise AnnouncementNotPublished(f"announcement {row.id} is {row.status}")
    ANNOUNCEMENTS.update(row, status=AnnouncementStatus.withdrawn)
    session.add(row)
    await session.flush()
    return row


def _visible_today() -> list[ColumnElement[bool]]:
    day = today()
    return [
        col(Announcement.status) == AnnouncementStatus.published,
        col(Announcement.published_on) <= day,
        or_(col(Announcement.expires_on).is_(None), col(Announcement.expires_on) >= day),
    ]


def _targets(tree: OrgTree, unit_code: str) -> ColumnElement[bool]:
    """Announcements reaching ``unit_code``: aimed at it, or at an ancestor with descendants."""
    ancestors = [u.code for u in tree.ancestors(unit_code)] if tree.get(unit_code) else []
    return or_(
        col(Announcement.target_unit_code) == unit_code,
        and_(
            col(Announcement.include_descendants).is_(True),
            col(Announcement.target_unit_code).in_(ancestors),
        ),
    )


async def feed(session: AsyncSession, *, agent: Agent, tree: OrgTree) -> Feed:
    """The agent's feed: published, unexpired announcements reaching the agent's unit."""
    stmt = (
        select(Announcement)
        .where(*_visible_today(), _targets(tree, agent.unit_code))
        .order_by(col(Announcement.published_on).desc(), col(Announcement.id).desc())
        .limit(200)
    )
    rows = list((await session.exec(stmt)).all())
    read = set(
        (
            await session.exec(
                select(Acknowledgement.announcement_id).where(
                    Acknowledgement.agent_id == agent.id,
                    col(Acknowledgement.announcement_id).in_([r.id for r in rows]),
                )
            )
        ).all()
    )
    items = [
        FeedItem.model_validate({**r.model_dump(), "acknowledged": r.id in read}) for r in rows
    ]
    return Feed(
        agent_id=agent.id or 0,
        items=items,
        unread=sum(1 for i in items if not i.acknowledged and i.requires_acknowledgement),
    )


async def acknowledge(
    session: AsyncSession, *, announcement_id: int, agent: Agent, tree: OrgTree
) -> Acknowledgement:
    """The agent acknowledges an announcement of their feed (once; again is a no-op)."""
    stmt = select(Announcement).where(
        Announcement.id == announcement_id, *_visible_today(), _targets(tree, agent.unit_code)
    )
    if (await session.exec(stmt)).first() is None:
        raise NotTargeted(f"announcement {announcement_id} is not in your feed")
    existing = await session.get(Acknowledgement, (announcement_id, agent.id))
    if existing is not None:
        return existing
    ack = Acknowledgement(
        announcement_id=announcement_id,
        agent_id=agent.id or 0,
        unit_code=agent.unit_code,
        acknowledged_at=utcnow(),
    )
    session.add(ack)
    await session.flush()
    return ack


def _rate(targeted: int, acknowledged: int) -> Decimal:
    if targeted == 0:
        return Decimal("0.0000")
    unread = Decimal(targeted - acknowledged) / Decimal(targeted)
    return unread.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


async def readership(session: AsyncSession, *, row: Announcement, tree: OrgTree) -> Readership:
    """Targeted active agents, acknowledgements and the unread rate, per unit."""
    day = today()
    codes = (
        sorted(tree.subtree_codes([row.target_unit_code]) | {row.target_unit_code})
        if row.include_descendants
        else [row.target_unit_code]
    )
    agents = (
        await session.exec(
            select(Agent).where(
                col(Agent.unit_code).in_(codes),
                or_(col(Agent.left_on).is_(None), col(Agent.left_on) >= day),
            )
        )
    ).all()
    unit_of = {a.id: a.unit_code for a in agents}
    acks = (
        await session.exec(
            select(Acknowledgement.agent_id).where(Acknowledgement.announcement_id == row.id)
        )
    ).all()
    targeted = Counter(unit_of.values())
    acked = Counter(unit_of[a] for a in acks if a in unit_of)
    units = [
        UnitReadership(
            unit_code=code,
            targeted=targeted[code],
            acknowledged=acked[code],
            unread_rate=_rate(targeted[code], acked[code]),
        )
        for code in sorted(targeted)
    ]
    total, done = sum(targeted.values()), sum(acked.values())
    return Readership(
        announcement_id=row.id or 0,
        targeted=total,
        acknowledged=done,
        unread_rate=_rate(total, done),
        units=units,
    )
