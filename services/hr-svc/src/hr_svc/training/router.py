"""HTTP API of the training domain."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response, status
from sqlmodel import col, select

from hr_svc.agents.models import Agent
from hr_svc.training import certificate, service
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
from sg_common.api import (
    BusinessDate,
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    paginate,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import today
from sg_common.deps import SessionDep
from sg_common.documents.router import file_response, file_responses
from sg_common.errors import NotFound, problem_responses

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
    stmt = select(Course)
    if domain is not None:
        stmt = stmt.where(Course.domain == domain)
    if mandatory is not None:
        stmt = stmt.where(Course.mandatory == mandatory)
    if active is not None:
        stmt = stmt.where(Course.active == active)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Course.id)], limit=limit, cursor=cursor, listing=listing
    )
    return CoursePage(
        items=[CoursePublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/courses/{course_id}", responses=problem_responses(404))
async def get_course(
    course_id: int, session: SessionDep, response: Response, _p: Caller
) -> CoursePublic:
    course = await service.get_course(session, course_id)
    set_etag(response, course.version)
    return CoursePublic.model_validate(course)


@router.patch("/courses/{course_id}", responses=problem_responses(404, 412, 428))
async def update_course(
    course_id: int,
    body: CourseUpdate,
    session: SessionDep,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> CoursePublic:
    course = await service.get_course(session, course_id)
    check_if_match(if_match, course.version)
    course = await service.update_course(session, course=course, data=body)
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
    body: SessionCreate, session: SessionDep, scope: Scope, request: Request, _p: Caller
) -> SessionPublic:
    row = await service.create_session(
        session, data=body, tree=request.app.state.org_tree, scope=scope
    )
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
    stmt = scope.apply(select(TrainingSession), col(TrainingSession.unit_code))
    if course_id is not None:
        stmt = stmt.where(TrainingSession.course_id == course_id)
    if status is not None:
        stmt = stmt.where(TrainingSession.status == status.value)
    if budget_status is not None:
        stmt = stmt.where(TrainingSession.budget_status == budget_status.value)
    if from_date is not None:
        stmt = stmt.where(col(TrainingSession.start_date) >= from_date)
    rows, next_cursor = await paginate(
        session,
        stmt,
        order_by=[col(TrainingSession.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    n = await service.counts(session, [r.id or 0 for r in rows])
    items = [session_public(r, n[r.id or 0]) for r in rows]
    return SessionPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/sessions/{session_id}", responses=problem_responses(404))
async def get_session(
    session_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> SessionPublic:
    row = await service.get_session(session, session_id=session_id, scope=scope)
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
    row = await service.get_session(session, session_id=session_id, scope=scope)
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
    row = await service.get_session(session, session_id=session_id, scope=scope)
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
    row = await service.get_session(session, session_id=session_id, scope=scope)
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
    row = await service.get_session(session, session_id=session_id, scope=scope)
    agent = await session.get(Agent, body.agent_id)
    if agent is None:
        raise NotFound(f"agent {body.agent_id} does not exist")
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
    await service.get_session(session, session_id=session_id, scope=scope)
    stmt = select(Enrolment).where(Enrolment.session_id == session_id)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Enrolment.id)], limit=limit, cursor=cursor, listing=listing
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
    stmt = scope.apply(select(Completion), col(Completion.unit_code))
    if agent_id is not None:
        stmt = stmt.where(Completion.agent_id == agent_id)
    if unit_code is not None:
        stmt = stmt.where(Completion.unit_code == unit_code)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Completion.id)], limit=limit, cursor=cursor, listing=listing
    )
    return CompletionPage(
        items=[CompletionPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get(
    "/completions/{completion_id}/certificate",
    response_class=Response,
    responses=file_responses("The attestation de formation (PDF)", ["application/pdf"]),
    summary="The training certificate of a completion, as PDF",
)
async def training_certificate(
    completion_id: int, session: SessionDep, scope: Scope, _p: Caller
) -> Response:
    stmt = scope.apply(
        select(Completion).where(Completion.id == completion_id), col(Completion.unit_code)
    )
    completion = (await session.exec(stmt)).first()
    if completion is None:
        raise NotFound(f"completion {completion_id} does not exist")
    enrolment = await session.get(Enrolment, completion.enrolment_id)
    course = await session.get(Course, completion.course_id)
    agent = await session.get(Agent, completion.agent_id)
    if enrolment is None or course is None or agent is None:  # foreign keys: never
        raise NotFound(f"completion {completion_id} lost its enrolment, course or agent")
    held = await session.get(TrainingSession, enrolment.session_id)
    if held is None:
        raise NotFound(f"completion {completion_id} lost its session")
    data = certificate.render(completion, course, held, agent)
    return file_response(
        data,
        media_type="application/pdf",
        filename=f"attestation-formation-{course.code}-{agent.matricule}.pdf",
    )


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
    request: Request,
    _p: Caller,
) -> TrainingPlan:
    scope.check(unit_code, not_found=True, what="plan")
    request.app.state.org_tree.require(unit_code, date(year, 12, 31))
    return await service.training_plan(
        session, tree=request.app.state.org_tree, unit_code=unit_code, year=year
    )


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
    request: Request,
    _p: Caller,
) -> TrainingPlan:
    request.app.state.org_tree.require(unit_code, date(year, 12, 31))
    scope.check(unit_code)
    await service.set_plan_line(
        session,
        unit_code=unit_code,
        year=year,
        course_id=body.course_id,
        trainees=body.planned_trainees,
    )
    return await service.training_plan(
        session, tree=request.app.state.org_tree, unit_code=unit_code, year=year
    )


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
    request: Request,
    _p: Caller,
    within_days: Annotated[int, Query(ge=0, le=3650)] = 60,
) -> ComplianceReport:
    scope.check(unit_code, not_found=True, what="unit")
    request.app.state.org_tree.require(unit_code, None)
    items = await service.compliance(
        session, tree=request.app.state.org_tree, unit_code=unit_code, within_days=within_days
    )
    return ComplianceReport(
        unit_code=unit_code, as_of=today(), within_days=within_days, items=items
    )
