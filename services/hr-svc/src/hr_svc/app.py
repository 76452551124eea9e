"""hr-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import hr_svc
from hr_svc.events.handlers import EVENT_HANDLERS
from hr_svc.models import metadata
from hr_svc.settings import HrSettings
from sg_common.app import ServiceDefinition, create_service_app

SERVICE = ServiceDefinition(
    name="hr",
    title="sg-suite Human resources (DRH)",
    description=hr_svc.__doc__ or "",
    settings_class=HrSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[],
    event_handlers=EVENT_HANDLERS,
)


def create_app(settings: HrSettings | None = None) -> FastAPI:
    """The hr-svc ASGI app (``uvicorn --factory hr_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
