"""Operations' business rules: the problems their checks raise."""

from __future__ import annotations

from sg_common.errors import BusinessRuleViolation, UnprocessableEntity


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
