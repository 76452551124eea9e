"""Improvement proposals: submitted → ``improvement.proposed``; the register's follow-up."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.improvements import events
from production_svc.improvements.models import ImprovementProposal
from production_svc.improvements.schemas import (
    FollowUpUpdate,
    ImprovementCategory,
    ImprovementCreate,
    ImprovementPublic,
    ImprovementStatus,
)
from sg_common.api import Listing
from sg_common.auth import OrgScope, Principal
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.org import OrgTree
from sg_common.repository import Repository
from sg_contracts.facilities import RegisterEntryAnsweredV1

PROPOSALS = Repository(ImprovementProposal, what="proposal")

S = ImprovementStatus
FOLLOW_UP = {
    S.submitted: {S.registered, S.rejected},
    S.registered: {S.in_progress, S.done, S.rejected},
    S.in_progress: {S.done, S.rejected},
    S.done: set(),
    S.rejected: set(),
}


class InvalidFollowUp(BusinessRuleViolation):
    type_slug = "invalid-follow-up"
    title = "This follow-up status change is not allowed"


async def propose(
    session: AsyncSession,
    *,
    tree: OrgTree,
    scope: OrgScope,
    body: ImprovementCreate,
    principal: Principal,
) -> ImprovementProposal:
    """Record a proposal for a unit of the caller's scope → ``improvement.proposed``."""
    unit = tree.require(body.unit_code)
    scope.check(body.unit_code)
    site = body.site or unit.site or unit.code
    proposal = ImprovementProposal(
        unit_code=body.unit_code,
        site=site,
        title=body.title,
        description=body.description,
        category=body.category.value,
        status=S.submitted.value,
        proposed_by=principal.subject,
        proposed_on=today(),
        created_at=utcnow(),
    )
    session.add(proposal)
    await session.flush()
    await events.proposed(session, proposal)
    return proposal


async def list_proposals(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    status: ImprovementStatus | None,
    category: ImprovementCategory | None,
    unit_code: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[ImprovementPublic], str | None]:
    """Proposals of the caller's scope, by id (or the client's sort)."""
    return await PROPOSALS.page(
        session,
        scope,
        listing,
        ImprovementPublic,
        limit=limit,
        cursor=cursor,
        status=status,
        category=category,
        unit_code=unit_code,
    )


async def record_follow_up(
    session: AsyncSession, *, proposal: ImprovementProposal, body: FollowUpUpdate
) -> ImprovementProposal:
    """Record the facilities register's follow-up (status, reference, note)."""
    current = S(proposal.status)
    if body.status != current and body.status not in FOLLOW_UP[current]:
        raise InvalidFollowUp(f"a proposal cannot go from {current} to {body.status}")
    given = {  # the follow-up records what it gives: an absent or null field keeps its value
        "facilities_reference": body.facilities_reference,
        "follow_up_note": body.note,
    }
    PROPOSALS.update(
        proposal,
        status=body.status.value,
        follow_up_on=today(),
        **{name: value for name, value in given.items() if value is not None},
    )
    await session.flush()
    return proposal


#: facilities' register entry status → the proposal's follow-up status
FROM_REGISTER = {"open": S.registered, "in_progress": S.in_progress, "closed": S.done}
FORWARD = [S.submitted, S.registered, S.in_progress, S.done]


async def apply_register_answer(session: AsyncSession, answer: RegisterEntryAnsweredV1) -> None:
    """``register_entry.answered`` from facilities: the follow-up shown back on the proposal.

    Entries that did not come from a proposal are none of production's business; a status that
    would go backwards (a closed entry reopened) keeps the proposal's status and records the
    answer as the note.
    """
    if not answer.proposal_id or not answer.proposal_id.startswith("IMP-"):
        return
    try:
        proposal_id = int(answer.proposal_id.removeprefix("IMP-"))
    except ValueError:
        return
    proposal = await session.get(ImprovementProposal, proposal_id)
    if proposal is None:
        return
    current = S(proposal.status)
    target = FROM_REGISTER[answer.status]
    answered: dict[str, object] = {
        "facilities_reference": answer.entry_id,
        "follow_up_on": answer.answered_on,
    }
    if current in FORWARD and FORWARD.index(target) > FORWARD.index(current):
        answered["status"] = target.value  # forward only (a step may be skipped: open → closed)
    if answer.response is not None:
        answered["follow_up_note"] = answer.response
    PROPOSALS.update(proposal, **answered)
    await session.flush()
