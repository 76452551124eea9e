"""What needs someone in production-svc, turned into notifications (sg_common.notifications).

* IT's plan de charge (``workload.planned``) puts a computing centre's month **over its
  capacity** (load = demand / capacity above 1) where an operation needs IT work → the leads
  (``production.lead``) of each such operation's lead unit, once per plan version, centre and
  month however often the event is delivered.
"""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.models import ItNeed, Operation, Phase
from production_svc.roles import LEAD
from sg_common.notifications import notify
from sg_contracts.it import WorkloadPlannedV1

FULL = Decimal(1)


async def plan_over_capacity(session: AsyncSession, data: WorkloadPlannedV1) -> int:
    """Tell the leads of the operations needing that centre and month, when it is over capacity."""
    if data.load <= FULL:
        return 0
    operations = (
        await session.exec(
            select(Operation)
            .join(Phase, col(Phase.operation_id) == col(Operation.id))
            .join(ItNeed, col(ItNeed.phase_id) == col(Phase.id))
            .where(col(ItNeed.centre_code) == data.centre_code, col(ItNeed.month) == data.month)
            .distinct()
            .order_by(col(Operation.id))
        )
    ).all()
    percent = (data.load * 100).quantize(Decimal(1))
    created = 0
    for operation in operations:
        created += await notify(
            session,
            key=(
                f"operation:{operation.id}:over_capacity:{data.plan_id}:v{data.plan_version}:"
                f"{data.centre_code}:{data.month}"
            ),
            kind="plan.over_capacity",
            title=(
                f"Plan de charge {data.plan_id} (version {data.plan_version}) : {data.centre_code} "
                f"au-delà de sa capacité en {data.month} ({percent} %), "
                f"l'opération {operation.code} y a des besoins"
            ),
            resource="operation",
            resource_id=str(operation.id),
            role=LEAD,
            unit_code=operation.lead_unit,
        )
    return created
