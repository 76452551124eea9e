"""What purchases consume from budget: the answer to an order's commitment, the units'
allocations, and hr's délégations de signature of approvals."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc import notifications
from facilities_svc.purchases import service as purchases
from facilities_svc.purchases.delegations import DELEGATIONS
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.budget import (
    BudgetAllocatedV1,
    BudgetCommitmentRecordedV1,
    BudgetCommitmentRejectedV1,
)
from sg_contracts.hr import DelegationGrantedV1, DelegationRevokedV1

HANDLERS = EventHandlers()


@HANDLERS.on(BudgetCommitmentRecordedV1)
async def handle_commitment_recorded(
    session: AsyncSession, data: BudgetCommitmentRecordedV1, _event: EventEnvelope
) -> None:
    """Budget committed AE for an order: confirmed. Commitments of no order are not ours."""
    if data.purchase_order_id is None:
        return
    await purchases.commitment_recorded(
        session, order_id=data.purchase_order_id, commitment_id=data.commitment_id
    )


@HANDLERS.on(BudgetCommitmentRejectedV1)
async def handle_commitment_rejected(
    session: AsyncSession, data: BudgetCommitmentRejectedV1, _event: EventEnvelope
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


@HANDLERS.on(BudgetAllocatedV1)
async def handle_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, _event: EventEnvelope
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


@HANDLERS.on(DelegationGrantedV1)
async def handle_delegation_granted(
    session: AsyncSession, data: DelegationGrantedV1, _event: EventEnvelope
) -> None:
    """Keep hr's délégation de signature of approvals (a replay replaces it, its revocation
    kept; the acts of other services are dropped)."""
    await DELEGATIONS.record_granted(session, data)


@HANDLERS.on(DelegationRevokedV1)
async def handle_delegation_revoked(
    session: AsyncSession, data: DelegationRevokedV1, _event: EventEnvelope
) -> None:
    """End a délégation de signature from its revocation date."""
    await DELEGATIONS.record_revoked(session, data)
