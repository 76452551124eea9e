"""What improvements publish: ``improvement.proposed``, to the outbox in the caller's
transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.improvements.models import ImprovementProposal
from sg_common.events import publish
from sg_contracts.production import ImprovementProposedV1


def proposal_key(proposal: ImprovementProposal) -> str:
    """The proposal's id in events (``IMP-<id>``)."""
    return f"IMP-{proposal.id}"


async def proposed(session: AsyncSession, proposal: ImprovementProposal) -> None:
    """``improvement.proposed``: to the site's health and safety register (facilities)."""
    await publish(
        session,
        ImprovementProposedV1(
            proposal_id=proposal_key(proposal),
            title=proposal.title,
            description=proposal.description,
            site=proposal.site,
            unit_code=proposal.unit_code,
            category=proposal.category,
            proposed_on=proposal.proposed_on,
        ),
        subject=proposal_key(proposal),
    )
