"""Working conditions: register, yearly DUERP with its copy from last year, incidents."""

from collections import defaultdict

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.workconditions.models import (
    Incident,
    IncidentFollowUp,
    PreventionAction,
    RegisterEntry,
    Risk,
    RiskAssessment,
)
from facilities_svc.workconditions.schemas import (
    ActionPublic,
    ActionStatus,
    AssessmentPublic,
    AssessmentStatus,
    EntrySource,
    EntryStatus,
    IncidentStatus,
    RiskCreate,
    RiskPublic,
)
from sg_common.auth import OrgScope
from sg_common.clock import today
from sg_common.errors import BusinessRuleViolation, Conflict, NotFound


class AssessmentExists(Conflict):
    type_slug = "assessment-exists"
    title = "The unit already has a risk assessment for that year"


class AssessmentValidated(BusinessRuleViolation):
    type_slug = "assessment-validated"
    title = "A validated risk assessment is not edited; copy it for next year"


class IncidentClosed(BusinessRuleViolation):
    type_slug = "incident-closed"
    title = "The incident is closed"


async def register_proposal(
    session: AsyncSession,
    *,
    proposal_id: str,
    title: str,
    description: str,
    site: str,
    unit_code: str,
) -> RegisterEntry:
    """``improvement.proposed`` → an entry of the site's register (once per proposal)."""
    found = await session.exec(
        select(RegisterEntry).where(RegisterEntry.proposal_id == proposal_id)
    )
    entry = found.first()
    if entry is None:
        entry = RegisterEntry(
            site=site,
            unit_code=unit_code,
            source=EntrySource.improvement_proposed.value,
            proposal_id=proposal_id,
            title=title[:200],
            description=description[:4000],
            reported_by="production",
            reported_on=today(),
            status=EntryStatus.open.value,
        )
        session.add(entry)
        await session.flush()
    return entry


async def get_assessment(
    session: AsyncSession, *, assessment_id: int, scope: OrgScope
) -> RiskAssessment:
    stmt = scope.apply(
        select(RiskAssessment).where(RiskAssessment.id == assessment_id),
        col(RiskAssessment.unit_code),
    )
    found = (await session.exec(stmt)).first()
    if found is None:
        raise NotFound(f"risk assessment {assessment_id} does not exist")
    return found


async def create_assessment(
    session: AsyncSession, *, unit_code: str, year: int, copied_from_id: int | None = None
) -> RiskAssessment:
    """A DUERP in draft for a unit and a year (one per unit and year)."""
    found = await session.exec(
        select(RiskAssessment).where(
            RiskAssessment.unit_code == unit_code, RiskAssessment.year == year
        )
    )
    if found.first() is not None:
        raise AssessmentExists(f"{unit_code} already has its {year} risk assessment")
    assessment = RiskAssessment(
        unit_code=unit_code,
        year=year,
        status=AssessmentStatus.draft.value,
        copied_from_id=copied_from_id,
    )
    session.add(assessment)
    await session.flush()
    return assessment


def ensure_draft(assessment: RiskAssessment) -> None:
    if assessment.status == AssessmentStatus.validated:
        raise AssessmentValidated(
            f"the {assessment.year} assessment of {assessment.unit_code} was validated on "
            f"{assessment.validated_on}"
        )


async def add_risk(session: AsyncSession, *, assessment: RiskAssessment, body: RiskCreate) -> Risk:
    """A risk (score = probability × severity) with its prevention actions."""
    ensure_draft(assessment)
    assert assessment.id is not None
    risk = Risk(
        assessment_id=assessment.id,
        work_unit=body.work_unit,
        hazard=body.hazard,
        probability=body.probability,
        severity=body.severity,
        score=body.probability * body.severity,
        existing_measures=body.existing_measures,
    )
    session.add(risk)
    await session.flush()
    assert risk.id is not None
    for action in body.actions:
        session.add(
            PreventionAction(
                risk_id=risk.id,
                description=action.description,
                owner=action.owner,
                due_date=action.due_date,
                status=ActionStatus.planned.value,
            )
        )
    assessment.version += 1
    session.add(assessment)
    await session.flush()
    return risk


async def copy_assessment(
    session: AsyncSession, *, source: RiskAssessment, year: int
) -> RiskAssessment:
    """Mise à jour annuelle: next year's draft starts from this year's risks and open actions."""
    assert source.id is not None
    target = await create_assessment(
        session, unit_code=source.unit_code, year=year, copied_from_id=source.id
    )
    assert target.id is not None
    risks = (await session.exec(select(Risk).where(Risk.assessment_id == source.id))).all()
    for risk in risks:
        copy = Risk(
            assessment_id=target.id,
            work_unit=risk.work_unit,
            hazard=risk.hazard,
            probability=risk.probability,
            severity=risk.severity,
            score=risk.score,
            existing_measures=risk.existing_measures,
        )
        session.add(copy)
        await session.flush()
        assert copy.id is not None
        actions = await session.exec(
            select(PreventionAction).where(
                PreventionAction.risk_id == risk.id,
                PreventionAction.status == ActionStatus.planned.value,
            )
        )
        for action in actions.all():
            session.add(
                PreventionAction(
                    risk_id=copy.id,
                    description=action.description,
                    owner=action.owner,
                    due_date=action.due_date,
                    status=ActionStatus.planned.value,
                )
            )
    await session.flush()
    return target


async def assessment_public(session: AsyncSession, assessment: RiskAssessment) -> AssessmentPublic:
    """The assessment with its risks (highest score first) and their actions."""
    risks = (
        await session.exec(
            select(Risk)
            .where(Risk.assessment_id == assessment.id)
            .order_by(col(Risk.score).desc(), col(Risk.id))
        )
    ).all()
    actions: dict[int, list[PreventionAction]] = defaultdict(list)
    if risks:
        rows = await session.exec(
            select(PreventionAction)
            .where(col(PreventionAction.risk_id).in_([r.id for r in risks]))
            .order_by(col(PreventionAction.due_date), col(PreventionAction.id))
        )
        for action in rows.all():
            actions[action.risk_id].append(action)
    public = AssessmentPublic.model_validate(assessment)
    public.risks = []
    for risk in risks:
        risk_public = RiskPublic.model_validate(risk)
        risk_public.actions = [ActionPublic.model_validate(a) for a in actions[risk.id or 0]]
        public.risks.append(risk_public)
    return public


async def add_follow_up(
    session: AsyncSession, *, incident: Incident, note: str, author: str, close: bool
) -> IncidentFollowUp:
    """Suivi of an incident; the last note may close it."""
    if incident.status == IncidentStatus.closed:
        raise IncidentClosed(f"incident {incident.id} is closed; report a new one")
    assert incident.id is not None
    follow_up = IncidentFollowUp(
        incident_id=incident.id, written_on=today(), author=author, note=note
    )
    session.add(follow_up)
    if close:
        incident.status = IncidentStatus.closed.value
    incident.version += 1
    session.add(incident)
    await session.flush()
    return follow_up
