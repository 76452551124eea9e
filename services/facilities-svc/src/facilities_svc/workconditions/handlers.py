"""What the health and safety register consumes: production's ``improvement.proposed``."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.workconditions import service as workconditions
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.production import ImprovementProposedV1

HANDLERS = EventHandlers()


@HANDLERS.on(ImprovementProposedV1)
async def handle_improvement_proposed(
    session: AsyncSession, data: ImprovementProposedV1, _event: EventEnvelope
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
