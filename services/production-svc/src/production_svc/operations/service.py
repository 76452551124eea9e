"""Operations along GSBPM: phases with dependencies, milestones, needs, (re)scheduling, views.

The rules live in the modules of this package, one concern each; this module gathers
their public names for the routers and the other domains."""

from __future__ import annotations

from production_svc.operations.access import (
    MILESTONES,
    OPERATIONS,
    PHASES,
    get_for_planning,
    get_operation,
    get_phase,
    visible_clause,
    visible_operations,
)
from production_svc.operations.calendar import CENTS, portfolio, timeline
from production_svc.operations.gsbpm import GSBPM, GSBPM_NAMES, GSBPM_ORDER, list_gsbpm, load_gsbpm
from production_svc.operations.milestones import add_milestone, list_milestones, update_milestone
from production_svc.operations.needs import set_needs
from production_svc.operations.phases import (
    add_phase,
    complete_phase,
    delete_phase,
    move_phase,
    update_phase,
    validate_dependencies,
)
from production_svc.operations.registry import create_operation, list_operations, update_operation
from production_svc.operations.revisions import (
    ensure_open,
    publish_revision,
    republish_if_scheduled,
    scheduled_event,
)
from production_svc.operations.rules import (
    CompletionDateInvalid,
    DependencyNotCompleted,
    DuplicateOperationCode,
    DuplicatePhase,
    InvalidPhaseTransition,
    MilestoneOutsidePhase,
    NeedOutsidePhase,
    NotAComputingCentre,
    OperationCompleted,
    OperationNotScheduled,
    OperationWithoutPhases,
    PhaseCompletedLocked,
    PhaseDependencyCycle,
    PhaseDependencyViolation,
    PhaseHasDependents,
    UnitNotParticipating,
    UnknownPhase,
)
from production_svc.operations.scheduling import schedule
from production_svc.operations.views import (
    milestone_public,
    milestones_of,
    needs_by_phase,
    participants_of,
    phase_children,
    phase_public,
    phase_view,
    phases_by_operation,
    phases_of,
    public_operation,
    public_operations,
)

__all__ = [
    "CENTS",
    "GSBPM",
    "GSBPM_NAMES",
    "GSBPM_ORDER",
    "MILESTONES",
    "OPERATIONS",
    "PHASES",
    "CompletionDateInvalid",
    "DependencyNotCompleted",
    "DuplicateOperationCode",
    "DuplicatePhase",
    "InvalidPhaseTransition",
    "MilestoneOutsidePhase",
    "NeedOutsidePhase",
    "NotAComputingCentre",
    "OperationCompleted",
    "OperationNotScheduled",
    "OperationWithoutPhases",
    "PhaseCompletedLocked",
    "PhaseDependencyCycle",
    "PhaseDependencyViolation",
    "PhaseHasDependents",
    "UnitNotParticipating",
    "UnknownPhase",
    "add_milestone",
    "add_phase",
    "complete_phase",
    "create_operation",
    "delete_phase",
    "ensure_open",
    "get_for_planning",
    "get_operation",
    "get_phase",
    "list_gsbpm",
    "list_milestones",
    "list_operations",
    "load_gsbpm",
    "milestone_public",
    "milestones_of",
    "move_phase",
    "needs_by_phase",
    "participants_of",
    "phase_children",
    "phase_public",
    "phase_view",
    "phases_by_operation",
    "phases_of",
    "portfolio",
    "public_operation",
    "public_operations",
    "publish_revision",
    "republish_if_scheduled",
    "schedule",
    "scheduled_event",
    "set_needs",
    "timeline",
    "update_milestone",
    "update_operation",
    "update_phase",
    "validate_dependencies",
    "visible_clause",
    "visible_operations",
]
