"""Request and response models of union relations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hr_svc.common import PatchModel
from sg_common.api import BusinessDate, Line, Page, Text, UnitCode


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

    code: Line = Field(min_length=1, max_length=32)
    name: Line = Field(min_length=1, max_length=200)


class UnionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    name: str
    active: bool


class UnionPage(Page[UnionPublic]):
    pass


class DesignationRole(StrEnum):
    """Titulaire or suppléant seat in a formation spécialisée."""

    titulaire = "titulaire"
    suppleant = "suppleant"


class BodyCreate(BaseModel):
    """A body (instance) at a unit's level with its number of titular seats.

    An F3SCT names its CSA (``csa_code``): its members are designated from that CSA's votes.
    """

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

    code: Line = Field(min_length=1, max_length=32)
    kind: BodyKind
    name: Line = Field(min_length=1, max_length=200)
    unit_code: UnitCode
    seats: int = Field(ge=1, le=50)
    csa_code: Line | None = Field(
        default=None,
        min_length=1,
        max_length=32,
        description="F3SCT only (required): the CSA whose election results give its seats.",
    )

    @model_validator(mode="after")
    def _f3sct_names_its_csa(self) -> BodyCreate:
        if self.kind is BodyKind.F3SCT and self.csa_code is None:
            raise ValueError("an F3SCT names its CSA (csa_code)")
        if self.kind is BodyKind.CSA and self.csa_code is not None:
            raise ValueError("only an F3SCT names a CSA")
        return self


class BodyPublic(BaseModel):
    id: int
    code: str
    kind: BodyKind
    name: str
    unit_code: str
    seats: int
    csa_code: str | None = Field(default=None, description="F3SCT: the CSA it belongs to.")
    version: int


class BodyPage(Page[BodyPublic]):
    pass


class ListVotes(BaseModel):
    model_config = ConfigDict(extra="forbid")

    union_code: Line = Field(min_length=1, max_length=32)
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

    body_code: Line = Field(min_length=1, max_length=32)
    held_on: BusinessDate
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


class DesignationCreate(BaseModel):
    """A union designates an agent of the perimeter to one of its seats on an F3SCT."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "union_code": "CGT",
                    "agent_id": 12,
                    "role": "titulaire",
                    "designated_on": "2023-01-10",
                }
            ]
        },
    )

    union_code: Line = Field(min_length=1, max_length=32)
    agent_id: int
    role: DesignationRole
    designated_on: BusinessDate


class DesignationWithdrawal(BaseModel):
    """The union withdraws the designation: the mandate ends on ``ended_on``."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"ended_on": "2026-02-28", "reason": "mutation"}]},
    )

    ended_on: BusinessDate
    reason: Line = Field(min_length=1, max_length=200)


class DesignationPublic(BaseModel):
    id: int
    body_code: str
    union_code: str
    agent_id: int
    last_name: str
    first_name: str
    role: DesignationRole
    designated_on: date
    ended_on: date | None
    end_reason: str | None
    election_id: int = Field(description="The CSA election whose votes gave the seat.")


class DesignationPage(Page[DesignationPublic]):
    pass


class UnionSeats(BaseModel):
    union_code: str
    union_name: str
    csa_votes: int = Field(description="Votes of the union's list at the CSA election.")
    seats: int = Field(description="Titular seats on the F3SCT (highest average of csa_votes).")
    titulaires: int = Field(description="Titulaires designated and not withdrawn.")
    suppleants: int = Field(description="Suppléants designated and not withdrawn.")


class Composition(BaseModel):
    """Seats of an F3SCT per union, from the votes of its CSA's latest election."""

    body_code: str
    csa_code: str
    election_id: int
    election_held_on: date
    seats: int
    unions: list[UnionSeats]
    tie_breaks: list[str] = Field(description="How each equal average was decided.")


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

    body_code: Line = Field(min_length=1, max_length=32)
    held_on: BusinessDate
    agenda: list[Text] = Field(min_length=1, max_length=50)


class MeetingUpdate(PatchModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"minutes": "Procès-verbal ..."}]}
    )

    agenda: list[Text] | None = Field(default=None, min_length=1, max_length=50)
    minutes: Text | None = Field(default=None, max_length=100000)


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
    """Override of a computed credit: the hours granted instead, and why (required)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"hours_granted": "1607.00", "reason": "accord ministériel du 2 mai"}]
        },
    )

    hours_granted: Decimal = Field(ge=0, max_digits=10, decimal_places=2)
    reason: Line | None = Field(
        default=None,
        min_length=1,
        max_length=300,
        description="Why the computed figure is overridden (required).",
    )


class TimeCreditComputation(BaseModel):
    """Compute the year's credits from the latest election of a CSA held before the year."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"body_code": "CSA-RESEAU"}]}
    )

    body_code: Line = Field(min_length=1, max_length=32)


class UnionCreditShare(BaseModel):
    union_code: str
    seats: int = Field(description="Seats held at the CSA.")
    votes: int = Field(description="Votes of the union's list at the CSA election.")
    hours_by_seats: Decimal = Field(description="Half of the credit, by seats.")
    hours_by_votes: Decimal = Field(description="Half of the credit, by votes.")
    hours_computed: Decimal
    hours_granted: Decimal = Field(description="The computed hours unless overridden.")
    override_reason: str | None
    version: int


class TimeCreditAllocation(BaseModel):
    """The year's global credit from the scale, and each union's share."""

    year: int
    body_code: str
    election_id: int
    election_held_on: date
    registered_voters: int
    seats: int
    valid_votes: int
    etp: Decimal = Field(description="Global credit in full-time equivalents (4 places).")
    hours_per_etp: Decimal
    hours: Decimal = Field(description="Global credit in hours.")
    scale: str = Field(description="The text the scale comes from.")
    shares: list[UnionCreditShare]


class TimeCreditUseCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"used_on": "2026-03-10", "hours": "7.00", "note": "réunion CSA"}]
        },
    )

    used_on: BusinessDate
    hours: Decimal = Field(gt=0, max_digits=10, decimal_places=2)
    note: Text | None = Field(default=None, max_length=200)


class TimeCreditPublic(BaseModel):
    union_code: str
    year: int
    hours_granted: Decimal
    hours_used: Decimal
    hours_remaining: Decimal
    hours_computed: Decimal | None = Field(
        default=None, description="From the CSA results (none: entered by hand before)."
    )
    body_code: str | None = Field(default=None, description="The CSA the credit comes from.")
    override_reason: str | None = None
    version: int
