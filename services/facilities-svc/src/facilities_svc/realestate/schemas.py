"""Request and response bodies of real estate."""

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import BusinessDate, HistoricDate, Line, Money, Page, UnitCode


class Tenure(StrEnum):
    owned = "owned"
    leased = "leased"
    state_provided = "state_provided"


class SpaceKind(StrEnum):
    office = "office"
    open_space = "open_space"
    meeting_room = "meeting_room"
    storage = "storage"
    other = "other"


class CostKind(StrEnum):
    rent = "rent"
    charges = "charges"
    energy = "energy"
    maintenance = "maintenance"
    cleaning = "cleaning"
    taxes = "taxes"
    other = "other"


Area = Decimal


class SiteCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "MTG",
                    "name": "Montrouge - White",
                    "city": "Montrouge",
                    "unit_code": "DSG-IMMO",
                }
            ]
        },
    )
    code: Line = Field(min_length=1, max_length=40)
    name: Line = Field(min_length=1, max_length=200)
    city: Line = Field(min_length=1, max_length=100)
    unit_code: UnitCode


class SiteUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"name": "White"}]})
    name: Line | None = Field(default=None, min_length=1, max_length=200)
    city: Line | None = Field(default=None, min_length=1, max_length=100)


class SitePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    code: str
    name: str
    city: str
    unit_code: str
    version: int


class SitePage(Page[SitePublic]):
    pass


class BuildingCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "site_id": 1,
                    "code": "MTG-A",
                    "name": "Bâtiment A",
                    "floors": 8,
                    "tenure": "leased",
                }
            ]
        },
    )
    site_id: int
    code: Line = Field(min_length=1, max_length=40)
    name: Line = Field(min_length=1, max_length=200)
    address: Line | None = Field(default=None, max_length=300)
    floors: int = Field(default=1, ge=1, le=100)
    tenure: Tenure


class BuildingUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"floors": 9}]})
    name: Line | None = Field(default=None, min_length=1, max_length=200)
    address: Line | None = Field(default=None, max_length=300)
    floors: int | None = Field(default=None, ge=1, le=100)
    tenure: Tenure | None = None


class BuildingPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    site_id: int
    code: str
    name: str
    address: str | None
    floors: int
    tenure: Tenure
    unit_code: str
    version: int


class BuildingPage(Page[BuildingPublic]):
    pass


class SpaceCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "building_id": 1,
                    "code": "A-301",
                    "floor": 3,
                    "kind": "office",
                    "sun_m2": "24.50",
                    "workstations": 2,
                    "unit_code": "DESE-CN",
                }
            ]
        },
    )
    building_id: int
    code: Line = Field(min_length=1, max_length=40)
    floor: int = Field(default=0, ge=-5, le=100)
    kind: SpaceKind
    sun_m2: Decimal = Field(gt=0, max_digits=10, decimal_places=2)
    workstations: int = Field(default=0, ge=0, le=10_000)
    unit_code: UnitCode


class SpaceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"workstations": 3}]})
    kind: SpaceKind | None = None
    sun_m2: Decimal | None = Field(default=None, gt=0, max_digits=10, decimal_places=2)
    workstations: int | None = Field(default=None, ge=0, le=10_000)
    unit_code: UnitCode | None = None


class SpacePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    building_id: int
    code: str
    floor: int
    kind: SpaceKind
    sun_m2: Decimal
    workstations: int
    unit_code: str
    version: int


class SpacePage(Page[SpacePublic]):
    pass


class OccupantPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    assignment_id: str
    agent_id: str
    unit_code: str
    start_date: date
    end_date: date | None
    space_id: int | None
    version: int


class OccupantPage(Page[OccupantPublic]):
    pass


class SeatAssignment(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"space_id": 4}]})
    space_id: int | None


class LeaseCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "building_id": 1,
                    "owner": "SCI Montrouge Bureaux",
                    "annual_rent": "1250000.00",
                    "start_date": "2018-01-01",
                    "end_date": "2026-12-31",
                    "notice_months": 6,
                }
            ]
        },
    )
    building_id: int
    owner: Line = Field(min_length=1, max_length=200)
    annual_rent: Money = Field(ge=0)
    start_date: HistoricDate
    end_date: BusinessDate
    notice_months: int = Field(default=6, ge=0, le=36)


class LeaseUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"end_date": "2029-12-31"}]}
    )
    owner: Line | None = Field(default=None, min_length=1, max_length=200)
    annual_rent: Money | None = Field(default=None, ge=0)
    end_date: BusinessDate | None = None
    notice_months: int | None = Field(default=None, ge=0, le=36)


class LeasePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    building_id: int
    unit_code: str
    owner: str
    annual_rent: Money
    start_date: date
    end_date: date
    notice_months: int
    version: int


class LeasePage(Page[LeasePublic]):
    pass


class CostCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"year": 2025, "kind": "energy", "amount": "84000.00"}]},
    )
    year: int = Field(ge=2000, le=2100)
    kind: CostKind
    amount: Money


class CostPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    building_id: int
    year: int
    kind: CostKind
    amount: Money


class BuildingOccupancy(BaseModel):
    """m² SUN per workstation of a building against the State's standard."""

    building_id: int
    building_code: str
    building_name: str
    unit_code: str
    sun_m2: Decimal
    workstations: int
    occupants: int
    m2_per_workstation: Decimal | None
    standard_m2: Decimal
    above_standard: bool


class UnitOccupancy(BaseModel):
    unit_code: str
    sun_m2: Decimal
    workstations: int
    occupants: int
    m2_per_workstation: Decimal | None
    above_standard: bool


class OccupancyReport(BaseModel):
    standard_m2: Decimal
    buildings: list[BuildingOccupancy] = Field(
        description="Buildings above the standard first, highest ratio first."
    )
    units: list[UnitOccupancy]
