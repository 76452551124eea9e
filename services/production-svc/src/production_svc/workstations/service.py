"""Workstation profiles and rollout campaigns: targets per unit, progress, late units."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, exists
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from production_svc.workstations.models import CampaignUnit, RolloutCampaign, WorkstationProfile
from production_svc.workstations.schemas import (
    CampaignCreate,
    CampaignPublic,
    CampaignState,
    CampaignUnitPublic,
    CampaignUpdate,
    ProfileCreate,
    ProfileUpdate,
)
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, NotFound, UnprocessableEntity
from sg_common.org import OrgTree
from sg_common.repository import Repository

TENTH = Decimal("0.1")

#: Profiles are the ministry's (not scoped by unit).
PROFILES = Repository(WorkstationProfile, what="profile", unit=None)
#: A campaign is seen through its units (``get_campaign``): the repository changes it.
CAMPAIGNS = Repository(RolloutCampaign, what="campaign", unit=None)
#: A unit's line of a campaign (found by campaign and unit: ``get_campaign_unit``).
CAMPAIGN_UNITS = Repository(CampaignUnit, what="campaign unit")


class DuplicateProfileCode(BusinessRuleViolation):
    type_slug = "duplicate-profile-code"
    title = "A workstation profile with this code exists"


class InactiveProfile(BusinessRuleViolation):
    type_slug = "inactive-profile"
    title = "Campaigns roll out active profiles only"


class UnknownProfile(UnprocessableEntity):
    type_slug = "unknown-profile"
    title = "No workstation profile has this code"


class RolloutOverTarget(BusinessRuleViolation):
    type_slug = "rollout-over-target"
    title = "More workstations done than the unit's target"


class CampaignClosed(BusinessRuleViolation):
    type_slug = "campaign-closed"
    title = "The campaign is closed"


# --- profiles ---------------------------------------------------------------------------------
async def create_profile(session: AsyncSession, *, body: ProfileCreate) -> WorkstationProfile:
    """Define a standard workstation profile."""
    taken = await session.exec(
        select(WorkstationProfile.id).where(col(WorkstationProfile.code) == body.code)
    )
    if taken.first() is not None:
        raise DuplicateProfileCode(f"profile code {body.code} is already used")
    profile = WorkstationProfile(**body.model_dump())
    session.add(profile)
    await session.flush()
    return profile


async def update_profile(
    session: AsyncSession, *, profile: WorkstationProfile, body: ProfileUpdate
) -> WorkstationProfile:
    """Change a profile (or retire it: active = false)."""
    PROFILES.patch(profile, body)
    await session.flush()
    return profile


# --- campaigns --------------------------------------------------------------------------------
def visible_campaigns(scope: OrgScope) -> SelectOfScalar[RolloutCampaign]:
    """``select(RolloutCampaign)`` limited to campaigns with a unit in scope."""
    stmt = select(RolloutCampaign)
    if scope.visible is None:
        return stmt
    return stmt.where(
        exists().where(
            and_(
                col(CampaignUnit.campaign_id) == col(RolloutCampaign.id),
                col(CampaignUnit.unit_code).in_(sorted(scope.visible)),
            )
        )
    )


async def get_campaign(session: AsyncSession, campaign_id: int, scope: OrgScope) -> RolloutCampaign:
    """A campaign with a unit in scope (404 otherwise)."""
    stmt = visible_campaigns(scope).where(col(RolloutCampaign.id) == campaign_id)
    campaign: RolloutCampaign | None = (await session.exec(stmt)).first()
    if campaign is None:
        raise NotFound(f"campaign {campaign_id} does not exist")
    return campaign


async def list_campaigns(
    session: AsyncSession, scope: OrgScope, listing: Listing, *, limit: int, cursor: str | None
) -> tuple[list[CampaignPublic], str | None]:
    """Campaigns with a unit in scope, with their progress over the units the caller sees."""
    rows, next_cursor = await paginate(
        session,
        visible_campaigns(scope),
        order_by=[col(RolloutCampaign.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return await campaign_views(session, rows, scope), next_cursor


def elapsed_share(start: date, due: date, on: date) -> Decimal:
    """Share of the campaign's duration elapsed on ``on`` (0..1)."""
    if on < start:
        return Decimal(0)
    if on >= due:
        return Decimal(1)
    return Decimal((on - start).days) / Decimal((due - start).days)


def expected_done(target: int, share: Decimal) -> int:
    """Workstations a unit should have done at a steady pace (rounded down)."""
    return int(target * share)


def _percent(done: int, target: int) -> Decimal:
    if target == 0:
        return Decimal(0)
    return (Decimal(done) * 100 / target).quantize(TENTH, rounding=ROUND_HALF_UP)


def campaign_public(
    campaign: RolloutCampaign,
    profile_code: str,
    units: Sequence[CampaignUnit],
    on: date,
) -> CampaignPublic:
    """Progress of a campaign over the given units."""
    assert campaign.id is not None
    share = elapsed_share(campaign.start_date, campaign.due_date, on)
    unit_views = []
    for u in sorted(units, key=lambda x: x.unit_code):
        expected = expected_done(u.target, share)
        unit_views.append(
            CampaignUnitPublic(
                unit_code=u.unit_code,
                target=u.target,
                done=u.done,
                expected=expected,
                percent=_percent(u.done, u.target),
                late=u.done < expected,
                version=u.version,
            )
        )
    target = sum(u.target for u in units)
    done = sum(u.done for u in units)
    if campaign.closed:
        state = CampaignState.closed
    elif target and done >= target:
        state = CampaignState.completed
    elif on < campaign.start_date:
        state = CampaignState.planned
    elif on > campaign.due_date:
        state = CampaignState.overdue
    else:
        state = CampaignState.running
    return CampaignPublic(
        id=campaign.id,
        name=campaign.name,
        profile_code=profile_code,
        start_date=campaign.start_date,
        due_date=campaign.due_date,
        state=state,
        target=target,
        done=done,
        percent=_percent(done, target),
        expected_share=(share * 100).quantize(TENTH, rounding=ROUND_HALF_UP),
        late_units=[u.unit_code for u in unit_views if u.late],
        units=unit_views,
        version=campaign.version,
    )


async def campaign_views(
    session: AsyncSession, campaigns: Sequence[RolloutCampaign], scope: OrgScope
) -> list[CampaignPublic]:
    """Public views, each over the units the scope sees."""
    ids = [c.id for c in campaigns if c.id is not None]
    units: dict[int, list[CampaignUnit]] = defaultdict(list)
    codes: dict[int, str] = {}
    if ids:
        stmt = scope.apply(
            select(CampaignUnit).where(col(CampaignUnit.campaign_id).in_(ids)),
            col(CampaignUnit.unit_code),
        )
        for u in (await session.exec(stmt)).all():
            units[u.campaign_id].append(u)
        profile_ids = sorted({c.profile_id for c in campaigns})
        for p in (
            await session.exec(
                select(WorkstationProfile).where(col(WorkstationProfile.id).in_(profile_ids))
            )
        ).all():
            codes[p.id or 0] = p.code
    on = today()
    return [
        campaign_public(c, codes.get(c.profile_id, ""), units.get(c.id or 0, []), on)
        for c in campaigns
    ]


async def _profile_by_code(session: AsyncSession, code: str) -> WorkstationProfile:
    stmt = select(WorkstationProfile).where(col(WorkstationProfile.code) == code)
    profile = (await session.exec(stmt)).first()
    if profile is None:
        raise UnknownProfile(f"no workstation profile {code}")
    return profile


async def create_campaign(
    session: AsyncSession, *, tree: OrgTree, body: CampaignCreate
) -> RolloutCampaign:
    """Plan a rollout of an active profile with a target per unit."""
    profile = await _profile_by_code(session, body.profile_code)
    if not profile.active:
        raise InactiveProfile(f"profile {profile.code} is retired")
    for u in body.units:
        tree.require(u.unit_code, body.start_date)
    now = utcnow()
    campaign = RolloutCampaign(
        name=body.name,
        profile_id=profile.id or 0,
        start_date=body.start_date,
        due_date=body.due_date,
        created_at=now,
    )
    session.add(campaign)
    await session.flush()
    for u in body.units:
        session.add(
            CampaignUnit(
                campaign_id=campaign.id or 0, unit_code=u.unit_code, target=u.target, updated_at=now
            )
        )
    await session.flush()
    return campaign


async def _units(session: AsyncSession, campaign: RolloutCampaign) -> dict[str, CampaignUnit]:
    stmt = select(CampaignUnit).where(col(CampaignUnit.campaign_id) == campaign.id)
    return {u.unit_code: u for u in (await session.exec(stmt)).all()}


async def update_campaign(
    session: AsyncSession, *, tree: OrgTree, campaign: RolloutCampaign, body: CampaignUpdate
) -> RolloutCampaign:
    """Rename, move the due date, add or change unit targets, close or reopen."""
    if campaign.closed and body.closed is not False:
        raise CampaignClosed(f"campaign {campaign.id} is closed; reopen it first")
    if body.due_date is not None and body.due_date < campaign.start_date:
        raise UnprocessableEntity("due_date must be on or after the start date")
    if not CAMPAIGNS.patch(campaign, body, exclude={"units"}):
        CAMPAIGNS.update(campaign)  # the units' targets only (or nothing): still version + 1
    if body.units is not None:
        existing = await _units(session, campaign)
        now = utcnow()
        for target in body.units:
            row = existing.get(target.unit_code)
            if row is None:
                tree.require(target.unit_code)
                row = CampaignUnit(
                    campaign_id=campaign.id or 0,
                    unit_code=target.unit_code,
                    target=target.target,
                    updated_at=now,
                )
            elif target.target < row.done:
                raise RolloutOverTarget(
                    f"{target.unit_code} already has {row.done} workstations done; "
                    f"the target cannot drop to {target.target}"
                )
            else:
                CAMPAIGN_UNITS.update(row, target=target.target, updated_at=now)
            session.add(row)
    await session.flush()
    return campaign


async def get_campaign_unit(
    session: AsyncSession, campaign: RolloutCampaign, unit_code: str, scope: OrgScope
) -> CampaignUnit:
    """A unit's line of a campaign, in scope (404 otherwise)."""
    stmt = scope.apply(
        select(CampaignUnit).where(
            col(CampaignUnit.campaign_id) == campaign.id, col(CampaignUnit.unit_code) == unit_code
        ),
        col(CampaignUnit.unit_code),
    )
    row = (await session.exec(stmt)).first()
    if row is None:
        raise NotFound(f"campaign {campaign.id} has no unit {unit_code}")
    return row


async def report_progress(
    session: AsyncSession, *, campaign: RolloutCampaign, row: CampaignUnit, done: int
) -> CampaignUnit:
    """A unit reports how many workstations it has deployed (never beyond its target)."""
    if campaign.closed:
        raise CampaignClosed(f"campaign {campaign.id} is closed")
    if done > row.target:
        raise RolloutOverTarget(
            f"{row.unit_code}'s target is {row.target}; {done} done is more than planned: "
            "ask DOMP to raise the target"
        )
    CAMPAIGN_UNITS.update(row, done=done, updated_at=utcnow())
    await session.flush()
    return row
