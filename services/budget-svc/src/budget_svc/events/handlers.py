"""The handler table of budget-svc: event type → handler, in one visible place.

``purchase.ordered`` (facilities): commit the order's AE (TTC) on the ordering unit's line, and
answer ``budget.commitment_recorded``, or ``budget.commitment_rejected`` with the reason when
the AE available is insufficient or the line cannot take it (closed or unknown year, unknown
action). ``purchase.cancelled``: cancel the order's commitment, releasing its AE.
``agent.assigned`` / ``agent.left`` (hr): the assignments from which the ETPT consumed against
each unit's staff ceiling is computed; ``etpt.reported`` (hr): the monthly ETPT it is compared
with. ``purchase.received`` (facilities): service fait on the order's commitment for the amount
received (TTC), once per receipt. ``training_session.confirmed`` / ``.cancelled`` /
``.completed`` (hr): a training session's cost is committed on T3, action 09, of the organising
unit before it happens (or refused), released when it is cancelled, certified as service fait
for the actual cost when it is held, the rest released (``budget_svc.training.service``).
hr's ``training.completed`` (one agent's completion) is no longer booked here.
``delegation.granted`` / ``delegation.revoked`` (hr): the délégations de signature under which a
person without the ordonnateur's role signs a commitment, a service fait or a payment request
(``budget_svc.delegations``).
"""

from __future__ import annotations

import structlog
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments import service as commitment_service
from budget_svc.commitments.schemas import CommitmentSource, CommitmentStatus
from budget_svc.delegations import service as delegation_service
from budget_svc.events import publish as events
from budget_svc.ledger import service as ledger
from budget_svc.programme.models import StatisticalOperation
from budget_svc.spending import service as spending_service
from budget_svc.spending.models import ServiceDone
from budget_svc.spending.schemas import ServiceDoneSource
from budget_svc.staffing import service as staffing_service
from budget_svc.training import service as training_service
from sg_common.clock import today
from sg_common.contracts.facilities import (
    PurchaseCancelledV1,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
)
from sg_common.contracts.hr import (
    AgentAssignedV1,
    AgentLeftV1,
    DelegationGrantedV1,
    DelegationRevokedV1,
    EtptReportedV1,
    TrainingSessionCancelledV1,
    TrainingSessionCompletedV1,
    TrainingSessionConfirmedV1,
)
from sg_common.contracts.production import OperationScheduledV1
from sg_common.errors import ProblemError
from sg_common.events import EventEnvelope, EventHandlers

log = structlog.get_logger("budget_svc.events")

#: Who the ledger names for commitments made from facilities' orders.
FACILITIES_ACTOR = "facilities-svc"

#: The handler table: one handler per payload class.
EVENT_HANDLERS = EventHandlers()


@EVENT_HANDLERS.on(PurchaseOrderedV1)
async def handle_purchase_ordered(
    session: AsyncSession, order: PurchaseOrderedV1, event: EventEnvelope
) -> None:
    """Commit the order's AE, or reject it with the reason."""
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
            available_ae=await ledger.available_ae(
                session,
                unit_code=order.unit_code,
                fiscal_year=order.fiscal_year,
                action=order.action,
                title=order.title,
            ),
        )
        log.info("purchase_order_rejected", order_id=order.order_id, reason=reason)


@EVENT_HANDLERS.on(PurchaseCancelledV1)
async def handle_purchase_cancelled(
    session: AsyncSession, data: PurchaseCancelledV1, event: EventEnvelope
) -> None:
    """Cancel the commitment of a cancelled order (its AE returns to the line)."""
    commitment = await commitment_service.by_purchase_order(session, data.order_id)
    if commitment is None or commitment.status == CommitmentStatus.CANCELLED:
        return
    await commitment_service.cancel(
        session,
        commitment=commitment,
        reason=f"commande annulée: {data.reason}"[:500],
        by=FACILITIES_ACTOR,
    )


@EVENT_HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, event: EventEnvelope
) -> None:
    """Record (or replace) an assignment: ETPT consumption of its unit."""
    await staffing_service.record_assignment(
        session,
        assignment_id=data.assignment_id,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        start_date=data.start_date,
        end_date=data.end_date,
        quotite=data.quotite,
    )


@EVENT_HANDLERS.on(AgentLeftV1)
async def handle_agent_left(session: AsyncSession, data: AgentLeftV1, event: EventEnvelope) -> None:
    """End the agent's open assignments in the unit."""
    await staffing_service.end_assignments(
        session, agent_id=data.agent_id, unit_code=data.unit_code, left_on=data.left_on
    )


@EVENT_HANDLERS.on(EtptReportedV1)
async def handle_etpt_reported(
    session: AsyncSession, data: EtptReportedV1, event: EventEnvelope
) -> None:
    """Store a unit's monthly ETPT (a later report for the same month replaces it)."""
    await staffing_service.record_etpt_report(
        session, unit_code=data.unit_code, year=data.year, month=data.month, etpt=data.etpt
    )


@EVENT_HANDLERS.on(PurchaseReceivedV1)
async def handle_purchase_received(
    session: AsyncSession, data: PurchaseReceivedV1, event: EventEnvelope
) -> None:
    """Service fait on the order's commitment for the amount received (once per receipt)."""
    commitment = await commitment_service.by_purchase_order(session, data.order_id)
    if commitment is None or commitment.status == CommitmentStatus.CANCELLED:
        log.info("receipt_without_commitment", order_id=data.order_id, receipt=data.receipt_id)
        return
    done = await session.exec(select(ServiceDone).where(ServiceDone.receipt_id == data.receipt_id))
    if done.first() is not None:
        return
    await spending_service.certify(
        session,
        commitment=commitment,
        amount=data.amount_ttc,
        certified_on=min(data.received_on, today()),
        source=ServiceDoneSource.RECEIPT,
        receipt_id=data.receipt_id,
        comment=f"Réception {data.receipt_id} de la commande {data.order_id}",
        by=FACILITIES_ACTOR,
    )


@EVENT_HANDLERS.on(TrainingSessionConfirmedV1)
async def handle_training_session_confirmed(
    session: AsyncSession, data: TrainingSessionConfirmedV1, event: EventEnvelope
) -> None:
    """Commit (or revise) a training session's estimated cost, or refuse it; answer hr."""
    await training_service.confirm(session, data)


@EVENT_HANDLERS.on(TrainingSessionCancelledV1)
async def handle_training_session_cancelled(
    session: AsyncSession, data: TrainingSessionCancelledV1, event: EventEnvelope
) -> None:
    """Release the whole commitment of a cancelled training session."""
    await training_service.cancel(session, data)


@EVENT_HANDLERS.on(TrainingSessionCompletedV1)
async def handle_training_session_completed(
    session: AsyncSession, data: TrainingSessionCompletedV1, event: EventEnvelope
) -> None:
    """Service fait for the session's actual cost; the unused AE returns to the line."""
    await training_service.complete(session, data)


@EVENT_HANDLERS.on(OperationScheduledV1)
async def handle_operation_scheduled(
    session: AsyncSession, data: OperationScheduledV1, event: EventEnvelope
) -> None:
    """Keep the latest schedule of a statistical operation (work programme links, costs)."""
    found = await session.get(StatisticalOperation, data.operation_id)
    if found is not None and found.revision > data.revision:
        return
    starts = min((p.start for p in data.phases), default=None)
    ends = max((p.end for p in data.phases), default=None)
    operation = found or StatisticalOperation(
        operation_id=data.operation_id, name="", kind="", lead_unit="", revision=0
    )
    operation.name = data.name[:300]
    operation.kind = data.kind[:64]
    operation.lead_unit = data.lead_unit[:32]
    operation.revision = data.revision
    operation.starts_on, operation.ends_on = starts, ends
    session.add(operation)
    await session.flush()


@EVENT_HANDLERS.on(DelegationGrantedV1)
async def handle_delegation_granted(
    session: AsyncSession, data: DelegationGrantedV1, event: EventEnvelope
) -> None:
    """Keep hr's délégation de signature (a replay replaces it, its revocation kept)."""
    await delegation_service.record_granted(session, data)


@EVENT_HANDLERS.on(DelegationRevokedV1)
async def handle_delegation_revoked(
    session: AsyncSession, data: DelegationRevokedV1, event: EventEnvelope
) -> None:
    """End a délégation de signature from its revocation date."""
    await delegation_service.record_revoked(session, data)
