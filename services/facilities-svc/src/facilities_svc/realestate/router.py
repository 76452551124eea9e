"""HTTP API of real estate: sites, buildings, spaces, occupants, leases, costs, occupancy."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from facilities_svc.realestate import service
from facilities_svc.realestate.models import Building, Lease, Occupant, Site, Space
from facilities_svc.realestate.schemas import (
    BuildingCreate,
    BuildingPage,
    BuildingPublic,
    BuildingUpdate,
    CostCreate,
    CostPublic,
    LeaseCreate,
    LeasePage,
    LeasePublic,
    LeaseUpdate,
    OccupancyReport,
    OccupantPage,
    OccupantPublic,
    SeatAssignment,
    SiteCreate,
    SitePage,
    SitePublic,
    SiteUpdate,
    SpaceCreate,
    SpacePage,
    SpacePublic,
    SpaceUpdate,
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
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.documents import document_router
from sg_common.errors import problem_responses

router = APIRouter(tags=["real-estate"])


# sites ---------------------------------------------------------------------------------------
@router.post("/sites", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_site(
    body: SiteCreate, session: SessionDep, scope: Scope, tree: OrgTreeDep, _m: Caller
) -> SitePublic:
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    return SitePublic.model_validate(await service.create_site(session, body))


SITE_SORT = Sort(Site, "code", "name", "city", "unit_code")


@router.get("/sites")
async def list_sites(
    listing: Annotated[Listing, SITE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> SitePage:
    items, nxt = await service.SITES.page(
        session, scope, listing, SitePublic, limit=limit, cursor=cursor, unit_code=unit_code
    )
    return SitePage(items=items, next_cursor=nxt, total=listing.total)


@router.get("/sites/{site_id}", responses=problem_responses(404))
async def get_site(
    site_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> SitePublic:
    site = await service.SITES.read(session, site_id, scope, SitePublic)
    set_etag(response, site.version)
    return site


@router.patch("/sites/{site_id}", responses=problem_responses(404, 412, 428))
async def update_site(
    site_id: int,
    body: SiteUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> SitePublic:
    site = await service.SITES.get(session, site_id, scope)
    check_if_match(if_match, site.version)
    service.SITES.patch(site, body)
    set_etag(response, site.version)
    return SitePublic.model_validate(site)


# buildings -----------------------------------------------------------------------------------
@router.post(
    "/buildings", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409)
)
async def create_building(
    body: BuildingCreate, session: SessionDep, scope: Scope, _m: Caller
) -> BuildingPublic:
    site = await service.SITES.get(session, body.site_id, scope)
    building = await service.create_building(session, body, site=site)
    return BuildingPublic.model_validate(building)


BUILDING_SORT = Sort(Building, "code", "name", "floors", "tenure", "unit_code")


@router.get("/buildings")
async def list_buildings(
    listing: Annotated[Listing, BUILDING_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    site_id: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> BuildingPage:
    items, nxt = await service.BUILDINGS.page(
        session, scope, listing, BuildingPublic, limit=limit, cursor=cursor, site_id=site_id
    )
    return BuildingPage(items=items, next_cursor=nxt, total=listing.total)


@router.get("/buildings/{building_id}", responses=problem_responses(404))
async def get_building(
    building_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> BuildingPublic:
    building = await service.BUILDINGS.read(session, building_id, scope, BuildingPublic)
    set_etag(response, building.version)
    return building


@router.patch("/buildings/{building_id}", responses=problem_responses(404, 412, 428))
async def update_building(
    building_id: int,
    body: BuildingUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> BuildingPublic:
    building = await service.BUILDINGS.get(session, building_id, scope)
    check_if_match(if_match, building.version)
    service.BUILDINGS.patch(building, body)
    set_etag(response, building.version)
    return BuildingPublic.model_validate(building)


@router.post(
    "/buildings/{building_id}/costs",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404),
    summary="Record a yearly cost of a building",
)
async def create_cost(
    building_id: int, body: CostCreate, session: SessionDep, scope: Scope, _m: Caller
) -> CostPublic:
    building = await service.BUILDINGS.get(session, building_id, scope)
    return CostPublic.model_validate(await service.create_cost(session, body, building=building))


@router.get("/buildings/{building_id}/costs", responses=problem_responses(404))
async def list_costs(
    building_id: int,
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    year: int | None = None,
) -> list[CostPublic]:
    await service.BUILDINGS.exists(session, building_id, scope)
    return await service.costs(session, building_id, year=year)


# spaces --------------------------------------------------------------------------------------
@router.post("/spaces", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409))
async def create_space(
    body: SpaceCreate, session: SessionDep, scope: Scope, tree: OrgTreeDep, _m: Caller
) -> SpacePublic:
    await service.BUILDINGS.exists(session, body.building_id, scope)
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    return SpacePublic.model_validate(await service.create_space(session, body))


SPACE_SORT = Sort(Space, "code", "floor", "kind", "sun_m2", "workstations", "unit_code")


@router.get("/spaces")
async def list_spaces(
    listing: Annotated[Listing, SPACE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    building_id: int | None = None,
    unit_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> SpacePage:
    items, nxt = await service.SPACES.page(
        session,
        scope,
        listing,
        SpacePublic,
        limit=limit,
        cursor=cursor,
        building_id=building_id,
        unit_code=unit_code,
    )
    return SpacePage(items=items, next_cursor=nxt, total=listing.total)


@router.get("/spaces/{space_id}", responses=problem_responses(404))
async def get_space(
    space_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> SpacePublic:
    space = await service.SPACES.read(session, space_id, scope, SpacePublic)
    set_etag(response, space.version)
    return space


@router.patch("/spaces/{space_id}", responses=problem_responses(404, 412, 428))
async def update_space(
    space_id: int,
    body: SpaceUpdate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> SpacePublic:
    space = await service.SPACES.get(session, space_id, scope)
    check_if_match(if_match, space.version)
    if body.unit_code is not None:
        tree.require(body.unit_code)
        scope.check(body.unit_code)
    service.SPACES.patch(space, body)
    set_etag(response, space.version)
    return SpacePublic.model_validate(space)


# occupants -----------------------------------------------------------------------------------
OCCUPANT_SORT = Sort(Occupant, "unit_code", "start_date", "end_date")


@router.get("/occupants", summary="Occupants (from HR assignments) in scope")
async def list_occupants(
    listing: Annotated[Listing, OCCUPANT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    space_id: int | None = None,
    current: bool = True,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> OccupantPage:
    items, nxt = await service.OCCUPANTS.page(
        session,
        scope,
        listing,
        OccupantPublic,
        limit=limit,
        cursor=cursor,
        where=service.current_occupants(current),
        unit_code=unit_code,
        space_id=space_id,
    )
    return OccupantPage(items=items, next_cursor=nxt, total=listing.total)


@router.put(
    "/occupants/{occupant_id}/space",
    responses=problem_responses(404, 409, 412, 428),
    summary="Seat an occupant at a workstation of a space (or unseat with null)",
)
async def assign_seat(
    occupant_id: int,
    body: SeatAssignment,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> OccupantPublic:
    occupant = await service.OCCUPANTS.get(session, occupant_id, scope)
    check_if_match(if_match, occupant.version)
    space = (
        await service.SPACES.get(session, body.space_id, scope, lock=True)
        if body.space_id is not None
        else None
    )
    occupant = await service.assign_seat(session, occupant=occupant, space=space)
    set_etag(response, occupant.version)
    return OccupantPublic.model_validate(occupant)


# leases --------------------------------------------------------------------------------------
@router.post("/leases", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409))
async def create_lease(
    body: LeaseCreate, session: SessionDep, scope: Scope, _m: Caller
) -> LeasePublic:
    building = await service.BUILDINGS.get(session, body.building_id, scope)
    return LeasePublic.model_validate(await service.create_lease(session, body, building=building))


LEASE_SORT = Sort(Lease, "owner", "annual_rent", "start_date", "end_date", "unit_code")


@router.get("/leases", summary="Leases in scope, soonest end first")
async def list_leases(
    listing: Annotated[Listing, LEASE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    building_id: int | None = None,
    ending_within_months: Annotated[
        int | None, Query(ge=0, le=120, description="Only leases ending within N months")
    ] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> LeasePage:
    items, nxt = await service.LEASES.page(
        session,
        scope,
        listing,
        LeasePublic,
        limit=limit,
        cursor=cursor,
        where=service.ending_within(ending_within_months),
        order_by=[service.LEASES.table.c.end_date, service.LEASES.table.c.id],
        building_id=building_id,
    )
    return LeasePage(items=items, next_cursor=nxt, total=listing.total)


@router.get("/leases/{lease_id}", responses=problem_responses(404))
async def get_lease(
    lease_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> LeasePublic:
    lease = await service.LEASES.read(session, lease_id, scope, LeasePublic)
    set_etag(response, lease.version)
    return lease


@router.patch("/leases/{lease_id}", responses=problem_responses(404, 412, 428))
async def update_lease(
    lease_id: int,
    body: LeaseUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> LeasePublic:
    lease = await service.LEASES.get(session, lease_id, scope)
    check_if_match(if_match, lease.version)
    service.update_lease(lease, body)
    set_etag(response, lease.version)
    return LeasePublic.model_validate(lease)


# occupancy -----------------------------------------------------------------------------------
@router.get("/occupancy", summary="m² SUN per workstation against the State's standard")
async def occupancy(
    session: SessionDep, scope: Scope, request: Request, _r: Caller, site_id: int | None = None
) -> OccupancyReport:
    standard = request.app.state.settings.occupancy_standard_m2
    return await service.occupancy(session, scope=scope, standard=standard, site_id=site_id)


# The signed lease, its amendments and the inventory of fixtures.
router.include_router(
    document_router(
        path="/leases/{record_id}", tag="real-estate", name="lease", load=service.LEASES
    )
)
