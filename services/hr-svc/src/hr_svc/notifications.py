"""What needs someone in hr-svc, turned into notifications (sg_common.notifications).

* a certificate of a mandatory training (e.g. habilitation électrique, SST) that expires within
  :data:`CERTIFICATE_NOTICE_DAYS` days, for an agent still in post and not yet renewed (no later
  completion of the course) → the HR correspondents (``hr.officer``) of the agent's unit, who see
  personal data there: :func:`certificates_expiring`, the service's periodic check.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent
from hr_svc.roles import HR_OFFICER
from hr_svc.training.models import Completion, Course
from sg_common.notifications import notify

#: How many days before a certificate expires its holder's HR correspondents are told.
CERTIFICATE_NOTICE_DAYS = 30


async def certificates_expiring(session: AsyncSession, today: date) -> int:
    """Announce each certificate expiring within :data:`CERTIFICATE_NOTICE_DAYS` days, once."""
    horizon = today + timedelta(days=CERTIFICATE_NOTICE_DAYS)
    rows = (
        await session.exec(
            select(Completion, Agent, Course)
            .join(Agent, col(Agent.id) == col(Completion.agent_id))
            .join(Course, col(Course.id) == col(Completion.course_id))
            .where(col(Completion.certificate_expires_on).is_not(None))
            .where(col(Completion.certificate_expires_on) >= today)
            .where(col(Completion.certificate_expires_on) <= horizon)
            .where(or_(col(Agent.left_on).is_(None), col(Agent.left_on) >= today))
            .order_by(col(Completion.id))
        )
    ).all()
    created = 0
    for completion, agent, course in rows:
        renewed = (
            await session.exec(
                select(Completion.id).where(
                    col(Completion.agent_id) == completion.agent_id,
                    col(Completion.course_id) == completion.course_id,
                    col(Completion.completed_on) > completion.completed_on,
                )
            )
        ).first()
        if renewed is not None:
            continue
        expires = completion.certificate_expires_on
        assert expires is not None
        created += await notify(
            session,
            key=f"completion:{completion.id}:expiring",
            kind="certificate.expiring",
            title=(
                f"Certificat « {course.title} » de {agent.first_name} {agent.last_name} "
                f"({agent.unit_code}) : expire le {expires.strftime('%d/%m/%Y')}"
            ),
            resource="completion",
            resource_id=str(completion.id),
            role=HR_OFFICER,
            unit_code=agent.unit_code,
            due_on=expires,
        )
    return created
