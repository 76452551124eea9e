"""The credit ledger: find or lock a budget line, record movements, compute balances.

Available AE = allocated AE − frozen AE − committed AE; available CP = allocated CP − frozen CP
− paid CP. The movements (:class:`BudgetMovement`) are the ledger; the line keeps their six sums,
moved in the same statement as the line's snapshot number by :func:`record` (the one place a
movement is written), so a balance reads one row at 10 movements as at a million.
:func:`drifted_lines` sums the ledger again and names any line whose kept sums differ.

Every movement is the one place a line's credits change, so :func:`record` also publishes the
line's new figures (``budget.availability_changed``, keyed by the line, with the line's next
sequence number): the other services hold budget's availability without knowing which
operations (allocation, transfer, reserve, commitment, payment…) move it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.common import ZERO, Title
from budget_svc.ledger import events
from budget_svc.ledger.models import BudgetLine, BudgetMovement
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation


class InsufficientCredits(BusinessRuleViolation):
    type_slug = "insufficient-credits"
    title = "Not enough available credits on the budget line"


class InsufficientAE(BusinessRuleViolation):
    type_slug = "insufficient-ae"
    title = "Not enough available AE for this commitment"


@dataclass
class Balance:
    """Sums of a line's movements."""

    allocated_ae: Decimal = ZERO
    allocated_cp: Decimal = ZERO
    frozen_ae: Decimal = ZERO
    frozen_cp: Decimal = ZERO
    committed_ae: Decimal = ZERO
    paid_cp: Decimal = ZERO

    @property
    def available_ae(self) -> Decimal:
        return self.allocated_ae - self.frozen_ae - self.committed_ae

    @property
    def available_cp(self) -> Decimal:
        return self.allocated_cp - self.frozen_cp - self.paid_cp


#: the six sums, in :class:`Balance`'s order, as the line keeps them and as the ledger gives them
_COLUMNS = ("allocated_ae", "allocated_cp", "frozen_ae", "frozen_cp", "committed_ae", "paid_cp")
_KEPT = tuple(getattr(BudgetLine, name) for name in _COLUMNS)
_SUMS = tuple(
    func.coalesce(func.sum(getattr(BudgetMovement, name)), 0).label(name) for name in _COLUMNS
)


def _balance(row: Iterable[object]) -> Balance:
    values = [Decimal(str(v)).quantize(Decimal("0.01")) for v in row]
    return Balance(*values)


async def find_line(
    session: AsyncSession,
    *,
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: str,
    lock: bool = False,
) -> BudgetLine | None:
    """The line, locked for update when ``lock`` (PostgreSQL; SQLite serialises writers)."""
    stmt = select(BudgetLine).where(
        BudgetLine.unit_code == unit_code,
        BudgetLine.fiscal_year == fiscal_year,
        BudgetLine.action == action,
        BudgetLine.title == title,
    )
    if lock:
        stmt = stmt.with_for_update()
    return (await session.exec(stmt)).first()


async def get_or_create_line(
    session: AsyncSession, *, unit_code: str, fiscal_year: int, action: str, title: str
) -> BudgetLine:
    """The line (locked), created when it does not exist yet."""
    line = await find_line(
        session,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
        lock=True,
    )
    if line is None:
        line = BudgetLine(unit_code=unit_code, fiscal_year=fiscal_year, action=action, title=title)
        session.add(line)
        await session.flush()
    return line


async def lock_line(session: AsyncSession, line_id: int) -> BudgetLine:
    """Lock a known line for update."""
    stmt = select(BudgetLine).where(BudgetLine.id == line_id).with_for_update()
    return (await session.exec(stmt)).one()


async def balance(session: AsyncSession, line_id: int) -> Balance:
    """Balances of one line."""
    row = (await session.exec(select(*_KEPT).where(BudgetLine.id == line_id))).one()
    return _balance(row)


async def available_ae(
    session: AsyncSession, *, unit_code: str, fiscal_year: int, action: str, title: str
) -> Decimal:
    """AE available on a line (0 when the line does not exist)."""
    line = await find_line(
        session, unit_code=unit_code, fiscal_year=fiscal_year, action=action, title=title
    )
    if line is None or line.id is None:
        return ZERO
    return (await balance(session, line.id)).available_ae


async def balances(session: AsyncSession, line_ids: list[int]) -> dict[int, Balance]:
    """Balances of several lines."""
    if not line_ids:
        return {}
    stmt = select(col(BudgetLine.id), *_KEPT).where(col(BudgetLine.id).in_(line_ids))
    rows = (await session.exec(stmt)).all()
    found = {row[0]: _balance(row[1:]) for row in rows}
    return {line_id: found.get(line_id, Balance()) for line_id in line_ids}


async def allocation_frozen(session: AsyncSession, allocation_id: int) -> tuple[Decimal, Decimal]:
    """AE and CP currently frozen on an allocation (reserve minus releases and cancellations)."""
    stmt = select(
        func.coalesce(func.sum(BudgetMovement.frozen_ae), 0),
        func.coalesce(func.sum(BudgetMovement.frozen_cp), 0),
    ).where(BudgetMovement.allocation_id == allocation_id)
    ae, cp = (await session.exec(stmt)).one()
    return Decimal(str(ae)).quantize(Decimal("0.01")), Decimal(str(cp)).quantize(Decimal("0.01"))


async def record(
    session: AsyncSession,
    *,
    line: BudgetLine,
    kind: str,
    recorded_by: str,
    reason: str | None = None,
    allocated_ae: Decimal = ZERO,
    allocated_cp: Decimal = ZERO,
    frozen_ae: Decimal = ZERO,
    frozen_cp: Decimal = ZERO,
    committed_ae: Decimal = ZERO,
    paid_cp: Decimal = ZERO,
    allocation_id: int | None = None,
    reserve_operation_id: int | None = None,
    transfer_id: int | None = None,
    commitment_id: int | None = None,
) -> BudgetMovement:
    """Append a movement to the ledger and publish the line's new figures."""
    assert line.id is not None
    movement = BudgetMovement(
        line_id=line.id,
        kind=kind,
        allocated_ae=allocated_ae,
        allocated_cp=allocated_cp,
        frozen_ae=frozen_ae,
        frozen_cp=frozen_cp,
        committed_ae=committed_ae,
        paid_cp=paid_cp,
        allocation_id=allocation_id,
        reserve_operation_id=reserve_operation_id,
        transfer_id=transfer_id,
        commitment_id=commitment_id,
        reason=reason,
        occurred_at=utcnow(),
        recorded_by=recorded_by,
    )
    session.add(movement)
    await session.flush()
    deltas = dict(
        zip(
            _COLUMNS,
            (allocated_ae, allocated_cp, frozen_ae, frozen_cp, committed_ae, paid_cp),
            strict=True,
        )
    )
    await announce(session, line, cause=kind, reference=_reference(movement), deltas=deltas)
    return movement


def _reference(movement: BudgetMovement) -> str | None:
    """What caused a movement, as the other services can name it."""
    for prefix, value in (
        ("transfer", movement.transfer_id),
        ("reserve-operation", movement.reserve_operation_id),
        ("commitment", movement.commitment_id),
        ("allocation", movement.allocation_id),
    ):
        if value is not None:
            return f"{prefix}-{value}"
    return None


async def announce(
    session: AsyncSession,
    line: BudgetLine,
    *,
    cause: str,
    reference: str | None = None,
    deltas: dict[str, Decimal] | None = None,
) -> None:
    """Move the line's kept sums by ``deltas`` and publish its figures under its next number.

    One ``UPDATE … SET availability_sequence = availability_sequence + 1, allocated_ae =
    round(allocated_ae + :delta, 2), … RETURNING`` gives the new sums and the number: on
    PostgreSQL the update holds the line's row until commit (a concurrent one waits, then
    applies its deltas to these sums), so two transactions changing the same line number their
    snapshots in commit order; SQLite has one writer. ``round(…, 2)``: SQLite holds the sums as
    binary floats, and rounding to the cent at every step keeps them from drifting.
    """
    assert line.id is not None
    values: dict[str, Any] = {
        "availability_sequence": col(BudgetLine.availability_sequence) + 1,
        **{
            name: func.round(getattr(BudgetLine, name) + delta, 2)
            for name, delta in (deltas or {}).items()
            if delta
        },
    }
    bumped = (
        await session.exec(
            update(BudgetLine)
            .where(col(BudgetLine.id) == line.id)
            .values(**values)
            .returning(col(BudgetLine.availability_sequence), *_KEPT)
        )
    ).one()
    sequence = int(bumped[0])
    figures = _balance(bumped[1:])
    set_committed_value(line, "availability_sequence", sequence)
    for name in _COLUMNS:
        set_committed_value(line, name, getattr(figures, name))
    await events.availability_changed(
        session, line, figures, sequence=sequence, cause=cause, reference=reference
    )


async def drifted_lines(session: AsyncSession) -> list[int]:
    """The lines whose kept sums differ from the sums of their movements (none, normally)."""
    sums = (
        select(col(BudgetMovement.line_id).label("line_id"), *_SUMS)
        .group_by(col(BudgetMovement.line_id))
        .subquery()
    )
    stmt = select(col(BudgetLine.id), *_KEPT, *(getattr(sums.c, n) for n in _COLUMNS)).outerjoin(
        sums, sums.c.line_id == BudgetLine.id
    )
    drifted = []
    for row in (await session.exec(stmt)).all():
        kept, ledger = _balance(row[1:7]), _balance(v if v is not None else 0 for v in row[7:])
        if kept != ledger:
            drifted.append(int(row[0]))
    return sorted(drifted)


async def announce_lines(session: AsyncSession) -> None:
    """At start: publish once the figures of every line never published (sequence 0: lines
    from before ``budget.availability_changed``), so consumers can start from them."""
    stmt = (
        select(BudgetLine).where(BudgetLine.availability_sequence == 0).order_by(col(BudgetLine.id))
    )
    for line in (await session.exec(stmt)).all():
        await announce(session, line, cause="announce")


async def allocations_frozen(
    session: AsyncSession, allocation_ids: list[int]
) -> dict[int, tuple[Decimal, Decimal]]:
    """AE and CP frozen per allocation, for a page of allocations."""
    if not allocation_ids:
        return {}
    stmt = (
        select(
            col(BudgetMovement.allocation_id),
            func.coalesce(func.sum(BudgetMovement.frozen_ae), 0),
            func.coalesce(func.sum(BudgetMovement.frozen_cp), 0),
        )
        .where(col(BudgetMovement.allocation_id).in_(allocation_ids))
        .group_by(col(BudgetMovement.allocation_id))
    )
    found = {
        row[0]: (
            Decimal(str(row[1])).quantize(Decimal("0.01")),
            Decimal(str(row[2])).quantize(Decimal("0.01")),
        )
        for row in (await session.exec(stmt)).all()
    }
    return {i: found.get(i, (ZERO, ZERO)) for i in allocation_ids}


async def page_lines(
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
) -> tuple[list[Any], str | None]:
    """A page of the budget lines in ``scope``, filtered (their balances: :func:`balances`)."""
    stmt = scope.apply(select(BudgetLine), col(BudgetLine.unit_code))
    if unit_code is not None:
        stmt = stmt.where(BudgetLine.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(BudgetLine.fiscal_year == fiscal_year)
    if action is not None:
        stmt = stmt.where(BudgetLine.action == action)
    if title is not None:
        stmt = stmt.where(BudgetLine.title == title.value)
    return await paginate(
        session, stmt, order_by=[col(BudgetLine.id)], limit=limit, cursor=cursor, listing=listing
    )


async def page_movements(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    unit_code: str | None,
    fiscal_year: int | None,
    kind: str | None,
    allocation_id: int | None,
    commitment_id: int | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Any], str | None]:
    """A page of the movements of the lines in ``scope``, newest first, filtered."""
    stmt = select(BudgetMovement).join(BudgetLine, col(BudgetLine.id) == BudgetMovement.line_id)
    stmt = scope.apply(stmt, col(BudgetLine.unit_code))
    if unit_code is not None:
        stmt = stmt.where(BudgetLine.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(BudgetLine.fiscal_year == fiscal_year)
    if kind is not None:
        stmt = stmt.where(BudgetMovement.kind == kind)
    if allocation_id is not None:
        stmt = stmt.where(BudgetMovement.allocation_id == allocation_id)
    if commitment_id is not None:
        stmt = stmt.where(BudgetMovement.commitment_id == commitment_id)
    return await paginate(
        session,
        stmt,
        order_by=[col(BudgetMovement.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
        descending=True,
    )
