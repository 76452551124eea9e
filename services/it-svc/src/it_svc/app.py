"""it-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import it_svc
from it_svc import labels
from it_svc.envelopes import models as _envelope_models  # noqa: F401  (metadata)
from it_svc.envelopes.router import router as envelopes_router
from it_svc.events import EVENT_HANDLERS
from it_svc.inventory import models as _inventory_models  # noqa: F401  (metadata)
from it_svc.inventory.router import router as inventory_router
from it_svc.licences import models as _licence_models  # noqa: F401
from it_svc.licences.router import router as licences_router
from it_svc.models import metadata
from it_svc.permissions import PERMISSIONS
from it_svc.policy import models as _policy_models  # noqa: F401
from it_svc.policy.reference import load_initial_catalogue
from it_svc.policy.router import router as policy_router
from it_svc.settings import ItSettings
from it_svc.staff import models as _staff_models  # noqa: F401
from it_svc.staff.router import allocations as allocations_router
from it_svc.staff.router import router as staff_router
from it_svc.workload import models as _workload_models  # noqa: F401
from it_svc.workload.router import router as workload_router
from sg_common.app import ServiceDefinition, create_service_app
from sg_common.audit.router import AUDIT_TAG
from sg_common.audit.router import router as audit_router

SERVICE = ServiceDefinition(
    name="it",
    permissions=PERMISSIONS,
    column_labels=labels.COLUMN_LABELS,
    export_names=labels.EXPORT_NAMES,
    title="sg-suite IT (DI)",
    description=it_svc.__doc__ or "",
    settings_class=ItSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[
        inventory_router,
        licences_router,
        policy_router,
        staff_router,
        allocations_router,
        workload_router,
        envelopes_router,
        audit_router,
    ],
    event_handlers=EVENT_HANDLERS,
    reference_data=[load_initial_catalogue],
    openapi_tags=[
        {"name": "inventory", "description": "Configuration items (CMDB) and their lifecycle."},
        {"name": "licences", "description": "Software licences and seat assignments."},
        {"name": "policy", "description": "IT policy: catalogue of standards, compliance."},
        {"name": "staff", "description": "IT staff registry, skills and allocations."},
        {"name": "workload", "description": "Plan de charge of the national computing centres."},
        {"name": "budget", "description": "Budget envelopes notified to units (from budget-svc)."},
        AUDIT_TAG,
    ],
)


def create_app(settings: ItSettings | None = None) -> FastAPI:
    """The it-svc ASGI app (``uvicorn --factory it_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
