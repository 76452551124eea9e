"""budget-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import budget_svc
from budget_svc.events.handlers import EVENT_HANDLERS
from budget_svc.models import metadata
from budget_svc.settings import BudgetSettings
from sg_common.app import ServiceDefinition, create_service_app

SERVICE = ServiceDefinition(
    name="budget",
    title="sg-suite Budget (DPG)",
    description=budget_svc.__doc__ or "",
    settings_class=BudgetSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[],
    event_handlers=EVENT_HANDLERS,
)


def create_app(settings: BudgetSettings | None = None) -> FastAPI:
    """The budget-svc ASGI app (``uvicorn --factory budget_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
