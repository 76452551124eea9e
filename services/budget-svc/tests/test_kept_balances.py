"""A line keeps the sums of its movements: reads cost one row, and a drift is found.

Hand-worked: 1 000.00 AE / 800.00 CP allocated, 100.10 AE frozen, 250.25 AE committed and then
50.05 of it released (a reduction: −50.05), 0.10 CP paid ten times (1.00 in all, a sum a binary
float would not keep exact) — available AE = 1 000.00 − 100.10 − 200.20 = 699.70, available CP =
800.00 − 1.00 = 799.00.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi import FastAPI
from sqlalchemy import update
from sqlmodel import col

from budget_svc.ledger import service as ledger
from budget_svc.ledger.models import BudgetLine


async def _line(app: FastAPI) -> int:
    async with app.state.database.transaction() as session:
        line = await ledger.get_or_create_line(
            session, unit_code="DR-BRE", fiscal_year=2026, action="08", title="T3"
        )
        moves: list[dict[str, Any]] = [
            {"allocated_ae": Decimal("1000.00"), "allocated_cp": Decimal("800.00")},
            {"frozen_ae": Decimal("100.10")},
            {"committed_ae": Decimal("250.25")},
            {"committed_ae": Decimal("-50.05")},
            *({"paid_cp": Decimal("0.10")} for _ in range(10)),
        ]
        for move in moves:
            await ledger.record(session, line=line, kind="test", recorded_by="test", **move)
        assert line.id is not None
        return line.id


async def test_a_line_keeps_the_sums_of_its_movements(app: FastAPI) -> None:
    line_id = await _line(app)
    async with app.state.database.transaction(write=False) as session:
        balance = await ledger.balance(session, line_id)
        assert (balance.allocated_ae, balance.frozen_ae, balance.committed_ae) == (
            Decimal("1000.00"),
            Decimal("100.10"),
            Decimal("200.20"),
        )
        assert balance.paid_cp == Decimal("1.00")
        assert (balance.available_ae, balance.available_cp) == (
            Decimal("699.70"),
            Decimal("799.00"),
        )
        assert await ledger.balances(session, [line_id]) == {line_id: balance}
        assert await ledger.drifted_lines(session) == []
        line = await session.get(BudgetLine, line_id)
        assert line is not None
        assert line.availability_sequence == 14  # one snapshot per movement


async def test_a_line_whose_sums_were_changed_outside_the_ledger_is_named(app: FastAPI) -> None:
    line_id = await _line(app)
    async with app.state.database.transaction() as session:
        await session.exec(
            update(BudgetLine)
            .where(col(BudgetLine.id) == line_id)
            .values(committed_ae=Decimal("0.00"))
        )
    async with app.state.database.transaction(write=False) as session:
        assert await ledger.drifted_lines(session) == [line_id]
