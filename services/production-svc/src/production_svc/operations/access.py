"""Which operations a caller sees (its units lead or take part in), found by id or
code or 404; the repositories that change operations, phases and milestones."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, exists, false, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.models import Milestone, Operation, OperationUnit, Phase
from sg_common.auth import OrgScope
from sg_common.errors import NotFound
from sg_common.repository import Repository

#: Operations are seen by their lead and participating units (``get_operation``); the
#: repository changes them (not scoped by one unit column).
OPERATIONS = Repository(Operation, what="operation", unit=None)
#: A phase is found by its operation and GSBPM code (``get_phase``).
PHASES = Repository(Phase, what="phase", unit=None)
MILESTONES = Repository(Milestone, what="milestone", unit=None)


def visible_clause(scope: OrgScope) -> Any:
    """Operations the scope sees: its units lead or participate."""
    if scope.visible is None:
        return None
    if not scope.visible:
        return false()
    units = sorted(scope.visible)
    participates = exists().where(
        and_(
            col(OperationUnit.operation_id) == col(Operation.id),
            col(OperationUnit.unit_code).in_(units),
        )
    )
    return or_(col(Operation.lead_unit).in_(units), participates)


def visible_operations(scope: OrgScope) -> Any:
    """``select(Operation)`` restricted to the scope (in SQL)."""
    stmt = select(Operation)
    clause = visible_clause(scope)
    return stmt if clause is None else stmt.where(clause)


async def get_operation(session: AsyncSession, operation_id: int, scope: OrgScope) -> Operation:
    """An operation the scope sees (404 otherwise)."""
    stmt = visible_operations(scope).where(col(Operation.id) == operation_id)
    operation = (await session.exec(stmt)).first()
    if operation is None:
        raise NotFound(f"operation {operation_id} does not exist")
    return operation


async def get_for_planning(session: AsyncSession, operation_id: int, scope: OrgScope) -> Operation:
    """An operation the caller may plan: its lead unit must be in scope (403 otherwise)."""
    operation = await get_operation(session, operation_id, scope)
    scope.check(operation.lead_unit)
    return operation


async def get_phase(session: AsyncSession, operation: Operation, code: str) -> Phase:
    """One phase of the operation (404 otherwise)."""
    stmt = select(Phase).where(
        col(Phase.operation_id) == operation.id, col(Phase.phase_code) == code
    )
    phase = (await session.exec(stmt)).first()
    if phase is None:
        raise NotFound(f"operation {operation.code} has no phase {code}")
    return phase
