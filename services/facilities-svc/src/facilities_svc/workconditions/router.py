"""HTTP API of working conditions: register, DUERP, incidents."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.workconditions import events, service
from facilities_svc.workconditions.models import (
    Incident,
    IncidentFollowUp,
    PreventionAction,
    RegisterEntry,
    Risk,
    RiskAssessment,
)
from facilities_svc.workconditions.schemas import (
    ActionPublic,
    ActionStatus,
    AssessmentCopy,
    AssessmentCreate,
    AssessmentPage,
    AssessmentPublic,
    AssessmentStatus,
    EntryCreate,
    EntryPage,
    EntryPublic,
    EntrySource,
    EntryStatus,
    EntryUpdate,
    FollowUpCreate,
    FollowUpPublic,
    IncidentCreate,
    IncidentPage,
    IncidentPublic,
    IncidentStatus,
    RiskCreate,
    RiskPublic,
)
from sg_common.api import (
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
from sg_common.auth.scope import OrgScope
from sg_common.clock import today
from sg_common.deps import SessionDep
from sg_common.documents import document_router
from sg_common.errors import NotFound, problem_responses

router = APIRouter(tags=["working-conditions"])


# register ------------------------------------------------------------------------------------
@router.post("/register-entries", status_code=status.HTTP_201_CREATED)
async def create_register_entry(
    body: EntryCreate, session: SessionDep, scope: Scope, request: Request, principal: Caller
) -> EntryPublic:
    """Any agent with a facilities role writes in the register of their unit's site."""
    request.app.state.org_tree.require(body.unit_code)
    scope.check(body.unit_code)
    entry = RegisterEntry(
        **body.model_dump(),
        source=EntrySource.staff.value,
        reported_by=principal.subject,
        reported_on=today(),
        status=EntryStatus.open.value,
    )
    session.add(entry)
    await session.flush()
    return EntryPublic.model_validate(entry)


REGISTER_SORT = Sort(RegisterEntry, "site", "unit_code", "title", "reported_on", "status")


@router.get("/register-entries")
async def list_register_entries(
    listing: Annotated[Listing, REGISTER_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    site: Line | None = None,
    unit_code: Line | None = None,
    status_: Annotated[EntryStatus | None, Query(alias="status")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> EntryPage:
    stmt = scope.apply(select(RegisterEntry), col(RegisterEntry.unit_code))
    if site is not None:
        stmt = stmt.where(RegisterEntry.site == site)
    if unit_code is not None:
        stmt = stmt.where(RegisterEntry.unit_code == unit_code)
    if status_ is not None:
        stmt = stmt.where(RegisterEntry.status == status_.value)
    rows, nxt = await paginate(
        session, stmt, order_by=[col(RegisterEntry.id)], limit=limit, cursor=cursor, listing=listing
    )
    return EntryPage(
        items=[EntryPublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


async def _entry(session: SessionDep, entry_id: int, scope: Scope) -> RegisterEntry:
    stmt = scope.apply(
        select(RegisterEntry).where(RegisterEntry.id == entry_id), col(RegisterEntry.unit_code)
    )
    entry = (await session.exec(stmt)).first()
    if entry is None:
        raise NotFound(f"register entry {entry_id} does not exist")
    return entry


@router.get("/register-entries/{entry_id}", responses=problem_responses(404))
async def get_register_entry(
    entry_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> EntryPublic:
    entry = await _entry(session, entry_id, scope)
    set_etag(response, entry.version)
    return EntryPublic.model_validate(entry)


@router.patch("/register-entries/{entry_id}", responses=problem_responses(404, 412, 428))
async def answer_register_entry(
    entry_id: int,
    body: EntryUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> EntryPublic:
    """The DSG's answer and the entry's status (``register_entry.answered``: production shows
    it back on the proposal the entry came from)."""
    entry = await _entry(session, entry_id, scope)
    check_if_match(if_match, entry.version)
    if body.status is not None:
        entry.status = body.status.value
    if body.response is not None:
        entry.response = body.response
    entry.version += 1
    session.add(entry)
    await session.flush()
    await events.publish_answer(session, entry)
    set_etag(response, entry.version)
    return EntryPublic.model_validate(entry)


# DUERP ---------------------------------------------------------------------------------------
@router.post(
    "/risk-assessments", status_code=status.HTTP_201_CREATED, responses=problem_responses(409)
)
async def create_risk_assessment(
    body: AssessmentCreate, session: SessionDep, scope: Scope, request: Request, _r: Caller
) -> AssessmentPublic:
    request.app.state.org_tree.require(body.unit_code)
    scope.check(body.unit_code)
    assessment = await service.create_assessment(session, unit_code=body.unit_code, year=body.year)
    return await service.assessment_public(session, assessment)


ASSESSMENT_SORT = Sort(RiskAssessment, "unit_code", "year", "status", "validated_on")


@router.get("/risk-assessments")
async def list_risk_assessments(
    listing: Annotated[Listing, ASSESSMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    year: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AssessmentPage:
    stmt = scope.apply(select(RiskAssessment), col(RiskAssessment.unit_code))
    if unit_code is not None:
        stmt = stmt.where(RiskAssessment.unit_code == unit_code)
    if year is not None:
        stmt = stmt.where(RiskAssessment.year == year)
    rows, nxt = await paginate(
        session,
        stmt,
        order_by=[col(RiskAssessment.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return AssessmentPage(
        items=[AssessmentPublic.model_validate(r) for r in rows],
        next_cursor=nxt,
        total=listing.total,
    )


@router.get("/risk-assessments/{assessment_id}", responses=problem_responses(404))
async def get_risk_assessment(
    assessment_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> AssessmentPublic:
    assessment = await service.get_assessment(session, assessment_id=assessment_id, scope=scope)
    set_etag(response, assessment.version)
    return await service.assessment_public(session, assessment)


@router.post(
    "/risk-assessments/{assessment_id}/risks",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
)
async def add_risk(
    assessment_id: int, body: RiskCreate, session: SessionDep, scope: Scope, _r: Caller
) -> RiskPublic:
    assessment = await service.get_assessment(session, assessment_id=assessment_id, scope=scope)
    risk = await service.add_risk(session, assessment=assessment, body=body)
    actions = await session.exec(
        select(PreventionAction).where(PreventionAction.risk_id == risk.id)
    )
    public = RiskPublic.model_validate(risk)
    public.actions = [ActionPublic.model_validate(a) for a in actions.all()]
    return public


@router.post(
    "/risk-assessments/{assessment_id}/validate",
    responses=problem_responses(404, 409, 412, 428),
)
async def validate_risk_assessment(
    assessment_id: int,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> AssessmentPublic:
    assessment = await service.get_assessment(session, assessment_id=assessment_id, scope=scope)
    check_if_match(if_match, assessment.version)
    service.ensure_draft(assessment)
    assessment.status = AssessmentStatus.validated.value
    assessment.validated_on = today()
    assessment.version += 1
    session.add(assessment)
    await session.flush()
    set_etag(response, assessment.version)
    return await service.assessment_public(session, assessment)


@router.post(
    "/risk-assessments/{assessment_id}/copy",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Start next year's DUERP from this one (risks and open actions)",
)
async def copy_risk_assessment(
    assessment_id: int, body: AssessmentCopy, session: SessionDep, scope: Scope, _r: Caller
) -> AssessmentPublic:
    source = await service.get_assessment(session, assessment_id=assessment_id, scope=scope)
    target = await service.copy_assessment(
        session, source=source, year=body.year or source.year + 1
    )
    return await service.assessment_public(session, target)


@router.post("/prevention-actions/{action_id}/done", responses=problem_responses(404))
async def complete_prevention_action(
    action_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> ActionPublic:
    stmt = scope.apply(
        select(PreventionAction)
        .join(Risk, col(Risk.id) == col(PreventionAction.risk_id))
        .join(RiskAssessment, col(RiskAssessment.id) == col(Risk.assessment_id))
        .where(PreventionAction.id == action_id),
        col(RiskAssessment.unit_code),
    )
    action = (await session.exec(stmt)).first()
    if action is None:
        raise NotFound(f"prevention action {action_id} does not exist")
    action.status = ActionStatus.done.value
    action.done_on = today()
    action.version += 1
    session.add(action)
    await session.flush()
    return ActionPublic.model_validate(action)


# incidents -----------------------------------------------------------------------------------
async def _incident(session: SessionDep, incident_id: int, scope: Scope) -> Incident:
    stmt = scope.apply(select(Incident).where(Incident.id == incident_id), col(Incident.unit_code))
    incident = (await session.exec(stmt)).first()
    if incident is None:
        raise NotFound(f"incident {incident_id} does not exist")
    return incident


async def _incident_public(session: SessionDep, incident: Incident) -> IncidentPublic:
    notes = await session.exec(
        select(IncidentFollowUp)
        .where(IncidentFollowUp.incident_id == incident.id)
        .order_by(col(IncidentFollowUp.id))
    )
    public = IncidentPublic.model_validate(incident)
    public.follow_ups = [FollowUpPublic.model_validate(n) for n in notes.all()]
    return public


@router.post("/incidents", status_code=status.HTTP_201_CREATED)
async def create_incident(
    body: IncidentCreate,
    session: SessionDep,
    scope: Scope,
    request: Request,
    principal: Caller,
) -> IncidentPublic:
    request.app.state.org_tree.require(body.unit_code)
    scope.check(body.unit_code)
    incident = Incident(
        **body.model_dump(mode="python"),
        status=IncidentStatus.open.value,
        reported_by=principal.subject,
    )
    incident.kind = body.kind.value
    session.add(incident)
    await session.flush()
    return await _incident_public(session, incident)


INCIDENT_SORT = Sort(Incident, "unit_code", "site", "kind", "occurred_on", "lost_days", "status")


@router.get("/incidents")
async def list_incidents(
    listing: Annotated[Listing, INCIDENT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    status_: Annotated[IncidentStatus | None, Query(alias="status")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> IncidentPage:
    stmt = scope.apply(select(Incident), col(Incident.unit_code))
    if unit_code is not None:
        stmt = stmt.where(Incident.unit_code == unit_code)
    if status_ is not None:
        stmt = stmt.where(Incident.status == status_.value)
    rows, nxt = await paginate(
        session, stmt, order_by=[col(Incident.id)], limit=limit, cursor=cursor, listing=listing
    )
    return IncidentPage(
        items=[IncidentPublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


@router.get("/incidents/{incident_id}", responses=problem_responses(404))
async def get_incident(
    incident_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> IncidentPublic:
    incident = await _incident(session, incident_id, scope)
    set_etag(response, incident.version)
    return await _incident_public(session, incident)


@router.post(
    "/incidents/{incident_id}/follow-ups",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
)
async def add_incident_follow_up(
    incident_id: int, body: FollowUpCreate, session: SessionDep, scope: Scope, principal: Caller
) -> FollowUpPublic:
    incident = await _incident(session, incident_id, scope)
    follow_up = await service.add_follow_up(
        session, incident=incident, note=body.note, author=principal.subject, close=body.close
    )
    return FollowUpPublic.model_validate(follow_up)


async def _assessment_in_scope(session: AsyncSession, scope: OrgScope, record_id: int) -> object:
    return await service.get_assessment(session, assessment_id=record_id, scope=scope)


# The signed DUERP and what it rests on (site visits, measurements).
router.include_router(
    document_router(
        path="/risk-assessments/{record_id}",
        tag="working-conditions",
        name="risk_assessment",
        load=_assessment_in_scope,
    )
)
