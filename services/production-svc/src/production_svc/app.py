"""production-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import production_svc
from production_svc.events.handlers import EVENT_HANDLERS
from production_svc.models import metadata
from production_svc.settings import ProductionSettings
from sg_common.app import ServiceDefinition, create_service_app

SERVICE = ServiceDefinition(
    name="production",
    title="sg-suite Statistical production (DOMP)",
    description=production_svc.__doc__ or "",
    settings_class=ProductionSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[],
    event_handlers=EVENT_HANDLERS,
)


def create_app(settings: ProductionSettings | None = None) -> FastAPI:
    """The production-svc ASGI app (``uvicorn --factory production_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
