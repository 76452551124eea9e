"""budget-svc composition root: the service definition and the app factory."""

from pathlib import Path

from fastapi import FastAPI

import budget_svc
from budget_svc import labels
from budget_svc.accounting.router import router as accounting_router
from budget_svc.accounting.service import load_chart
from budget_svc.allocations.router import requests_router as allocation_requests_router
from budget_svc.allocations.router import router as allocations_router
from budget_svc.commitments.router import router as commitments_router
from budget_svc.events import EVENT_HANDLERS
from budget_svc.execution.router import router as execution_router
from budget_svc.forecasts.router import router as forecasts_router
from budget_svc.ledger.router import router as availability_router
from budget_svc.ledger.service import announce_lines
from budget_svc.models import metadata
from budget_svc.notifications import invoices_due_soon
from budget_svc.permissions import PERMISSIONS
from budget_svc.programme.router import control_router, performance_router
from budget_svc.programme.router import router as programme_router
from budget_svc.reserve.router import router as reserve_router
from budget_svc.settings import BudgetSettings
from budget_svc.spending.router import cpf_router
from budget_svc.spending.router import router as spending_router
from budget_svc.spending.service import load_rates
from budget_svc.staffing.router import router as staffing_router
from budget_svc.structure.reference import load_budget_structure
from budget_svc.structure.router import router as structure_router
from budget_svc.training.router import router as training_router
from budget_svc.transfers.router import router as transfers_router
from sg_common.app import ServiceDefinition, create_service_app
from sg_common.audit.router import AUDIT_TAG
from sg_common.audit.router import router as audit_router
from sg_common.notifications.router import NOTIFICATIONS_TAG
from sg_common.notifications.router import router as notifications_router

SERVICE = ServiceDefinition(
    name="budget",
    permissions=PERMISSIONS,
    column_labels=labels.COLUMN_LABELS,
    export_names=labels.EXPORT_NAMES,
    title="sg-suite Budget (DPG)",
    description=budget_svc.__doc__ or "",
    settings_class=BudgetSettings,
    metadata=metadata,
    migrations_dir=Path(__file__).parent / "migrations",
    routers=[
        structure_router,
        forecasts_router,
        allocation_requests_router,
        allocations_router,
        reserve_router,
        transfers_router,
        staffing_router,
        commitments_router,
        availability_router,
        spending_router,
        cpf_router,
        training_router,
        accounting_router,
        execution_router,
        programme_router,
        performance_router,
        control_router,
        audit_router,
        notifications_router,
    ],
    event_handlers=EVENT_HANDLERS,
    notification_checks=[invoices_due_soon],
    reference_data=[load_budget_structure, load_chart, load_rates, announce_lines],
    openapi_tags=[
        {"name": "structure", "description": "Programme 220, actions, titles, fiscal years."},
        {"name": "forecasts", "description": "Prévisions of resources and uses, with revisions."},
        {"name": "allocation-requests", "description": "Requests and arbitration (DPG)."},
        {"name": "allocations", "description": "Dotations notified to units."},
        {"name": "reserve", "description": "Mise en réserve, dégel, surgel, annulation."},
        {"name": "transfers", "description": "Moves of credits; asymmetric fungibility."},
        {"name": "staff-ceilings", "description": "Plafond d'emplois (ETPT) vs HR's ETPT."},
        {"name": "commitments", "description": "Engagements juridiques (consume AE)."},
        {"name": "availability", "description": "Available AE/CP per line; the ledger."},
        {"name": "spending", "description": "Service fait, advance terms, training charges."},
        {"name": "training", "description": "hr's training sessions committed on T3 (09)."},
        {"name": "cpf", "description": "CPF: invoices, payment deadline, payments, late interest."},
        {"name": "accounting", "description": "Double-entry general accounting."},
        {"name": "execution", "description": "Execution tracking: monthly and year end."},
        {"name": "work-programme", "description": "Triennial work programme and its execution."},
        {"name": "performance", "description": "Objectives, indicators, targets and actuals."},
        {"name": "management-control", "description": "Costs per unit, activity, operation."},
        AUDIT_TAG,
        NOTIFICATIONS_TAG,
    ],
)


def create_app(settings: BudgetSettings | None = None) -> FastAPI:
    """The budget-svc ASGI app (``uvicorn --factory budget_svc.app:create_app``)."""
    return create_service_app(SERVICE, settings)
