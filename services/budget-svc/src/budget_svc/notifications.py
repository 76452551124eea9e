"""What needs someone in budget-svc, turned into notifications (sg_common.notifications).

* an allocation request submitted → the DPG (``budget.manager``, every unit) arbitrates it;
* the DPG's decision on a request → the person who submitted it;
* an invoice whose payment deadline (``due_on``) is at most :data:`DUE_SOON_DAYS` days away and
  not yet paid, rejected or suspended (a suspension stops the clock) → the CPF's accountants
  (``budget.accountant``, every unit): :func:`invoices_due_soon`, the service's periodic check.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.allocations.models import AllocationRequest
from budget_svc.roles import ACCOUNTANT, MANAGER
from budget_svc.spending.models import Invoice
from budget_svc.spending.schemas import InvoiceStatus
from sg_common.notifications import notify

#: How many days before its payment deadline an unpaid invoice is announced to the CPF.
DUE_SOON_DAYS = 5

_DECISIONS_FR = {"granted": "accordée", "reduced": "réduite", "refused": "refusée"}


def _euros(amount: object) -> str:
    return f"{amount} €"


def _when(days: int) -> str:
    """``dans 5 jours``, ``dans 1 jour``, ``aujourd'hui``, ``en retard de 2 jours``."""
    if days > 0:
        return f"dans {days} jour{'s' if days > 1 else ''}"
    if days == 0:
        return "aujourd'hui"
    return f"en retard de {-days} jour{'s' if days < -1 else ''}"


async def request_submitted(session: AsyncSession, request: AllocationRequest) -> None:
    """The DPG has a request to arbitrate."""
    await notify(
        session,
        key=f"allocation_request:{request.id}:submitted",
        kind="allocation_request.submitted",
        title=(
            f"Demande de crédits n° {request.id} de {request.unit_code} à arbitrer "
            f"({_euros(request.requested_ae)} en AE, {_euros(request.requested_cp)} en CP, "
            f"exercice {request.fiscal_year})"
        ),
        resource="allocation_request",
        resource_id=str(request.id),
        role=MANAGER,
    )


async def request_decided(session: AsyncSession, request: AllocationRequest) -> None:
    """The requester learns the DPG's decision on their request."""
    decision = _DECISIONS_FR.get(request.decision or "", request.decision or "")
    await notify(
        session,
        key=f"allocation_request:{request.id}:decided",
        kind="allocation_request.decided",
        title=(
            f"Votre demande de crédits n° {request.id} ({request.unit_code}) a été {decision} : "
            f"{_euros(request.granted_ae)} en AE, {_euros(request.granted_cp)} en CP"
        ),
        body=request.decision_reason,
        resource="allocation_request",
        resource_id=str(request.id),
        subject=request.submitted_by,
    )


async def invoices_due_soon(session: AsyncSession, today: date) -> int:
    """Announce to the CPF each open invoice due within :data:`DUE_SOON_DAYS` days (or overdue),
    once per invoice and deadline (a deadline moved by a suspension is announced again)."""
    open_ = [InvoiceStatus.RECEIVED.value, InvoiceStatus.TO_PAY.value]
    invoices = (
        await session.exec(
            select(Invoice)
            .where(col(Invoice.status).in_(open_))
            .where(col(Invoice.due_on) <= today + timedelta(days=DUE_SOON_DAYS))
            .order_by(col(Invoice.id))
        )
    ).all()
    created = 0
    for invoice in invoices:
        when = _when((invoice.due_on - today).days)
        created += await notify(
            session,
            key=f"invoice:{invoice.id}:due:{invoice.due_on.isoformat()}",
            kind="invoice.due_soon",
            title=(
                f"Facture {invoice.number} de {invoice.supplier} "
                f"({_euros(invoice.amount_ttc)} TTC, {invoice.unit_code}) à payer avant le "
                f"{invoice.due_on.strftime('%d/%m/%Y')} : "
                f"échéance {when}"
            ),
            resource="invoice",
            resource_id=str(invoice.id),
            role=ACCOUNTANT,
            due_on=invoice.due_on,
        )
    return created
