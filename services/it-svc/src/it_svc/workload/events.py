"""What the plan de charge publishes: ``workload.planned``, ``it.capacity_alert``, to the outbox
in the caller's transaction."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.events import publish
from sg_contracts.it import ItCapacityAlertV1, WorkloadPlannedV1


async def workload_planned(
    session: AsyncSession,
    *,
    plan_code: str,
    plan_version: int,
    centre_code: str,
    month: str,
    capacity: Decimal,
    demand: Decimal,
    load: Decimal,
) -> None:
    """``workload.planned``: one line of a published plan de charge."""
    await publish(
        session,
        WorkloadPlannedV1(
            plan_id=plan_code,
            plan_version=plan_version,
            centre_code=centre_code,
            month=month,
            capacity=capacity,
            demand=demand,
            load=load,
        ),
        subject=plan_code,
    )


async def capacity_alert(
    session: AsyncSession, *, plan_code: str, centre_code: str, month: str, load: Decimal
) -> None:
    """``it.capacity_alert``: a centre's load exceeds its capacity in a month."""
    await publish(
        session,
        ItCapacityAlertV1(plan_id=plan_code, centre_code=centre_code, month=month, load=load),
        subject=plan_code,
    )
