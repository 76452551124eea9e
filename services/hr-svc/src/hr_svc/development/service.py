"""Professional development: skills reference and annual professional reviews."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent
from hr_svc.development.models import ProfessionalReview, Skill
from hr_svc.development.schemas import (
    ReviewCreate,
    ReviewStatus,
    ReviewUpdate,
    SkillCreate,
    SkillLevel,
)
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.repository import Repository

#: Reference skills loaded at start (idempotent).
REFERENCE_SKILLS: tuple[tuple[str, str, str], ...] = (
    ("STAT-ECH", "Échantillonnage et plans de sondage", "statistique"),
    ("STAT-ECON", "Économétrie", "statistique"),
    ("R-STAT", "Programmation R", "informatique"),
    ("PYTHON", "Programmation Python", "informatique"),
    ("SAS", "Programmation SAS", "informatique"),
    ("SQL", "Bases de données et SQL", "informatique"),
    ("ENQ-COLL", "Collecte d'enquêtes", "production"),
    ("MANAGE", "Management d'équipe", "management"),
    ("PROJET", "Conduite de projet", "management"),
    ("BUDGET", "Gestion budgétaire et comptable", "gestion"),
    ("RH-GEST", "Gestion administrative du personnel", "gestion"),
    ("SECOURISME", "Sauveteur secouriste du travail", "santé et sécurité"),
)


SKILLS = Repository(Skill, what="skill", unit=None, key="code")
REVIEWS = Repository(ProfessionalReview, what="review")


class DuplicateSkill(BusinessRuleViolation):
    type_slug = "duplicate-skill"
    title = "A skill with this code exists"


class UnknownSkill(BusinessRuleViolation):
    type_slug = "unknown-skill"
    title = "Skill not in the reference"


class ReviewAlreadyExists(BusinessRuleViolation):
    type_slug = "review-already-exists"
    title = "The agent already has a review for that year"


class ReviewSigned(BusinessRuleViolation):
    type_slug = "review-signed"
    title = "A signed review cannot change"


async def load_reference_skills(session: AsyncSession) -> None:
    """Insert the reference skills that are missing (run at every start)."""
    existing = set((await session.exec(select(Skill.code))).all())
    for code, label, domain in REFERENCE_SKILLS:
        if code not in existing:
            session.add(Skill(code=code, label=label, domain=domain))
    await session.flush()


async def create_skill(session: AsyncSession, *, data: SkillCreate) -> Skill:
    if await session.get(Skill, data.code) is not None:
        raise DuplicateSkill(f"skill {data.code} exists")
    skill = Skill(**data.model_dump())
    session.add(skill)
    await session.flush()
    return skill


async def _check_skills(session: AsyncSession, skills: list[SkillLevel]) -> None:
    codes = {s.skill_code for s in skills}
    if not codes:
        return
    known = set((await session.exec(select(Skill.code).where(col(Skill.code).in_(codes)))).all())
    missing = sorted(codes - known)
    if missing:
        raise UnknownSkill(f"unknown skill codes: {', '.join(missing)}")


async def create_review(
    session: AsyncSession, *, agent: Agent, data: ReviewCreate, actor: str
) -> ProfessionalReview:
    """Open the agent's review for a year (one per agent and year)."""
    await _check_skills(session, data.skills)
    stmt = select(ProfessionalReview).where(
        ProfessionalReview.agent_id == agent.id, ProfessionalReview.year == data.year
    )
    if (await session.exec(stmt)).first() is not None:
        raise ReviewAlreadyExists(f"agent {agent.id} already has a {data.year} review")
    review = ProfessionalReview(
        **data.model_dump(mode="json", exclude={"review_date", "agent_id"}),
        agent_id=agent.id or 0,
        review_date=data.review_date,
        unit_code=agent.unit_code,
        reviewer=actor,
        status=ReviewStatus.draft,
        created_at=utcnow(),
    )
    session.add(review)
    await session.flush()
    return review


async def update_review(
    session: AsyncSession, *, review: ProfessionalReview, data: ReviewUpdate
) -> ProfessionalReview:
    if review.status == ReviewStatus.signed:
        raise ReviewSigned(f"review {review.id} was signed on {review.signed_at}")
    if data.skills is not None:
        await _check_skills(session, data.skills)
    REVIEWS.patch(review, data)
    session.add(review)
    await session.flush()
    return review


async def sign_review(session: AsyncSession, *, review: ProfessionalReview) -> ProfessionalReview:
    """Sign the review: from then on it is final."""
    if review.status == ReviewStatus.signed:
        raise ReviewSigned(f"review {review.id} is already signed")
    REVIEWS.update(review, status=ReviewStatus.signed, signed_at=utcnow())
    session.add(review)
    await session.flush()
    return review
