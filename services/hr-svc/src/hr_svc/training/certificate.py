"""The attestation de formation the SG signs for an agent who completed a training.

It states who (name, matricule), what (the course, its code and duration in hours), when and
where (the session's dates and place), the date of completion, the skills it gives and, for a
certifying course (e.g. sauveteur secouriste du travail), the date until which the certificate
holds (``certificate_expires_on``: completion + the course's validity in months).
"""

from __future__ import annotations

from decimal import Decimal

from hr_svc.agents.models import Agent
from hr_svc.training.models import Completion, Course, TrainingSession
from sg_common.documents.pdf import SignedDocument, date_fr

ISSUER = "INSEE - Secrétariat général - Département des ressources humaines"


def _hours(hours: Decimal) -> str:
    return f"{hours.normalize():f}".replace(".", ",") + " heures"


def render(completion: Completion, course: Course, session: TrainingSession, agent: Agent) -> bytes:
    """The certificate of one completion, as PDF bytes."""
    form = SignedDocument(
        title="Attestation de formation",
        reference=f"AF-{completion.completed_on.year}-{completion.id:06d}",
        issuer=ISSUER,
        issued_on=completion.completed_on,
    )
    form.paragraph(
        "Le département des ressources humaines atteste que "
        f"{agent.first_name} {agent.last_name} (matricule {agent.matricule}) "
        f"a suivi la formation « {course.title} » (code {course.code}), "
        f"d'une durée de {_hours(completion.hours)}, "
        f"du {date_fr(session.start_date)} au {date_fr(session.end_date)} à {session.place}, "
        f"et l'a achevée le {date_fr(completion.completed_on)}."
    )
    if completion.skills:
        form.paragraph("Compétences acquises : " + ", ".join(completion.skills) + ".")
    if completion.certificate_expires_on is not None:
        form.paragraph(f"Certificat valable jusqu'au {date_fr(completion.certificate_expires_on)}.")
    form.signature(
        place=session.place, on=completion.completed_on, signer="Le responsable de la formation"
    )
    return form.output()
