"""Request and response models of union relations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from hr_svc.schemas_common import PatchModel
from sg_common.api import Page, UnitCode


class BodyKind(StrEnum):
    """Comité social d'administration, formation spécialisée SST (F3SCT)."""

    CSA = "CSA"
    F3SCT = "F3SCT"


class OpinionOutcome(StrEnum):
    favourable = "favourable"
    unfavourable = "unfavourable"
    unanimous_against = "unanimous_against"
    tied = "tied"


class UnionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"code": "CGT", "name": "CGT Insee"}]},
    )

    code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1, max_length=200)


class UnionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    active: bool


class UnionPage(Page[UnionPublic]):
    pass


class BodyCreate(BaseModel):
    """A body (instance) at a unit's level with its number of titular seats."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "CSA-RESEAU",
                    "kind": "CSA",
                    "name": "CSA de réseau de l'Insee",
                    "unit_code": "DG",
                    "seats": 10,
                }
            ]
        },
    )

    code: str = Field(min_length=1, max_length=32)
    kind: BodyKind
    name: str = Field(min_length=1, max_length=200)
    unit_code: UnitCode
    seats: int = Field(ge=1, le=50)


class BodyPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    kind: BodyKind
    name: str
    unit_code: str
    seats: int
    version: int


class BodyPage(Page[BodyPublic]):
    pass


class ListVotes(BaseModel):
    model_config = ConfigDict(extra="forbid")

    union_code: str = Field(min_length=1, max_length=32)
    votes: int = Field(ge=0)
    candidates: int = Field(default=0, ge=0)


class ElectionCreate(BaseModel):
    """Results of a professional election; seats are computed at the highest average."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "body_code": "CSA-RESEAU",
                    "held_on": "2026-12-03",
                    "registered_voters": 5200,
                    "blank_or_void": 40,
                    "results": [
                        {"union_code": "CGT", "votes": 1200, "candidates": 20},
                        {"union_code": "CFDT", "votes": 800, "candidates": 20},
                    ],
                }
            ]
        },
    )

    body_code: str = Field(min_length=1, max_length=32)
    held_on: date
    registered_voters: int = Field(ge=1)
    blank_or_void: int = Field(default=0, ge=0)
    results: list[ListVotes] = Field(min_length=1, max_length=30)


class ListResult(BaseModel):
    union_code: str
    union_name: str
    votes: int
    candidates: int
    share: Decimal = Field(description="Share of the valid votes (4 places).")
    seats: int
    representative: bool = Field(description="Holds at least one seat.")


class ElectionPublic(BaseModel):
    id: int
    body_code: str
    held_on: date
    registered_voters: int
    blank_or_void: int
    valid_votes: int
    turnout: Decimal
    seats: int
    results: list[ListResult]
    tie_breaks: list[str] = Field(description="How each equal average was decided.")


class ElectionPage(Page[ElectionPublic]):
    pass


class MeetingCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "body_code": "CSA-RESEAU",
                    "held_on": "2026-06-12",
                    "agenda": ["Lignes directrices de gestion", "Bilan social 2025"],
                }
            ]
        },
    )

    body_code: str = Field(min_length=1, max_length=32)
    held_on: date
    agenda: list[str] = Field(min_length=1, max_length=50)


class MeetingUpdate(PatchModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"minutes": "Procès-verbal ..."}]}
    )
    non_nullable = frozenset({"agenda"})

    agenda: list[str] | None = Field(default=None, min_length=1, max_length=50)
    minutes: str | None = Field(default=None, max_length=100000)


class OpinionCreate(BaseModel):
    """The body's vote on an agenda item (index from 0)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"item": 0, "votes_for": 4, "votes_against": 5, "abstentions": 1}]
        },
    )

    item: int = Field(ge=0)
    votes_for: int = Field(ge=0)
    votes_against: int = Field(ge=0)
    abstentions: int = Field(ge=0)


class OpinionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    item: int
    votes_for: int
    votes_against: int
    abstentions: int
    outcome: OpinionOutcome


class MeetingPublic(BaseModel):
    id: int
    body_code: str
    held_on: date
    agenda: list[str]
    minutes: str | None
    opinions: list[OpinionPublic]
    version: int


class MeetingPage(Page[MeetingPublic]):
    pass


class TimeCreditSet(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"hours_granted": "1607.00"}]}
    )

    hours_granted: Decimal = Field(ge=0, max_digits=10, decimal_places=2)


class TimeCreditUseCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"used_on": "2026-03-10", "hours": "7.00", "note": "réunion CSA"}]
        },
    )

    used_on: date
    hours: Decimal = Field(gt=0, max_digits=10, decimal_places=2)
    note: str | None = Field(default=None, max_length=200)


class TimeCreditPublic(BaseModel):
    union_code: str
    year: int
    hours_granted: Decimal
    hours_used: Decimal
    hours_remaining: Decimal
    version: int
