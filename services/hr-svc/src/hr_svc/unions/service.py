"""Union relations: unions, bodies, elections and seats, F3SCT designations, meetings and
opinions, time credits computed from the election results."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TypeVar

from sqlalchemy import ColumnElement, func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from hr_svc.agents import service as agent_service
from hr_svc.agents.models import Agent
from hr_svc.unions.credits import (
    FOUR,
    HOURS_PER_ETP,
    credit_etp,
    rounded,
    scale_for,
    share_credit,
)
from hr_svc.unions.models import (
    Body,
    Designation,
    Election,
    ElectionResult,
    Meeting,
    Opinion,
    TimeCredit,
    TimeCreditUse,
    Union,
)
from hr_svc.unions.schemas import (
    BodyCreate,
    BodyKind,
    BodyPublic,
    Composition,
    DesignationCreate,
    DesignationPublic,
    DesignationRole,
    DesignationWithdrawal,
    ElectionCreate,
    ElectionPublic,
    ListResult,
    MeetingCreate,
    MeetingPublic,
    MeetingUpdate,
    OpinionCreate,
    OpinionOutcome,
    OpinionPublic,
    TimeCreditAllocation,
    TimeCreditPublic,
    UnionCreate,
    UnionCreditShare,
    UnionSeats,
)
from hr_svc.unions.seats import Allocation, highest_average
from sg_common.api import Listing, check_if_match, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation, NotFound, UnprocessableEntity
from sg_common.org import OrgTree
from sg_common.repository import Repository

ELECTION_CYCLE_YEARS = 4
T = TypeVar("T", Designation, Election, Meeting)

#: unions and bodies are looked up by their code
UNIONS = Repository(Union, what="union", unit=None, key="code")
BODIES = Repository(Body, what="body", key="code")
#: the records of a body: in scope through their body's unit (``in_body_scope``)
DESIGNATIONS = Repository(Designation, what="designation", unit=None)
ELECTIONS = Repository(Election, what="election", unit=None)
MEETINGS = Repository(Meeting, what="meeting", unit=None)
TIME_CREDITS = Repository(TimeCredit, what="time credit", unit=None)


class DuplicateCode(BusinessRuleViolation):
    type_slug = "duplicate-code"
    title = "The code is taken"


class ElectionCycle(BusinessRuleViolation):
    type_slug = "election-cycle"
    title = "Professional elections take place every 4 years"


class VotesExceedVoters(BusinessRuleViolation):
    type_slug = "votes-exceed-voters"
    title = "More ballots than registered voters"


class DuplicateList(BusinessRuleViolation):
    type_slug = "duplicate-list"
    title = "A union appears twice in the results"


class UnknownAgendaItem(BusinessRuleViolation):
    type_slug = "unknown-agenda-item"
    title = "No such item on the meeting's agenda"


class TooManyVotes(BusinessRuleViolation):
    type_slug = "too-many-votes"
    title = "More votes than the body's voting seats"


class OpinionAlreadyRecorded(BusinessRuleViolation):
    type_slug = "opinion-already-recorded"
    title = "The body already gave its opinion on this item"


class TimeCreditExhausted(BusinessRuleViolation):
    type_slug = "time-credit-exhausted"
    title = "Not enough hours left on the union's time credit"


class OutsideCreditYear(BusinessRuleViolation):
    type_slug = "outside-credit-year"
    title = "The day is outside the credit's year"


class DesignatedBody(BusinessRuleViolation):
    type_slug = "designated-body"
    title = "F3SCT members are designated by the unions, not elected"


class ElectedBody(BusinessRuleViolation):
    type_slug = "elected-body"
    title = "CSA members are elected; only F3SCT members are designated"


class NotACsa(BusinessRuleViolation):
    type_slug = "not-a-csa"
    title = "The body named is not a CSA"


class OutsideCsaPerimeter(BusinessRuleViolation):
    type_slug = "outside-csa-perimeter"
    title = "An F3SCT lies within its CSA's perimeter"


class SeatsExhausted(BusinessRuleViolation):
    type_slug = "seats-exhausted"
    title = "The union has designated as many members as its seats"


class AlreadyDesignated(BusinessRuleViolation):
    type_slug = "already-designated"
    title = "The agent already holds a seat on this body"


class AgentOutsidePerimeter(BusinessRuleViolation):
    type_slug = "agent-outside-perimeter"
    title = "Only an agent in service in the body's perimeter may be designated"


class DesignationEnded(BusinessRuleViolation):
    type_slug = "designation-ended"
    title = "The designation was already withdrawn"


class NoElectionForYear(BusinessRuleViolation):
    type_slug = "no-election-for-year"
    title = "No election of the CSA was held before the credit's year"


class TimeCreditPerimeter(BusinessRuleViolation):
    type_slug = "time-credit-perimeter"
    title = "The year's credits were computed from another CSA"


class TimeCreditNotComputed(BusinessRuleViolation):
    type_slug = "time-credit-not-computed"
    title = "Compute the year's credits from the election results first"


class CreditBelowUse(BusinessRuleViolation):
    type_slug = "credit-below-use"
    title = "The recomputed credit is below the hours already used"


class OverrideReasonRequired(UnprocessableEntity):
    type_slug = "override-reason-required"
    title = "Overriding a computed credit needs a reason"


# unions and bodies -------------------------------------------------------------------------
async def create_union(session: AsyncSession, *, data: UnionCreate) -> Union:
    if (await session.exec(select(Union).where(Union.code == data.code))).first():
        raise DuplicateCode(f"union code {data.code} is taken")
    row = Union(**data.model_dump())
    session.add(row)
    await session.flush()
    return row


async def create_body(
    session: AsyncSession, *, data: BodyCreate, tree: OrgTree, scope: OrgScope
) -> Body:
    tree.require(data.unit_code, None)
    scope.check(data.unit_code)
    if (await session.exec(select(Body).where(Body.code == data.code))).first():
        raise DuplicateCode(f"body code {data.code} is taken")
    csa_id = None
    if data.csa_code is not None:
        csa = await BODIES.get(session, data.csa_code, scope)
        if csa.kind != BodyKind.CSA:
            raise NotACsa(f"{csa.code} is a {csa.kind}")
        if data.unit_code not in tree.subtree_codes([csa.unit_code]):
            raise OutsideCsaPerimeter(f"{data.unit_code} is outside {csa.code}'s {csa.unit_code}")
        csa_id = csa.id
    row = Body(**data.model_dump(exclude={"csa_code"}), csa_body_id=csa_id)
    session.add(row)
    await session.flush()
    return row


async def body_view(session: AsyncSession, row: Body) -> BodyPublic:
    csa = await session.get(Body, row.csa_body_id) if row.csa_body_id is not None else None
    return BodyPublic(
        id=row.id or 0,
        code=row.code,
        kind=BodyKind(row.kind),
        name=row.name,
        unit_code=row.unit_code,
        seats=row.seats,
        csa_code=csa.code if csa is not None else None,
        version=row.version,
    )


async def list_bodies(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    code: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Body], str | None]:
    """A page of the bodies of units in ``scope``."""
    stmt = scope.apply(select(Body), col(Body.unit_code))
    if code is not None:
        stmt = stmt.where(Body.code == code)
    return await paginate(
        session, stmt, order_by=[col(Body.id)], limit=limit, cursor=cursor, listing=listing
    )


async def _of_bodies_in_scope(
    session: AsyncSession,
    repo: Repository[T],
    scope: OrgScope,
    listing: Listing,
    *,
    body_code: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[T], str | None]:
    """A page of ``repo``'s records of the bodies of units in ``scope`` (of one body)."""
    model = repo.model
    stmt = scope.apply(
        select(model).join(Body, col(Body.id) == col(model.body_id)), col(Body.unit_code)
    )
    if body_code is not None:
        stmt = stmt.where(Body.code == body_code)
    return await paginate(
        session, stmt, order_by=[col(model.id)], limit=limit, cursor=cursor, listing=listing
    )


async def list_elections(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    body_code: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Election], str | None]:
    """A page of the elections of bodies in ``scope``."""
    return await _of_bodies_in_scope(
        session, ELECTIONS, scope, listing, body_code=body_code, limit=limit, cursor=cursor
    )


async def list_meetings(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    body_code: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Meeting], str | None]:
    """A page of the meetings of bodies in ``scope``."""
    return await _of_bodies_in_scope(
        session, MEETINGS, scope, listing, body_code=body_code, limit=limit, cursor=cursor
    )


def designations_active(active: bool | None) -> list[ColumnElement[bool]]:
    """SQL conditions: designations still running (``active``) or withdrawn (not)."""
    if active is None:
        return []
    ended = col(Designation.ended_on)
    return [ended.is_(None) if active else ended.is_not(None)]


async def list_designations(
    session: AsyncSession,
    body: Body,
    listing: Listing,
    *,
    active: bool | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Designation], str | None]:
    """A page of the members designated to ``body`` (running or withdrawn)."""
    stmt = select(Designation).where(Designation.body_id == body.id, *designations_active(active))
    return await paginate(
        session, stmt, order_by=[col(Designation.id)], limit=limit, cursor=cursor, listing=listing
    )


# elections ---------------------------------------------------------------------------------
async def create_election(
    session: AsyncSession, *, data: ElectionCreate, scope: OrgScope
) -> Election:
    """Record the results of an election and compute the seats at the highest average."""
    body = await BODIES.get(session, data.body_code, scope)
    if body.kind == BodyKind.F3SCT:
        raise DesignatedBody(f"{body.code}'s seats come from its CSA's election")
    previous = (
        await session.exec(
            select(Election)
            .where(Election.body_id == body.id)
            .order_by(col(Election.held_on).desc())
        )
    ).first()
    if previous is not None and data.held_on.year - previous.held_on.year < ELECTION_CYCLE_YEARS:
        raise ElectionCycle(
            f"{body.code} last voted on {previous.held_on}; the next election is due in"
            f" {previous.held_on.year + ELECTION_CYCLE_YEARS}"
        )
    codes = [r.union_code for r in data.results]
    if len(set(codes)) != len(codes):
        raise DuplicateList("each union may appear once")
    ballots = sum(r.votes for r in data.results) + data.blank_or_void
    if ballots > data.registered_voters:
        raise VotesExceedVoters(f"{ballots} ballots for {data.registered_voters} registered voters")
    unions = [await UNIONS.get(session, code) for code in codes]
    allocation = highest_average(
        {r.union_code: r.votes for r in data.results},
        body.seats,
        {r.union_code: r.candidates for r in data.results},
    )
    election = Election(
        body_id=body.id or 0,
        held_on=data.held_on,
        registered_voters=data.registered_voters,
        blank_or_void=data.blank_or_void,
        created_at=utcnow(),
    )
    session.add(election)
    await session.flush()
    for union, result in zip(unions, data.results, strict=True):
        session.add(
            ElectionResult(
                election_id=election.id or 0,
                union_id=union.id or 0,
                votes=result.votes,
                candidates=result.candidates,
                seats=allocation.seats[result.union_code],
            )
        )
    await session.flush()
    return election


async def election_results(
    session: AsyncSession, election: Election
) -> list[tuple[ElectionResult, Union]]:
    """Each list's result with its union, in the order the results were given."""
    rows = await session.exec(
        select(ElectionResult, Union)
        .join(Union, col(Union.id) == col(ElectionResult.union_id))
        .where(ElectionResult.election_id == election.id)
        .order_by(col(ElectionResult.id))
    )
    return list(rows.all())


def allocate(rows: list[tuple[ElectionResult, Union]], seats: int) -> Allocation:
    """``seats`` at the highest average of the lists' votes (ties: votes, then candidates)."""
    return highest_average(
        {u.code: r.votes for r, u in rows}, seats, {u.code: r.candidates for r, u in rows}
    )


async def election_view(session: AsyncSession, election: Election) -> ElectionPublic:
    body = await session.get(Body, election.body_id)
    assert body is not None
    rows = await election_results(session, election)
    valid = sum(r.votes for r, _ in rows)
    allocation = allocate(rows, body.seats)
    results = [
        ListResult(
            union_code=u.code,
            union_name=u.name,
            votes=r.votes,
            candidates=r.candidates,
            share=(Decimal(r.votes) / valid).quantize(FOUR, ROUND_HALF_UP) if valid else Decimal(0),
            seats=r.seats,
            representative=r.seats > 0,
        )
        for r, u in rows
    ]
    ballots = valid + election.blank_or_void
    return ElectionPublic(
        id=election.id or 0,
        body_code=body.code,
        held_on=election.held_on,
        registered_voters=election.registered_voters,
        blank_or_void=election.blank_or_void,
        valid_votes=valid,
        turnout=(Decimal(ballots) / election.registered_voters).quantize(FOUR, ROUND_HALF_UP),
        seats=body.seats,
        results=results,
        tie_breaks=allocation.ties,
    )


async def latest_election(session: AsyncSession, body: Body) -> Election:
    row = (
        await session.exec(
            select(Election)
            .where(Election.body_id == body.id)
            .order_by(col(Election.held_on).desc())
        )
    ).first()
    if row is None:
        raise NotFound(f"{body.code} has no election yet")
    return row


# F3SCT designations ------------------------------------------------------------------------
async def f3sct_seats(
    session: AsyncSession, body: Body
) -> tuple[Body, Election, list[tuple[ElectionResult, Union]], Allocation]:
    """The F3SCT's CSA, that CSA's latest election, its results and the F3SCT's seats: the
    F3SCT's own number of seats at the highest average of the votes cast for the CSA."""
    if body.kind != BodyKind.F3SCT:
        raise ElectedBody(f"{body.code} is a {body.kind}: its members are elected")
    csa = await session.get(Body, body.csa_body_id) if body.csa_body_id is not None else None
    if csa is None:
        raise NotFound(f"{body.code} names no CSA")
    election = await latest_election(session, csa)
    rows = await election_results(session, election)
    return csa, election, rows, allocate(rows, body.seats)


def _open_designations(body: Body, election: Election) -> SelectOfScalar[Designation]:
    return select(Designation).where(
        Designation.body_id == body.id,
        Designation.election_id == election.id,
        col(Designation.ended_on).is_(None),
    )


async def composition(session: AsyncSession, body: Body) -> Composition:
    csa, election, rows, allocation = await f3sct_seats(session, body)
    held = (await session.exec(_open_designations(body, election))).all()
    return Composition(
        body_code=body.code,
        csa_code=csa.code,
        election_id=election.id or 0,
        election_held_on=election.held_on,
        seats=body.seats,
        unions=[
            UnionSeats(
                union_code=u.code,
                union_name=u.name,
                csa_votes=r.votes,
                seats=allocation.seats[u.code],
                titulaires=sum(
                    1 for d in held if d.union_id == u.id and d.role == DesignationRole.titulaire
                ),
                suppleants=sum(
                    1 for d in held if d.union_id == u.id and d.role == DesignationRole.suppleant
                ),
            )
            for r, u in rows
        ],
        tie_breaks=allocation.ties,
    )


async def designate(
    session: AsyncSession, *, body: Body, data: DesignationCreate, tree: OrgTree, actor: str
) -> Designation:
    """A union designates an agent of the perimeter, within its seats (as many suppléants)."""
    _, election, _, allocation = await f3sct_seats(session, body)
    union = await UNIONS.get(session, data.union_code)
    agent = await agent_service.AGENTS.get(session, data.agent_id)
    day = data.designated_on
    in_service = agent.hired_on <= day and (agent.left_on is None or agent.left_on >= day)
    if not in_service or agent.unit_code not in tree.subtree_codes([body.unit_code], day):
        raise AgentOutsidePerimeter(
            f"agent {agent.id} is not in service in {body.unit_code} or below on {day}"
        )
    await BODIES.get(
        session, body.code, lock=True
    )  # concurrent designations on the body count in turn
    held = (await session.exec(_open_designations(body, election))).all()
    if any(d.agent_id == agent.id for d in held):
        raise AlreadyDesignated(f"agent {agent.id} already sits on {body.code}")
    seats = allocation.seats.get(union.code, 0)
    taken = sum(1 for d in held if d.union_id == union.id and d.role == data.role)
    if taken >= seats:
        raise SeatsExhausted(
            f"{union.code} holds {seats} seat(s) on {body.code} and has designated {taken}"
            f" {data.role.value}(s)",
            extra={"seats": seats, "designated": taken},
        )
    row = Designation(
        body_id=body.id or 0,
        election_id=election.id or 0,
        union_id=union.id or 0,
        agent_id=agent.id or 0,
        role=data.role.value,
        designated_on=day,
        created_at=utcnow(),
        created_by=actor,
    )
    session.add(row)
    await session.flush()
    return row


async def in_body_scope(session: AsyncSession, repo: Repository[T], pk: int, scope: OrgScope) -> T:
    """``repo``'s record ``pk`` if its body's unit is in ``scope`` (404 otherwise): the
    repository's scope is a column of the row, these are scoped through their body."""
    model = repo.model
    stmt = scope.apply(
        select(model).join(Body, col(Body.id) == col(model.body_id)).where(col(model.id) == pk),
        col(Body.unit_code),
    )
    row = (await session.exec(stmt)).first()
    if row is None:
        raise repo.missing(pk)
    return row


async def withdraw_designation(
    session: AsyncSession, *, row: Designation, data: DesignationWithdrawal
) -> Designation:
    """The union withdraws its designation: the mandate ends, the seat is free again."""
    if row.ended_on is not None:
        raise DesignationEnded(f"designation {row.id} ended on {row.ended_on}")
    if data.ended_on < row.designated_on:
        raise agent_service.InvalidPeriod(
            f"the designation started on {row.designated_on}, after {data.ended_on}"
        )
    DESIGNATIONS.update(row, ended_on=data.ended_on, end_reason=data.reason)
    session.add(row)
    await session.flush()
    return row


async def designation_view(session: AsyncSession, row: Designation) -> DesignationPublic:
    body = await session.get(Body, row.body_id)
    union = await session.get(Union, row.union_id)
    agent = await session.get(Agent, row.agent_id)
    assert body is not None
    assert union is not None
    assert agent is not None
    return DesignationPublic(
        id=row.id or 0,
        body_code=body.code,
        union_code=union.code,
        agent_id=agent.id or 0,
        last_name=agent.last_name,
        first_name=agent.first_name,
        role=DesignationRole(row.role),
        designated_on=row.designated_on,
        ended_on=row.ended_on,
        end_reason=row.end_reason,
        election_id=row.election_id,
    )


# meetings ----------------------------------------------------------------------------------
def opinion_outcome(data: OpinionCreate) -> OpinionOutcome:
    """Favourable or unfavourable by majority; unanimous against calls a new deliberation."""
    if data.votes_against > 0 and data.votes_for == 0 and data.abstentions == 0:
        return OpinionOutcome.unanimous_against
    if data.votes_for > data.votes_against:
        return OpinionOutcome.favourable
    if data.votes_against > data.votes_for:
        return OpinionOutcome.unfavourable
    return OpinionOutcome.tied


async def create_meeting(session: AsyncSession, *, data: MeetingCreate, scope: OrgScope) -> Meeting:
    body = await BODIES.get(session, data.body_code, scope)
    row = Meeting(body_id=body.id or 0, held_on=data.held_on, agenda=list(data.agenda))
    session.add(row)
    await session.flush()
    return row


async def edit_meeting(session: AsyncSession, *, row: Meeting, data: MeetingUpdate) -> Meeting:
    """Amend the agenda (not below an item with an opinion) or record the minutes (PATCH)."""
    changes = data.model_dump(exclude_unset=True)
    if changes.get("agenda") is not None:
        recorded = (
            await session.exec(select(func.max(Opinion.item)).where(Opinion.meeting_id == row.id))
        ).first()
        if recorded is not None and recorded >= len(changes["agenda"]):
            raise UnknownAgendaItem(f"an opinion was recorded on item {recorded}")
    MEETINGS.patch(row, data)
    session.add(row)
    await session.flush()
    return row


async def record_opinion(session: AsyncSession, *, row: Meeting, data: OpinionCreate) -> Opinion:
    """Record the body's vote on an agenda item."""
    if data.item >= len(row.agenda):
        raise UnknownAgendaItem(f"the agenda has {len(row.agenda)} items (0-based)")
    body = await session.get(Body, row.body_id)
    assert body is not None
    total = data.votes_for + data.votes_against + data.abstentions
    if total > body.seats:
        raise TooManyVotes(f"{total} votes for {body.seats} voting seats on {body.code}")
    existing = (
        await session.exec(
            select(Opinion).where(Opinion.meeting_id == row.id, Opinion.item == data.item)
        )
    ).first()
    if existing is not None:
        raise OpinionAlreadyRecorded(f"item {data.item} already has an opinion")
    opinion = Opinion(meeting_id=row.id or 0, outcome=opinion_outcome(data), **data.model_dump())
    session.add(opinion)
    await session.flush()
    return opinion


async def meeting_view(session: AsyncSession, row: Meeting) -> MeetingPublic:
    body = await session.get(Body, row.body_id)
    assert body is not None
    opinions = (
        await session.exec(
            select(Opinion).where(Opinion.meeting_id == row.id).order_by(col(Opinion.item))
        )
    ).all()
    return MeetingPublic(
        id=row.id or 0,
        body_code=body.code,
        held_on=row.held_on,
        agenda=list(row.agenda),
        minutes=row.minutes,
        opinions=[OpinionPublic.model_validate(o) for o in opinions],
        version=row.version,
    )


# time credits ------------------------------------------------------------------------------
async def get_credit(session: AsyncSession, union: Union, year: int) -> TimeCredit:
    row = (
        await session.exec(
            select(TimeCredit).where(TimeCredit.union_id == union.id, TimeCredit.year == year)
        )
    ).first()
    if row is None:
        raise NotFound(f"no time credit for {union.code} in {year}")
    return row


async def hours_used(session: AsyncSession, credit: TimeCredit) -> Decimal:
    used = (
        await session.exec(
            select(func.coalesce(func.sum(TimeCreditUse.hours), 0)).where(
                TimeCreditUse.credit_id == credit.id
            )
        )
    ).one()
    return Decimal(used).quantize(Decimal("0.01"))


async def credit_view(session: AsyncSession, union: Union, credit: TimeCredit) -> TimeCreditPublic:
    used = await hours_used(session, credit)
    body = await session.get(Body, credit.body_id) if credit.body_id is not None else None
    return TimeCreditPublic(
        union_code=union.code,
        year=credit.year,
        hours_granted=credit.hours_granted,
        hours_used=used,
        hours_remaining=credit.hours_granted - used,
        hours_computed=credit.hours_computed,
        body_code=body.code if body is not None else None,
        override_reason=credit.override_reason,
        version=credit.version,
    )


async def election_for_year(session: AsyncSession, csa: Body, year: int) -> Election:
    """The CSA's latest election held before the year: its credit is renewed every year until
    the next election."""
    row = (
        await session.exec(
            select(Election)
            .where(Election.body_id == csa.id, col(Election.held_on) < date(year, 1, 1))
            .order_by(col(Election.held_on).desc())
        )
    ).first()
    if row is None:
        raise NoElectionForYear(f"{csa.code} held no election before {year}")
    return row


def _shares(
    election: Election, rows: list[tuple[ElectionResult, Union]], year: int
) -> tuple[Fraction, Fraction, dict[str, tuple[Decimal, Decimal]]]:
    """(ETP, hours, each union's hours by seats and by votes) from the election's results."""
    etp = credit_etp(election.registered_voters, scale_for(year))
    hours = etp * HOURS_PER_ETP
    shares = share_credit(
        hours, seats={u.code: r.seats for r, u in rows}, votes={u.code: r.votes for r, u in rows}
    )
    return etp, hours, {code: (s.by_seats, s.by_votes) for code, s in shares.items()}


async def compute_credits(session: AsyncSession, *, body: Body, year: int) -> None:
    """Set every union's credit of the year from the CSA's results (an override is kept)."""
    if body.kind != BodyKind.CSA:
        raise NotACsa(f"{body.code} is a {body.kind}; time credits follow a CSA's election")
    existing = list((await session.exec(select(TimeCredit).where(TimeCredit.year == year))).all())
    other = next((c for c in existing if c.body_id not in (None, body.id)), None)
    if other is not None:
        source = await session.get(Body, other.body_id)
        raise TimeCreditPerimeter(
            f"{year}'s credits were computed from {source.code if source else other.body_id}"
        )
    election = await election_for_year(session, body, year)
    rows = await election_results(session, election)
    _, _, shares = _shares(election, rows, year)
    computed = {u.id or 0: sum(shares[u.code], Decimal(0)) for _, u in rows}
    by_union = {c.union_id: c for c in existing}
    for union_id in sorted(computed.keys() | by_union.keys()):
        hours = computed.get(union_id, Decimal("0.00"))
        credit = by_union.get(union_id)
        if credit is None:
            session.add(
                TimeCredit(
                    union_id=union_id,
                    year=year,
                    hours_granted=hours,
                    hours_computed=hours,
                    body_id=body.id,
                    election_id=election.id,
                )
            )
            continue
        credit = await TIME_CREDITS.get(session, credit.id, lock=True)
        granted = credit.hours_granted if credit.override_reason else hours
        if (credit.hours_computed, credit.hours_granted, credit.election_id) == (
            hours,
            granted,
            election.id,
        ):
            continue
        used = await hours_used(session, credit)
        if granted < used:
            union = await session.get(Union, union_id)
            raise CreditBelowUse(
                f"{union.code if union else union_id} has used {used} h of {year}; the"
                f" results of {election.held_on} give {hours} h",
                extra={"hours_used": str(used), "hours_computed": str(hours)},
            )
        TIME_CREDITS.update(
            credit,
            hours_computed=hours,
            hours_granted=granted,
            body_id=body.id,
            election_id=election.id,
        )
        session.add(credit)
    await session.flush()


async def allocation_view(session: AsyncSession, year: int) -> TimeCreditAllocation:
    """The year's computed credits: the global figures and each list's share."""
    credits = (
        await session.exec(
            select(TimeCredit).where(
                TimeCredit.year == year, col(TimeCredit.election_id).is_not(None)
            )
        )
    ).all()
    if not credits:
        raise NotFound(f"no time credits computed for {year}")
    election = await session.get(Election, credits[0].election_id)
    assert election is not None
    body = await session.get(Body, election.body_id)
    assert body is not None
    rows = await election_results(session, election)
    etp, hours, shares = _shares(election, rows, year)
    by_union = {c.union_id: c for c in credits}
    return TimeCreditAllocation(
        year=year,
        body_code=body.code,
        election_id=election.id or 0,
        election_held_on=election.held_on,
        registered_voters=election.registered_voters,
        seats=sum(r.seats for r, _ in rows),
        valid_votes=sum(r.votes for r, _ in rows),
        etp=rounded(etp, FOUR),
        hours_per_etp=Decimal(HOURS_PER_ETP),
        hours=rounded(hours),
        scale=scale_for(year).source,
        shares=[
            UnionCreditShare(
                union_code=u.code,
                seats=r.seats,
                votes=r.votes,
                hours_by_seats=shares[u.code][0],
                hours_by_votes=shares[u.code][1],
                hours_computed=credit.hours_computed or Decimal("0.00"),
                hours_granted=credit.hours_granted,
                override_reason=credit.override_reason,
                version=credit.version,
            )
            for r, u in rows
            if (credit := by_union.get(u.id or 0)) is not None
        ],
    )


async def override_credit(
    session: AsyncSession,
    *,
    union: Union,
    year: int,
    hours: Decimal,
    reason: str | None,
    if_match: str | None,
) -> TimeCredit:
    """Grant other hours than the computed ones, with the reason; the computation stays."""
    row = (
        await session.exec(
            select(TimeCredit).where(TimeCredit.union_id == union.id, TimeCredit.year == year)
        )
    ).first()
    if row is None or row.hours_computed is None:
        raise TimeCreditNotComputed(f"{union.code} has no computed credit for {year}")
    if not reason:
        raise OverrideReasonRequired(
            f"{union.code}'s computed credit is {row.hours_computed} h: say why it changes"
        )
    check_if_match(if_match, row.version)
    row = await TIME_CREDITS.get(session, row.id, lock=True)
    used = await hours_used(session, row)
    if hours < used:
        raise CreditBelowUse(
            f"{union.code} has used {used} h of {year}",
            extra={"hours_used": str(used), "hours_computed": str(row.hours_computed)},
        )
    TIME_CREDITS.update(row, hours_granted=hours, override_reason=reason)
    session.add(row)
    await session.flush()
    return row


async def use_credit(
    session: AsyncSession,
    *,
    union: Union,
    credit: TimeCredit,
    used_on: date,
    hours: Decimal,
    note: str | None,
) -> TimeCreditUse:
    """Record hours used; the total may not exceed the hours granted."""
    credit = await TIME_CREDITS.get(session, credit.id, lock=True)
    if used_on.year != credit.year:
        raise OutsideCreditYear(f"the credit covers {credit.year}")
    remaining = credit.hours_granted - await hours_used(session, credit)
    if hours > remaining:
        raise TimeCreditExhausted(f"{union.code} has {remaining} hours left in {credit.year}")
    use = TimeCreditUse(
        credit_id=credit.id or 0, used_on=used_on, hours=hours, note=note, created_at=utcnow()
    )
    session.add(use)
    await session.flush()
    return use
