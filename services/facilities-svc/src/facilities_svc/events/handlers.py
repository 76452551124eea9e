"""The handler table of facilities-svc: event type → handler, in one visible place."""

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc import notifications
from facilities_svc.budgetview import service as budget_view
from facilities_svc.purchases import service as purchases
from facilities_svc.purchases.delegations import DELEGATIONS
from facilities_svc.realestate import service as realestate
from facilities_svc.workconditions import service as workconditions
from sg_common.contracts.budget import (
    BudgetAllocatedV1,
    BudgetAvailabilityChangedV1,
    BudgetCommitmentRecordedV1,
    BudgetCommitmentRejectedV1,
)
from sg_common.contracts.hr import (
    AgentAssignedV1,
    AgentLeftV1,
    DelegationGrantedV1,
    DelegationRevokedV1,
)
from sg_common.contracts.production import ImprovementProposedV1
from sg_common.events import EventEnvelope, EventHandlers

#: The handler table: one handler per payload class.
EVENT_HANDLERS = EventHandlers()


@EVENT_HANDLERS.on(BudgetCommitmentRecordedV1)
async def handle_commitment_recorded(
    session: AsyncSession, data: BudgetCommitmentRecordedV1, event: EventEnvelope
) -> None:
    """Budget committed AE for an order: confirmed. Commitments of no order are not ours."""
    if data.purchase_order_id is None:
        return
    await purchases.commitment_recorded(
        session, order_id=data.purchase_order_id, commitment_id=data.commitment_id
    )


@EVENT_HANDLERS.on(BudgetCommitmentRejectedV1)
async def handle_commitment_rejected(
    session: AsyncSession, data: BudgetCommitmentRejectedV1, event: EventEnvelope
) -> None:
    """Budget refused the commitment: the order is rejected with budget's reason."""
    requisition = await purchases.commitment_rejected(
        session,
        order_id=data.purchase_order_id,
        reason=data.reason,
        requested=data.requested_ae,
        available=data.available_ae,
    )
    await notifications.order_rejected_by_budget(session, requisition)


@EVENT_HANDLERS.on(BudgetAllocatedV1)
async def handle_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, event: EventEnvelope
) -> None:
    """Keep the unit's envelope, shown to requesters before they order."""
    await purchases.record_allocation(
        session,
        allocation_id=data.allocation_id,
        unit_code=data.unit_code,
        fiscal_year=data.fiscal_year,
        action=data.action,
        title=data.title,
        ae=data.ae,
        cp=data.cp,
    )


@EVENT_HANDLERS.on(BudgetAvailabilityChangedV1)
async def handle_availability_changed(
    session: AsyncSession, data: BudgetAvailabilityChangedV1, event: EventEnvelope
) -> None:
    """Budget's figures of a line after a change: kept unless an as recent one is held."""
    await budget_view.apply_snapshot(session, snapshot=data, as_of=event.time)


@EVENT_HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, event: EventEnvelope
) -> None:
    """An agent joins a unit: a new occupant (workstation to allocate)."""
    await realestate.occupant_assigned(
        session,
        assignment_id=data.assignment_id,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        start_date=data.start_date,
        end_date=data.end_date,
    )


@EVENT_HANDLERS.on(AgentLeftV1)
async def handle_agent_left(session: AsyncSession, data: AgentLeftV1, event: EventEnvelope) -> None:
    """An agent left a unit: their occupancy ends, their workstation is freed."""
    await realestate.occupant_left(
        session,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        left_on=data.left_on,
        assignment_id=data.assignment_id,
    )


@EVENT_HANDLERS.on(ImprovementProposedV1)
async def handle_improvement_proposed(
    session: AsyncSession, data: ImprovementProposedV1, event: EventEnvelope
) -> None:
    """A proposal from production goes to the site's health and safety register."""
    await workconditions.register_proposal(
        session,
        proposal_id=data.proposal_id,
        title=data.title,
        description=data.description,
        site=data.site,
        unit_code=data.unit_code,
    )


@EVENT_HANDLERS.on(DelegationGrantedV1)
async def handle_delegation_granted(
    session: AsyncSession, data: DelegationGrantedV1, event: EventEnvelope
) -> None:
    """Keep hr's délégation de signature of approvals (a replay replaces it, its revocation
    kept; the acts of other services are dropped)."""
    await DELEGATIONS.record_granted(session, data)


@EVENT_HANDLERS.on(DelegationRevokedV1)
async def handle_delegation_revoked(
    session: AsyncSession, data: DelegationRevokedV1, event: EventEnvelope
) -> None:
    """End a délégation de signature from its revocation date."""
    await DELEGATIONS.record_revoked(session, data)
