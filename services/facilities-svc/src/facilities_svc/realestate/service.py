"""Real estate: sites, buildings, spaces, occupants (fed by HR), leases, costs, occupancy."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import select as sa_select
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.realestate.models import Building, BuildingCost, Lease, Occupant, Site, Space
from facilities_svc.realestate.schemas import (
    BuildingCreate,
    BuildingOccupancy,
    CostCreate,
    CostPublic,
    LeaseCreate,
    LeaseUpdate,
    OccupancyReport,
    SiteCreate,
    SpaceCreate,
    UnitOccupancy,
)
from sg_common.auth import OrgScope
from sg_common.clock import today
from sg_common.errors import BusinessRuleViolation, Conflict, UnprocessableEntity
from sg_common.months import add_months
from sg_common.repository import Repository

RATIO = Decimal("0.01")

SITES = Repository(Site, what="site")
BUILDINGS = Repository(Building, what="building")
SPACES = Repository(Space, what="space")
OCCUPANTS = Repository(Occupant, what="occupant")
LEASES = Repository(Lease, what="lease")
COSTS = Repository(BuildingCost, what="building cost")


class DuplicateCode(Conflict):
    type_slug = "duplicate-code"
    title = "The code is taken"


class InvalidLeasePeriod(UnprocessableEntity):
    type_slug = "invalid-lease-period"
    title = "A lease must end after it starts"


class NoFreeWorkstation(BusinessRuleViolation):
    type_slug = "no-free-workstation"
    title = "Every workstation of the space is taken"


class WrongUnitSpace(BusinessRuleViolation):
    type_slug = "wrong-unit-space"
    title = "The space belongs to another unit"


async def ensure_unique_code(
    session: AsyncSession, model: type[Any], code: str, **extra: Any
) -> None:
    """409 when the code is taken (within ``extra``'s parent, if given)."""
    stmt = select(model).where(model.code == code)
    for key, value in extra.items():
        stmt = stmt.where(getattr(model, key) == value)
    if (await session.exec(stmt)).first() is not None:
        raise DuplicateCode(f"{model.__tablename__} code {code} is taken")


async def create_site(session: AsyncSession, body: SiteCreate) -> Site:
    """A new site (409 ``duplicate-code`` when its code is taken)."""
    await ensure_unique_code(session, Site, body.code)
    return await SITES.add(session, Site(**body.model_dump()))


async def create_building(session: AsyncSession, body: BuildingCreate, *, site: Site) -> Building:
    """A new building of ``site``, managed by the site's unit (409 when its code is taken)."""
    await ensure_unique_code(session, Building, body.code)
    return await BUILDINGS.add(
        session, Building(**body.model_dump(mode="json"), unit_code=site.unit_code)
    )


async def create_cost(
    session: AsyncSession, body: CostCreate, *, building: Building
) -> BuildingCost:
    """A yearly cost of ``building``."""
    assert building.id is not None
    return await COSTS.add(
        session,
        BuildingCost(
            building_id=building.id, unit_code=building.unit_code, **body.model_dump(mode="json")
        ),
    )


async def costs(session: AsyncSession, building_id: int, *, year: int | None) -> list[CostPublic]:
    """The building's costs (of ``year``, if given), by year."""
    stmt = select(BuildingCost).where(BuildingCost.building_id == building_id)
    if year is not None:
        stmt = stmt.where(BuildingCost.year == year)
    rows = await session.exec(stmt.order_by(col(BuildingCost.year), col(BuildingCost.id)))
    return [CostPublic.model_validate(r) for r in rows.all()]


async def create_space(session: AsyncSession, body: SpaceCreate) -> Space:
    """A new space of a building (409 when its code is taken in the building)."""
    await ensure_unique_code(session, Space, body.code, building_id=body.building_id)
    space = Space(**body.model_dump(mode="python"))
    space.kind = body.kind.value
    return await SPACES.add(session, space)


async def create_lease(session: AsyncSession, body: LeaseCreate, *, building: Building) -> Lease:
    """A new lease of ``building`` (422 ``invalid-lease-period`` when it ends before it starts)."""
    check_lease_period(body.start_date, body.end_date)
    return await LEASES.add(
        session, Lease(**body.model_dump(mode="python"), unit_code=building.unit_code)
    )


def update_lease(lease: Lease, body: LeaseUpdate) -> Lease:
    """A PATCH of ``lease``: a new end still after the start."""
    if body.end_date is not None:
        check_lease_period(lease.start_date, body.end_date)
    LEASES.patch(lease, body)
    return lease


def ending_within(months: int | None) -> list[ColumnElement[bool]]:
    """The leases ending between today and ``months`` from now (no condition for ``None``)."""
    if months is None:
        return []
    day = today()
    return [col(Lease.end_date) >= day, col(Lease.end_date) <= add_months(day, months)]


def current_occupants(current: bool) -> list[ColumnElement[bool]]:
    """The occupants still in place (no condition unless ``current``)."""
    return [col(Occupant.end_date).is_(None)] if current else []


def check_lease_period(start: date, end: date) -> None:
    if end <= start:
        raise InvalidLeasePeriod(f"the lease ends on {end}, not after it starts on {start}")


async def assign_seat(
    session: AsyncSession, *, occupant: Occupant, space: Space | None
) -> Occupant:
    """Seat an occupant in a space of their unit with a free workstation (or unseat)."""
    if space is not None:
        if space.unit_code != occupant.unit_code:
            raise WrongUnitSpace(
                f"space {space.code} is occupied by {space.unit_code}, the agent works for "
                f"{occupant.unit_code}"
            )
        taken = (
            await session.exec(
                select(func.count())
                .select_from(Occupant)
                .where(Occupant.space_id == space.id, Occupant.id != occupant.id)
                .where(col(Occupant.end_date).is_(None))
            )
        ).one()
        if taken >= space.workstations:
            raise NoFreeWorkstation(
                f"space {space.code} has {space.workstations} workstations, all taken",
                extra={"workstations": space.workstations},
            )
    OCCUPANTS.update(occupant, space_id=space.id if space is not None else None)
    session.add(occupant)
    await session.flush()
    return occupant


async def occupant_assigned(
    session: AsyncSession,
    *,
    assignment_id: str,
    agent_id: str,
    unit_code: str,
    start_date: date,
    end_date: date | None,
) -> Occupant:
    """``agent.assigned``: a new occupant; their previous open occupancy elsewhere ends."""
    found = await session.exec(select(Occupant).where(Occupant.assignment_id == assignment_id))
    occupant = found.first()
    if occupant is None:
        previous = await session.exec(
            select(Occupant).where(Occupant.agent_id == agent_id, col(Occupant.end_date).is_(None))
        )
        for old in previous.all():
            OCCUPANTS.update(old, end_date=start_date, space_id=None)
            session.add(old)
        occupant = Occupant(
            assignment_id=assignment_id,
            agent_id=agent_id,
            unit_code=unit_code,
            start_date=start_date,
        )
    occupant.unit_code, occupant.start_date, occupant.end_date = unit_code, start_date, end_date
    session.add(occupant)
    await session.flush()
    return occupant


async def occupant_left(
    session: AsyncSession,
    *,
    agent_id: str,
    unit_code: str,
    left_on: date,
    assignment_id: str | None = None,
) -> None:
    """``agent.left``: the agent's occupancy in the unit (or the named assignment's) ends on
    ``left_on`` (their last day) and their seat is freed."""
    stmt = select(Occupant).where(
        Occupant.agent_id == agent_id,
        Occupant.unit_code == unit_code,
        col(Occupant.end_date).is_(None),
    )
    if assignment_id is not None:
        stmt = stmt.where(Occupant.assignment_id == assignment_id)
    rows = await session.exec(stmt)
    for occupant in rows.all():
        OCCUPANTS.update(occupant, end_date=left_on, space_id=None)
        session.add(occupant)
    await session.flush()


def _ratio(sun: Decimal, workstations: int) -> Decimal | None:
    if workstations == 0:
        return None
    return (sun / workstations).quantize(RATIO, rounding=ROUND_HALF_UP)


def _area(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(RATIO)


async def occupancy(
    session: AsyncSession, *, scope: OrgScope, standard: Decimal, site_id: int | None = None
) -> OccupancyReport:
    """m² SUN per workstation per building and per unit; buildings above standard first.

    Sums are computed in SQL over the spaces in scope (a building counts the spaces the caller
    may see)."""
    per_building = scope.apply(
        sa_select(
            col(Building.id),
            col(Building.code),
            col(Building.name),
            col(Building.unit_code),
            func.sum(col(Space.sun_m2)),
            func.sum(col(Space.workstations)),
        )
        .join(Space, col(Space.building_id) == col(Building.id))
        .group_by(
            col(Building.id), col(Building.code), col(Building.name), col(Building.unit_code)
        ),
        col(Space.unit_code),
    )
    per_unit = scope.apply(
        select(Space.unit_code, func.sum(Space.sun_m2), func.sum(Space.workstations))
        .join(Building, col(Building.id) == col(Space.building_id))
        .group_by(col(Space.unit_code)),
        col(Space.unit_code),
    )
    seated = scope.apply(
        select(Space.building_id, func.count())
        .join(Occupant, col(Occupant.space_id) == col(Space.id))
        .where(col(Occupant.end_date).is_(None))
        .group_by(col(Space.building_id)),
        col(Space.unit_code),
    )
    if site_id is not None:
        per_building = per_building.where(col(Building.site_id) == site_id)
        per_unit = per_unit.where(col(Building.site_id) == site_id)
        seated = seated.join(Building, col(Building.id) == col(Space.building_id)).where(
            col(Building.site_id) == site_id
        )
    occupants = scope.apply(
        select(Occupant.unit_code, func.count())
        .where(col(Occupant.end_date).is_(None))
        .group_by(col(Occupant.unit_code)),
        col(Occupant.unit_code),
    )
    occupants_per_unit = dict((await session.exec(occupants)).all())
    seated_per_building = dict((await session.exec(seated)).all())
    buildings = []
    # sqlmodel types exec for its own selects (4 columns at most); it runs SQLAlchemy's the same
    rows = (await session.exec(per_building)).all()  # type: ignore[call-overload]
    for building_id, code, name, unit_code, sun, ws in rows:
        area, stations = _area(sun), int(ws or 0)
        ratio = _ratio(area, stations)
        buildings.append(
            BuildingOccupancy(
                building_id=building_id,
                building_code=code,
                building_name=name,
                unit_code=unit_code,
                sun_m2=area,
                workstations=stations,
                occupants=seated_per_building.get(building_id, 0),
                m2_per_workstation=ratio,
                standard_m2=standard,
                above_standard=ratio is not None and ratio > standard,
            )
        )
    buildings.sort(
        key=lambda b: (
            not b.above_standard,
            -(b.m2_per_workstation or Decimal(0)),
            b.building_code,
        )
    )
    units = []
    for unit_code, sun, ws in sorted((await session.exec(per_unit)).all()):
        area, stations = _area(sun), int(ws or 0)
        ratio = _ratio(area, stations)
        units.append(
            UnitOccupancy(
                unit_code=unit_code,
                sun_m2=area,
                workstations=stations,
                occupants=occupants_per_unit.get(unit_code, 0),
                m2_per_workstation=ratio,
                above_standard=ratio is not None and ratio > standard,
            )
        )
    return OccupancyReport(standard_m2=standard, buildings=buildings, units=units)
