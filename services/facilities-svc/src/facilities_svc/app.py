"""facilities-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import facilities_svc
from facilities_svc.events.handlers import EVENT_HANDLERS
from facilities_svc.models import metadata
from facilities_svc.settings import FacilitiesSettings
from sg_common.app import ServiceDefinition, create_service_app

SERVICE = ServiceDefinition(
    name="facilities",
    title="sg-suite General services (DSG)",
    description=facilities_svc.__doc__ or "",
    settings_class=FacilitiesSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[],
    event_handlers=EVENT_HANDLERS,
)


def create_app(settings: FacilitiesSettings | None = None) -> FastAPI:
    """The facilities-svc ASGI app (``uvicorn --factory facilities_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
