"""Operations along GSBPM: phases with dependencies, milestones, needs, (re)scheduling, views."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import and_, delete, exists, false, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.common import overlap
from production_svc.operations import events
from production_svc.operations.models import (
    GsbpmPhase,
    ItNeed,
    Milestone,
    Operation,
    OperationUnit,
    Phase,
    PurchaseNeed,
    StaffNeed,
)
from production_svc.operations.schemas import (
    GsbpmPhasePublic,
    ItNeedPublic,
    MilestoneCreate,
    MilestonePublic,
    MilestoneUpdate,
    OperationCreate,
    OperationPublic,
    OperationStatus,
    OperationUpdate,
    PhaseCode,
    PhaseCreate,
    PhaseNeeds,
    PhaseNeedsPublic,
    PhasePublic,
    PhaseStatus,
    PhaseUpdate,
    Portfolio,
    PortfolioMonth,
    PortfolioOperation,
    PurchaseNeedPublic,
    ScheduleRequest,
    StaffNeedPublic,
    Timeline,
    TimelineMonth,
)
from sg_common.auth import OrgScope, Principal
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, NotFound, UnprocessableEntity
from sg_common.months import month_bounds, months_apart, months_between, shift_month
from sg_common.org import OrgKind, OrgTree
from sg_common.workdays import working_days
from sg_contracts.production import (
    ItWorkloadNeed,
    OperationScheduledV1,
    ScheduledPhase,
    StaffDaysNeed,
)

CENTS = Decimal("0.01")

GSBPM: list[tuple[str, int, str, str]] = [
    ("specify_needs", 1, "Specify needs", "Spécifier les besoins"),
    ("design", 2, "Design", "Concevoir"),
    ("build", 3, "Build", "Construire"),
    ("collect", 4, "Collect", "Collecter"),
    ("process", 5, "Process", "Traiter"),
    ("analyse", 6, "Analyse", "Analyser"),
    ("disseminate", 7, "Disseminate", "Diffuser"),
    ("evaluate", 8, "Evaluate", "Évaluer"),
]
GSBPM_NAMES = {code: name for code, _n, name, _fr in GSBPM}
GSBPM_ORDER = {code: number for code, number, _name, _fr in GSBPM}


# --- rules ------------------------------------------------------------------------------------
class DuplicateOperationCode(BusinessRuleViolation):
    type_slug = "duplicate-operation-code"
    title = "An operation with this code exists"


class DuplicatePhase(BusinessRuleViolation):
    type_slug = "duplicate-phase"
    title = "The operation already has this phase"


class UnknownPhase(UnprocessableEntity):
    type_slug = "unknown-phase"
    title = "The operation has no such phase"


class PhaseDependencyViolation(BusinessRuleViolation):
    type_slug = "phase-dependency-violation"
    title = "A phase cannot start before the phase it depends on ends"


class PhaseDependencyCycle(BusinessRuleViolation):
    type_slug = "phase-dependency-cycle"
    title = "Phase dependencies form a cycle"


class DependencyNotCompleted(BusinessRuleViolation):
    type_slug = "dependency-not-completed"
    title = "A phase it depends on is not completed"


class PhaseCompletedLocked(BusinessRuleViolation):
    type_slug = "phase-completed"
    title = "A completed phase cannot change"


class InvalidPhaseTransition(BusinessRuleViolation):
    type_slug = "invalid-phase-transition"
    title = "This phase status change is not allowed"


class PhaseHasDependents(BusinessRuleViolation):
    type_slug = "phase-has-dependents"
    title = "Other phases depend on this phase"


class OperationNotScheduled(BusinessRuleViolation):
    type_slug = "operation-not-scheduled"
    title = "The operation must be scheduled first"


class OperationWithoutPhases(BusinessRuleViolation):
    type_slug = "operation-without-phases"
    title = "An operation needs at least one phase to be scheduled"


class OperationCompleted(BusinessRuleViolation):
    type_slug = "operation-completed"
    title = "A completed operation cannot change"


class CompletionDateInvalid(UnprocessableEntity):
    type_slug = "invalid-completion-date"
    title = "The completion date is not acceptable"


class MilestoneOutsidePhase(BusinessRuleViolation):
    type_slug = "milestone-outside-phase"
    title = "A milestone must fall within its phase"


class NeedOutsidePhase(BusinessRuleViolation):
    type_slug = "need-outside-phase"
    title = "An IT need must fall in a month of its phase"


class NotAComputingCentre(UnprocessableEntity):
    type_slug = "not-a-computing-centre"
    title = "IT workload goes to a national computing centre (CNI)"


class UnitNotParticipating(UnprocessableEntity):
    type_slug = "unit-not-participating"
    title = "Staff needs come from the lead or a participating unit"


# --- reference data ---------------------------------------------------------------------------
async def load_gsbpm(session: AsyncSession) -> None:
    """Load the GSBPM phase nomenclature (idempotent)."""
    existing = {p.code: p for p in (await session.exec(select(GsbpmPhase))).all()}
    for code, number, name, name_fr in GSBPM:
        row = existing.get(code) or GsbpmPhase(code=code, number=number, name=name, name_fr=name_fr)
        row.number, row.name, row.name_fr = number, name, name_fr
        session.add(row)


async def list_gsbpm(session: AsyncSession) -> list[GsbpmPhasePublic]:
    """The GSBPM phases in process order."""
    rows = (await session.exec(select(GsbpmPhase).order_by(col(GsbpmPhase.number)))).all()
    return [GsbpmPhasePublic.model_validate(r) for r in rows]


# --- scope ------------------------------------------------------------------------------------
def visible_clause(scope: OrgScope) -> Any:
    """Operations the scope sees: its units lead or participate."""
    if scope.visible is None:
        return None
    if not scope.visible:
        return false()
    units = sorted(scope.visible)
    participates = exists().where(
        and_(
            col(OperationUnit.operation_id) == col(Operation.id),
            col(OperationUnit.unit_code).in_(units),
        )
    )
    return or_(col(Operation.lead_unit).in_(units), participates)


def visible_operations(scope: OrgScope) -> Any:
    """``select(Operation)`` restricted to the scope (in SQL)."""
    stmt = select(Operation)
    clause = visible_clause(scope)
    return stmt if clause is None else stmt.where(clause)


async def get_operation(session: AsyncSession, operation_id: int, scope: OrgScope) -> Operation:
    """An operation the scope sees (404 otherwise)."""
    stmt = visible_operations(scope).where(col(Operation.id) == operation_id)
    operation = (await session.exec(stmt)).first()
    if operation is None:
        raise NotFound(f"operation {operation_id} does not exist")
    return operation


async def get_for_planning(session: AsyncSession, operation_id: int, scope: OrgScope) -> Operation:
    """An operation the caller may plan: its lead unit must be in scope (403 otherwise)."""
    operation = await get_operation(session, operation_id, scope)
    scope.check(operation.lead_unit)
    return operation


# --- loading helpers --------------------------------------------------------------------------
async def _participants(session: AsyncSession, ids: Sequence[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return result
    stmt = select(OperationUnit).where(col(OperationUnit.operation_id).in_(ids))
    for row in (await session.exec(stmt.order_by(col(OperationUnit.unit_code)))).all():
        result[row.operation_id].append(row.unit_code)
    return result


async def _phases(session: AsyncSession, ids: Sequence[int]) -> dict[int, list[Phase]]:
    result: dict[int, list[Phase]] = defaultdict(list)
    if not ids:
        return result
    stmt = select(Phase).where(col(Phase.operation_id).in_(ids))
    for row in (await session.exec(stmt)).all():
        result[row.operation_id].append(row)
    for phases in result.values():
        phases.sort(key=lambda p: (p.start, GSBPM_ORDER.get(p.phase_code, 99)))
    return result


async def public_operations(
    session: AsyncSession, operations: Sequence[Operation]
) -> list[OperationPublic]:
    """Public views of operations (participants and calendar loaded in two queries)."""
    ids = [o.id for o in operations if o.id is not None]
    participants = await _participants(session, ids)
    phases = await _phases(session, ids)
    result = []
    for op in operations:
        assert op.id is not None
        own = phases.get(op.id, [])
        result.append(
            OperationPublic(
                id=op.id,
                code=op.code,
                name=op.name,
                kind=op.kind,
                lead_unit=op.lead_unit,
                participating_units=participants.get(op.id, []),
                description=op.description,
                status=op.status,
                revision=op.revision,
                start=min((p.start for p in own), default=None),
                end=max((p.end for p in own), default=None),
                version=op.version,
            )
        )
    return result


async def public_operation(session: AsyncSession, operation: Operation) -> OperationPublic:
    """The public view of one operation."""
    return (await public_operations(session, [operation]))[0]


# --- operations -------------------------------------------------------------------------------
def _check_units(tree: OrgTree, scope: OrgScope, lead: str, units: Iterable[str]) -> list[str]:
    tree.require(lead)
    scope.check(lead)
    cleaned = sorted(set(units) - {lead})
    for code in cleaned:
        tree.require(code)
    return cleaned


async def create_operation(
    session: AsyncSession,
    *,
    tree: OrgTree,
    scope: OrgScope,
    body: OperationCreate,
    principal: Principal,
) -> Operation:
    """Create an operation in draft; its lead unit must be in the caller's scope."""
    units = _check_units(tree, scope, body.lead_unit, body.participating_units)
    taken = await session.exec(select(Operation.id).where(col(Operation.code) == body.code))
    if taken.first() is not None:
        raise DuplicateOperationCode(f"operation code {body.code} is already used")
    operation = Operation(
        code=body.code,
        name=body.name,
        kind=body.kind.value,
        lead_unit=body.lead_unit,
        description=body.description,
        status=OperationStatus.draft.value,
        created_by=principal.subject,
        created_at=utcnow(),
    )
    session.add(operation)
    await session.flush()
    assert operation.id is not None
    for code in units:
        session.add(OperationUnit(operation_id=operation.id, unit_code=code))
    await session.flush()
    return operation


def _ensure_open(operation: Operation) -> None:
    if operation.status == OperationStatus.completed:
        raise OperationCompleted(f"operation {operation.code} is completed")


def _bump(session: AsyncSession, operation: Operation) -> None:
    operation.version += 1
    session.add(operation)


async def _publish_revision(
    session: AsyncSession, operation: Operation, reason: str | None
) -> None:
    """A new revision of the plan → ``operation.scheduled`` (the consumers keep the latest)."""
    operation.revision += 1
    operation.scheduled_at = utcnow()
    session.add(operation)
    await session.flush()
    phases = await phases_of(session, operation)
    await events.scheduled(
        session, operation, await scheduled_event(session, operation, phases, reason)
    )


async def _republish_if_scheduled(session: AsyncSession, operation: Operation, reason: str) -> None:
    """A change to a scheduled operation's plan reaches IT at once, as a new revision."""
    if operation.status == OperationStatus.scheduled:
        await _publish_revision(session, operation, reason)


async def update_operation(
    session: AsyncSession,
    *,
    tree: OrgTree,
    scope: OrgScope,
    operation: Operation,
    body: OperationUpdate,
) -> Operation:
    """Change name, description or participating units."""
    _ensure_open(operation)
    assert operation.id is not None
    if body.name is not None:
        operation.name = body.name
    if body.description is not None:
        operation.description = body.description
    if body.participating_units is not None:
        units = _check_units(tree, scope, operation.lead_unit, body.participating_units)
        await session.exec(
            delete(OperationUnit).where(col(OperationUnit.operation_id) == operation.id)
        )
        for code in units:
            session.add(OperationUnit(operation_id=operation.id, unit_code=code))
    _bump(session, operation)
    await session.flush()
    if body.name is not None or body.participating_units is not None:
        await _republish_if_scheduled(session, operation, "operation updated")
    return operation


# --- phases -----------------------------------------------------------------------------------
async def phases_of(session: AsyncSession, operation: Operation) -> list[Phase]:
    """The operation's phases, by start date then GSBPM order."""
    assert operation.id is not None
    return (await _phases(session, [operation.id])).get(operation.id, [])


async def get_phase(session: AsyncSession, operation: Operation, code: str) -> Phase:
    """One phase of the operation (404 otherwise)."""
    stmt = select(Phase).where(
        col(Phase.operation_id) == operation.id, col(Phase.phase_code) == code
    )
    phase = (await session.exec(stmt)).first()
    if phase is None:
        raise NotFound(f"operation {operation.code} has no phase {code}")
    return phase


def validate_dependencies(phases: Sequence[Phase]) -> None:
    """Dependencies exist, form no cycle, and no phase starts before its dependency ends."""
    by_code = {p.phase_code: p for p in phases}
    _check_dependencies_exist(phases, by_code)
    _check_no_cycle(by_code)
    _check_dependencies_end_first(phases, by_code)


def _check_dependencies_exist(phases: Sequence[Phase], by_code: Mapping[str, Phase]) -> None:
    for phase in phases:
        for dep in phase.depends_on:
            if dep == phase.phase_code:
                raise PhaseDependencyCycle(f"phase {dep} cannot depend on itself")
            if dep not in by_code:
                raise UnknownPhase(
                    f"phase {phase.phase_code} depends on {dep}, which the operation does not have"
                )


def _check_no_cycle(by_code: Mapping[str, Phase]) -> None:
    """A depth-first walk of the dependencies: a phase met again on its own path is a cycle."""
    state: dict[str, int] = {}  # 1: on the path being walked; 2: walked, no cycle through it

    def visit(code: str, path: list[str]) -> None:
        if state.get(code) == 2:
            return
        if state.get(code) == 1:
            cycle = " → ".join([*path[path.index(code) :], code])
            raise PhaseDependencyCycle(f"dependency cycle: {cycle}")
        state[code] = 1
        for dep in by_code[code].depends_on:
            visit(dep, [*path, code])
        state[code] = 2

    for code in by_code:
        visit(code, [])


def _check_dependencies_end_first(phases: Sequence[Phase], by_code: Mapping[str, Phase]) -> None:
    for phase in phases:
        for dep_code in phase.depends_on:
            before = by_code[dep_code]
            if phase.start < before.end:
                raise PhaseDependencyViolation(
                    f"phase {phase.phase_code} starts on {phase.start} but depends on "
                    f"{dep_code}, which ends on {before.end}: start it on {before.end} or later",
                    extra={"phase_code": phase.phase_code, "depends_on": dep_code},
                )


async def _phase_children(
    session: AsyncSession, phase_ids: Sequence[int]
) -> tuple[dict[int, list[StaffNeed]], dict[int, list[ItNeed]], dict[int, list[PurchaseNeed]]]:
    staff: dict[int, list[StaffNeed]] = defaultdict(list)
    it: dict[int, list[ItNeed]] = defaultdict(list)
    purchases: dict[int, list[PurchaseNeed]] = defaultdict(list)
    if phase_ids:
        for s in (
            await session.exec(
                select(StaffNeed)
                .where(col(StaffNeed.phase_id).in_(phase_ids))
                .order_by(col(StaffNeed.id))
            )
        ).all():
            staff[s.phase_id].append(s)
        for i in (
            await session.exec(
                select(ItNeed).where(col(ItNeed.phase_id).in_(phase_ids)).order_by(col(ItNeed.id))
            )
        ).all():
            it[i.phase_id].append(i)
        for pn in (
            await session.exec(
                select(PurchaseNeed)
                .where(col(PurchaseNeed.phase_id).in_(phase_ids))
                .order_by(col(PurchaseNeed.id))
            )
        ).all():
            purchases[pn.phase_id].append(pn)
    return staff, it, purchases


async def needs_by_phase(
    session: AsyncSession, phases: Sequence[Phase]
) -> dict[int, PhaseNeedsPublic]:
    """Needs of each phase, by phase id."""
    ids = [p.id for p in phases if p.id is not None]
    staff, it, purchases = await _phase_children(session, ids)
    return {
        pid: PhaseNeedsPublic(
            staff=[StaffNeedPublic.model_validate(s) for s in staff.get(pid, [])],
            it=[ItNeedPublic.model_validate(i) for i in it.get(pid, [])],
            purchases=[PurchaseNeedPublic.model_validate(p) for p in purchases.get(pid, [])],
        )
        for pid in ids
    }


def phase_public(phase: Phase, needs: PhaseNeedsPublic | None) -> PhasePublic:
    """The public view of a phase."""
    assert phase.id is not None
    return PhasePublic(
        id=phase.id,
        operation_id=phase.operation_id,
        phase_code=PhaseCode(phase.phase_code),
        name=phase.name,
        start=phase.start,
        end=phase.end,
        depends_on=[PhaseCode(c) for c in phase.depends_on],
        status=PhaseStatus(phase.status),
        started_on=phase.started_on,
        completed_on=phase.completed_on,
        late=phase.status != PhaseStatus.completed and phase.end < today(),
        needs=needs or PhaseNeedsPublic(staff=[], it=[], purchases=[]),
        version=phase.version,
    )


async def phase_view(session: AsyncSession, phase: Phase) -> PhasePublic:
    """One phase with its needs."""
    needs = await needs_by_phase(session, [phase])
    return phase_public(phase, needs.get(phase.id or 0))


async def add_phase(session: AsyncSession, *, operation: Operation, body: PhaseCreate) -> Phase:
    """Add a GSBPM phase; dependencies are checked against the other phases' dates."""
    _ensure_open(operation)
    assert operation.id is not None
    phases = await phases_of(session, operation)
    if any(p.phase_code == body.phase_code for p in phases):
        raise DuplicatePhase(f"operation {operation.code} already has phase {body.phase_code}")
    phase = Phase(
        operation_id=operation.id,
        phase_code=body.phase_code.value,
        name=body.name or GSBPM_NAMES[body.phase_code.value],
        start=body.start,
        end=body.end,
        depends_on=sorted({c.value for c in body.depends_on}, key=GSBPM_ORDER.__getitem__),
        status=PhaseStatus.planned.value,
    )
    validate_dependencies([*phases, phase])
    session.add(phase)
    _bump(session, operation)
    await session.flush()
    await _republish_if_scheduled(session, operation, f"phase {phase.phase_code} added")
    return phase


async def delete_phase(session: AsyncSession, *, operation: Operation, phase: Phase) -> None:
    """Remove a planned phase no other phase depends on, with its needs and milestones."""
    _ensure_open(operation)
    if phase.status != PhaseStatus.planned:
        raise PhaseCompletedLocked(f"phase {phase.phase_code} is {phase.status}; it stays")
    dependents = [
        p.phase_code
        for p in await phases_of(session, operation)
        if phase.phase_code in p.depends_on
    ]
    if dependents:
        raise PhaseHasDependents(
            f"phases {', '.join(dependents)} depend on {phase.phase_code}: change them first"
        )
    for model in (StaffNeed, ItNeed, PurchaseNeed):
        await session.exec(delete(model).where(col(model.phase_id) == phase.id))
    await session.exec(
        delete(Milestone).where(
            col(Milestone.operation_id) == operation.id,
            col(Milestone.phase_code) == phase.phase_code,
        )
    )
    await session.delete(phase)
    _bump(session, operation)
    await session.flush()
    await _republish_if_scheduled(session, operation, f"phase {phase.phase_code} removed")


async def _milestones(session: AsyncSession, operation: Operation) -> list[Milestone]:
    stmt = (
        select(Milestone)
        .where(col(Milestone.operation_id) == operation.id)
        .order_by(col(Milestone.due_on), col(Milestone.id))
    )
    return list((await session.exec(stmt)).all())


async def _move_phase(
    session: AsyncSession, operation: Operation, phase: Phase, start: date, end: date
) -> None:
    """New dates for a phase: IT needs shift by the start's whole months (or stay in their month
    when the shifted one is outside the phase), open milestones by the same days."""
    if phase.status == PhaseStatus.completed and (start, end) != (phase.start, phase.end):
        raise PhaseCompletedLocked(f"phase {phase.phase_code} is completed; its dates are final")
    day_shift = (start - phase.start).days
    month_shift = months_apart(start, phase.start)
    phase.start, phase.end = start, end
    allowed = set(months_between(start, end))
    _s, it_needs, _p = await _phase_children(session, [phase.id or 0])
    for need in it_needs.get(phase.id or 0, []):
        shifted = shift_month(need.month, month_shift)
        if shifted in allowed:
            need.month = shifted
        elif need.month not in allowed:
            raise NeedOutsidePhase(
                f"phase {phase.phase_code} would run {start}..{end}, but its IT need at "
                f"{need.centre_code} would fall in {shifted}: change the needs first"
            )
        session.add(need)
    for milestone in await _milestones(session, operation):
        if milestone.phase_code != phase.phase_code:
            continue
        if day_shift and milestone.reached_on is None:
            milestone.due_on += timedelta(days=day_shift)
        if not (start <= milestone.due_on <= end) and milestone.reached_on is None:
            raise MilestoneOutsidePhase(
                f"milestone {milestone.name!r} ({milestone.due_on}) would fall outside "
                f"phase {phase.phase_code} ({start}..{end})"
            )
        session.add(milestone)
    session.add(phase)


async def _check_dependencies_completed(
    phase: Phase, phases: Sequence[Phase], *, on: date | None = None
) -> None:
    by_code = {p.phase_code: p for p in phases}
    for dep_code in phase.depends_on:
        dep = by_code[dep_code]
        if dep.status != PhaseStatus.completed:
            raise DependencyNotCompleted(
                f"phase {phase.phase_code} depends on {dep_code}, which is {dep.status}: "
                f"complete {dep_code} first"
            )
        if on is not None and dep.completed_on is not None and on < dep.completed_on:
            raise DependencyNotCompleted(
                f"phase {phase.phase_code} cannot complete on {on}, before {dep_code} "
                f"completed ({dep.completed_on})"
            )


async def update_phase(
    session: AsyncSession, *, operation: Operation, phase: Phase, body: PhaseUpdate
) -> Phase:
    """Change a phase's name, dates, dependencies or start it (planned → in_progress)."""
    _ensure_open(operation)
    phases = await phases_of(session, operation)
    current = next(p for p in phases if p.id == phase.id)
    if body.name is not None:
        current.name = body.name
    start = body.start or current.start
    end = body.end or current.end
    if end < start:
        raise UnprocessableEntity(f"phase would end ({end}) before it starts ({start})")
    replanned = (start, end) != (current.start, current.end) or body.depends_on is not None
    if (start, end) != (current.start, current.end):
        await _move_phase(session, operation, current, start, end)
    if body.depends_on is not None:
        if current.status == PhaseStatus.completed:
            raise PhaseCompletedLocked(f"phase {current.phase_code} is completed")
        current.depends_on = sorted({c.value for c in body.depends_on}, key=GSBPM_ORDER.__getitem__)
    validate_dependencies(phases)
    if body.status is not None and body.status != current.status:
        if body.status != PhaseStatus.in_progress or current.status != PhaseStatus.planned:
            raise InvalidPhaseTransition(
                f"phase {current.phase_code} is {current.status}; only planned → in_progress "
                "is set here (complete it with POST .../complete)"
            )
        if operation.status != OperationStatus.scheduled:
            raise OperationNotScheduled(f"schedule operation {operation.code} before starting it")
        await _check_dependencies_completed(current, phases)
        current.status = PhaseStatus.in_progress.value
        current.started_on = today()
    current.version += 1
    session.add(current)
    _bump(session, operation)
    await session.flush()
    if replanned:
        await _republish_if_scheduled(session, operation, f"phase {current.phase_code} changed")
    return current


async def complete_phase(
    session: AsyncSession, *, operation: Operation, phase: Phase, completed_on: date | None
) -> Phase:
    """Complete a phase → ``operation.phase_completed``; all phases done → operation completed."""
    _ensure_open(operation)
    if operation.status != OperationStatus.scheduled:
        raise OperationNotScheduled(f"schedule operation {operation.code} before completing phases")
    if phase.status == PhaseStatus.completed:
        raise InvalidPhaseTransition(f"phase {phase.phase_code} is already completed")
    day = completed_on or today()
    if day > today():
        raise CompletionDateInvalid(f"completion date {day} is in the future")
    if day < phase.start:
        raise CompletionDateInvalid(
            f"phase {phase.phase_code} starts on {phase.start}, after {day}"
        )
    phases = await phases_of(session, operation)
    current = next(p for p in phases if p.id == phase.id)
    await _check_dependencies_completed(current, phases, on=day)
    current.status = PhaseStatus.completed.value
    current.started_on = current.started_on or current.start
    current.completed_on = day
    current.version += 1
    session.add(current)
    if all(p.status == PhaseStatus.completed for p in phases):
        operation.status = OperationStatus.completed.value
    _bump(session, operation)
    await events.phase_completed(session, operation, current, day)
    await session.flush()
    return current


# --- needs ------------------------------------------------------------------------------------
async def set_needs(
    session: AsyncSession,
    *,
    tree: OrgTree,
    operation: Operation,
    phase: Phase,
    body: PhaseNeeds,
) -> PhaseNeedsPublic:
    """Replace the phase's staff, IT and purchase needs."""
    _ensure_open(operation)
    if phase.status == PhaseStatus.completed:
        raise PhaseCompletedLocked(f"phase {phase.phase_code} is completed; its needs are final")
    assert phase.id is not None
    assert operation.id is not None
    participants = {
        operation.lead_unit,
        *(await _participants(session, [operation.id]))[operation.id],
    }
    for s in body.staff:
        tree.require(s.unit_code)
        if s.unit_code not in participants:
            raise UnitNotParticipating(
                f"{s.unit_code} is neither the lead nor a participating unit of {operation.code}: "
                "add it to participating_units first"
            )
    allowed_months = set(months_between(phase.start, phase.end))
    for i in body.it:
        unit = tree.require(i.centre_code)
        if unit.kind != OrgKind.national_centre:
            raise NotAComputingCentre(f"{i.centre_code} is not a national computing centre")
        if i.month not in allowed_months:
            raise NeedOutsidePhase(
                f"phase {phase.phase_code} runs {phase.start}..{phase.end}; month {i.month} "
                "is outside it"
            )
    for model in (StaffNeed, ItNeed, PurchaseNeed):
        await session.exec(delete(model).where(col(model.phase_id) == phase.id))
    for s in body.staff:
        session.add(StaffNeed(phase_id=phase.id, unit_code=s.unit_code, staff_days=s.staff_days))
    for i in body.it:
        session.add(
            ItNeed(
                phase_id=phase.id,
                centre_code=i.centre_code,
                month=i.month,
                person_days=i.person_days,
            )
        )
    for pn in body.purchases:
        session.add(
            PurchaseNeed(
                phase_id=phase.id,
                description=pn.description,
                category=pn.category.value,
                quantity=pn.quantity,
                estimated_amount=pn.estimated_amount,
                needed_by=pn.needed_by,
            )
        )
    phase.version += 1
    session.add(phase)
    _bump(session, operation)
    await session.flush()
    await _republish_if_scheduled(session, operation, f"needs of {phase.phase_code} changed")
    return (await needs_by_phase(session, [phase]))[phase.id]


# --- milestones -------------------------------------------------------------------------------
def _milestone_public(m: Milestone) -> MilestonePublic:
    public = MilestonePublic.model_validate(m)
    public.late = m.reached_on is None and m.due_on < today()
    return public


async def add_milestone(
    session: AsyncSession, *, operation: Operation, body: MilestoneCreate
) -> MilestonePublic:
    """Add a milestone within its phase's dates."""
    _ensure_open(operation)
    phase = await get_phase(session, operation, body.phase_code.value)
    if not phase.start <= body.due_on <= phase.end:
        raise MilestoneOutsidePhase(
            f"phase {phase.phase_code} runs {phase.start}..{phase.end}; {body.due_on} is outside"
        )
    assert operation.id is not None
    milestone = Milestone(
        operation_id=operation.id,
        phase_code=phase.phase_code,
        name=body.name,
        due_on=body.due_on,
    )
    session.add(milestone)
    _bump(session, operation)
    await session.flush()
    return _milestone_public(milestone)


async def update_milestone(
    session: AsyncSession, *, operation: Operation, milestone_id: int, body: MilestoneUpdate
) -> MilestonePublic:
    """Rename, move (within the phase) or mark a milestone reached."""
    stmt = select(Milestone).where(
        col(Milestone.id) == milestone_id, col(Milestone.operation_id) == operation.id
    )
    milestone = (await session.exec(stmt)).first()
    if milestone is None:
        raise NotFound(f"operation {operation.code} has no milestone {milestone_id}")
    phase = await get_phase(session, operation, milestone.phase_code)
    if body.name is not None:
        milestone.name = body.name
    if body.due_on is not None:
        if not phase.start <= body.due_on <= phase.end:
            raise MilestoneOutsidePhase(
                f"phase {phase.phase_code} runs {phase.start}..{phase.end}; "
                f"{body.due_on} is outside"
            )
        milestone.due_on = body.due_on
    if body.reached_on is not None:
        if body.reached_on > today():
            raise CompletionDateInvalid(f"reached_on {body.reached_on} is in the future")
        milestone.reached_on = body.reached_on
    session.add(milestone)
    _bump(session, operation)
    await session.flush()
    return _milestone_public(milestone)


async def list_milestones(session: AsyncSession, operation: Operation) -> list[MilestonePublic]:
    """The operation's milestones by due date."""
    return [_milestone_public(m) for m in await _milestones(session, operation)]


# --- scheduling -------------------------------------------------------------------------------
async def schedule(
    session: AsyncSession, *, operation: Operation, body: ScheduleRequest
) -> Operation:
    """(Re)schedule: new phase dates applied at once, plan checked → ``operation.scheduled``."""
    _ensure_open(operation)
    phases = await phases_of(session, operation)
    if not phases:
        raise OperationWithoutPhases(f"add phases to {operation.code} before scheduling it")
    by_code = {p.phase_code: p for p in phases}
    for change in body.phases:
        phase = by_code.get(change.phase_code.value)
        if phase is None:
            raise UnknownPhase(f"operation {operation.code} has no phase {change.phase_code}")
        if (change.start, change.end) != (phase.start, phase.end):
            await _move_phase(session, operation, phase, change.start, change.end)
            phase.version += 1
    validate_dependencies(phases)
    operation.status = OperationStatus.scheduled.value
    _bump(session, operation)
    await _publish_revision(session, operation, body.reason)
    return operation


async def scheduled_event(
    session: AsyncSession, operation: Operation, phases: Sequence[Phase], reason: str | None
) -> OperationScheduledV1:
    """The ``operation.scheduled`` payload of the operation as it stands."""
    assert operation.id is not None
    staff, it, _p = await _phase_children(session, [p.id for p in phases if p.id is not None])
    participants = (await _participants(session, [operation.id])).get(operation.id, [])
    return OperationScheduledV1(
        operation_id=operation.code,
        revision=operation.revision,
        name=operation.name,
        kind=operation.kind,
        lead_unit=operation.lead_unit,
        participating_units=participants,
        reason=reason,
        phases=[
            ScheduledPhase(
                phase_code=p.phase_code,
                name=p.name,
                start=p.start,
                end=p.end,
                depends_on=list(p.depends_on),
                status=p.status,
                it_workload=[
                    ItWorkloadNeed(
                        centre_code=i.centre_code, month=i.month, person_days=i.person_days
                    )
                    for i in it.get(p.id or 0, [])
                ],
                staff=[
                    StaffDaysNeed(unit_code=s.unit_code, staff_days=s.staff_days)
                    for s in staff.get(p.id or 0, [])
                ],
            )
            for p in phases
        ],
    )


# --- timeline and portfolio -------------------------------------------------------------------
def _spread(total: Decimal, start: date, end: date, month: str) -> Decimal:
    """The share of ``total`` falling in ``month``, pro rata of working days."""
    all_days = working_days(start, end)
    first, last = month_bounds(month)
    window = overlap(start, end, first, last)
    if window is None:
        return Decimal(0)
    if all_days == 0:
        return total if month == months_between(start, end)[0] else Decimal(0)
    return total * working_days(*window) / all_days


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENTS, rounding=ROUND_HALF_UP)


async def timeline(session: AsyncSession, operation: Operation) -> Timeline:
    """Phases, milestones and month-by-month load of one operation."""
    phases = await phases_of(session, operation)
    ids = [p.id for p in phases if p.id is not None]
    staff, it, purchases = await _phase_children(session, ids)
    needs = await needs_by_phase(session, phases)
    months: list[TimelineMonth] = []
    spans = {p.id or 0: set(months_between(p.start, p.end)) for p in phases}
    if phases:
        for month in months_between(min(p.start for p in phases), max(p.end for p in phases)):
            active = [p for p in phases if month in spans[p.id or 0]]
            staff_days = sum(
                (
                    _spread(s.staff_days, p.start, p.end, month)
                    for p in active
                    for s in staff.get(p.id or 0, [])
                ),
                Decimal(0),
            )
            it_days = sum(
                (i.person_days for p in active for i in it.get(p.id or 0, []) if i.month == month),
                Decimal(0),
            )
            months.append(
                TimelineMonth(
                    month=month,
                    phases=[PhaseCode(p.phase_code) for p in active],
                    staff_days=_q(staff_days),
                    it_person_days=it_days,
                )
            )
    return Timeline(
        operation=await public_operation(session, operation),
        phases=[phase_public(p, needs.get(p.id or 0)) for p in phases],
        milestones=await list_milestones(session, operation),
        months=months,
        total_staff_days=_q(sum((s.staff_days for v in staff.values() for s in v), Decimal(0))),
        total_it_person_days=sum((i.person_days for v in it.values() for i in v), Decimal(0)),
        total_purchases=_q(
            sum((pn.estimated_amount for v in purchases.values() for pn in v), Decimal(0))
        ),
    )


async def portfolio(
    session: AsyncSession, *, scope: OrgScope, first: str, last: str, kind: str | None
) -> Portfolio:
    """Operations active in each month of ``first``..``last``, with their load."""
    start, _ = month_bounds(first)
    _, end = month_bounds(last)
    stmt = visible_operations(scope)
    if kind is not None:
        stmt = stmt.where(col(Operation.kind) == kind)
    in_window = exists().where(
        and_(
            col(Phase.operation_id) == col(Operation.id),
            col(Phase.start) <= end,
            col(Phase.end) >= start,
        )
    )
    operations = list(
        (await session.exec(stmt.where(in_window).order_by(col(Operation.code)))).all()
    )
    phases = await _phases(session, [o.id for o in operations if o.id is not None])
    all_ids = [p.id for v in phases.values() for p in v if p.id is not None]
    staff, it, _p = await _phase_children(session, all_ids)
    spans = {p.id or 0: set(months_between(p.start, p.end)) for v in phases.values() for p in v}
    result: list[PortfolioMonth] = []
    for month in months_between(start, end):
        entries: list[PortfolioOperation] = []
        for op in operations:
            active = [p for p in phases.get(op.id or 0, []) if month in spans[p.id or 0]]
            if not active:
                continue
            entries.append(
                PortfolioOperation(
                    operation_id=op.id or 0,
                    code=op.code,
                    name=op.name,
                    kind=op.kind,
                    phases=[PhaseCode(p.phase_code) for p in active],
                    staff_days=_q(
                        sum(
                            (
                                _spread(s.staff_days, p.start, p.end, month)
                                for p in active
                                for s in staff.get(p.id or 0, [])
                            ),
                            Decimal(0),
                        )
                    ),
                    it_person_days=sum(
                        (
                            i.person_days
                            for p in active
                            for i in it.get(p.id or 0, [])
                            if i.month == month
                        ),
                        Decimal(0),
                    ),
                )
            )
        result.append(
            PortfolioMonth(
                month=month,
                operations=entries,
                staff_days=_q(sum((e.staff_days for e in entries), Decimal(0))),
                it_person_days=sum((e.it_person_days for e in entries), Decimal(0)),
            )
        )
    return Portfolio(months=result)
