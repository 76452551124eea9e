"""HTTP API of the training domain."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from hr_svc.agents.service import AGENTS
from hr_svc.training import service
from hr_svc.training.models import Completion, Course, Enrolment, TrainingSession
from hr_svc.training.schemas import (
    AttendanceSet,
    BudgetStatus,
    CompletionCreate,
    CompletionPage,
    CompletionPublic,
    ComplianceReport,
    CourseCreate,
    CoursePage,
    CoursePublic,
    CourseUpdate,
    EnrolmentCreate,
    EnrolmentPage,
    EnrolmentPublic,
    PlanLineSet,
    SessionBudget,
    SessionCompletionCreate,
    SessionConfirmation,
    SessionCreate,
    SessionPage,
    SessionPublic,
    SessionStatus,
    TrainingPlan,
)
from hr_svc.training.service import COMPLETIONS, COURSES, SESSIONS
from sg_common.api import (
    BusinessDate,
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
from sg_common.clock import today
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.documents.router import file_response, file_responses
from sg_common.errors import problem_responses

router = APIRouter(prefix="/training", tags=["training"])

Year = Annotated[int, Path(ge=2000, le=2100)]


# catalogue ---------------------------------------------------------------------------------
@router.post("/courses", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_course(body: CourseCreate, session: SessionDep, _p: Caller) -> CoursePublic:
    return CoursePublic.model_validate(await service.create_course(session, data=body))


COURSE_SORT = Sort(Course, "code", "title", "domain", "duration_hours", "cost")


@router.get("/courses", summary="The training catalogue (any authenticated user)")
async def list_courses(
    listing: Annotated[Listing, COURSE_SORT],
    session: SessionDep,
    _p: Caller,
    domain: Annotated[Line | None, Query(max_length=100)] = None,
    mandatory: bool | None = None,
    active: bool | None = True,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CoursePage:
    items, next_cursor = await COURSES.page(
        session,
        None,
        listing,
        CoursePublic,
        limit=limit,
        cursor=cursor,
        domain=domain,
        mandatory=mandatory,
        active=active,
    )
    return CoursePage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/courses/{course_id}", responses=problem_responses(404))
async def get_course(
    course_id: int, session: SessionDep, response: Response, _p: Caller
) -> CoursePublic:
    found = await COURSES.read(session, course_id, None, CoursePublic)
    set_etag(response, found.version)
    return found


@router.patch("/courses/{course_id}", responses=problem_responses(404, 412, 428))
async def update_course(
    course_id: int,
    body: CourseUpdate,
    session: SessionDep,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> CoursePublic:
    course = await COURSES.get(session, course_id)
    check_if_match(if_match, course.version)
    course = await service.edit_course(session, course=course, data=body)
    set_etag(response, course.version)
    return CoursePublic.model_validate(course)


# sessions ----------------------------------------------------------------------------------
def session_public(row: TrainingSession, n: dict[str, int]) -> SessionPublic:
    budget = SessionBudget(
        status=BudgetStatus(row.budget_status),
        commitment_id=row.commitment_id,
        committed_ae=row.committed_ae,
        requested_ae=row.budget_requested_ae,
        available_ae=row.budget_available_ae,
        reason=row.budget_reason,
        answered_at=row.budget_answered_at,
    )
    return SessionPublic.model_validate({**row.model_dump(), **n, "budget": budget})


async def _session_view(session: SessionDep, row: TrainingSession) -> SessionPublic:
    n = (await service.counts(session, [row.id or 0]))[row.id or 0]
    return session_public(row, n)


@router.post(
    "/sessions", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409)
)
async def create_session(
    body: SessionCreate, session: SessionDep, scope: Scope, tree: OrgTreeDep, _p: Caller
) -> SessionPublic:
    row = await service.create_session(session, data=body, tree=tree, scope=scope)
    return await _session_view(session, row)


SESSION_SORT = Sort(
    TrainingSession, "unit_code", "start_date", "end_date", "place", "capacity", "status"
)


@router.get("/sessions", summary="Sessions organised by units in scope")
async def list_sessions(
    listing: Annotated[Listing, SESSION_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    course_id: int | None = None,
    from_date: BusinessDate | None = None,
    status: SessionStatus | None = None,
    budget_status: BudgetStatus | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> SessionPage:
    rows, next_cursor = await service.list_sessions(
        session,
        scope,
        listing,
        course_id=course_id,
        from_date=from_date,
        status=status.value if status is not None else None,
        budget_status=budget_status.value if budget_status is not None else None,
        limit=limit,
        cursor=cursor,
    )
    n = await service.counts(session, [r.id or 0 for r in rows])
    items = [session_public(r, n[r.id or 0]) for r in rows]
    return SessionPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/sessions/{session_id}", responses=problem_responses(404))
async def get_session(
    session_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> SessionPublic:
    row = await SESSIONS.get(session, session_id, scope)
    set_etag(response, row.version)
    return await _session_view(session, row)


@router.post(
    "/sessions/{session_id}/confirmation",
    responses=problem_responses(404, 409),
    summary="Confirm a session: budget is asked to commit its estimated cost on T3",
)
async def confirm_session(
    session_id: int, body: SessionConfirmation, session: SessionDep, scope: Scope, _p: Caller
) -> SessionPublic:
    row = await SESSIONS.get(session, session_id, scope)
    row = await service.confirm_session(session, row=row, estimated_cost=body.estimated_cost)
    return await _session_view(session, row)


@router.post(
    "/sessions/{session_id}/completion",
    responses=problem_responses(404, 409),
    summary="The session was held: service fait for its actual cost, the rest released",
)
async def complete_session(
    session_id: int, body: SessionCompletionCreate, session: SessionDep, scope: Scope, _p: Caller
) -> SessionPublic:
    row = await SESSIONS.get(session, session_id, scope)
    row = await service.complete_session(
        session, row=row, actual_cost=body.actual_cost, completed_on=body.completed_on
    )
    return await _session_view(session, row)


@router.post(
    "/sessions/{session_id}/cancellation",
    responses=problem_responses(404, 409),
    summary="Cancel a session (its enrolments are cancelled, its AE released)",
)
async def cancel_session(
    session_id: int, session: SessionDep, scope: Scope, _p: Caller
) -> SessionPublic:
    row = await SESSIONS.get(session, session_id, scope)
    row = await service.cancel_session(session, row=row)
    return await _session_view(session, row)


@router.post(
    "/sessions/{session_id}/enrolments",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Enrol an agent (waitlisted when the session is full)",
)
async def enrol_agent(
    session_id: int, body: EnrolmentCreate, session: SessionDep, scope: Scope, _p: Caller
) -> EnrolmentPublic:
    row = await SESSIONS.get(session, session_id, scope)
    agent = await AGENTS.get(session, body.agent_id)
    enrolment = await service.enrol(session, row=row, agent=agent)
    positions = await service.waitlist_positions(session, session_id)
    return EnrolmentPublic.model_validate(
        {**enrolment.model_dump(), "waitlist_position": positions.get(enrolment.id or 0)}
    )


ENROLMENT_SORT = Sort(Enrolment, "status", "requested_at")


@router.get("/sessions/{session_id}/enrolments", responses=problem_responses(404))
async def list_enrolments(
    listing: Annotated[Listing, ENROLMENT_SORT],
    session_id: int,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    limit: Limit = 200,
    cursor: Cursor = None,
) -> EnrolmentPage:
    await SESSIONS.exists(session, session_id, scope)
    rows, next_cursor = await service.list_enrolments(
        session, session_id, listing, limit=limit, cursor=cursor
    )
    positions = await service.waitlist_positions(session, session_id)
    items = [
        EnrolmentPublic.model_validate(
            {**r.model_dump(), "waitlist_position": positions.get(r.id or 0)}
        )
        for r in rows
    ]
    return EnrolmentPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.post(
    "/enrolments/{enrolment_id}/cancellation",
    responses=problem_responses(404, 409),
    summary="Cancel an enrolment (the first waiting agent takes the seat)",
)
async def cancel_enrolment(
    enrolment_id: int, session: SessionDep, scope: Scope, _p: Caller
) -> EnrolmentPublic:
    enrolment, row = await service.get_enrolment(session, enrolment_id=enrolment_id, scope=scope)
    enrolment = await service.cancel_enrolment(session, enrolment=enrolment, row=row)
    return EnrolmentPublic.model_validate(enrolment)


@router.put(
    "/enrolments/{enrolment_id}/attendance",
    responses=problem_responses(404, 409),
    summary="Record attendance (émargement)",
)
async def set_attendance(
    enrolment_id: int, body: AttendanceSet, session: SessionDep, scope: Scope, _p: Caller
) -> EnrolmentPublic:
    enrolment, _row = await service.get_enrolment(session, enrolment_id=enrolment_id, scope=scope)
    enrolment = await service.set_attendance(session, enrolment=enrolment, present=body.present)
    return EnrolmentPublic.model_validate(enrolment)


@router.post(
    "/enrolments/{enrolment_id}/completion",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Record completion (training.completed)",
)
async def complete_enrolment(
    enrolment_id: int, body: CompletionCreate, session: SessionDep, scope: Scope, _p: Caller
) -> CompletionPublic:
    enrolment, row = await service.get_enrolment(session, enrolment_id=enrolment_id, scope=scope)
    completion = await service.complete(
        session, enrolment=enrolment, row=row, completed_on=body.completed_on
    )
    return CompletionPublic.model_validate(completion)


COMPLETION_SORT = Sort(
    Completion, "unit_code", "completed_on", "hours", "cost", "certificate_expires_on"
)


@router.get("/completions", summary="Completions of agents of units in scope")
async def list_completions(
    listing: Annotated[Listing, COMPLETION_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    agent_id: int | None = None,
    unit_code: Annotated[Line | None, Query(max_length=32)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CompletionPage:
    items, next_cursor = await COMPLETIONS.page(
        session,
        scope,
        listing,
        CompletionPublic,
        limit=limit,
        cursor=cursor,
        agent_id=agent_id,
        unit_code=unit_code,
    )
    return CompletionPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get(
    "/completions/{completion_id}/certificate",
    response_class=Response,
    responses=file_responses("The attestation de formation (PDF)", ["application/pdf"]),
    summary="The training certificate of a completion, as PDF",
)
async def training_certificate(
    completion_id: int, session: SessionDep, scope: Scope, _p: Caller
) -> Response:
    data, filename = await service.certificate(session, completion_id=completion_id, scope=scope)
    return file_response(data, media_type="application/pdf", filename=filename)


# plan and compliance -----------------------------------------------------------------------
@router.get(
    "/plans/{unit_code}/{year}",
    summary="Annual training plan: planned vs done, with the T3 envelope",
    # a unit outside the caller's scope answers 404 (scope.check(..., not_found=True))
    responses=problem_responses(404),
)
async def get_training_plan(
    unit_code: Line,
    year: Year,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _p: Caller,
) -> TrainingPlan:
    scope.check(unit_code, not_found=True, what="plan")
    tree.require(unit_code, date(year, 12, 31))
    return await service.training_plan(session, tree=tree, unit_code=unit_code, year=year)


@router.put(
    "/plans/{unit_code}/{year}/lines",
    responses=problem_responses(404),
    summary="Set the trainees planned on a course",
)
async def set_plan_line(
    unit_code: Line,
    year: Year,
    body: PlanLineSet,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _p: Caller,
) -> TrainingPlan:
    tree.require(unit_code, date(year, 12, 31))
    scope.check(unit_code)
    await service.set_plan_line(
        session,
        unit_code=unit_code,
        year=year,
        course_id=body.course_id,
        trainees=body.planned_trainees,
    )
    return await service.training_plan(session, tree=tree, unit_code=unit_code, year=year)


@router.get(
    "/compliance/{unit_code}",
    summary="Mandatory trainings missing or certificates expiring in the next N days",
    # a unit outside the caller's scope answers 404 (scope.check(..., not_found=True))
    responses=problem_responses(404),
)
async def get_compliance(
    unit_code: Line,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _p: Caller,
    within_days: Annotated[int, Query(ge=0, le=3650)] = 60,
) -> ComplianceReport:
    scope.check(unit_code, not_found=True, what="unit")
    tree.require(unit_code, None)
    items = await service.compliance(
        session, tree=tree, unit_code=unit_code, within_days=within_days
    )
    return ComplianceReport(
        unit_code=unit_code, as_of=today(), within_days=within_days, items=items
    )
