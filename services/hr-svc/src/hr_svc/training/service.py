"""Training: catalogue, sessions, enrolment with waitlist, attendance, completion, plan.

Training is committed before it happens (issue #21, item 4): confirming a session asks budget
to commit its estimated cost on T3, action 09, of the organising unit
(``training_session.confirmed``); budget's answer is recorded on the session. Agents complete,
and the session is completed (service fait for its actual cost, never above what budget
committed; ``training_session.completed``), only once budget committed it; cancelling a
session budget was asked about releases its AE (``training_session.cancelled``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent
from hr_svc.staffing.models import BudgetEnvelope
from hr_svc.training import certificate as certificate_pdf
from hr_svc.training import events
from hr_svc.training.models import Completion, Course, Enrolment, TrainingPlanLine, TrainingSession
from hr_svc.training.schemas import (
    BudgetStatus,
    ComplianceItem,
    ComplianceStatus,
    CourseCreate,
    CourseUpdate,
    EnrolmentStatus,
    PlanLine,
    SessionCreate,
    SessionStatus,
    TrainingPlan,
)
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, NotFound, UnprocessableEntity
from sg_common.months import add_months
from sg_common.org import OrgTree
from sg_common.repository import Repository
from sg_contracts.budget import (
    BudgetTrainingCommitmentRecordedV1,
    BudgetTrainingCommitmentRejectedV1,
)

COURSES = Repository(Course, what="course", unit=None)
SESSIONS = Repository(TrainingSession, what="session")
COMPLETIONS = Repository(Completion, what="completion")
PLAN_LINES = Repository(TrainingPlanLine, what="plan line")
#: enrolments, in scope through their session's unit (``get_enrolment``)
ENROLMENTS = Repository(Enrolment, what="enrolment", unit=None)

SEAT_HOLDING = (
    EnrolmentStatus.enrolled,
    EnrolmentStatus.attended,
    EnrolmentStatus.absent,
    EnrolmentStatus.completed,
)
ACTIVE = (*SEAT_HOLDING, EnrolmentStatus.waitlisted)
ZERO = Decimal("0.00")


class DuplicateCourse(BusinessRuleViolation):
    type_slug = "duplicate-course"
    title = "A course with this code exists"


class CourseInactive(BusinessRuleViolation):
    type_slug = "course-inactive"
    title = "The course is withdrawn from the catalogue"


class SessionCancelled(BusinessRuleViolation):
    type_slug = "session-cancelled"
    title = "The session is cancelled"


class AlreadyEnrolled(BusinessRuleViolation):
    type_slug = "already-enrolled"
    title = "The agent is already enrolled or waitlisted in this session"


class AgentInactive(BusinessRuleViolation):
    type_slug = "agent-already-left"
    title = "The agent has left"


class EnrolmentClosed(BusinessRuleViolation):
    type_slug = "enrolment-closed"
    title = "The enrolment can no longer change that way"


class AttendanceRequired(BusinessRuleViolation):
    type_slug = "attendance-required"
    title = "Only an agent marked present can complete the course"


class AlreadyCompleted(BusinessRuleViolation):
    type_slug = "already-completed"
    title = "This enrolment is already completed"


class SessionCompleted(BusinessRuleViolation):
    type_slug = "session-completed"
    title = "The session is completed"


class SessionNotConfirmed(BusinessRuleViolation):
    type_slug = "session-not-confirmed"
    title = "The session is not confirmed"


class BudgetAnswerPending(BusinessRuleViolation):
    type_slug = "budget-answer-pending"
    title = "Budget has not answered the session's commitment request yet"


class TrainingNotCommitted(BusinessRuleViolation):
    type_slug = "training-not-committed"
    title = "Budget has not committed the session's cost"


class ActualCostAboveCommitment(BusinessRuleViolation):
    type_slug = "actual-cost-above-commitment"
    title = "The actual cost exceeds what budget committed"


class InvalidEstimatedCost(BusinessRuleViolation):
    type_slug = "invalid-estimated-cost"
    title = "A committed session's estimate cannot drop to zero: cancel the session instead"


class InvalidCompletionDate(UnprocessableEntity):
    type_slug = "invalid-completion-date"
    title = "A session is completed between its first day and today"


# catalogue ---------------------------------------------------------------------------------
async def create_course(session: AsyncSession, *, data: CourseCreate) -> Course:
    """Add a course to the catalogue."""
    if (await session.exec(select(Course).where(Course.code == data.code))).first():
        raise DuplicateCourse(f"course code {data.code} is taken")
    course = Course(**data.model_dump())
    session.add(course)
    await session.flush()
    return course


async def edit_course(session: AsyncSession, *, course: Course, data: CourseUpdate) -> Course:
    """Change a course of the catalogue (its PATCH)."""
    COURSES.patch(course, data)
    session.add(course)
    await session.flush()
    return course


# sessions ----------------------------------------------------------------------------------
async def create_session(
    session: AsyncSession, *, data: SessionCreate, tree: OrgTree, scope: OrgScope
) -> TrainingSession:
    """Schedule a session of an active course."""
    tree.require(data.unit_code, data.start_date)
    scope.check(data.unit_code)
    course = await COURSES.get(session, data.course_id)
    if not course.active:
        raise CourseInactive(f"course {course.code} is withdrawn")
    row = TrainingSession(**data.model_dump())
    session.add(row)
    await session.flush()
    return row


async def list_sessions(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    course_id: int | None,
    from_date: date | None,
    status: str | None,
    budget_status: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[TrainingSession], str | None]:
    """A page of the sessions organised by units in ``scope``."""
    stmt = scope.apply(select(TrainingSession), col(TrainingSession.unit_code))
    if course_id is not None:
        stmt = stmt.where(TrainingSession.course_id == course_id)
    if status is not None:
        stmt = stmt.where(TrainingSession.status == status)
    if budget_status is not None:
        stmt = stmt.where(TrainingSession.budget_status == budget_status)
    if from_date is not None:
        stmt = stmt.where(col(TrainingSession.start_date) >= from_date)
    return await paginate(
        session,
        stmt,
        order_by=[col(TrainingSession.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )


async def list_enrolments(
    session: AsyncSession, session_id: int, listing: Listing, *, limit: int, cursor: str | None
) -> tuple[list[Enrolment], str | None]:
    """A page of a session's enrolments."""
    stmt = select(Enrolment).where(Enrolment.session_id == session_id)
    return await paginate(
        session, stmt, order_by=[col(Enrolment.id)], limit=limit, cursor=cursor, listing=listing
    )


async def counts(session: AsyncSession, session_ids: list[int]) -> dict[int, dict[str, int]]:
    """Session id → {"enrolled": seats held, "waitlisted": waiting}."""
    result: dict[int, dict[str, int]] = defaultdict(lambda: {"enrolled": 0, "waitlisted": 0})
    if not session_ids:
        return result
    stmt = (
        select(Enrolment.session_id, Enrolment.status, func.count())
        .where(col(Enrolment.session_id).in_(session_ids))
        .group_by(col(Enrolment.session_id), col(Enrolment.status))
    )
    for sid, status, n in (await session.exec(stmt)).all():
        if status in SEAT_HOLDING:
            result[sid]["enrolled"] += n
        elif status == EnrolmentStatus.waitlisted:
            result[sid]["waitlisted"] += n
    return result


async def _waitlist(session: AsyncSession, session_id: int) -> list[Enrolment]:
    stmt = (
        select(Enrolment)
        .where(Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.waitlisted)
        .order_by(col(Enrolment.requested_at), col(Enrolment.id))
    )
    return list((await session.exec(stmt)).all())


async def waitlist_positions(session: AsyncSession, session_id: int) -> dict[int, int]:
    """Enrolment id → 1-based position on the session's waitlist."""
    return {e.id or 0: i for i, e in enumerate(await _waitlist(session, session_id), start=1)}


async def cancel_session(session: AsyncSession, *, row: TrainingSession) -> TrainingSession:
    """Cancel a session: every open enrolment is cancelled; when budget was asked to commit
    its cost, it is told to release it (``training_session.cancelled``)."""
    row = await SESSIONS.get(session, row.id, lock=True)
    if row.cancelled:
        raise SessionCancelled(f"session {row.id} is already cancelled")
    if row.status == SessionStatus.completed:
        raise SessionCompleted(f"session {row.id} was held on {row.completed_on}")
    asked = row.budget_status == BudgetStatus.pending or row.committed_ae is not None
    released = {"budget_status": BudgetStatus.released.value} if asked else {}
    SESSIONS.update(row, cancelled=True, status=SessionStatus.cancelled.value, **released)
    session.add(row)
    if asked:
        await events.session_cancelled(session, row)
    stmt = select(Enrolment).where(
        Enrolment.session_id == row.id,
        col(Enrolment.status).in_([EnrolmentStatus.enrolled, EnrolmentStatus.waitlisted]),
    )
    for enrolment in (await session.exec(stmt)).all():
        enrolment.status = EnrolmentStatus.cancelled
        enrolment.cancelled_at = utcnow()
        session.add(enrolment)
    await session.flush()
    return row


# enrolment ---------------------------------------------------------------------------------
async def enrol(session: AsyncSession, *, row: TrainingSession, agent: Agent) -> Enrolment:
    """Enrol the agent; when the session is full the agent joins the waitlist."""
    assert row.id is not None
    assert agent.id is not None
    if row.cancelled:
        raise SessionCancelled(f"session {row.id} is cancelled")
    if row.status == SessionStatus.completed:
        raise SessionCompleted(f"session {row.id} was held on {row.completed_on}")
    if agent.left_on is not None and agent.left_on < row.start_date:
        raise AgentInactive(f"agent {agent.id} left on {agent.left_on}")
    stmt = select(Enrolment).where(
        Enrolment.session_id == row.id,
        Enrolment.agent_id == agent.id,
        col(Enrolment.status).in_(list(ACTIVE)),
    )
    if (await session.exec(stmt)).first() is not None:
        raise AlreadyEnrolled(f"agent {agent.id} is already in session {row.id}")
    await SESSIONS.get(session, row.id, lock=True)
    taken = (await counts(session, [row.id]))[row.id]["enrolled"]
    status = EnrolmentStatus.enrolled if taken < row.capacity else EnrolmentStatus.waitlisted
    enrolment = Enrolment(
        session_id=row.id, agent_id=agent.id, status=status, requested_at=utcnow()
    )
    session.add(enrolment)
    await session.flush()
    return enrolment


async def get_enrolment(
    session: AsyncSession, *, enrolment_id: int, scope: OrgScope
) -> tuple[Enrolment, TrainingSession]:
    stmt = scope.apply(
        select(Enrolment, TrainingSession)
        .join(TrainingSession, col(TrainingSession.id) == col(Enrolment.session_id))
        .where(Enrolment.id == enrolment_id),
        col(TrainingSession.unit_code),
    )
    found = (await session.exec(stmt)).first()
    if found is None:
        raise ENROLMENTS.missing(enrolment_id)
    return found[0], found[1]


async def cancel_enrolment(
    session: AsyncSession, *, enrolment: Enrolment, row: TrainingSession
) -> Enrolment:
    """Désinscription; a freed seat goes to the first agent waiting, in request order."""
    await SESSIONS.get(session, row.id, lock=True)
    enrolment = await ENROLMENTS.get(session, enrolment.id, lock=True)
    if enrolment.status not in (EnrolmentStatus.enrolled, EnrolmentStatus.waitlisted):
        raise EnrolmentClosed(f"enrolment {enrolment.id} is {enrolment.status}")
    freed = enrolment.status == EnrolmentStatus.enrolled
    enrolment.status = EnrolmentStatus.cancelled
    enrolment.cancelled_at = utcnow()
    session.add(enrolment)
    await session.flush()
    if freed and not row.cancelled:
        waiting = await _waitlist(session, enrolment.session_id)
        if waiting:
            first = waiting[0]
            first.status = EnrolmentStatus.enrolled
            first.promoted_at = utcnow()
            session.add(first)
            await session.flush()
    return enrolment


async def set_attendance(
    session: AsyncSession, *, enrolment: Enrolment, present: bool
) -> Enrolment:
    """Émargement of an enrolled agent."""
    if enrolment.status not in (
        EnrolmentStatus.enrolled,
        EnrolmentStatus.attended,
        EnrolmentStatus.absent,
    ):
        raise EnrolmentClosed(f"enrolment {enrolment.id} is {enrolment.status}")
    enrolment.status = EnrolmentStatus.attended if present else EnrolmentStatus.absent
    session.add(enrolment)
    await session.flush()
    return enrolment


async def complete(
    session: AsyncSession,
    *,
    enrolment: Enrolment,
    row: TrainingSession,
    completed_on: date | None,
) -> Completion:
    """Record the completion once and publish ``training.completed`` (cost for T3, skills)."""
    assert enrolment.id is not None
    enrolment = await ENROLMENTS.get(session, enrolment.id, lock=True)
    if enrolment.status == EnrolmentStatus.completed:
        raise AlreadyCompleted(f"enrolment {enrolment.id} is already completed")
    if enrolment.status != EnrolmentStatus.attended:
        raise AttendanceRequired(
            f"enrolment {enrolment.id} is {enrolment.status}; mark the agent present first"
        )
    require_committed(row)
    course = await COURSES.get(session, row.course_id)
    agent = await session.get(Agent, enrolment.agent_id)
    assert agent is not None
    done_on = completed_on or row.end_date
    expires = (
        add_months(done_on, course.certificate_validity_months)
        if course.certificate_validity_months
        else None
    )
    completion = Completion(
        enrolment_id=enrolment.id or 0,
        agent_id=agent.id or 0,
        unit_code=agent.unit_code,
        course_id=course.id or 0,
        hours=course.duration_hours,
        cost=course.cost,
        skills=list(course.skills),
        completed_on=done_on,
        certificate_expires_on=expires,
        created_at=utcnow(),
    )
    enrolment.status = EnrolmentStatus.completed
    session.add(enrolment)
    session.add(completion)
    await session.flush()
    await events.training_completed(session, completion, agent, course)
    return completion


# budget: commit at confirmation, certify at completion, release on cancellation -------------
def committed(row: TrainingSession) -> Decimal | None:
    """What budget holds for the session (0 when it needs none), None when nothing is."""
    if row.committed_ae is not None:
        return row.committed_ae
    if row.budget_status == BudgetStatus.not_required:
        return ZERO
    return None


def require_committed(row: TrainingSession) -> Decimal:
    """The session may take place: budget committed its cost (409 otherwise, with figures)."""
    if row.status == SessionStatus.planned:
        raise SessionNotConfirmed(f"session {row.id} is not confirmed: confirm it first")
    held = committed(row)
    if held is None or row.budget_status == BudgetStatus.pending:
        raise TrainingNotCommitted(
            f"budget has not committed the cost of session {row.id} ({row.budget_status})"
            + (f": {row.budget_reason}" if row.budget_reason else ""),
            extra={
                "budget_status": row.budget_status,
                "requested_ae": _money(row.budget_requested_ae),
                "available_ae": _money(row.budget_available_ae),
            },
        )
    return held


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


async def _present(session: AsyncSession, session_id: int) -> int:
    stmt = select(func.count()).where(
        Enrolment.session_id == session_id,
        col(Enrolment.status).in_([EnrolmentStatus.attended, EnrolmentStatus.completed]),
    )
    return int((await session.exec(stmt)).one())


async def confirm_session(
    session: AsyncSession, *, row: TrainingSession, estimated_cost: Decimal | None
) -> TrainingSession:
    """Confirm (or revise) the session: budget is asked to commit ``estimated_cost`` (default:
    the course's cost × capacity); a 0.00 estimate needs no commitment."""
    row = await SESSIONS.get(session, row.id, lock=True)
    if row.cancelled:
        raise SessionCancelled(f"session {row.id} is cancelled")
    if row.status == SessionStatus.completed:
        raise SessionCompleted(f"session {row.id} was held on {row.completed_on}")
    if row.budget_status == BudgetStatus.pending:
        raise BudgetAnswerPending(
            f"budget has not answered the request for session {row.id} yet",
            extra={"estimated_cost": _money(row.estimated_cost)},
        )
    course = await COURSES.get(session, row.course_id)
    estimate = estimated_cost if estimated_cost is not None else course.cost * row.capacity
    if estimate <= ZERO and row.committed_ae is not None:
        raise InvalidEstimatedCost(
            f"budget holds {row.committed_ae:.2f} for session {row.id}: cancel the session "
            "to release it"
        )
    SESSIONS.update(
        row,
        status=SessionStatus.confirmed.value,
        estimated_cost=estimate,
        budget_status=(
            BudgetStatus.not_required.value if estimate <= ZERO else BudgetStatus.pending.value
        ),
    )
    session.add(row)
    if estimate <= ZERO:
        await session.flush()
        return row
    await session.flush()
    await events.session_confirmed(session, row, course, estimate)
    return row


async def complete_session(
    session: AsyncSession,
    *,
    row: TrainingSession,
    actual_cost: Decimal | None,
    completed_on: date | None,
) -> TrainingSession:
    """The session was held: budget certifies service fait for ``actual_cost`` (default: the
    course's cost × agents present), never above what it committed, and releases the rest."""
    assert row.id is not None
    session_id = row.id
    row = await SESSIONS.get(session, session_id, lock=True)
    if row.cancelled:
        raise SessionCancelled(f"session {row.id} is cancelled")
    if row.status == SessionStatus.completed:
        raise SessionCompleted(f"session {row.id} was held on {row.completed_on}")
    held = require_committed(row)
    day = completed_on or row.end_date
    if day < row.start_date or day > today():
        raise InvalidCompletionDate(
            f"session {row.id} runs from {row.start_date}; {day} is before it or after today "
            f"({today()})"
        )
    present = await _present(session, session_id)
    course = await COURSES.get(session, row.course_id)
    actual = actual_cost if actual_cost is not None else course.cost * present
    if actual > held:
        raise ActualCostAboveCommitment(
            f"session {row.id} cost {actual:.2f} but budget committed {held:.2f}: confirm it "
            f"again with the new estimate ({actual:.2f}) first",
            extra={"committed_ae": f"{held:.2f}", "actual_cost": f"{actual:.2f}"},
        )
    certified = (
        {"budget_status": BudgetStatus.certified.value} if row.committed_ae is not None else {}
    )
    SESSIONS.update(
        row,
        status=SessionStatus.completed.value,
        actual_cost=actual,
        completed_on=day,
        **certified,
    )
    session.add(row)
    await session.flush()
    if row.committed_ae is not None:
        await events.session_completed(session, row, actual=actual, day=day, present=present)
    return row


async def _answered(session: AsyncSession, session_id: str) -> TrainingSession | None:
    """The session a budget answer is about, locked, if it waits for one."""
    if not session_id.isdigit():
        return None
    row = await session.get(TrainingSession, int(session_id))
    if row is None:
        return None
    row = await SESSIONS.get(session, row.id, lock=True)
    if row.budget_status != BudgetStatus.pending:
        return None
    return row


async def _keep_answer(
    session: AsyncSession, row: TrainingSession, **answer: object
) -> TrainingSession:
    SESSIONS.update(row, **answer, budget_answered_at=utcnow())
    session.add(row)
    await session.flush()
    return row


async def record_commitment(
    session: AsyncSession, *, data: BudgetTrainingCommitmentRecordedV1
) -> TrainingSession | None:
    """Budget committed the session's estimate (or its revision)."""
    row = await _answered(session, data.training_session_id)
    if row is None:
        return None
    return await _keep_answer(
        session,
        row,
        budget_status=BudgetStatus.committed.value,
        commitment_id=data.commitment_id,
        committed_ae=data.ae,
        budget_requested_ae=None,
        budget_available_ae=data.available_ae,
        budget_reason=None,
    )


async def record_refusal(
    session: AsyncSession, *, data: BudgetTrainingCommitmentRejectedV1
) -> TrainingSession | None:
    """Budget refused the estimate: its figures are kept on the session; whatever it still
    holds from an earlier answer stays committed."""
    row = await _answered(session, data.training_session_id)
    if row is None:
        return None
    held = data.committed_ae if data.committed_ae > ZERO else None
    released = {"commitment_id": None} if held is None else {}
    return await _keep_answer(
        session,
        row,
        budget_status=BudgetStatus.refused.value,
        committed_ae=held,
        budget_requested_ae=data.requested_ae,
        budget_available_ae=data.available_ae,
        budget_reason=data.reason[:500],
        **released,
    )


# plan and compliance -----------------------------------------------------------------------
async def set_plan_line(
    session: AsyncSession, *, unit_code: str, year: int, course_id: int, trainees: int
) -> TrainingPlanLine:
    """Set the trainees planned on a course in a unit's annual plan."""
    await COURSES.exists(session, course_id)
    stmt = select(TrainingPlanLine).where(
        TrainingPlanLine.unit_code == unit_code,
        TrainingPlanLine.year == year,
        TrainingPlanLine.course_id == course_id,
    )
    line = (await session.exec(stmt)).first()
    if line is None:
        line = TrainingPlanLine(
            unit_code=unit_code, year=year, course_id=course_id, planned_trainees=trainees
        )
    else:
        PLAN_LINES.update(line, planned_trainees=trainees)
    session.add(line)
    await session.flush()
    return line


async def training_plan(
    session: AsyncSession, *, tree: OrgTree, unit_code: str, year: int
) -> TrainingPlan:
    """Planned vs done (hours, cost) for the unit and its descendants, and the T3 envelope."""
    codes = sorted(tree.subtree_codes([unit_code], date(year, 12, 31)) | {unit_code})
    planned_rows = (
        await session.exec(
            select(TrainingPlanLine, Course)
            .join(Course, col(Course.id) == col(TrainingPlanLine.course_id))
            .where(TrainingPlanLine.unit_code == unit_code, TrainingPlanLine.year == year)
        )
    ).all()
    done_rows = (
        await session.exec(
            select(Completion, Course)
            .join(Course, col(Course.id) == col(Completion.course_id))
            .where(
                col(Completion.unit_code).in_(codes),
                col(Completion.completed_on) >= date(year, 1, 1),
                col(Completion.completed_on) <= date(year, 12, 31),
            )
        )
    ).all()
    lines: dict[int, PlanLine] = {}
    zero = Decimal("0.00")

    def line_for(course: Course) -> PlanLine:
        key = course.id or 0
        if key not in lines:
            lines[key] = PlanLine(
                course_id=key,
                course_code=course.code,
                course_title=course.title,
                planned_trainees=0,
                planned_hours=zero,
                planned_cost=zero,
                done_trainees=0,
                done_hours=zero,
                done_cost=zero,
            )
        return lines[key]

    for plan, course in planned_rows:
        line = line_for(course)
        line.planned_trainees = plan.planned_trainees
        line.planned_hours = course.duration_hours * plan.planned_trainees
        line.planned_cost = course.cost * plan.planned_trainees
    for completion, course in done_rows:
        line = line_for(course)
        line.done_trainees += 1
        line.done_hours += completion.hours
        line.done_cost += completion.cost
    envelopes = (
        await session.exec(
            select(BudgetEnvelope).where(
                BudgetEnvelope.unit_code == unit_code,
                BudgetEnvelope.fiscal_year == year,
                BudgetEnvelope.title == "T3",
            )
        )
    ).all()
    ordered = [lines[k] for k in sorted(lines)]
    done_cost = sum((line.done_cost for line in ordered), zero)
    ae = sum((e.ae for e in envelopes), zero) if envelopes else None
    cp = sum((e.cp for e in envelopes), zero) if envelopes else None
    return TrainingPlan(
        unit_code=unit_code,
        year=year,
        lines=ordered,
        planned_hours=sum((line.planned_hours for line in ordered), zero),
        planned_cost=sum((line.planned_cost for line in ordered), zero),
        done_hours=sum((line.done_hours for line in ordered), zero),
        done_cost=done_cost,
        envelope_ae=ae,
        envelope_cp=cp,
        envelope_remaining_cp=None if cp is None else cp - done_cost,
    )


async def compliance(
    session: AsyncSession, *, tree: OrgTree, unit_code: str, within_days: int
) -> list[ComplianceItem]:
    """Active agents of the unit (and descendants) missing a mandatory course, or whose
    certificate has expired or expires within ``within_days``."""
    day = today()
    horizon = day + timedelta(days=within_days)
    codes = sorted(tree.subtree_codes([unit_code]) | {unit_code})
    agents = (
        await session.exec(
            select(Agent)
            .where(
                col(Agent.unit_code).in_(codes),
                or_(col(Agent.left_on).is_(None), col(Agent.left_on) >= day),
            )
            .order_by(col(Agent.id))
        )
    ).all()
    courses = (
        await session.exec(
            select(Course).where(col(Course.mandatory).is_(True), col(Course.active).is_(True))
        )
    ).all()
    if not agents or not courses:
        return []
    latest: dict[tuple[int, int], Completion] = {}
    done = await session.exec(
        select(Completion).where(
            col(Completion.agent_id).in_([a.id for a in agents]),
            col(Completion.course_id).in_([c.id for c in courses]),
        )
    )
    for c in done.all():
        key = (c.agent_id, c.course_id)
        if key not in latest or c.completed_on > latest[key].completed_on:
            latest[key] = c
    items: list[ComplianceItem] = []
    for agent in agents:
        for course in courses:
            last = latest.get((agent.id or 0, course.id or 0))
            status: ComplianceStatus | None = None
            expires = last.certificate_expires_on if last else None
            if last is None:
                status = ComplianceStatus.missing
            elif expires is not None and expires < day:
                status = ComplianceStatus.expired
            elif expires is not None and expires <= horizon:
                status = ComplianceStatus.expiring
            if status is not None:
                items.append(
                    ComplianceItem(
                        agent_id=agent.id or 0,
                        last_name=agent.last_name,
                        first_name=agent.first_name,
                        unit_code=agent.unit_code,
                        course_id=course.id or 0,
                        course_code=course.code,
                        status=status,
                        certificate_expires_on=expires,
                    )
                )
    return items


async def certificate(
    session: AsyncSession, *, completion_id: int, scope: OrgScope
) -> tuple[bytes, str]:
    """The attestation de formation of a completion in scope, as PDF, and its file name."""
    completion = await COMPLETIONS.get(session, completion_id, scope)
    enrolment = await session.get(Enrolment, completion.enrolment_id)
    course = await session.get(Course, completion.course_id)
    agent = await session.get(Agent, completion.agent_id)
    if enrolment is None or course is None or agent is None:  # foreign keys: never
        raise NotFound(f"completion {completion_id} lost its enrolment, course or agent")
    held = await session.get(TrainingSession, enrolment.session_id)
    if held is None:
        raise NotFound(f"completion {completion_id} lost its session")
    data = certificate_pdf.render(completion, course, held, agent)
    return data, f"attestation-formation-{course.code}-{agent.matricule}.pdf"
