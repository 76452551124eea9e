"""Tables of real estate: sites, buildings, spaces (SUN m², workstations), occupants, leases,
yearly costs."""

from datetime import date
from decimal import Decimal

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from facilities_svc.models import FacilitiesTable


class Site(FacilitiesTable, table=True):
    """Un site (one or more buildings), managed by a unit (DSG or a DR)."""

    __tablename__ = "site"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    city: str = Field(max_length=100)
    unit_code: str = Field(max_length=32, index=True)
    version: int = 1


class Building(FacilitiesTable, table=True):
    """Un bâtiment of a site."""

    __tablename__ = "building"

    id: int | None = Field(default=None, primary_key=True)
    site_id: int = Field(foreign_key="site.id", index=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    address: str | None = Field(default=None, max_length=300)
    floors: int = 1
    tenure: str = Field(max_length=20)
    unit_code: str = Field(max_length=32, index=True)
    version: int = 1


class Space(FacilitiesTable, table=True):
    """Un local: surface utile nette (SUN) and workstations, occupied by a unit."""

    __tablename__ = "space"
    __table_args__ = (UniqueConstraint("building_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    building_id: int = Field(foreign_key="building.id", index=True)
    code: str = Field(max_length=40)
    floor: int = 0
    kind: str = Field(max_length=20)
    sun_m2: Decimal = Field(max_digits=10, decimal_places=2)
    workstations: int = 0
    unit_code: str = Field(max_length=32, index=True)
    version: int = 1


class Occupant(FacilitiesTable, table=True):
    """An agent occupying the premises of a unit (from ``agent.assigned``)."""

    __tablename__ = "occupant"

    id: int | None = Field(default=None, primary_key=True)
    assignment_id: str = Field(max_length=80, unique=True)
    agent_id: str = Field(max_length=80, index=True)
    unit_code: str = Field(max_length=32, index=True)
    start_date: date
    end_date: date | None = Field(default=None, index=True)
    space_id: int | None = Field(default=None, foreign_key="space.id", index=True)
    version: int = 1


class Lease(FacilitiesTable, table=True):
    """Un bail: owner, yearly rent, period."""

    __tablename__ = "lease"

    id: int | None = Field(default=None, primary_key=True)
    building_id: int = Field(foreign_key="building.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    owner: str = Field(max_length=200)
    annual_rent: Decimal = Field(max_digits=14, decimal_places=2)
    start_date: date
    end_date: date = Field(index=True)
    notice_months: int = 6
    version: int = 1


class BuildingCost(FacilitiesTable, table=True):
    """A yearly cost of a building (rent, energy, maintenance, cleaning, taxes...)."""

    __tablename__ = "building_cost"

    id: int | None = Field(default=None, primary_key=True)
    building_id: int = Field(foreign_key="building.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    year: int
    kind: str = Field(max_length=20)
    amount: Decimal = Field(max_digits=14, decimal_places=2)
