"""HTTP API of union relations (coordinated by the SG, run by the DRH)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.unions import service
from hr_svc.unions.models import Body, Designation, Election, Meeting, Union
from hr_svc.unions.schemas import (
    BodyCreate,
    BodyPage,
    BodyPublic,
    Composition,
    DesignationCreate,
    DesignationPage,
    DesignationPublic,
    DesignationWithdrawal,
    ElectionCreate,
    ElectionPage,
    ElectionPublic,
    MeetingCreate,
    MeetingPage,
    MeetingPublic,
    MeetingUpdate,
    OpinionCreate,
    OpinionPublic,
    TimeCreditAllocation,
    TimeCreditComputation,
    TimeCreditPublic,
    TimeCreditSet,
    TimeCreditUseCreate,
    UnionCreate,
    UnionPage,
    UnionPublic,
)
from hr_svc.unions.service import BODIES, DESIGNATIONS, ELECTIONS, MEETINGS, UNIONS
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.auth.scope import OrgScope
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.documents import document_router
from sg_common.errors import problem_responses

router = APIRouter(prefix="/union-relations", tags=["unions"])

Year = Annotated[int, Path(ge=2000, le=2100)]


@router.post("/unions", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_union(body: UnionCreate, session: SessionDep, _p: Caller) -> UnionPublic:
    return UnionPublic.model_validate(await service.create_union(session, data=body))


UNION_SORT = Sort(Union, "code", "name")


@router.get("/unions")
async def list_unions(
    listing: Annotated[Listing, UNION_SORT],
    session: SessionDep,
    _p: Caller,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> UnionPage:
    items, next_cursor = await UNIONS.page(
        session,
        None,
        listing,
        UnionPublic,
        limit=limit,
        cursor=cursor,
        order_by=[col(Union.id)],
    )
    return UnionPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.post(
    "/bodies",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Create a body (an F3SCT names its CSA)",
)
async def create_body(
    body: BodyCreate, session: SessionDep, scope: Scope, tree: OrgTreeDep, _p: Caller
) -> BodyPublic:
    row = await service.create_body(session, data=body, tree=tree, scope=scope)
    return await service.body_view(session, row)


#: a list's filter on one body (its code)
BodyFilter = Annotated[Line | None, Query(description="Only the records of this body (its code).")]
BODY_SORT = Sort(Body, "code", "kind", "name", "unit_code", "seats")


@router.get("/bodies", summary="Bodies (CSA, F3SCT) of units in scope")
async def list_bodies(
    listing: Annotated[Listing, BODY_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    code: Annotated[Line | None, Query(description="Only the body of this code.")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> BodyPage:
    rows, next_cursor = await service.list_bodies(
        session, scope, listing, code=code, limit=limit, cursor=cursor
    )
    return BodyPage(
        items=[await service.body_view(session, r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get(
    "/bodies/{body_code}/composition",
    responses=problem_responses(404, 409),
    summary="F3SCT: seats per union from its CSA's votes, and the members designated",
)
async def get_composition(
    body_code: Line, session: SessionDep, scope: Scope, _p: Caller
) -> Composition:
    body = await BODIES.get(session, body_code, scope)
    return await service.composition(session, body)


@router.post(
    "/bodies/{body_code}/designations",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="A union designates an agent of the perimeter to an F3SCT seat",
)
async def designate(
    body_code: Line,
    body: DesignationCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
) -> DesignationPublic:
    row = await BODIES.get(session, body_code, scope)
    designation = await service.designate(
        session, body=row, data=body, tree=tree, actor=principal.subject
    )
    return await service.designation_view(session, designation)


DESIGNATION_SORT = Sort(Designation, "role", "designated_on", "ended_on")


@router.get(
    "/bodies/{body_code}/designations",
    responses=problem_responses(404),
    summary="Members designated to a body (active: not withdrawn)",
)
async def list_designations(
    listing: Annotated[Listing, DESIGNATION_SORT],
    body_code: Line,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    active: bool | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> DesignationPage:
    row = await BODIES.get(session, body_code, scope)
    rows, next_cursor = await service.list_designations(
        session, row, listing, active=active, limit=limit, cursor=cursor
    )
    return DesignationPage(
        items=[await service.designation_view(session, r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.post(
    "/designations/{designation_id}/withdrawal",
    responses=problem_responses(404, 409),
    summary="The union withdraws a designation (the mandate ends, the seat is free)",
)
async def withdraw_designation(
    designation_id: int,
    body: DesignationWithdrawal,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
) -> DesignationPublic:
    row = await service.in_body_scope(session, DESIGNATIONS, designation_id, scope)
    row = await service.withdraw_designation(session, row=row, data=body)
    return await service.designation_view(session, row)


@router.get(
    "/bodies/{body_code}/representativeness",
    responses=problem_responses(404),
    summary="Latest election of the body: seats, shares, representative unions",
)
async def get_representativeness(
    body_code: Line, session: SessionDep, scope: Scope, _p: Caller
) -> ElectionPublic:
    body = await BODIES.get(session, body_code, scope)
    return await service.election_view(session, await service.latest_election(session, body))


@router.post(
    "/elections",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Record an election's results (seats at the highest average)",
)
async def create_election(
    body: ElectionCreate, session: SessionDep, scope: Scope, _p: Caller
) -> ElectionPublic:
    election = await service.create_election(session, data=body, scope=scope)
    return await service.election_view(session, election)


ELECTION_SORT = Sort(Election, "held_on", "registered_voters")


@router.get("/elections", summary="Elections of bodies in scope")
async def list_elections(
    listing: Annotated[Listing, ELECTION_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    body_code: BodyFilter = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> ElectionPage:
    rows, next_cursor = await service.list_elections(
        session, scope, listing, body_code=body_code, limit=limit, cursor=cursor
    )
    items = [await service.election_view(session, r) for r in rows]
    return ElectionPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/elections/{election_id}", responses=problem_responses(404))
async def get_election(
    election_id: int, session: SessionDep, scope: Scope, _p: Caller
) -> ElectionPublic:
    row = await service.in_body_scope(session, ELECTIONS, election_id, scope)
    return await service.election_view(session, row)


@router.post("/meetings", status_code=status.HTTP_201_CREATED, responses=problem_responses(404))
async def create_meeting(
    body: MeetingCreate, session: SessionDep, scope: Scope, _p: Caller
) -> MeetingPublic:
    row = await service.create_meeting(session, data=body, scope=scope)
    return await service.meeting_view(session, row)


MEETING_SORT = Sort(Meeting, "held_on")


@router.get("/meetings", summary="Meetings of bodies in scope")
async def list_meetings(
    listing: Annotated[Listing, MEETING_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    body_code: BodyFilter = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> MeetingPage:
    rows, next_cursor = await service.list_meetings(
        session, scope, listing, body_code=body_code, limit=limit, cursor=cursor
    )
    return MeetingPage(
        items=[await service.meeting_view(session, r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/meetings/{meeting_id}", responses=problem_responses(404))
async def get_meeting(
    meeting_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> MeetingPublic:
    row = await service.in_body_scope(session, MEETINGS, meeting_id, scope)
    set_etag(response, row.version)
    return await service.meeting_view(session, row)


@router.patch(
    "/meetings/{meeting_id}",
    responses=problem_responses(404, 409, 412, 428),
    summary="Amend the agenda or record the minutes",
)
async def update_meeting(
    meeting_id: int,
    body: MeetingUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> MeetingPublic:
    row = await service.in_body_scope(session, MEETINGS, meeting_id, scope)
    check_if_match(if_match, row.version)
    row = await service.edit_meeting(session, row=row, data=body)
    set_etag(response, row.version)
    return await service.meeting_view(session, row)


@router.post(
    "/meetings/{meeting_id}/opinions",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Record the body's opinion (votes) on an agenda item",
)
async def record_opinion(
    meeting_id: int, body: OpinionCreate, session: SessionDep, scope: Scope, _p: Caller
) -> OpinionPublic:
    row = await service.in_body_scope(session, MEETINGS, meeting_id, scope)
    return OpinionPublic.model_validate(await service.record_opinion(session, row=row, data=body))


@router.post(
    "/time-credits/{year}/computation",
    responses=problem_responses(404, 409),
    summary="Compute the year's union time credits from a CSA's election results",
)
async def compute_time_credits(
    year: Year, body: TimeCreditComputation, session: SessionDep, scope: Scope, _p: Caller
) -> TimeCreditAllocation:
    csa = await BODIES.get(session, body.body_code, scope)
    await service.compute_credits(session, body=csa, year=year)
    return await service.allocation_view(session, year)


@router.get(
    "/time-credits/{year}",
    responses=problem_responses(404),
    summary="The year's computed time credits: global credit and each union's share",
)
async def get_time_credits(year: Year, session: SessionDep, _p: Caller) -> TimeCreditAllocation:
    return await service.allocation_view(session, year)


@router.put(
    "/unions/{union_code}/time-credits/{year}",
    responses=problem_responses(404, 409, 412, 428),
    summary="Override a union's computed time credit, with the reason (If-Match)",
)
async def set_time_credit(
    union_code: Line,
    year: Year,
    body: TimeCreditSet,
    session: SessionDep,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> TimeCreditPublic:
    union = await UNIONS.get(session, union_code)
    credit = await service.override_credit(
        session,
        union=union,
        year=year,
        hours=body.hours_granted,
        reason=body.reason,
        if_match=if_match,
    )
    set_etag(response, credit.version)
    return await service.credit_view(session, union, credit)


@router.get("/unions/{union_code}/time-credits/{year}", responses=problem_responses(404))
async def get_time_credit(
    union_code: Line, year: Year, session: SessionDep, response: Response, _p: Caller
) -> TimeCreditPublic:
    union = await UNIONS.get(session, union_code)
    credit = await service.get_credit(session, union, year)
    set_etag(response, credit.version)
    return await service.credit_view(session, union, credit)


@router.post(
    "/unions/{union_code}/time-credits/{year}/uses",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Record hours of time credit used",
)
async def use_time_credit(
    union_code: Line,
    year: Year,
    body: TimeCreditUseCreate,
    session: SessionDep,
    _p: Caller,
) -> TimeCreditPublic:
    union = await UNIONS.get(session, union_code)
    credit = await service.get_credit(session, union, year)
    await service.use_credit(
        session, union=union, credit=credit, used_on=body.used_on, hours=body.hours, note=body.note
    )
    return await service.credit_view(session, union, credit)


async def _meeting_in_scope(session: AsyncSession, scope: OrgScope, record_id: int) -> object:
    return await service.in_body_scope(session, MEETINGS, record_id, scope)


# The signed procès-verbal and the papers sent to the body's members.
router.include_router(
    document_router(
        path="/meetings/{record_id}", tag="unions", name="meeting", load=_meeting_in_scope
    )
)
