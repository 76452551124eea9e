"""Request and response models of the staffing domain: posts, ETPT, ceilings."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from hr_svc.common import Category, PatchModel
from sg_common.api import BusinessDate, Line, Page, UnitCode


class PostCreate(BaseModel):
    """Poste: a position opened in a unit."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "BRE-SES-012",
                    "unit_code": "DR-BRE-SES",
                    "title": "Chargé d'études démographiques",
                    "category": "A",
                    "opened_on": "2026-01-01",
                }
            ]
        },
    )

    code: Line = Field(min_length=1, max_length=32)
    unit_code: UnitCode
    title: Line = Field(min_length=1, max_length=200)
    category: Category | None = None
    opened_on: BusinessDate


class PostUpdate(PatchModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"closed_on": "2026-12-31"}]}
    )

    title: Line | None = Field(default=None, min_length=1, max_length=200)
    category: Category | None = None
    closed_on: BusinessDate | None = None


class PostPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    unit_code: str
    title: str
    category: Category | None
    opened_on: date
    closed_on: date | None
    filled: bool = Field(description="Held by an assignment today.")
    holder_agent_id: int | None = None
    version: int


class PostPage(Page[PostPublic]):
    pass


class CeilingSet(BaseModel):
    """Plafond d'emplois (ETPT) of a unit for a year."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"ceiling": "42.50"}]}
    )

    ceiling: Decimal = Field(ge=0, max_digits=10, decimal_places=2)


class CeilingPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    unit_code: str
    year: int
    ceiling: Decimal
    version: int
    updated_at: datetime
    updated_by: str


class EtptMonth(BaseModel):
    month: int
    etpt: Decimal = Field(description="ETPT of the month (4 places).")
    variance: Decimal | None = Field(description="ETPT minus the annual ceiling (null: none).")


class EtptStatement(BaseModel):
    """ETPT of a unit (and its descendants) per month and for the year, against the ceiling."""

    unit_code: str
    year: int
    include_descendants: bool
    months: list[EtptMonth]
    annual_etpt: Decimal = Field(description="Mean of the monthly ETPT (4 places).")
    ceiling: Decimal | None
    variance: Decimal | None = Field(description="annual_etpt − ceiling; > 0 means over.")


class EtptReportCreate(BaseModel):
    """Report a month's ETPT of a unit (publishes ``etpt.reported``)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"unit_code": "DR-BRE", "year": 2026, "month": 2}]},
    )

    unit_code: UnitCode
    year: int = Field(ge=2000, le=2100)
    month: int = Field(ge=1, le=12)


class EtptReportPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    unit_code: str
    year: int
    month: int
    etpt: Decimal
    reported_at: datetime
    reported_by: str
