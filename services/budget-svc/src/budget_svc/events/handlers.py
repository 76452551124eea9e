"""The handler table of budget-svc: event type → handler, in one visible place.

``purchase.ordered`` (facilities): commit the order's AE (TTC) on the ordering unit's line, and
answer ``budget.commitment_recorded``, or ``budget.commitment_rejected`` with the reason when
the AE available is insufficient or the line cannot take it (closed or unknown year, unknown
action). ``purchase.cancelled``: cancel the order's commitment, releasing its AE.
``agent.assigned`` / ``agent.left`` (hr): the assignments from which the ETPT consumed against
each unit's staff ceiling is computed; ``etpt.reported`` (hr): the monthly ETPT it is compared
with.
"""

from __future__ import annotations

from decimal import Decimal

import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments import service as commitment_service
from budget_svc.commitments.schemas import CommitmentSource, CommitmentStatus
from budget_svc.common import ZERO
from budget_svc.events import publish as events
from budget_svc.ledger import service as ledger
from budget_svc.staffing import service as staffing_service
from sg_common.app import EventHandler
from sg_common.contracts.facilities import PurchaseCancelledV1, PurchaseOrderedV1
from sg_common.contracts.hr import AgentAssignedV1, AgentLeftV1, EtptReportedV1
from sg_common.errors import ProblemError
from sg_common.events import EventEnvelope

log = structlog.get_logger("budget_svc.events")

#: Who the ledger names for commitments made from facilities' orders.
FACILITIES_ACTOR = "facilities-svc"


async def _available_ae(session: AsyncSession, order: PurchaseOrderedV1) -> Decimal:
    line = await ledger.find_line(
        session,
        unit_code=order.unit_code,
        fiscal_year=order.fiscal_year,
        action=order.action,
        title=order.title,
    )
    if line is None or line.id is None:
        return ZERO
    return (await ledger.balance(session, line.id)).available_ae


async def handle_purchase_ordered(session: AsyncSession, event: EventEnvelope) -> None:
    """Commit the order's AE, or reject it with the reason."""
    order: PurchaseOrderedV1 = event.data
    existing = await commitment_service.by_purchase_order(session, order.order_id)
    if existing is not None:
        log.info("purchase_order_already_committed", order_id=order.order_id, id=existing.id)
        return
    try:
        await commitment_service.commit(
            session,
            unit_code=order.unit_code,
            fiscal_year=order.fiscal_year,
            action=order.action,
            title=order.title,
            ae=order.amount_ttc,
            description=f"Commande {order.order_id} ({order.channel}), {len(order.lines)} ligne(s)",
            by=FACILITIES_ACTOR,
            source=CommitmentSource.PURCHASE_ORDER,
            purchase_order_id=order.order_id,
        )
    except ProblemError as exc:
        reason = f"{exc.type_slug}: {exc.detail or exc.title}"
        await events.commitment_rejected(
            session,
            purchase_order_id=order.order_id,
            unit_code=order.unit_code,
            reason=reason,
            requested_ae=order.amount_ttc,
            available_ae=await _available_ae(session, order),
        )
        log.info("purchase_order_rejected", order_id=order.order_id, reason=reason)


async def handle_purchase_cancelled(session: AsyncSession, event: EventEnvelope) -> None:
    """Cancel the commitment of a cancelled order (its AE returns to the line)."""
    data: PurchaseCancelledV1 = event.data
    commitment = await commitment_service.by_purchase_order(session, data.order_id)
    if commitment is None or commitment.status == CommitmentStatus.CANCELLED:
        return
    await commitment_service.cancel(
        session,
        commitment=commitment,
        reason=f"commande annulée: {data.reason}"[:500],
        by=FACILITIES_ACTOR,
    )


async def handle_agent_assigned(session: AsyncSession, event: EventEnvelope) -> None:
    """Record (or replace) an assignment: ETPT consumption of its unit."""
    data: AgentAssignedV1 = event.data
    await staffing_service.record_assignment(
        session,
        assignment_id=data.assignment_id,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        start_date=data.start_date,
        end_date=data.end_date,
        quotite=data.quotite,
    )


async def handle_agent_left(session: AsyncSession, event: EventEnvelope) -> None:
    """End the agent's open assignments in the unit."""
    data: AgentLeftV1 = event.data
    await staffing_service.end_assignments(
        session, agent_id=data.agent_id, unit_code=data.unit_code, left_on=data.left_on
    )


async def handle_etpt_reported(session: AsyncSession, event: EventEnvelope) -> None:
    """Store a unit's monthly ETPT (a later report for the same month replaces it)."""
    data: EtptReportedV1 = event.data
    await staffing_service.record_etpt_report(
        session, unit_code=data.unit_code, year=data.year, month=data.month, etpt=data.etpt
    )


EVENT_HANDLERS: dict[str, EventHandler] = {
    "purchase.ordered": handle_purchase_ordered,
    "purchase.cancelled": handle_purchase_cancelled,
    "agent.assigned": handle_agent_assigned,
    "agent.left": handle_agent_left,
    "etpt.reported": handle_etpt_reported,
}
