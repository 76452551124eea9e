"""What the reserve publishes: ``budget.reserve_changed``, to the outbox in the caller's
transaction."""

from __future__ import annotations

from typing import Literal

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.allocations.models import Allocation
from budget_svc.reserve.models import ReserveOperation
from sg_common.events import publish
from sg_contracts.budget import BudgetReserveChangedV1


async def reserve_changed(
    session: AsyncSession, operation: ReserveOperation, allocation: Allocation
) -> None:
    """``budget.reserve_changed`` (subject: the allocation, so its operations stay in order)."""
    kind: Literal["freeze", "release", "extra_freeze", "cancellation"] = operation.kind  # type: ignore[assignment]
    await publish(
        session,
        BudgetReserveChangedV1(
            operation_id=str(operation.id),
            allocation_id=str(allocation.id),
            unit_code=allocation.unit_code,
            fiscal_year=allocation.fiscal_year,
            kind=kind,
            ae=operation.ae,
            cp=operation.cp,
            reason=operation.reason,
        ),
        subject=f"allocation-{allocation.id}",
    )
