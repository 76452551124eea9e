"""Operations themselves: create (draft), list, update name, description and units."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, union
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.access import OPERATIONS, visible_operations
from production_svc.operations.models import Operation, OperationUnit
from production_svc.operations.revisions import ensure_open, republish_if_scheduled
from production_svc.operations.rules import DuplicateOperationCode
from production_svc.operations.schemas import (
    OperationCreate,
    OperationKind,
    OperationPublic,
    OperationStatus,
    OperationUpdate,
)
from production_svc.operations.views import public_operations
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope, Principal
from sg_common.clock import utcnow
from sg_common.org import OrgTree


async def list_operations(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    kind: OperationKind | None,
    status: OperationStatus | None,
    lead_unit: str | None,
    unit: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[OperationPublic], str | None]:
    """A page of the operations the caller's units lead or take part in."""
    stmt = visible_operations(scope)
    if kind is not None:
        stmt = stmt.where(col(Operation.kind) == kind.value)
    if status is not None:
        stmt = stmt.where(col(Operation.status) == status.value)
    if lead_unit is not None:
        stmt = stmt.where(col(Operation.lead_unit) == lead_unit)
    if unit is not None:
        # a union of the two indexed reads rather than lead_unit = … OR EXISTS (…), which no
        # index serves
        led = select(col(Operation.id)).where(col(Operation.lead_unit) == unit)
        joined = select(col(OperationUnit.operation_id)).where(col(OperationUnit.unit_code) == unit)
        stmt = stmt.where(col(Operation.id).in_(union(led, joined)))
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Operation.id)], limit=limit, cursor=cursor, listing=listing
    )
    return await public_operations(session, rows), next_cursor


def _check_units(tree: OrgTree, scope: OrgScope, lead: str, units: Iterable[str]) -> list[str]:
    tree.require(lead)
    scope.check(lead)
    cleaned = sorted(set(units) - {lead})
    for code in cleaned:
        tree.require(code)
    return cleaned


async def create_operation(
    session: AsyncSession,
    *,
    tree: OrgTree,
    scope: OrgScope,
    body: OperationCreate,
    principal: Principal,
) -> Operation:
    """Create an operation in draft; its lead unit must be in the caller's scope."""
    units = _check_units(tree, scope, body.lead_unit, body.participating_units)
    taken = await session.exec(select(Operation.id).where(col(Operation.code) == body.code))
    if taken.first() is not None:
        raise DuplicateOperationCode(f"operation code {body.code} is already used")
    operation = Operation(
        code=body.code,
        name=body.name,
        kind=body.kind.value,
        lead_unit=body.lead_unit,
        description=body.description,
        status=OperationStatus.draft.value,
        created_by=principal.subject,
        created_at=utcnow(),
    )
    session.add(operation)
    await session.flush()
    assert operation.id is not None
    for code in units:
        session.add(OperationUnit(operation_id=operation.id, unit_code=code))
    await session.flush()
    return operation


async def update_operation(
    session: AsyncSession,
    *,
    tree: OrgTree,
    scope: OrgScope,
    operation: Operation,
    body: OperationUpdate,
) -> Operation:
    """Change name, description or participating units."""
    ensure_open(operation)
    assert operation.id is not None
    if not OPERATIONS.patch(operation, body, exclude={"participating_units"}):
        OPERATIONS.update(operation)  # the participating units only (or nothing): version + 1
    if body.participating_units is not None:
        units = _check_units(tree, scope, operation.lead_unit, body.participating_units)
        await session.exec(
            delete(OperationUnit).where(col(OperationUnit.operation_id) == operation.id)
        )
        for code in units:
            session.add(OperationUnit(operation_id=operation.id, unit_code=code))
    await session.flush()
    if body.name is not None or body.participating_units is not None:
        await republish_if_scheduled(session, operation, "operation updated")
    return operation
