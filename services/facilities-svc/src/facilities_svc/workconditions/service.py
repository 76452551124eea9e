"""Working conditions: register, yearly DUERP with its copy from last year, incidents."""

from collections import defaultdict

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.workconditions import events
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
    EntryCreate,
    EntrySource,
    EntryStatus,
    EntryUpdate,
    FollowUpPublic,
    IncidentCreate,
    IncidentPublic,
    IncidentStatus,
    RiskCreate,
    RiskPublic,
)
from sg_common.auth import OrgScope
from sg_common.clock import today
from sg_common.errors import BusinessRuleViolation, Conflict
from sg_common.repository import Repository

REGISTER = Repository(RegisterEntry, what="register entry")
ASSESSMENTS = Repository(RiskAssessment, what="risk assessment")
ACTIONS = Repository(PreventionAction, what="prevention action", unit=None)
INCIDENTS = Repository(Incident, what="incident")


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


async def create_entry(
    session: AsyncSession, body: EntryCreate, *, reported_by: str
) -> RegisterEntry:
    """An agent's entry in the register of their unit's site, open."""
    entry = RegisterEntry(
        **body.model_dump(),
        source=EntrySource.staff.value,
        reported_by=reported_by,
        reported_on=today(),
        status=EntryStatus.open.value,
    )
    return await REGISTER.add(session, entry)


async def answer_entry(
    session: AsyncSession, entry: RegisterEntry, body: EntryUpdate
) -> RegisterEntry:
    """The DSG's answer and the entry's status, published as ``register_entry.answered``."""
    REGISTER.patch(entry, body)
    session.add(entry)
    await session.flush()
    await events.publish_answer(session, entry)
    return entry


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
    ASSESSMENTS.update(assessment)
    session.add(assessment)
    await session.flush()
    return risk


async def risk_public(session: AsyncSession, risk: Risk) -> RiskPublic:
    """The risk with its prevention actions."""
    actions = await session.exec(
        select(PreventionAction).where(PreventionAction.risk_id == risk.id)
    )
    public = RiskPublic.model_validate(risk)
    public.actions = [ActionPublic.model_validate(a) for a in actions.all()]
    return public


def validate_assessment(assessment: RiskAssessment) -> RiskAssessment:
    """A draft DUERP validated today (409 ``assessment-validated`` once it is)."""
    ensure_draft(assessment)
    return ASSESSMENTS.update(
        assessment, status=AssessmentStatus.validated.value, validated_on=today()
    )


async def complete_action(
    session: AsyncSession, action_id: int, scope: OrgScope
) -> PreventionAction:
    """A prevention action of a DUERP in ``scope`` done today (404 otherwise: an action is
    scoped by its assessment's unit)."""
    stmt = scope.apply(
        select(PreventionAction)
        .join(Risk, col(Risk.id) == col(PreventionAction.risk_id))
        .join(RiskAssessment, col(RiskAssessment.id) == col(Risk.assessment_id))
        .where(PreventionAction.id == action_id),
        col(RiskAssessment.unit_code),
    )
    action = (await session.exec(stmt)).first()
    if action is None:
        raise ACTIONS.missing(action_id)
    ACTIONS.update(action, status=ActionStatus.done.value, done_on=today())
    session.add(action)
    await session.flush()
    return action


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
        INCIDENTS.update(incident, status=IncidentStatus.closed.value)
    else:
        INCIDENTS.update(incident)
    session.add(incident)
    await session.flush()
    return follow_up


async def create_incident(
    session: AsyncSession, body: IncidentCreate, *, reported_by: str
) -> Incident:
    """An incident (accident du travail, presque-accident…), open."""
    incident = Incident(
        **body.model_dump(mode="python"),
        status=IncidentStatus.open.value,
        reported_by=reported_by,
    )
    incident.kind = body.kind.value
    return await INCIDENTS.add(session, incident)


async def incident_public(session: AsyncSession, incident: Incident) -> IncidentPublic:
    """The incident with its follow-up notes, oldest first."""
    notes = await session.exec(
        select(IncidentFollowUp)
        .where(IncidentFollowUp.incident_id == incident.id)
        .order_by(col(IncidentFollowUp.id))
    )
    public = IncidentPublic.model_validate(incident)
    public.follow_ups = [FollowUpPublic.model_validate(n) for n in notes.all()]
    return public
