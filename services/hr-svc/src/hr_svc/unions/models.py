"""Tables of union relations: unions, bodies, elections, designations, meetings, opinions, time
credits."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field

from hr_svc.models import HrTable


class Union(HrTable, table=True):
    """Organisation syndicale."""

    __tablename__ = "trade_union"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    name: str = Field(max_length=200)
    active: bool = True


class Body(HrTable, table=True):
    """Instance de dialogue social (CSA, F3SCT) at a unit's level, with its titular seats.

    An F3SCT (formation spécialisée) names its CSA (``csa_body_id``): its members are designated
    by the unions from the votes of that CSA's election, never elected.
    """

    __tablename__ = "social_body"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    kind: str = Field(max_length=8)
    name: str = Field(max_length=200)
    unit_code: str = Field(max_length=32, index=True)
    seats: int
    csa_body_id: int | None = Field(default=None, foreign_key="social_body.id", index=True)
    version: int = 1


class Election(HrTable, table=True):
    """Élections professionnelles of a body (every 4 years)."""

    __tablename__ = "election"

    id: int | None = Field(default=None, primary_key=True)
    body_id: int = Field(foreign_key="social_body.id", index=True)
    held_on: date
    registered_voters: int
    blank_or_void: int = 0
    created_at: datetime


class ElectionResult(HrTable, table=True):
    """Votes of a union's list and the seats it won (plus forte moyenne)."""

    __tablename__ = "election_result"
    __table_args__ = (UniqueConstraint("election_id", "union_id"),)

    id: int | None = Field(default=None, primary_key=True)
    election_id: int = Field(foreign_key="election.id", index=True)
    union_id: int = Field(foreign_key="trade_union.id")
    votes: int
    candidates: int = 0
    seats: int = 0


class Designation(HrTable, table=True):
    """An agent designated by a union to sit on an F3SCT (titulaire or suppléant).

    The seats come from the CSA election ``election_id``; a withdrawal ends the mandate
    (``ended_on``), the row is never deleted.
    """

    __tablename__ = "body_designation"

    id: int | None = Field(default=None, primary_key=True)
    body_id: int = Field(foreign_key="social_body.id", index=True)
    election_id: int = Field(foreign_key="election.id", index=True)
    union_id: int = Field(foreign_key="trade_union.id", index=True)
    agent_id: int = Field(foreign_key="agent.id", index=True)
    role: str = Field(max_length=10)
    designated_on: date
    ended_on: date | None = None
    end_reason: str | None = Field(default=None, max_length=200)
    created_at: datetime
    created_by: str = Field(max_length=100)


class Meeting(HrTable, table=True):
    """A meeting of a body: agenda, minutes (procès-verbal)."""

    __tablename__ = "body_meeting"

    id: int | None = Field(default=None, primary_key=True)
    body_id: int = Field(foreign_key="social_body.id", index=True)
    held_on: date
    agenda: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    minutes: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    version: int = 1


class Opinion(HrTable, table=True):
    """Avis of the body on an agenda item: votes for, against, abstentions."""

    __tablename__ = "body_opinion"
    __table_args__ = (UniqueConstraint("meeting_id", "item"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="body_meeting.id", index=True)
    item: int
    votes_for: int
    votes_against: int
    abstentions: int
    outcome: str = Field(max_length=20)


class TimeCredit(HrTable, table=True):
    """Crédit de temps syndical of a union for a year (hours).

    ``hours_computed`` comes from the CSA election ``election_id`` of ``body_id`` (the scale and
    the half-seats, half-votes rule); ``hours_granted`` equals it unless overridden, and then
    ``override_reason`` says why.
    """

    __tablename__ = "time_credit"
    __table_args__ = (UniqueConstraint("union_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    union_id: int = Field(foreign_key="trade_union.id", index=True)
    year: int
    hours_granted: Decimal = Field(max_digits=10, decimal_places=2)
    hours_computed: Decimal | None = Field(default=None, max_digits=10, decimal_places=2)
    body_id: int | None = Field(default=None, foreign_key="social_body.id", index=True)
    election_id: int | None = Field(default=None, foreign_key="election.id")
    override_reason: str | None = Field(default=None, max_length=300)
    version: int = 1


class TimeCreditUse(HrTable, table=True):
    """Hours of a union's time credit used on a day (a ledger line, never edited)."""

    __tablename__ = "time_credit_use"

    id: int | None = Field(default=None, primary_key=True)
    credit_id: int = Field(foreign_key="time_credit.id", index=True)
    used_on: date
    hours: Decimal = Field(max_digits=10, decimal_places=2)
    note: str | None = Field(default=None, max_length=200)
    created_at: datetime
