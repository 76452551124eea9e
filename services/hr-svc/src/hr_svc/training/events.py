"""What training publishes: a session's ``training_session.*`` (budget commits, certifies and
releases its cost) and an agent's ``training.completed``, to the outbox in the caller's
transaction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent
from hr_svc.training.models import Completion, Course, TrainingSession
from sg_common.events import publish
from sg_contracts.hr import (
    TrainingCompletedV1,
    TrainingSessionCancelledV1,
    TrainingSessionCompletedV1,
    TrainingSessionConfirmedV1,
)


def subject_of(row: TrainingSession) -> str:
    """hr's session events and budget's answers share the session's key (one partition)."""
    return f"training-session-{row.id}"


async def session_cancelled(session: AsyncSession, row: TrainingSession) -> None:
    """``training_session.cancelled``: budget releases what it committed."""
    await publish(
        session,
        TrainingSessionCancelledV1(session_id=str(row.id), unit_code=row.unit_code),
        subject=subject_of(row),
    )


async def training_completed(
    session: AsyncSession, completion: Completion, agent: Agent, course: Course
) -> None:
    """``training.completed``: one agent's completion (cost, hours, skills)."""
    done_on, expires = completion.completed_on, completion.certificate_expires_on
    await publish(
        session,
        TrainingCompletedV1(
            completion_id=str(completion.id),
            agent_id=str(agent.id),
            unit_code=agent.unit_code,
            course_code=course.code,
            course_title=course.title,
            hours=course.duration_hours,
            cost=course.cost,
            skills=list(course.skills),
            completed_on=done_on,
            certificate_expires_on=expires,
        ),
        subject=f"agent-{agent.id}",
    )


async def session_confirmed(
    session: AsyncSession, row: TrainingSession, course: Course, estimate: Decimal
) -> None:
    """``training_session.confirmed``: budget is asked to commit the estimate."""
    await publish(
        session,
        TrainingSessionConfirmedV1(
            session_id=str(row.id),
            unit_code=row.unit_code,
            fiscal_year=row.start_date.year,
            course_code=course.code,
            course_title=course.title,
            estimated_cost=estimate,
            start_date=row.start_date,
            end_date=row.end_date,
        ),
        subject=subject_of(row),
    )


async def session_completed(
    session: AsyncSession, row: TrainingSession, *, actual: Decimal, day: date, present: int
) -> None:
    """``training_session.completed``: service fait for the actual cost."""
    await publish(
        session,
        TrainingSessionCompletedV1(
            session_id=str(row.id),
            unit_code=row.unit_code,
            actual_cost=actual,
            completed_on=day,
            trainees=present,
        ),
        subject=subject_of(row),
    )
