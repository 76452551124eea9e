"""Availability equals the sum of operations: random operation sequences (hypothesis).

After every step, on every line: available AE and CP are never negative, and the ledger
reconciles with the business documents (allocations, reserve operations, transfers,
commitments). Every refusal happens exactly when the amount exceeds what was available.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlmodel import col, select

from budget_svc.allocations import service as allocation_service
from budget_svc.allocations.models import Allocation
from budget_svc.commitments import service as commitment_service
from budget_svc.commitments.models import Commitment
from budget_svc.ledger import service as ledger
from budget_svc.reserve import service as reserve_service
from budget_svc.reserve.models import ReserveOperation
from budget_svc.reserve.schemas import ManualReserveKind
from budget_svc.structure.models import FiscalYear
from budget_svc.transfers import service as transfer_service
from budget_svc.transfers.models import Transfer
from budget_svc.transfers.schemas import LineRef, TransferCreate
from sg_common.errors import ProblemError

UNIT, ACTION, TITLES = "DR-BRE", "08", ("T2", "T3")
_years = itertools.count(3000)

amount = st.integers(min_value=1, max_value=500_000).map(lambda c: Decimal(c) / 100)
maybe_zero = st.integers(min_value=0, max_value=200_000).map(lambda c: Decimal(c) / 100)
title = st.sampled_from(TITLES)
index = st.integers(min_value=0, max_value=5)
operation = st.one_of(
    st.tuples(st.just("allocate"), title, amount, amount),
    st.tuples(st.just("reserve")),
    st.tuples(
        st.sampled_from(["release", "extra_freeze", "cancellation"]), index, maybe_zero, maybe_zero
    ),
    st.tuples(st.just("transfer"), title, title, maybe_zero, maybe_zero),
    st.tuples(st.just("commit"), title, amount),
    st.tuples(st.just("reduce"), index, st.integers(min_value=1, max_value=99)),
    st.tuples(st.just("cancel"), index),
)


def _dec(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


async def _line_balance(session: Any, year: int, title_code: str) -> ledger.Balance:
    line = await ledger.find_line(
        session, unit_code=UNIT, fiscal_year=year, action=ACTION, title=title_code
    )
    if line is None or line.id is None:
        return ledger.Balance()
    return await ledger.balance(session, line.id)


async def _apply(session: Any, year: int, op: tuple[Any, ...], expect: dict[str, bool]) -> None:
    """Run one operation, first writing in ``expect`` whether it should succeed."""
    kind = op[0]
    by = "hypothesis"
    if kind == "allocate":
        expect["ok"] = True
        await allocation_service.create_allocation(
            session,
            unit_code=UNIT,
            fiscal_year=year,
            action=ACTION,
            title=op[1],
            ae=op[2],
            cp=op[3],
            reason="dotation",
            by=by,
        )
        return
    if kind == "reserve":
        expect["ok"] = True
        await reserve_service.apply_reserve(session, fiscal_year=year, reason="réserve", by=by)
        return
    if kind in ("release", "extra_freeze", "cancellation"):
        allocations = (
            await session.exec(
                select(Allocation)
                .where(Allocation.fiscal_year == year)
                .order_by(col(Allocation.id))
            )
        ).all()
        if not allocations:
            expect["checked"] = False
            return
        allocation = allocations[op[1] % len(allocations)]
        ae, cp = op[2], op[3]
        if kind == "extra_freeze":
            balance = await _line_balance(session, year, allocation.title)
            ok = ae <= balance.available_ae and cp <= balance.available_cp
        else:
            frozen_ae, frozen_cp = await ledger.allocation_frozen(session, allocation.id)
            ok = ae <= frozen_ae and cp <= frozen_cp
        expect["ok"] = ok and (ae > 0 or cp > 0)
        await reserve_service.record_operation(
            session,
            allocation=allocation,
            kind=ManualReserveKind(kind),
            ae=ae,
            cp=cp,
            reason="opération",
            effective_on=None,
            by=by,
        )
        return
    if kind == "transfer":
        src, dst, ae, cp = op[1], op[2], op[3], op[4]
        balance = await _line_balance(session, year, src)
        expect["ok"] = (
            src != dst
            and not (dst == "T2" and src != "T2")
            and (ae > 0 or cp > 0)
            and ae <= balance.available_ae
            and cp <= balance.available_cp
        )
        body = TransferCreate(
            fiscal_year=2026,  # validated range; the service uses the year below
            source=LineRef(unit_code=UNIT, action=ACTION, title=src),
            destination=LineRef(unit_code=UNIT, action=ACTION, title=dst),
            ae=ae,
            cp=cp,
            reason="virement",
        )
        body = body.model_copy(update={"fiscal_year": year})
        await transfer_service.transfer(session, body=body, by=by)
        return
    if kind == "commit":
        balance = await _line_balance(session, year, op[1])
        expect["ok"] = op[2] <= balance.available_ae
        await commitment_service.commit(
            session,
            unit_code=UNIT,
            fiscal_year=year,
            action=ACTION,
            title=op[1],
            ae=op[2],
            description="engagement",
            by=by,
        )
        return
    commitments = (
        await session.exec(
            select(Commitment).where(Commitment.fiscal_year == year).order_by(col(Commitment.id))
        )
    ).all()
    if not commitments:
        expect["checked"] = False
        return
    commitment = commitments[op[1] % len(commitments)]
    active = commitment.status == "active"
    if kind == "reduce":
        new_ae = (commitment.ae * op[2] / 100).quantize(Decimal("0.01"))
        expect["ok"] = active and Decimal("0.01") <= new_ae < commitment.ae
        await commitment_service.reduce(
            session, commitment=commitment, ae=new_ae, reason="réduction", by=by
        )
        return
    expect["ok"] = active
    await commitment_service.cancel(session, commitment=commitment, reason="annulation", by=by)


async def _check_invariants(session: Any, year: int) -> None:
    # the sums each line keeps are the sums of its movements (every other check reads them)
    assert await ledger.drifted_lines(session) == []
    for title_code in TITLES:
        balance = await _line_balance(session, year, title_code)
        assert balance.available_ae >= 0, (title_code, balance)
        assert balance.available_cp >= 0, (title_code, balance)
        assert balance.frozen_ae >= 0
        assert balance.frozen_cp >= 0
        committed = (
            await session.exec(
                select(func.coalesce(func.sum(Commitment.ae), 0)).where(
                    Commitment.fiscal_year == year, Commitment.title == title_code
                )
            )
        ).one()
        assert balance.committed_ae == _dec(committed)
        allocations = (
            await session.exec(
                select(Allocation).where(
                    Allocation.fiscal_year == year, Allocation.title == title_code
                )
            )
        ).all()
        operations = (
            await session.exec(
                select(ReserveOperation).where(
                    ReserveOperation.fiscal_year == year,
                    col(ReserveOperation.allocation_id).in_([a.id for a in allocations] or [-1]),
                )
            )
        ).all()
        frozen_ae = sum(
            (o.ae if o.kind in ("freeze", "extra_freeze") else -o.ae for o in operations),
            Decimal(0),
        )
        assert balance.frozen_ae == _dec(frozen_ae)
        for allocation in allocations:
            alloc_ae, alloc_cp = await ledger.allocation_frozen(session, allocation.id)
            assert alloc_ae >= 0
            assert alloc_cp >= 0
        transfers = (await session.exec(select(Transfer).where(Transfer.fiscal_year == year))).all()
        allocated_ae = (
            sum((a.ae for a in allocations), Decimal(0))
            - sum((o.ae for o in operations if o.kind == "cancellation"), Decimal(0))
            + sum((t.ae for t in transfers if t.to_title == title_code), Decimal(0))
            - sum((t.ae for t in transfers if t.from_title == title_code), Decimal(0))
        )
        assert balance.allocated_ae == _dec(allocated_ae)
        assert (
            balance.available_ae == balance.allocated_ae - balance.frozen_ae - balance.committed_ae
        )


@pytest.mark.sqlite_only
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=14))
async def test_availability_is_the_sum_of_operations(
    app: FastAPI, operations: list[tuple[Any, ...]]
) -> None:
    database = app.state.database
    year = next(_years)
    async with database.transaction() as session:
        session.add(
            FiscalYear(
                year=year,
                status="open",
                reserve_rate_t2=Decimal("0.0050"),
                reserve_rate_other=Decimal("0.0500"),
            )
        )
    for op in operations:
        expect = {"ok": True, "checked": True}
        try:
            async with database.transaction() as session:
                await _apply(session, year, op, expect)
            succeeded = True
        except ProblemError:
            succeeded = False
        if expect["checked"]:
            assert succeeded == expect["ok"], op
        async with database.transaction(write=False) as session:
            await _check_invariants(session, year)
