"""HTTP API of real estate: sites, buildings, spaces, occupants, leases, costs, occupancy."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.realestate import service
from facilities_svc.realestate.models import (
    Building,
    BuildingCost,
    Lease,
    Occupant,
    Site,
    Space,
)
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
    paginate,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.auth.scope import OrgScope
from sg_common.clock import today
from sg_common.deps import SessionDep
from sg_common.documents import document_router
from sg_common.errors import problem_responses
from sg_common.months import add_months

router = APIRouter(tags=["real-estate"])


def _apply(record: Site | Building | Space | Lease, changes: dict[str, object]) -> None:
    for key, value in changes.items():
        setattr(record, key, value.value if hasattr(value, "value") else value)
    record.version += 1


# sites ---------------------------------------------------------------------------------------
@router.post("/sites", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_site(
    body: SiteCreate, session: SessionDep, scope: Scope, request: Request, _m: Caller
) -> SitePublic:
    request.app.state.org_tree.require(body.unit_code)
    scope.check(body.unit_code)
    await service.ensure_unique_code(session, Site, body.code)
    site = Site(**body.model_dump())
    session.add(site)
    await session.flush()
    return SitePublic.model_validate(site)


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
    stmt = scope.apply(select(Site), col(Site.unit_code))
    if unit_code is not None:
        stmt = stmt.where(Site.unit_code == unit_code)
    rows, nxt = await paginate(
        session, stmt, order_by=[col(Site.id)], limit=limit, cursor=cursor, listing=listing
    )
    return SitePage(
        items=[SitePublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


@router.get("/sites/{site_id}", responses=problem_responses(404))
async def get_site(
    site_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> SitePublic:
    site = await service.get_in_scope(session, Site, site_id, scope, "site")
    set_etag(response, site.version)
    return SitePublic.model_validate(site)


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
    site = await service.get_in_scope(session, Site, site_id, scope, "site")
    check_if_match(if_match, site.version)
    _apply(site, body.model_dump(exclude_unset=True))
    session.add(site)
    await session.flush()
    set_etag(response, site.version)
    return SitePublic.model_validate(site)


# buildings -----------------------------------------------------------------------------------
@router.post(
    "/buildings", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409)
)
async def create_building(
    body: BuildingCreate, session: SessionDep, scope: Scope, _m: Caller
) -> BuildingPublic:
    site = await service.get_in_scope(session, Site, body.site_id, scope, "site")
    await service.ensure_unique_code(session, Building, body.code)
    building = Building(**body.model_dump(mode="json"), unit_code=site.unit_code)
    session.add(building)
    await session.flush()
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
    stmt = scope.apply(select(Building), col(Building.unit_code))
    if site_id is not None:
        stmt = stmt.where(Building.site_id == site_id)
    rows, nxt = await paginate(
        session, stmt, order_by=[col(Building.id)], limit=limit, cursor=cursor, listing=listing
    )
    return BuildingPage(
        items=[BuildingPublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


@router.get("/buildings/{building_id}", responses=problem_responses(404))
async def get_building(
    building_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> BuildingPublic:
    building = await service.get_in_scope(session, Building, building_id, scope, "building")
    set_etag(response, building.version)
    return BuildingPublic.model_validate(building)


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
    building = await service.get_in_scope(session, Building, building_id, scope, "building")
    check_if_match(if_match, building.version)
    _apply(building, body.model_dump(exclude_unset=True))
    session.add(building)
    await session.flush()
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
    building = await service.get_in_scope(session, Building, building_id, scope, "building")
    cost = BuildingCost(
        building_id=building_id, unit_code=building.unit_code, **body.model_dump(mode="json")
    )
    session.add(cost)
    await session.flush()
    return CostPublic.model_validate(cost)


@router.get("/buildings/{building_id}/costs", responses=problem_responses(404))
async def list_costs(
    building_id: int,
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    year: int | None = None,
) -> list[CostPublic]:
    await service.get_in_scope(session, Building, building_id, scope, "building")
    stmt = select(BuildingCost).where(BuildingCost.building_id == building_id)
    if year is not None:
        stmt = stmt.where(BuildingCost.year == year)
    rows = await session.exec(stmt.order_by(col(BuildingCost.year), col(BuildingCost.id)))
    return [CostPublic.model_validate(r) for r in rows.all()]


# spaces --------------------------------------------------------------------------------------
@router.post("/spaces", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409))
async def create_space(
    body: SpaceCreate, session: SessionDep, scope: Scope, request: Request, _m: Caller
) -> SpacePublic:
    await service.get_in_scope(session, Building, body.building_id, scope, "building")
    request.app.state.org_tree.require(body.unit_code)
    scope.check(body.unit_code)
    await service.ensure_unique_code(session, Space, body.code, building_id=body.building_id)
    space = Space(**body.model_dump(mode="python"))
    space.kind = body.kind.value
    session.add(space)
    await session.flush()
    return SpacePublic.model_validate(space)


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
    stmt = scope.apply(select(Space), col(Space.unit_code))
    if building_id is not None:
        stmt = stmt.where(Space.building_id == building_id)
    if unit_code is not None:
        stmt = stmt.where(Space.unit_code == unit_code)
    rows, nxt = await paginate(
        session, stmt, order_by=[col(Space.id)], limit=limit, cursor=cursor, listing=listing
    )
    return SpacePage(
        items=[SpacePublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


@router.get("/spaces/{space_id}", responses=problem_responses(404))
async def get_space(
    space_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> SpacePublic:
    space = await service.get_in_scope(session, Space, space_id, scope, "space")
    set_etag(response, space.version)
    return SpacePublic.model_validate(space)


@router.patch("/spaces/{space_id}", responses=problem_responses(404, 412, 428))
async def update_space(
    space_id: int,
    body: SpaceUpdate,
    session: SessionDep,
    scope: Scope,
    request: Request,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> SpacePublic:
    space = await service.get_in_scope(session, Space, space_id, scope, "space")
    check_if_match(if_match, space.version)
    if body.unit_code is not None:
        request.app.state.org_tree.require(body.unit_code)
        scope.check(body.unit_code)
    _apply(space, body.model_dump(exclude_unset=True))
    session.add(space)
    await session.flush()
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
    stmt = scope.apply(select(Occupant), col(Occupant.unit_code))
    if unit_code is not None:
        stmt = stmt.where(Occupant.unit_code == unit_code)
    if space_id is not None:
        stmt = stmt.where(Occupant.space_id == space_id)
    if current:
        stmt = stmt.where(col(Occupant.end_date).is_(None))
    rows, nxt = await paginate(
        session, stmt, order_by=[col(Occupant.id)], limit=limit, cursor=cursor, listing=listing
    )
    return OccupantPage(
        items=[OccupantPublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


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
    occupant = await service.get_in_scope(session, Occupant, occupant_id, scope, "occupant")
    check_if_match(if_match, occupant.version)
    space = (
        await service.get_in_scope(session, Space, body.space_id, scope, "space", lock=True)
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
    building = await service.get_in_scope(session, Building, body.building_id, scope, "building")
    service.check_lease_period(body.start_date, body.end_date)
    lease = Lease(**body.model_dump(mode="python"), unit_code=building.unit_code)
    session.add(lease)
    await session.flush()
    return LeasePublic.model_validate(lease)


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
    stmt = scope.apply(select(Lease), col(Lease.unit_code))
    if building_id is not None:
        stmt = stmt.where(Lease.building_id == building_id)
    if ending_within_months is not None:
        day = today()
        stmt = stmt.where(
            Lease.end_date >= day,
            Lease.end_date <= add_months(day, ending_within_months),
        )
    rows, nxt = await paginate(
        session,
        stmt,
        order_by=[col(Lease.end_date), col(Lease.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return LeasePage(
        items=[LeasePublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


@router.get("/leases/{lease_id}", responses=problem_responses(404))
async def get_lease(
    lease_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> LeasePublic:
    lease = await service.get_in_scope(session, Lease, lease_id, scope, "lease")
    set_etag(response, lease.version)
    return LeasePublic.model_validate(lease)


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
    lease = await service.get_in_scope(session, Lease, lease_id, scope, "lease")
    check_if_match(if_match, lease.version)
    if body.end_date is not None:
        service.check_lease_period(lease.start_date, body.end_date)
    _apply(lease, body.model_dump(exclude_unset=True))
    session.add(lease)
    await session.flush()
    set_etag(response, lease.version)
    return LeasePublic.model_validate(lease)


# occupancy -----------------------------------------------------------------------------------
@router.get("/occupancy", summary="m² SUN per workstation against the State's standard")
async def occupancy(
    session: SessionDep, scope: Scope, request: Request, _r: Caller, site_id: int | None = None
) -> OccupancyReport:
    standard = request.app.state.settings.occupancy_standard_m2
    return await service.occupancy(session, scope=scope, standard=standard, site_id=site_id)


async def _lease_in_scope(session: AsyncSession, scope: OrgScope, record_id: int) -> object:
    return await service.get_in_scope(session, Lease, record_id, scope, "lease")


# The signed lease, its amendments and the inventory of fixtures.
router.include_router(
    document_router(
        path="/leases/{record_id}", tag="real-estate", name="lease", load=_lease_in_scope
    )
)
