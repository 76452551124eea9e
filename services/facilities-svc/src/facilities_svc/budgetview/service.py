"""Keep budget's snapshots of its lines: the highest sequence of a line wins.

Budget publishes a line's whole figures after each change, numbered per line. Applying one is
idempotent (the same snapshot twice changes nothing) and order-safe (a snapshot older than the
one held — delivered late from another partition, replayed from the dead letters — is ignored),
so the view never goes back to an earlier state.
"""

from __future__ import annotations

from datetime import datetime

import structlog
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.budgetview.models import BudgetLineView
from sg_contracts.budget import BudgetAvailabilityChangedV1

log = structlog.get_logger("facilities_svc.budgetview")


async def apply_snapshot(
    session: AsyncSession, *, snapshot: BudgetAvailabilityChangedV1, as_of: datetime
) -> bool:
    """Hold the snapshot unless the line's held one is as recent or more (returns applied)."""
    stmt = (
        select(BudgetLineView)
        .where(
            BudgetLineView.unit_code == snapshot.unit_code,
            BudgetLineView.fiscal_year == snapshot.fiscal_year,
            BudgetLineView.action == snapshot.action,
            BudgetLineView.title == snapshot.title,
        )
        .with_for_update()
    )
    view = (await session.exec(stmt)).first()
    if view is not None and view.sequence >= snapshot.sequence:
        log.info(
            "budget_snapshot_outdated",
            unit=snapshot.unit_code,
            held=view.sequence,
            received=snapshot.sequence,
        )
        return False
    view = view or BudgetLineView(
        unit_code=snapshot.unit_code,
        fiscal_year=snapshot.fiscal_year,
        action=snapshot.action,
        title=snapshot.title,
        sequence=0,
        as_of=as_of,
    )
    for name in snapshot.FIGURES:
        setattr(view, name, getattr(snapshot, name))
    view.sequence, view.as_of = snapshot.sequence, as_of
    session.add(view)
    await session.flush()
    return True


async def lines_of(
    session: AsyncSession, *, unit_code: str, fiscal_year: int
) -> dict[tuple[str, str], BudgetLineView]:
    """The unit's lines of the year budget has described, by (action, title)."""
    stmt = select(BudgetLineView).where(
        BudgetLineView.unit_code == unit_code, BudgetLineView.fiscal_year == fiscal_year
    )
    rows = (await session.exec(stmt.order_by(col(BudgetLineView.id)))).all()
    return {(row.action, row.title): row for row in rows}
