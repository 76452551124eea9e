"""production-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import production_svc
from production_svc import labels
from production_svc.capacity import models as _capacity_models  # noqa: F401
from production_svc.capacity.router import router as capacity_router
from production_svc.events import EVENT_HANDLERS
from production_svc.improvements import models as _improvement_models  # noqa: F401
from production_svc.improvements.router import router as improvements_router
from production_svc.models import metadata
from production_svc.operations import models as _operation_models  # noqa: F401
from production_svc.operations.gsbpm import load_gsbpm
from production_svc.operations.router import portfolio_router, reference_router
from production_svc.operations.router import router as operations_router
from production_svc.permissions import PERMISSIONS
from production_svc.settings import ProductionSettings
from production_svc.studies import models as _study_models  # noqa: F401
from production_svc.studies.router import router as studies_router
from production_svc.workstations import models as _workstation_models  # noqa: F401
from production_svc.workstations.router import campaigns, profiles
from sg_common.app import ServiceDefinition, create_service_app
from sg_common.audit.router import AUDIT_TAG
from sg_common.audit.router import router as audit_router
from sg_common.notifications.router import NOTIFICATIONS_TAG
from sg_common.notifications.router import router as notifications_router

SERVICE = ServiceDefinition(
    name="production",
    permissions=PERMISSIONS,
    column_labels=labels.COLUMN_LABELS,
    export_names=labels.EXPORT_NAMES,
    title="sg-suite Statistical production (DOMP)",
    description=production_svc.__doc__ or "",
    settings_class=ProductionSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[
        operations_router,
        capacity_router,
        portfolio_router,
        studies_router,
        profiles,
        campaigns,
        improvements_router,
        reference_router,
        audit_router,
        notifications_router,
    ],
    event_handlers=EVENT_HANDLERS,
    reference_data=[load_gsbpm],
    openapi_tags=[
        {"name": "operations", "description": "Large operations along GSBPM phases."},
        {"name": "capacity", "description": "IT and staff capacity risk of operations."},
        {"name": "portfolio", "description": "Operations across the year, month by month."},
        {"name": "studies", "description": "Technical studies on collection and processing."},
        {"name": "workstations", "description": "Workstation profiles and rollout campaigns."},
        {"name": "improvements", "description": "Working-conditions improvement proposals."},
        {"name": "reference", "description": "Nomenclatures (GSBPM phases)."},
        AUDIT_TAG,
        NOTIFICATIONS_TAG,
    ],
)


def create_app(settings: ProductionSettings | None = None) -> FastAPI:
    """The production-svc ASGI app (``uvicorn --factory production_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
