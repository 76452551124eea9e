"""What the programme consumes: production's ``operation.scheduled`` (the statistical operations
the work programme links to)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.programme import service as programme
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.production import OperationScheduledV1

HANDLERS = EventHandlers()


@HANDLERS.on(OperationScheduledV1)
async def handle_operation_scheduled(
    session: AsyncSession, data: OperationScheduledV1, _event: EventEnvelope
) -> None:
    """Keep the latest schedule of a statistical operation (work programme links, costs)."""
    await programme.keep_operation(
        session,
        operation_id=data.operation_id,
        name=data.name,
        kind=data.kind,
        lead_unit=data.lead_unit,
        revision=data.revision,
        starts_on=min((p.start for p in data.phases), default=None),
        ends_on=max((p.end for p in data.phases), default=None),
    )
