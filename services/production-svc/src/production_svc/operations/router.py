"""HTTP routes of operations: CRUD, phases, needs, milestones, scheduling, timeline, portfolio."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from production_svc.operations import service
from production_svc.operations.models import Operation
from production_svc.operations.schemas import (
    GsbpmPhasePublic,
    MilestoneCreate,
    MilestonePublic,
    MilestoneUpdate,
    OperationCreate,
    OperationKind,
    OperationPage,
    OperationPublic,
    OperationStatus,
    OperationUpdate,
    PhaseCode,
    PhaseComplete,
    PhaseCreate,
    PhaseNeeds,
    PhaseNeedsPublic,
    PhasePublic,
    PhaseUpdate,
    Portfolio,
    ScheduleRequest,
    Timeline,
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
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import UnprocessableEntity, problem_responses
from sg_common.months import MONTH_PATTERN, months_apart

router = APIRouter(prefix="/operations", tags=["operations"])
portfolio_router = APIRouter(tags=["portfolio"])
reference_router = APIRouter(prefix="/reference", tags=["reference"])


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_operation(
    body: OperationCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> OperationPublic:
    """Create an operation (draft) led by a unit of the caller's scope."""
    operation = await service.create_operation(
        session, tree=tree, scope=scope, body=body, principal=principal
    )
    set_etag(response, operation.version)
    return await service.public_operation(session, operation)


OPERATION_SORT = Sort(
    Operation, "code", "name", "kind", "lead_unit", "status", "scheduled_at", "created_at"
)


@router.get("", summary="List operations in scope")
async def list_operations(
    listing: Annotated[Listing, OPERATION_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    kind: OperationKind | None = None,
    status_: Annotated[OperationStatus | None, Query(alias="status")] = None,
    lead_unit: Line | None = None,
    unit: Annotated[Line | None, Query(description="Lead or participating unit.")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> OperationPage:
    """Operations the caller's units lead or take part in."""
    items, next_cursor = await service.list_operations(
        session,
        scope,
        listing,
        kind=kind,
        status=status_,
        lead_unit=lead_unit,
        unit=unit,
        limit=limit,
        cursor=cursor,
    )
    return OperationPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/{operation_id}", responses=problem_responses(404))
async def get_operation(
    operation_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> OperationPublic:
    operation = await service.get_operation(session, operation_id, scope)
    set_etag(response, operation.version)
    return await service.public_operation(session, operation)


@router.patch("/{operation_id}", responses=problem_responses(404, 409, 412, 428))
async def update_operation(
    operation_id: int,
    body: OperationUpdate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> OperationPublic:
    """Change name, description or participating units (If-Match: the operation's ETag)."""
    operation = await service.get_for_planning(session, operation_id, scope)
    check_if_match(if_match, operation.version)
    await service.update_operation(session, tree=tree, scope=scope, operation=operation, body=body)
    set_etag(response, operation.version)
    return await service.public_operation(session, operation)


@router.post("/{operation_id}/schedule", responses=problem_responses(404, 409))
async def schedule_operation(
    operation_id: int,
    body: ScheduleRequest,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
) -> OperationPublic:
    """Schedule or reschedule (new phase dates applied together) → ``operation.scheduled``."""
    operation = await service.get_for_planning(session, operation_id, scope)
    await service.schedule(session, operation=operation, body=body)
    set_etag(response, operation.version)
    return await service.public_operation(session, operation)


@router.get("/{operation_id}/timeline", responses=problem_responses(404))
async def get_timeline(
    operation_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> Timeline:
    """Phases, milestones and the month-by-month load of the operation."""
    operation = await service.get_operation(session, operation_id, scope)
    return await service.timeline(session, operation)


# --- phases -----------------------------------------------------------------------------------
@router.get("/{operation_id}/phases", responses=problem_responses(404))
async def list_phases(
    operation_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> list[PhasePublic]:
    operation = await service.get_operation(session, operation_id, scope)
    phases = await service.phases_of(session, operation)
    needs = await service.needs_by_phase(session, phases)
    return [service.phase_public(p, needs.get(p.id or 0)) for p in phases]


@router.post(
    "/{operation_id}/phases",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
)
async def add_phase(
    operation_id: int,
    body: PhaseCreate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
) -> PhasePublic:
    """Add a GSBPM phase (a phase cannot start before a phase it depends on ends)."""
    operation = await service.get_for_planning(session, operation_id, scope)
    phase = await service.add_phase(session, operation=operation, body=body)
    set_etag(response, phase.version)
    return await service.phase_view(session, phase)


@router.get("/{operation_id}/phases/{phase_code}", responses=problem_responses(404))
async def get_phase(
    operation_id: int,
    phase_code: PhaseCode,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _r: Caller,
) -> PhasePublic:
    operation = await service.get_operation(session, operation_id, scope)
    phase = await service.get_phase(session, operation, phase_code.value)
    set_etag(response, phase.version)
    return await service.phase_view(session, phase)


@router.patch(
    "/{operation_id}/phases/{phase_code}", responses=problem_responses(404, 409, 412, 428)
)
async def update_phase(
    operation_id: int,
    phase_code: PhaseCode,
    body: PhaseUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> PhasePublic:
    """Change a phase's dates or dependencies, or start it (If-Match: the phase's ETag)."""
    operation = await service.get_for_planning(session, operation_id, scope)
    phase = await service.get_phase(session, operation, phase_code.value)
    check_if_match(if_match, phase.version)
    phase = await service.update_phase(session, operation=operation, phase=phase, body=body)
    set_etag(response, phase.version)
    return await service.phase_view(session, phase)


@router.delete(
    "/{operation_id}/phases/{phase_code}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 409, 412, 428),
)
async def delete_phase(
    operation_id: int,
    phase_code: PhaseCode,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> None:
    """Remove a planned phase no other phase depends on (If-Match: the phase's ETag)."""
    operation = await service.get_for_planning(session, operation_id, scope)
    phase = await service.get_phase(session, operation, phase_code.value)
    check_if_match(if_match, phase.version)
    await service.delete_phase(session, operation=operation, phase=phase)


@router.post("/{operation_id}/phases/{phase_code}/complete", responses=problem_responses(404, 409))
async def complete_phase(
    operation_id: int,
    phase_code: PhaseCode,
    body: PhaseComplete,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
) -> PhasePublic:
    """Complete a phase → ``operation.phase_completed``."""
    operation = await service.get_for_planning(session, operation_id, scope)
    phase = await service.get_phase(session, operation, phase_code.value)
    phase = await service.complete_phase(
        session, operation=operation, phase=phase, completed_on=body.completed_on
    )
    set_etag(response, phase.version)
    return await service.phase_view(session, phase)


@router.put(
    "/{operation_id}/phases/{phase_code}/needs", responses=problem_responses(404, 409, 412, 428)
)
async def set_needs(
    operation_id: int,
    phase_code: PhaseCode,
    body: PhaseNeeds,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> PhaseNeedsPublic:
    """Replace the phase's needs: staff days per unit, IT per CNI and month, purchases."""
    operation = await service.get_for_planning(session, operation_id, scope)
    phase = await service.get_phase(session, operation, phase_code.value)
    check_if_match(if_match, phase.version)
    needs = await service.set_needs(session, tree=tree, operation=operation, phase=phase, body=body)
    set_etag(response, phase.version)
    return needs


# --- milestones -------------------------------------------------------------------------------
@router.get("/{operation_id}/milestones", responses=problem_responses(404))
async def list_milestones(
    operation_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> list[MilestonePublic]:
    operation = await service.get_operation(session, operation_id, scope)
    return await service.list_milestones(session, operation)


@router.post(
    "/{operation_id}/milestones",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
)
async def add_milestone(
    operation_id: int, body: MilestoneCreate, session: SessionDep, scope: Scope, _p: Caller
) -> MilestonePublic:
    """Add a milestone (jalon) within its phase."""
    operation = await service.get_for_planning(session, operation_id, scope)
    return await service.add_milestone(session, operation=operation, body=body)


@router.patch("/{operation_id}/milestones/{milestone_id}", responses=problem_responses(404, 409))
async def update_milestone(
    operation_id: int,
    milestone_id: int,
    body: MilestoneUpdate,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
) -> MilestonePublic:
    """Rename, move within the phase, or mark reached."""
    operation = await service.get_for_planning(session, operation_id, scope)
    return await service.update_milestone(
        session, operation=operation, milestone_id=milestone_id, body=body
    )


# --- portfolio and reference ------------------------------------------------------------------
@portfolio_router.get("/portfolio", summary="Operations by month")
async def get_portfolio(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    from_: Annotated[str, Query(alias="from", pattern=MONTH_PATTERN)],
    to: Annotated[str, Query(pattern=MONTH_PATTERN)],
    kind: OperationKind | None = None,
) -> Portfolio:
    """Operations in scope active in each month of the window (at most 36 months)."""
    if to < from_:
        raise UnprocessableEntity("'to' must not be before 'from'")
    if months_apart(to, from_) >= 36:
        raise UnprocessableEntity("the window is limited to 36 months")
    return await service.portfolio(
        session, scope=scope, first=from_, last=to, kind=kind.value if kind else None
    )


@reference_router.get("/gsbpm-phases")
async def list_gsbpm_phases(session: SessionDep, _r: Caller) -> list[GsbpmPhasePublic]:
    """The GSBPM phases, in process order."""
    return await service.list_gsbpm(session)
