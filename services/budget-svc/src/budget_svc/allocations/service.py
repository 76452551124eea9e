"""Arbitration rules: a request is decided once (grant, reduce, refuse, with a reason); a
decided, non-refused request is notified once, which creates the allocation (dotation)."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc import notifications
from budget_svc.allocations import events
from budget_svc.allocations.models import Allocation, AllocationRequest
from budget_svc.allocations.schemas import (
    AllocationCreate,
    AllocationPublic,
    AllocationRequestCreate,
    DecisionCreate,
    DecisionKind,
    DecisionOutcome,
    RequestStatus,
)
from budget_svc.common import ZERO, Title
from budget_svc.ledger import service as ledger
from budget_svc.reserve import service as reserve_service
from budget_svc.structure import service as structure_service
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity
from sg_common.repository import Repository

REQUESTS = Repository(AllocationRequest, what="allocation request")
ALLOCATIONS = Repository(Allocation, what="allocation")


class RequestAlreadyDecided(BusinessRuleViolation):
    type_slug = "request-already-decided"
    title = "The request has already been decided"


class RequestNotDecided(BusinessRuleViolation):
    type_slug = "request-not-decided"
    title = "The request must be decided before it is notified"


class RequestRefused(BusinessRuleViolation):
    type_slug = "request-refused"
    title = "A refused request gives no allocation"


class RequestAlreadyNotified(BusinessRuleViolation):
    type_slug = "request-already-notified"
    title = "The allocation of this request has already been notified"


class InvalidReduction(BusinessRuleViolation):
    type_slug = "invalid-reduction"
    title = "A reduction needs amounts within the request, below it on AE or CP"


class InvalidDecision(UnprocessableEntity):
    type_slug = "invalid-decision"
    title = "Amounts are given only with a reduction"


async def submit_request(
    session: AsyncSession, *, body: AllocationRequestCreate, by: str
) -> AllocationRequest:
    """A unit submits a request for credits."""
    await structure_service.require_line_refs(
        session, fiscal_year=body.fiscal_year, action=body.action
    )
    request = AllocationRequest(
        unit_code=body.unit_code,
        fiscal_year=body.fiscal_year,
        action=body.action,
        title=body.title.value,
        requested_ae=body.ae,
        requested_cp=body.cp,
        justification=body.justification,
        status=RequestStatus.SUBMITTED.value,
        submitted_by=by,
        submitted_at=utcnow(),
    )
    session.add(request)
    await session.flush()
    await notifications.request_submitted(session, request)
    return request


async def decide(
    session: AsyncSession, *, request: AllocationRequest, body: DecisionCreate, by: str
) -> AllocationRequest:
    """The DPG decides: grant (as requested), reduce (amounts) or refuse — always with a reason."""
    if request.status != RequestStatus.SUBMITTED:
        raise RequestAlreadyDecided(
            f"request {request.id} was already {request.decision} on {request.decided_at}: "
            "a decision is final",
            extra={"decision": request.decision},
        )
    await structure_service.require_year(session, request.fiscal_year)
    if body.decision is DecisionKind.REDUCE:
        if body.ae is None or body.cp is None:
            raise InvalidReduction("a reduction gives both the AE and the CP granted")
        if (
            body.ae > request.requested_ae
            or body.cp > request.requested_cp
            or (body.ae == request.requested_ae and body.cp == request.requested_cp)
        ):
            raise InvalidReduction(
                f"granted amounts ({body.ae} AE / {body.cp} CP) must not exceed the request "
                f"({request.requested_ae} AE / {request.requested_cp} CP) and must be lower on "
                "AE or CP; use 'grant' to give what was asked"
            )
        outcome, ae, cp = DecisionOutcome.REDUCED, body.ae, body.cp
    elif body.ae is not None or body.cp is not None:
        raise InvalidDecision(f"'{body.decision.value}' takes no amounts; use 'reduce'")
    elif body.decision is DecisionKind.GRANT:
        outcome, ae, cp = DecisionOutcome.GRANTED, request.requested_ae, request.requested_cp
    else:
        outcome, ae, cp = DecisionOutcome.REFUSED, ZERO, ZERO
    REQUESTS.update(
        request,
        status=RequestStatus.DECIDED.value,
        decision=outcome.value,
        granted_ae=ae,
        granted_cp=cp,
        decision_reason=body.reason,
        decided_by=by,
        decided_at=utcnow(),
    )
    await session.flush()
    await notifications.request_decided(session, request)
    return request


async def create_allocation(
    session: AsyncSession,
    *,
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: str,
    ae: Decimal,
    cp: Decimal,
    reason: str | None,
    by: str,
    request_id: int | None = None,
) -> Allocation:
    """Notify a dotation: ledger movement, reserve if already applied, ``budget.allocated``."""
    year = await structure_service.require_line_refs(
        session, fiscal_year=fiscal_year, action=action
    )
    line = await ledger.get_or_create_line(
        session, unit_code=unit_code, fiscal_year=fiscal_year, action=action, title=title
    )
    allocation = Allocation(
        request_id=request_id,
        line_id=line.id,  # type: ignore[arg-type]
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
        ae=ae,
        cp=cp,
        reason=reason,
        notified_by=by,
        notified_at=utcnow(),
    )
    session.add(allocation)
    await session.flush()
    await ledger.record(
        session,
        line=line,
        kind="allocation",
        recorded_by=by,
        reason=reason,
        allocated_ae=ae,
        allocated_cp=cp,
        allocation_id=allocation.id,
    )
    await events.allocated(session, allocation)
    if year.reserve_applied_at is not None:
        await reserve_service.freeze_allocation(
            session,
            allocation=allocation,
            year=year,
            reason=f"mise en réserve {fiscal_year} (allocation notified after it was applied)",
            by=by,
        )
    return allocation


async def notify(session: AsyncSession, *, request: AllocationRequest, by: str) -> Allocation:
    """Notify the decided request: creates the allocation."""
    if request.status == RequestStatus.SUBMITTED:
        raise RequestNotDecided(f"request {request.id} has no decision yet")
    if request.status == RequestStatus.NOTIFIED:
        raise RequestAlreadyNotified(
            f"request {request.id} was notified as allocation {request.allocation_id}",
            extra={"allocation_id": request.allocation_id},
        )
    if request.decision == DecisionOutcome.REFUSED:
        raise RequestRefused(f"request {request.id} was refused: {request.decision_reason}")
    assert request.granted_ae is not None
    assert request.granted_cp is not None
    allocation = await create_allocation(
        session,
        unit_code=request.unit_code,
        fiscal_year=request.fiscal_year,
        action=request.action,
        title=request.title,
        ae=request.granted_ae,
        cp=request.granted_cp,
        reason=request.decision_reason,
        by=by,
        request_id=request.id,
    )
    REQUESTS.update(request, status=RequestStatus.NOTIFIED.value, allocation_id=allocation.id)
    await session.flush()
    return allocation


async def allocate_directly(
    session: AsyncSession, *, body: AllocationCreate, by: str
) -> Allocation:
    """A dotation notified by the DPG without a request."""
    return await create_allocation(
        session,
        unit_code=body.unit_code,
        fiscal_year=body.fiscal_year,
        action=body.action,
        title=body.title.value,
        ae=body.ae,
        cp=body.cp,
        reason=body.reason,
        by=by,
    )


async def page_allocations(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    unit_code: str | None,
    fiscal_year: int | None,
    action: str | None,
    title: Title | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Allocation], str | None]:
    """A page of the allocations in ``scope`` (ORM rows: their public form adds the frozen
    amounts, :func:`allocation_public`)."""
    stmt = scope.apply(select(Allocation), col(Allocation.unit_code))
    if unit_code is not None:
        stmt = stmt.where(Allocation.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(Allocation.fiscal_year == fiscal_year)
    if action is not None:
        stmt = stmt.where(Allocation.action == action)
    if title is not None:
        stmt = stmt.where(Allocation.title == title.value)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Allocation.id)], limit=limit, cursor=cursor, listing=listing
    )
    return list(rows), next_cursor


async def allocation_public(
    session: AsyncSession, allocations: list[Allocation]
) -> list[AllocationPublic]:
    """The allocations as the API shows them, with what the reserve freezes of each."""
    frozen = await ledger.allocations_frozen(session, [a.id for a in allocations if a.id])
    return [
        AllocationPublic.model_validate(
            {
                **a.model_dump(),
                "frozen_ae": frozen[a.id][0],  # type: ignore[index]
                "frozen_cp": frozen[a.id][1],  # type: ignore[index]
            }
        )
        for a in allocations
    ]
