"""What needs someone in facilities-svc, turned into notifications (sg_common.notifications).

* a requisition submitted → the purchasing office (``facilities.buyer``, every unit) approves or
  refuses it;
* the decision on a requisition (approved, refused with its reason) → the person who requested it;
* an order budget refused to commit (its event ``budget.commitment_rejected``) → the person who
  requested it and the purchasing office.
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.purchases.models import Requisition
from facilities_svc.roles import BUYER
from sg_common.notifications import notify

_DECISIONS_FR = {"approved": "validée", "refused": "refusée"}


async def requisition_submitted(session: AsyncSession, requisition: Requisition) -> None:
    """The purchasing office has a requisition to approve."""
    await notify(
        session,
        key=f"requisition:{requisition.id}:submitted",
        kind="requisition.submitted",
        title=(
            f"Demande d'achat n° {requisition.id} de {requisition.unit_code} à valider : "
            f"{requisition.subject} ({requisition.amount_ttc} € TTC)"
        ),
        resource="requisition",
        resource_id=str(requisition.id),
        role=BUYER,
    )


async def requisition_decided(session: AsyncSession, requisition: Requisition) -> None:
    """The requester learns whether their requisition was approved or refused."""
    decision = _DECISIONS_FR.get(requisition.status, requisition.status)
    await notify(
        session,
        key=f"requisition:{requisition.id}:decided",
        kind="requisition.decided",
        title=f"Votre demande d'achat n° {requisition.id} ({requisition.subject}) a été {decision}",
        body=requisition.rejection_reason,
        resource="requisition",
        resource_id=str(requisition.id),
        subject=requisition.requested_by,
    )


async def order_rejected_by_budget(session: AsyncSession, requisition: Requisition) -> None:
    """Budget refused the commitment of an order (``budget.commitment_rejected``): the
    requester and the buyers learn it, once however often the event is delivered."""
    if requisition.status != "rejected":
        return
    title = (
        f"Commande {requisition.order_id} ({requisition.subject}, {requisition.unit_code}) "
        "refusée par le budget"
    )
    key = f"requisition:{requisition.id}:commitment_rejected"
    for audience, role, subject in (
        ("requester", None, requisition.requested_by),
        ("buyers", BUYER, None),
    ):
        await notify(
            session,
            key=f"{key}:{audience}",
            kind="order.rejected_by_budget",
            title=title,
            body=requisition.rejection_reason,
            resource="requisition",
            resource_id=str(requisition.id),
            role=role,
            subject=subject,
        )
