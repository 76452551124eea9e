"""What the programme consumes: production's ``operation.scheduled`` (the statistical operations
the work programme links to)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.programme.models import StatisticalOperation
from sg_common.contracts.production import OperationScheduledV1
from sg_common.events import EventEnvelope, EventHandlers

HANDLERS = EventHandlers()


@HANDLERS.on(OperationScheduledV1)
async def handle_operation_scheduled(
    session: AsyncSession, data: OperationScheduledV1, _event: EventEnvelope
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
