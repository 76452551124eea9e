"""HTTP routes of workstation profiles and rollout campaigns."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

from production_svc.workstations import service
from production_svc.workstations.models import RolloutCampaign, WorkstationProfile
from production_svc.workstations.schemas import (
    CampaignCreate,
    CampaignPage,
    CampaignPublic,
    CampaignUnitPublic,
    CampaignUpdate,
    ProfileCreate,
    ProfilePage,
    ProfilePublic,
    ProfileUpdate,
    ProgressReport,
)
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import today
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import problem_responses

profiles = APIRouter(prefix="/workstation-profiles", tags=["workstations"])
campaigns = APIRouter(prefix="/rollout-campaigns", tags=["workstations"])


@profiles.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_profile(
    body: ProfileCreate, session: SessionDep, response: Response, _m: Caller
) -> ProfilePublic:
    """Define a standard workstation profile (DOMP)."""
    profile = await service.create_profile(session, body=body)
    set_etag(response, profile.version)
    return ProfilePublic.model_validate(profile)


PROFILE_SORT = Sort(WorkstationProfile, "code", "name")


@profiles.get("", summary="List workstation profiles")
async def list_profiles(
    listing: Annotated[Listing, PROFILE_SORT],
    session: SessionDep,
    _r: Caller,
    active: bool | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ProfilePage:
    items, next_cursor = await service.PROFILES.page(
        session, None, listing, ProfilePublic, limit=limit, cursor=cursor, active=active
    )
    return ProfilePage(items=items, next_cursor=next_cursor, total=listing.total)


@profiles.get("/{profile_id}", responses=problem_responses(404))
async def get_profile(
    profile_id: int, session: SessionDep, response: Response, _r: Caller
) -> ProfilePublic:
    profile = await service.PROFILES.read(session, profile_id, None, ProfilePublic)
    set_etag(response, profile.version)
    return profile


@profiles.patch("/{profile_id}", responses=problem_responses(404, 412, 428))
async def update_profile(
    profile_id: int,
    body: ProfileUpdate,
    session: SessionDep,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> ProfilePublic:
    profile = await service.PROFILES.get(session, profile_id)
    check_if_match(if_match, profile.version)
    await service.update_profile(session, profile=profile, body=body)
    set_etag(response, profile.version)
    return ProfilePublic.model_validate(profile)


@campaigns.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_campaign(
    body: CampaignCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _m: Caller,
) -> CampaignPublic:
    """Plan a rollout campaign with a target per unit (DOMP)."""
    campaign = await service.create_campaign(session, tree=tree, body=body)
    set_etag(response, campaign.version)
    return (await service.campaign_views(session, [campaign], scope))[0]


CAMPAIGN_SORT = Sort(RolloutCampaign, "name", "start_date", "due_date")


@campaigns.get("", summary="List rollout campaigns with a unit in scope")
async def list_campaigns(
    listing: Annotated[Listing, CAMPAIGN_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CampaignPage:
    """Campaigns with their progress over the units the caller sees."""
    items, next_cursor = await service.list_campaigns(
        session, scope, listing, limit=limit, cursor=cursor
    )
    return CampaignPage(items=items, next_cursor=next_cursor, total=listing.total)


@campaigns.get("/{campaign_id}", responses=problem_responses(404))
async def get_campaign(
    campaign_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> CampaignPublic:
    """Progress: done / target, expected pace, late units."""
    campaign = await service.get_campaign(session, campaign_id, scope)
    set_etag(response, campaign.version)
    return (await service.campaign_views(session, [campaign], scope))[0]


@campaigns.patch("/{campaign_id}", responses=problem_responses(404, 409, 412, 428))
async def update_campaign(
    campaign_id: int,
    body: CampaignUpdate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> CampaignPublic:
    campaign = await service.get_campaign(session, campaign_id, scope)
    check_if_match(if_match, campaign.version)
    await service.update_campaign(session, tree=tree, campaign=campaign, body=body)
    set_etag(response, campaign.version)
    return (await service.campaign_views(session, [campaign], scope))[0]


@campaigns.patch(
    "/{campaign_id}/units/{unit_code}", responses=problem_responses(404, 409, 412, 428)
)
async def report_progress(
    campaign_id: int,
    unit_code: Line,
    body: ProgressReport,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _w: Caller,
    if_match: IfMatchHeader = None,
) -> CampaignUnitPublic:
    """A unit reports its deployed workstations (If-Match: the unit line's version)."""
    campaign = await service.get_campaign(session, campaign_id, scope)
    row = await service.get_campaign_unit(session, campaign, unit_code, scope)
    check_if_match(if_match, row.version)
    await service.report_progress(session, campaign=campaign, row=row, done=body.done)
    set_etag(response, row.version)
    view = service.campaign_public(campaign, "", [row], today())
    return view.units[0]
