"""facilities-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import facilities_svc
from facilities_svc import labels
from facilities_svc.central.router import logistics_router, social_router
from facilities_svc.events import EVENT_HANDLERS
from facilities_svc.models import metadata
from facilities_svc.permissions import PERMISSIONS
from facilities_svc.purchases.router import router as purchases_router
from facilities_svc.realestate.router import router as realestate_router
from facilities_svc.reference import load_thresholds
from facilities_svc.settings import FacilitiesSettings
from facilities_svc.workconditions.router import router as workconditions_router
from sg_common.app import ServiceDefinition, create_service_app
from sg_common.audit.router import AUDIT_TAG
from sg_common.audit.router import router as audit_router
from sg_common.notifications.router import NOTIFICATIONS_TAG
from sg_common.notifications.router import router as notifications_router

SERVICE = ServiceDefinition(
    name="facilities",
    permissions=PERMISSIONS,
    column_labels=labels.COLUMN_LABELS,
    export_names=labels.EXPORT_NAMES,
    # personal or confidential columns: the audit trail says they changed, not their values
    audit_redacted={
        "social_case": ["*"],
        "incident": ["description"],
        "incident_follow_up": ["note"],
    },
    title="sg-suite General services (DSG)",
    description=facilities_svc.__doc__ or "",
    settings_class=FacilitiesSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[
        purchases_router,
        realestate_router,
        workconditions_router,
        logistics_router,
        social_router,
        audit_router,
        notifications_router,
    ],
    event_handlers=EVENT_HANDLERS,
    reference_data=[load_thresholds],
    # 1.0.0: requisitions, procedure thresholds and the procedure choice name their kind
    # (supplies, services, works), a new required request field (issue #21, item 5;
    # docs/contracts.md, "Shipping a breaking change").
    version="1.0.0",
    openapi_tags=[
        {
            "name": "purchases",
            "description": "Catalogue, procedures, requisitions, orders, "
            "receipts (service fait), budget availability.",
        },
        {
            "name": "real-estate",
            "description": "Sites, buildings, spaces (SUN), occupants, "
            "leases, costs, occupancy ratio.",
        },
        {
            "name": "working-conditions",
            "description": "Health and safety register, DUERP, incidents.",
        },
        {
            "name": "logistics",
            "description": "Services centraux only: moves, rooms, vehicles, mail.",
        },
        {
            "name": "social-service",
            "description": "Services centraux only: assistance cases "
            "(social workers) and counts (everyone else).",
        },
        AUDIT_TAG,
        NOTIFICATIONS_TAG,
    ],
)


def create_app(settings: FacilitiesSettings | None = None) -> FastAPI:
    """The facilities-svc ASGI app (``uvicorn --factory facilities_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
