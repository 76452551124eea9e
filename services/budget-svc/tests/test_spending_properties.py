"""Random spending sequences (hypothesis): after every step, per commitment CP paid ≤ AE
committed (and service fait ≤ AE), the general ledger is balanced entry by entry and in total,
availability is never negative, and the line's paid CP is the sum of the payments. Every
refusal of a payment happens exactly when one of its rules says so."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlmodel import col, select

from budget_svc.accounting import service as accounting
from budget_svc.accounting.models import EntryLine
from budget_svc.allocations import service as allocation_service
from budget_svc.commitments import service as commitment_service
from budget_svc.commitments.models import Commitment
from budget_svc.ledger import service as ledger
from budget_svc.spending import service as spending
from budget_svc.spending.models import Payment
from budget_svc.structure.models import FiscalYear
from sg_common.clock import today
from sg_common.errors import ProblemError

UNIT, ACTION, TITLE = "DR-BRE", "08", "T3"
_years = itertools.count(4000)
_numbers = itertools.count(1)

amount = st.integers(min_value=1, max_value=300_000).map(lambda c: Decimal(c) / 100)
index = st.integers(min_value=0, max_value=5)
operation = st.one_of(
    st.tuples(st.just("commit"), amount),
    st.tuples(st.just("certify"), index, amount),
    st.tuples(st.just("pay"), index, amount),
    st.tuples(st.just("advance"), index, amount),
    st.tuples(st.just("reduce"), index, st.integers(min_value=1, max_value=99)),
    st.tuples(st.just("cancel"), index),
)


async def _line_balance(session: Any, year: int) -> ledger.Balance:
    line = await ledger.find_line(
        session, unit_code=UNIT, fiscal_year=year, action=ACTION, title=TITLE
    )
    if line is None or line.id is None:
        return ledger.Balance()
    return await ledger.balance(session, line.id)


async def _apply(session: Any, year: int, op: tuple[Any, ...], expect: dict[str, bool]) -> None:
    if op[0] == "commit":
        balance = await _line_balance(session, year)
        expect["ok"] = op[1] <= balance.available_ae
        await commitment_service.commit(
            session,
            unit_code=UNIT,
            fiscal_year=year,
            action=ACTION,
            title=TITLE,
            ae=op[1],
            description="engagement",
            by="ordo",
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
    done = await spending.service_done_total(session, commitment.id)
    paid = await spending.paid_total(session, commitment.id)
    if op[0] == "certify":
        expect["ok"] = active and done + op[2] <= commitment.ae
        await spending.certify(session, commitment=commitment, amount=op[2], by="ordo")
    elif op[0] == "advance":
        expect["ok"] = active and op[2] <= commitment.ae
        await spending.set_advance_terms(
            session, commitment=commitment, ceiling=op[2], reason="avance", by="ordo"
        )
    elif op[0] == "pay":
        if not active:
            expect["checked"] = False
            return
        ceiling = await spending.advance_ceiling(session, commitment.id)
        available = (await _line_balance(session, year)).available_cp
        expect["ok"] = (
            paid + op[2] <= commitment.ae and paid + op[2] <= done + ceiling and op[2] <= available
        )
        invoice = await spending.register_invoice(
            session,
            commitment=commitment,
            supplier="ACME",
            number=f"P-{next(_numbers)}",
            amount_ht=op[2],
            amount_ttc=op[2],
            received_on=today(),
            by="cpf",
        )
        await spending.request_payment(session, invoice=invoice, by="ordo")
        await spending.pay(session, invoice=invoice, commitment=commitment, by="cpf")
    elif op[0] == "reduce":
        new_ae = (commitment.ae * op[2] / 100).quantize(Decimal("0.01"))
        expect["ok"] = active and max(done, paid, Decimal("0.01")) <= new_ae < commitment.ae
        await commitment_service.reduce(
            session, commitment=commitment, ae=new_ae, reason="réduction", by="ordo"
        )
    else:
        expect["ok"] = active and done == 0 and paid == 0
        await commitment_service.cancel(
            session, commitment=commitment, reason="annulation", by="ordo"
        )


async def _check_invariants(session: Any, year: int) -> None:
    balance = await _line_balance(session, year)
    assert balance.available_ae >= 0, balance
    assert balance.available_cp >= 0, balance
    commitments = (
        await session.exec(select(Commitment).where(Commitment.fiscal_year == year))
    ).all()
    total_paid = Decimal("0.00")
    for commitment in commitments:
        paid = await spending.paid_total(session, commitment.id)
        assert paid <= commitment.ae, (commitment.id, paid, commitment.ae)
        assert await spending.service_done_total(session, commitment.id) <= commitment.ae
        total_paid += paid
    assert balance.paid_cp == total_paid
    payments = (
        await session.exec(
            select(func.coalesce(func.sum(Payment.amount), 0)).where(
                col(Payment.commitment_id).in_([c.id for c in commitments] or [-1])
            )
        )
    ).one()
    assert Decimal(str(payments)).quantize(Decimal("0.01")) == total_paid
    rows = await accounting.trial_balance(session)
    assert sum((r.debit for r in rows), Decimal(0)) == sum((r.credit for r in rows), Decimal(0))
    unbalanced = (
        await session.exec(
            select(col(EntryLine.entry_id))
            .group_by(col(EntryLine.entry_id))
            .having(func.sum(EntryLine.debit) != func.sum(EntryLine.credit))
        )
    ).all()
    assert unbalanced == []


@pytest.mark.sqlite_only
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=14))
# found by hypothesis in CI: a reduction to 0.00 was accepted (a reduction must keep some AE)
@example(operations=[("commit", Decimal("0.01")), ("reduce", 0, 1)])
async def test_spending_sequences_keep_the_invariants(
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
        await session.flush()
        await allocation_service.create_allocation(
            session,
            unit_code=UNIT,
            fiscal_year=year,
            action=ACTION,
            title=TITLE,
            ae=Decimal("5000.00"),
            cp=Decimal("3000.00"),
            reason="dotation",
            by="hypothesis",
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
