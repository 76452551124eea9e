"""What improvements consume from facilities: the register's answer to a proposal."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.improvements import service as improvements
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.facilities import RegisterEntryAnsweredV1

HANDLERS = EventHandlers()


@HANDLERS.on(RegisterEntryAnsweredV1)
async def handle_register_entry_answered(
    session: AsyncSession, data: RegisterEntryAnsweredV1, _event: EventEnvelope
) -> None:
    """Facilities answered the register entry of a proposal: the follow-up shown back."""
    await improvements.apply_register_answer(session, data)
