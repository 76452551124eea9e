"""What the health and safety register publishes: ``register_entry.answered``, to the outbox
in the caller's transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.workconditions.models import RegisterEntry
from facilities_svc.workconditions.schemas import EntryStatus
from sg_common.clock import today
from sg_common.events import publish
from sg_contracts.facilities import RegisterEntryAnsweredV1


async def publish_answer(session: AsyncSession, entry: RegisterEntry) -> None:
    """``register_entry.answered``: the entry's status and the DSG's response."""
    assert entry.id is not None
    await publish(
        session,
        RegisterEntryAnsweredV1(
            entry_id=f"REG-{entry.id}",
            proposal_id=entry.proposal_id,
            site=entry.site,
            unit_code=entry.unit_code,
            status=EntryStatus(entry.status).value,
            response=entry.response,
            answered_on=today(),
        ),
        subject=entry.proposal_id or f"REG-{entry.id}",
    )
