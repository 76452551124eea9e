"""HTTP API of working conditions: register, DUERP, incidents."""

from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.workconditions import service
from facilities_svc.workconditions.models import Incident, RegisterEntry, RiskAssessment
from facilities_svc.workconditions.schemas import (
    ActionPublic,
    AssessmentCopy,
    AssessmentCreate,
    AssessmentPage,
    AssessmentPublic,
    EntryCreate,
    EntryPage,
    EntryPublic,
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
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.auth.scope import OrgScope
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.documents import document_router
from sg_common.errors import problem_responses

router = APIRouter(tags=["working-conditions"])


# register ------------------------------------------------------------------------------------
@router.post("/register-entries", status_code=status.HTTP_201_CREATED)
async def create_register_entry(
    body: EntryCreate, session: SessionDep, scope: Scope, tree: OrgTreeDep, principal: Caller
) -> EntryPublic:
    """Any agent with a facilities role writes in the register of their unit's site."""
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    entry = await service.create_entry(session, body, reported_by=principal.subject)
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
    items, nxt = await service.REGISTER.page(
        session,
        scope,
        listing,
        EntryPublic,
        limit=limit,
        cursor=cursor,
        site=site,
        unit_code=unit_code,
        status=status_,
    )
    return EntryPage(items=items, next_cursor=nxt, total=listing.total)


@router.get("/register-entries/{entry_id}", responses=problem_responses(404))
async def get_register_entry(
    entry_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> EntryPublic:
    entry = await service.REGISTER.read(session, entry_id, scope, EntryPublic)
    set_etag(response, entry.version)
    return entry


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
    entry = await service.REGISTER.get(session, entry_id, scope)
    check_if_match(if_match, entry.version)
    await service.answer_entry(session, entry, body)
    set_etag(response, entry.version)
    return EntryPublic.model_validate(entry)


# DUERP ---------------------------------------------------------------------------------------
@router.post(
    "/risk-assessments", status_code=status.HTTP_201_CREATED, responses=problem_responses(409)
)
async def create_risk_assessment(
    body: AssessmentCreate, session: SessionDep, scope: Scope, tree: OrgTreeDep, _r: Caller
) -> AssessmentPublic:
    tree.require(body.unit_code)
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
    items, nxt = await service.ASSESSMENTS.page(
        session,
        scope,
        listing,
        AssessmentPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        year=year,
    )
    return AssessmentPage(items=items, next_cursor=nxt, total=listing.total)


@router.get("/risk-assessments/{assessment_id}", responses=problem_responses(404))
async def get_risk_assessment(
    assessment_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> AssessmentPublic:
    assessment = await service.ASSESSMENTS.get(session, assessment_id, scope)
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
    assessment = await service.ASSESSMENTS.get(session, assessment_id, scope)
    risk = await service.add_risk(session, assessment=assessment, body=body)
    return await service.risk_public(session, risk)


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
    assessment = await service.ASSESSMENTS.get(session, assessment_id, scope)
    check_if_match(if_match, assessment.version)
    service.validate_assessment(assessment)
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
    source = await service.ASSESSMENTS.get(session, assessment_id, scope)
    target = await service.copy_assessment(
        session, source=source, year=body.year or source.year + 1
    )
    return await service.assessment_public(session, target)


@router.post("/prevention-actions/{action_id}/done", responses=problem_responses(404))
async def complete_prevention_action(
    action_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> ActionPublic:
    action = await service.complete_action(session, action_id, scope)
    return ActionPublic.model_validate(action)


# incidents -----------------------------------------------------------------------------------
@router.post("/incidents", status_code=status.HTTP_201_CREATED)
async def create_incident(
    body: IncidentCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
) -> IncidentPublic:
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    incident = await service.create_incident(session, body, reported_by=principal.subject)
    return await service.incident_public(session, incident)


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
    items, nxt = await service.INCIDENTS.page(
        session,
        scope,
        listing,
        IncidentPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        status=status_,
    )
    return IncidentPage(items=items, next_cursor=nxt, total=listing.total)


@router.get("/incidents/{incident_id}", responses=problem_responses(404))
async def get_incident(
    incident_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> IncidentPublic:
    incident = await service.INCIDENTS.get(session, incident_id, scope)
    set_etag(response, incident.version)
    return await service.incident_public(session, incident)


@router.post(
    "/incidents/{incident_id}/follow-ups",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
)
async def add_incident_follow_up(
    incident_id: int, body: FollowUpCreate, session: SessionDep, scope: Scope, principal: Caller
) -> FollowUpPublic:
    incident = await service.INCIDENTS.get(session, incident_id, scope)
    follow_up = await service.add_follow_up(
        session, incident=incident, note=body.note, author=principal.subject, close=body.close
    )
    return FollowUpPublic.model_validate(follow_up)


async def _assessment_in_scope(session: AsyncSession, scope: OrgScope, record_id: int) -> object:
    return await service.ASSESSMENTS.get(session, record_id, scope)


# The signed DUERP and what it rests on (site visits, measurements).
router.include_router(
    document_router(
        path="/risk-assessments/{record_id}",
        tag="working-conditions",
        name="risk_assessment",
        load=_assessment_in_scope,
    )
)
