"""Licence rules: seats are never over-assigned, expired licences are not assigned."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.inventory.models import ConfigurationItem
from it_svc.licences.models import Licence, LicenceAssignment
from it_svc.licences.schemas import (
    AssignmentCreate,
    ExpiringLicence,
    LicenceCreate,
    LicenceUpdate,
    LicenceUsage,
)
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, NotFound
from sg_common.org import OrgTree
from sg_common.repository import Repository

#: Licences; ``LICENCES.get(..., lock=True)`` serialises seat assignment.
LICENCES = Repository(Licence, what="licence")


class LicenceSeatsExhausted(BusinessRuleViolation):
    type_slug = "licence-seats-exhausted"
    title = "Every seat of the licence is assigned"


class LicenceExpired(BusinessRuleViolation):
    type_slug = "licence-expired"
    title = "The licence has expired"


class SeatsBelowUsage(BusinessRuleViolation):
    type_slug = "seats-below-usage"
    title = "Fewer seats than seats assigned"


class AlreadyAssigned(BusinessRuleViolation):
    type_slug = "already-assigned"
    title = "This agent or machine already holds a seat"


class RetiredItemNotAssignable(BusinessRuleViolation):
    type_slug = "retired-item-not-assignable"
    title = "A retired item gets no licence seat"


def _active() -> Any:
    return col(LicenceAssignment.released_on).is_(None)


async def seats_used(session: AsyncSession, licence_ids: Iterable[int]) -> dict[int, int]:
    """Active assignments per licence."""
    ids = list(licence_ids)
    if not ids:
        return {}
    stmt = (
        select(LicenceAssignment.licence_id, func.count())
        .where(col(LicenceAssignment.licence_id).in_(ids), _active())
        .group_by(col(LicenceAssignment.licence_id))
    )
    counts = {licence_id: int(n) for licence_id, n in (await session.exec(stmt)).all()}
    return {i: counts.get(i, 0) for i in ids}


async def create_licence(
    session: AsyncSession, *, tree: OrgTree, scope: OrgScope, body: LicenceCreate
) -> Licence:
    """Record a licence bought for a unit."""
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    now = utcnow()
    licence = Licence(
        **body.model_dump(exclude={"licence_type"}),
        licence_type=body.licence_type.value,
        created_at=now,
        updated_at=now,
    )
    session.add(licence)
    await session.flush()
    return licence


async def list_licences(
    session: AsyncSession,
    *,
    scope: OrgScope,
    unit_code: str | None,
    software: str | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[Licence], str | None]:
    """Licences in scope."""
    stmt = scope.apply(select(Licence), col(Licence.unit_code))
    if unit_code:
        stmt = stmt.where(Licence.unit_code == unit_code)
    if software:
        stmt = stmt.where(func.lower(Licence.software) == software.lower())
    return await paginate(
        session, stmt, order_by=[col(Licence.id)], limit=limit, cursor=cursor, listing=listing
    )


async def update_licence(
    session: AsyncSession, *, licence: Licence, body: LicenceUpdate
) -> Licence:
    """Change seats (never below the seats assigned), expiry or publisher."""
    changes = body.model_dump(exclude_unset=True)
    if changes.get("seats") is not None:
        assert licence.id is not None
        used = (await seats_used(session, [licence.id]))[licence.id]
        if changes["seats"] < used:
            raise SeatsBelowUsage(
                f"{used} seats of licence {licence.id} are assigned: release some before "
                f"reducing to {changes['seats']}",
                extra={"seats_used": used},
            )
    if LICENCES.patch(licence, body):
        licence.updated_at = utcnow()
    await session.flush()
    return licence


async def assign(
    session: AsyncSession, *, scope: OrgScope, licence: Licence, body: AssignmentCreate
) -> LicenceAssignment:
    """Give a seat to an agent or a machine; refuse beyond the seats and after expiry."""
    assert licence.id is not None
    day = today()
    if licence.expires_on is not None and licence.expires_on < day:
        raise LicenceExpired(f"licence {licence.id} expired on {licence.expires_on}")
    if body.item_id is not None:
        from it_svc.inventory.service import ITEMS  # inventory retires through licences

        item = await ITEMS.get(session, body.item_id, scope)
        if item.status == "retired":
            raise RetiredItemNotAssignable(f"item {item.id} is retired")
    duplicate = select(LicenceAssignment.id).where(
        LicenceAssignment.licence_id == licence.id, _active()
    )
    if body.agent_id is not None:
        duplicate = duplicate.where(LicenceAssignment.agent_id == body.agent_id)
    else:
        duplicate = duplicate.where(LicenceAssignment.item_id == body.item_id)
    if (await session.exec(duplicate)).first() is not None:
        target = f"agent {body.agent_id}" if body.agent_id else f"item {body.item_id}"
        raise AlreadyAssigned(f"{target} already holds a seat of licence {licence.id}")
    used = (await seats_used(session, [licence.id]))[licence.id]
    if used >= licence.seats:
        raise LicenceSeatsExhausted(
            f"licence {licence.id} ({licence.software}) has {licence.seats} seats, all assigned:"
            " release a seat or add seats",
            extra={"seats": licence.seats, "seats_used": used},
        )
    assignment = LicenceAssignment(
        licence_id=licence.id,
        agent_id=body.agent_id,
        item_id=body.item_id,
        assigned_on=day,
        created_at=utcnow(),
    )
    session.add(assignment)
    await session.flush()
    return assignment


async def list_assignments(
    session: AsyncSession, *, licence: Licence, active_only: bool
) -> list[LicenceAssignment]:
    stmt = select(LicenceAssignment).where(LicenceAssignment.licence_id == licence.id)
    if active_only:
        stmt = stmt.where(_active())
    return list((await session.exec(stmt.order_by(col(LicenceAssignment.id)))).all())


async def release(session: AsyncSession, *, licence: Licence, assignment_id: int) -> None:
    """Free a seat (the assignment is kept, with its release date)."""
    stmt = select(LicenceAssignment).where(
        LicenceAssignment.id == assignment_id,
        LicenceAssignment.licence_id == licence.id,
        _active(),
    )
    assignment = (await session.exec(stmt)).first()
    if assignment is None:
        raise NotFound(f"no active assignment {assignment_id} on licence {licence.id}")
    assignment.released_on = today()
    session.add(assignment)
    await session.flush()


async def release_for_item(session: AsyncSession, *, item_id: int, on: date) -> None:
    """A retired machine frees its seats."""
    stmt = select(LicenceAssignment).where(LicenceAssignment.item_id == item_id, _active())
    for assignment in (await session.exec(stmt)).all():
        assignment.released_on = on
        session.add(assignment)
    await session.flush()


async def expiring(
    session: AsyncSession, *, scope: OrgScope, within_days: int
) -> list[ExpiringLicence]:
    """Licences expiring within the next ``within_days`` days (expired ones excluded)."""
    day = today()
    stmt = scope.apply(
        select(Licence).where(
            col(Licence.expires_on).is_not(None),
            col(Licence.expires_on) >= day,
            col(Licence.expires_on) <= day + timedelta(days=within_days),
        ),
        col(Licence.unit_code),
    ).order_by(col(Licence.expires_on), col(Licence.id))
    licences = list((await session.exec(stmt)).all())
    used = await seats_used(session, [lic.id for lic in licences if lic.id is not None])
    return [
        ExpiringLicence(
            id=lic.id or 0,
            unit_code=lic.unit_code,
            software=lic.software,
            expires_on=lic.expires_on or day,
            days_left=((lic.expires_on or day) - day).days,
            seats=lic.seats,
            seats_used=used.get(lic.id or 0, 0),
        )
        for lic in licences
    ]


async def over_use(session: AsyncSession, *, tree: OrgTree, scope: OrgScope) -> list[LicenceUsage]:
    """Licences whose deployed installs (software items of the unit's subtree) or assigned
    seats exceed the seats bought."""
    stmt = scope.apply(select(Licence), col(Licence.unit_code)).order_by(col(Licence.id))
    licences = list((await session.exec(stmt)).all())
    used = await seats_used(session, [lic.id for lic in licences if lic.id is not None])
    report: list[LicenceUsage] = []
    for lic in licences:
        units = sorted(tree.subtree_codes([lic.unit_code]))
        installs_stmt = (
            select(func.count())
            .select_from(ConfigurationItem)
            .where(
                ConfigurationItem.kind == "software",
                func.lower(ConfigurationItem.model) == lic.software.lower(),
                col(ConfigurationItem.status).in_(["deployed", "in_repair"]),
                col(ConfigurationItem.unit_code).in_(units),
            )
        )
        installs = int((await session.exec(installs_stmt)).one())
        seats_taken = used.get(lic.id or 0, 0)
        excess = max(installs, seats_taken) - lic.seats
        if excess > 0:
            report.append(
                LicenceUsage(
                    id=lic.id or 0,
                    unit_code=lic.unit_code,
                    software=lic.software,
                    seats=lic.seats,
                    seats_used=seats_taken,
                    installs=installs,
                    excess=excess,
                )
            )
    return report
