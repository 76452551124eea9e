"""Phases: dependencies (exist, no cycle, end first), dates that carry their needs and
milestones along, the life cycle planned → in progress → completed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from sqlalchemy import delete
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations import events
from production_svc.operations.access import OPERATIONS, PHASES
from production_svc.operations.gsbpm import GSBPM_NAMES, GSBPM_ORDER
from production_svc.operations.models import (
    ItNeed,
    Milestone,
    Operation,
    Phase,
    PurchaseNeed,
    StaffNeed,
)
from production_svc.operations.revisions import ensure_open, republish_if_scheduled
from production_svc.operations.rules import (
    CompletionDateInvalid,
    DependencyNotCompleted,
    DuplicatePhase,
    InvalidPhaseTransition,
    MilestoneOutsidePhase,
    NeedOutsidePhase,
    OperationNotScheduled,
    PhaseCompletedLocked,
    PhaseDependencyCycle,
    PhaseDependencyViolation,
    PhaseHasDependents,
    UnknownPhase,
)
from production_svc.operations.schemas import OperationStatus, PhaseCreate, PhaseStatus, PhaseUpdate
from production_svc.operations.views import milestones_of, phase_children, phases_of
from sg_common.clock import today
from sg_common.errors import UnprocessableEntity
from sg_common.months import months_apart, months_between, shift_month


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


async def add_phase(session: AsyncSession, *, operation: Operation, body: PhaseCreate) -> Phase:
    """Add a GSBPM phase; dependencies are checked against the other phases' dates."""
    ensure_open(operation)
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
    OPERATIONS.update(operation)
    await session.flush()
    await republish_if_scheduled(session, operation, f"phase {phase.phase_code} added")
    return phase


async def delete_phase(session: AsyncSession, *, operation: Operation, phase: Phase) -> None:
    """Remove a planned phase no other phase depends on, with its needs and milestones."""
    ensure_open(operation)
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
    OPERATIONS.update(operation)
    await session.flush()
    await republish_if_scheduled(session, operation, f"phase {phase.phase_code} removed")


async def move_phase(
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
    _s, it_needs, _p = await phase_children(session, [phase.id or 0])
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
    for milestone in await milestones_of(session, operation):
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
    ensure_open(operation)
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
        await move_phase(session, operation, current, start, end)
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
    PHASES.update(current)
    OPERATIONS.update(operation)
    await session.flush()
    if replanned:
        await republish_if_scheduled(session, operation, f"phase {current.phase_code} changed")
    return current


async def complete_phase(
    session: AsyncSession, *, operation: Operation, phase: Phase, completed_on: date | None
) -> Phase:
    """Complete a phase → ``operation.phase_completed``; all phases done → operation completed."""
    ensure_open(operation)
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
    PHASES.update(
        current,
        status=PhaseStatus.completed.value,
        started_on=current.started_on or current.start,
        completed_on=day,
    )
    if all(p.status == PhaseStatus.completed for p in phases):
        operation.status = OperationStatus.completed.value
    OPERATIONS.update(operation)
    await events.phase_completed(session, operation, current, day)
    await session.flush()
    return current
