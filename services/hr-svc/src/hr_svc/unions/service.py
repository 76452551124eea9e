"""Union relations: unions, bodies, elections and seats, meetings and opinions, time credits."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.locks import lock
from hr_svc.unions.models import (
    Body,
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
    ElectionCreate,
    ElectionPublic,
    ListResult,
    MeetingCreate,
    MeetingPublic,
    MeetingUpdate,
    OpinionCreate,
    OpinionOutcome,
    OpinionPublic,
    TimeCreditPublic,
    UnionCreate,
)
from hr_svc.unions.seats import highest_average
from sg_common.api import check_if_match
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation, NotFound
from sg_common.org import OrgTree

ELECTION_CYCLE_YEARS = 4
FOUR = Decimal("0.0001")


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


# unions and bodies -------------------------------------------------------------------------
async def create_union(session: AsyncSession, *, data: UnionCreate) -> Union:
    if (await session.exec(select(Union).where(Union.code == data.code))).first():
        raise DuplicateCode(f"union code {data.code} is taken")
    row = Union(**data.model_dump())
    session.add(row)
    await session.flush()
    return row


async def union_by_code(session: AsyncSession, code: str) -> Union:
    row = (await session.exec(select(Union).where(Union.code == code))).first()
    if row is None:
        raise NotFound(f"union {code} does not exist")
    return row


async def create_body(
    session: AsyncSession, *, data: BodyCreate, tree: OrgTree, scope: OrgScope
) -> Body:
    tree.require(data.unit_code, None)
    scope.check(data.unit_code)
    if (await session.exec(select(Body).where(Body.code == data.code))).first():
        raise DuplicateCode(f"body code {data.code} is taken")
    row = Body(**data.model_dump())
    session.add(row)
    await session.flush()
    return row


async def body_by_code(session: AsyncSession, *, code: str, scope: OrgScope) -> Body:
    stmt = scope.apply(select(Body).where(Body.code == code), col(Body.unit_code))
    row = (await session.exec(stmt)).first()
    if row is None:
        raise NotFound(f"body {code} does not exist")
    return row


# elections ---------------------------------------------------------------------------------
async def create_election(
    session: AsyncSession, *, data: ElectionCreate, scope: OrgScope
) -> Election:
    """Record the results of an election and compute the seats at the highest average."""
    body = await body_by_code(session, code=data.body_code, scope=scope)
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
    unions = [await union_by_code(session, code) for code in codes]
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


async def election_view(session: AsyncSession, election: Election) -> ElectionPublic:
    body = await session.get(Body, election.body_id)
    assert body is not None
    rows = (
        await session.exec(
            select(ElectionResult, Union)
            .join(Union, col(Union.id) == col(ElectionResult.union_id))
            .where(ElectionResult.election_id == election.id)
            .order_by(col(ElectionResult.id))
        )
    ).all()
    valid = sum(r.votes for r, _ in rows)
    allocation = highest_average(
        {u.code: r.votes for r, u in rows}, body.seats, {u.code: r.candidates for r, u in rows}
    )
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
    body = await body_by_code(session, code=data.body_code, scope=scope)
    row = Meeting(body_id=body.id or 0, held_on=data.held_on, agenda=list(data.agenda))
    session.add(row)
    await session.flush()
    return row


async def get_meeting(session: AsyncSession, *, meeting_id: int, scope: OrgScope) -> Meeting:
    stmt = scope.apply(
        select(Meeting)
        .join(Body, col(Body.id) == col(Meeting.body_id))
        .where(Meeting.id == meeting_id),
        col(Body.unit_code),
    )
    row = (await session.exec(stmt)).first()
    if row is None:
        raise NotFound(f"meeting {meeting_id} does not exist")
    return row


async def update_meeting(session: AsyncSession, *, row: Meeting, data: MeetingUpdate) -> Meeting:
    changes = data.model_dump(exclude_unset=True)
    if "agenda" in changes:
        recorded = (
            await session.exec(select(func.max(Opinion.item)).where(Opinion.meeting_id == row.id))
        ).first()
        if recorded is not None and recorded >= len(changes["agenda"]):
            raise UnknownAgendaItem(f"an opinion was recorded on item {recorded}")
    for key, value in changes.items():
        setattr(row, key, value)
    row.version += 1
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


async def credit_view(session: AsyncSession, union: Union, credit: TimeCredit) -> TimeCreditPublic:
    used = (
        await session.exec(
            select(func.coalesce(func.sum(TimeCreditUse.hours), 0)).where(
                TimeCreditUse.credit_id == credit.id
            )
        )
    ).one()
    used_d = Decimal(used).quantize(Decimal("0.01"))
    return TimeCreditPublic(
        union_code=union.code,
        year=credit.year,
        hours_granted=credit.hours_granted,
        hours_used=used_d,
        hours_remaining=credit.hours_granted - used_d,
        version=credit.version,
    )


async def set_credit(
    session: AsyncSession, *, union: Union, year: int, hours: Decimal, if_match: str | None
) -> TimeCredit:
    row = (
        await session.exec(
            select(TimeCredit).where(TimeCredit.union_id == union.id, TimeCredit.year == year)
        )
    ).first()
    if row is None:
        row = TimeCredit(union_id=union.id or 0, year=year, hours_granted=hours)
    else:
        check_if_match(if_match, row.version)
        row.hours_granted = hours
        row.version += 1
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
    credit = await lock(session, TimeCredit, credit.id)
    if used_on.year != credit.year:
        raise OutsideCreditYear(f"the credit covers {credit.year}")
    view = await credit_view(session, union, credit)
    if hours > view.hours_remaining:
        raise TimeCreditExhausted(
            f"{union.code} has {view.hours_remaining} hours left in {credit.year}"
        )
    use = TimeCreditUse(
        credit_id=credit.id or 0, used_on=used_on, hours=hours, note=note, created_at=utcnow()
    )
    session.add(use)
    await session.flush()
    return use
