"""it-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import it_svc
from it_svc.events.handlers import EVENT_HANDLERS
from it_svc.models import metadata
from it_svc.settings import ItSettings
from sg_common.app import ServiceDefinition, create_service_app

SERVICE = ServiceDefinition(
    name="it",
    title="sg-suite IT (DI)",
    description=it_svc.__doc__ or "",
    settings_class=ItSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[],
    event_handlers=EVENT_HANDLERS,
)


def create_app(settings: ItSettings | None = None) -> FastAPI:
    """The it-svc ASGI app (``uvicorn --factory it_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
