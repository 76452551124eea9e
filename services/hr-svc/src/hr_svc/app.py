"""hr-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import hr_svc
from hr_svc import labels
from hr_svc.agents import models as _agents  # noqa: F401
from hr_svc.agents.router import router as agents_router
from hr_svc.delegations import models as _delegations  # noqa: F401
from hr_svc.delegations.router import router as delegations_router
from hr_svc.development import models as _development  # noqa: F401
from hr_svc.development.router import router as development_router
from hr_svc.development.service import load_reference_skills
from hr_svc.events import EVENT_HANDLERS
from hr_svc.information import models as _information  # noqa: F401
from hr_svc.information.router import router as information_router
from hr_svc.models import metadata
from hr_svc.notifications import certificates_expiring

# Every table module, so the metadata is complete (migrations, tests).
from hr_svc.permissions import PERMISSIONS
from hr_svc.settings import HrSettings
from hr_svc.staffing import models as _staffing  # noqa: F401
from hr_svc.staffing.router import router as staffing_router
from hr_svc.training import models as _training  # noqa: F401
from hr_svc.training.router import router as training_router
from hr_svc.unions import models as _unions  # noqa: F401
from hr_svc.unions.router import router as unions_router
from sg_common.app import ServiceDefinition, create_service_app
from sg_common.audit.router import AUDIT_TAG
from sg_common.audit.router import router as audit_router
from sg_common.notifications.router import NOTIFICATIONS_TAG
from sg_common.notifications.router import router as notifications_router

SERVICE = ServiceDefinition(
    name="hr",
    permissions=PERMISSIONS,
    column_labels=labels.COLUMN_LABELS,
    export_names=labels.EXPORT_NAMES,
    # personal or confidential columns: the audit trail says they changed, not their values
    audit_redacted={
        "agent": ["birth_date", "email", "phone", "address", "departure_reason"],
        "professional_review": ["goals", "results", "skills", "training_wishes"],
    },
    title="sg-suite Human resources (DRH)",
    description=hr_svc.__doc__ or "",
    settings_class=HrSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[
        agents_router,
        staffing_router,
        development_router,
        training_router,
        information_router,
        unions_router,
        delegations_router,
        audit_router,
        notifications_router,
    ],
    event_handlers=EVENT_HANDLERS,
    notification_checks=[certificates_expiring],
    reference_data=[load_reference_skills],
    openapi_tags=[
        {"name": "agents", "description": "Agents, assignments, movements, career history."},
        {"name": "staffing", "description": "Posts (postes), ETPT against the ceiling."},
        {"name": "development", "description": "Skills reference, professional reviews."},
        {"name": "training", "description": "Catalogue, sessions, enrolment, completion, plan."},
        {"name": "information", "description": "Announcements, feeds, acknowledgements."},
        {"name": "unions", "description": "Unions, elections and seats, bodies, time credits."},
        {
            "name": "delegations",
            "description": "Délégations de signature of the ordonnateur's acts (budget-svc).",
        },
        AUDIT_TAG,
        NOTIFICATIONS_TAG,
    ],
)


def create_app(settings: HrSettings | None = None) -> FastAPI:
    """The hr-svc ASGI app (``uvicorn --factory hr_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
