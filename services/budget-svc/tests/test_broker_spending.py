"""Over the real broker: facilities' purchase.received certifies service fait and
budget.service_done leaves; an invoice paid late sends budget.invoice_paid and
budget.payment_late; hr's training_session.confirmed is committed on T3 / action 09 or refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.clock import today
from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import broker_settings, produce
from sg_contracts.facilities import PurchaseOrderedV1, PurchaseReceivedV1
from sg_contracts.hr import TrainingSessionConfirmedV1
from sg_contracts.production import OperationScheduledV1, ScheduledPhase

pytestmark = [pytest.mark.broker, pytest.mark.sqlite_only]


@pytest.fixture
def settings_overrides(fresh_broker: EmbeddedBroker) -> dict[str, Any]:
    return broker_settings(fresh_broker)


async def budget_events(broker: EmbeddedBroker) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for record in await read_topic(broker.bootstrap, "sg.budget.events"):
        headers = {k: v.decode() for k, v in record.headers}
        found.setdefault(headers["ce_type"], []).append(json.loads(record.value))
    return found


async def test_receipt_to_late_payment_over_the_broker(
    app: FastAPI,
    fresh_broker: EmbeddedBroker,
    budget: Any,
    chain: Any,
    make_order: Callable[..., PurchaseOrderedV1],
    make_receipt: Callable[..., PurchaseReceivedV1],
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    year = today().year
    await budget.allocate("DR-BRE", "5000.00", "5000.00", year=year)
    await produce(fresh_broker, make_order("PO-B", "900.00", fiscal_year=year), subject="PO-B")

    async def sent(event_type: str) -> bool:
        return event_type in await budget_events(fresh_broker)

    await wait_for(lambda: sent("budget.commitment_recorded"), timeout=30, what="committed")
    await produce(
        fresh_broker,
        # received (service fait) before the invoice: its délai runs from the invoice's receipt
        make_receipt("PO-B", "R-B", "900.00", received_on=today() - timedelta(days=41)),
        subject="PO-B",
    )
    await wait_for(lambda: sent("budget.service_done"), timeout=30, what="service fait")
    [done] = (await budget_events(fresh_broker))["budget.service_done"]
    assert (done["purchase_order_id"], done["amount"]) == ("PO-B", "900.00")
    received = today() - timedelta(days=40)
    invoice = await chain.invoice(int(done["commitment_id"]), "900.00", received_on=str(received))
    assert (await chain.request_payment(invoice["id"])).status_code == 200
    paid = await chain.pay(invoice["id"])
    assert paid.status_code == 201, paid.text
    await wait_for(lambda: sent("budget.payment_late"), timeout=30, what="late payment")
    events = await budget_events(fresh_broker)
    [invoice_paid] = events["budget.invoice_paid"]
    assert (invoice_paid["amount"], invoice_paid["days_to_pay"]) == ("900.00", 40)
    [late] = events["budget.payment_late"]
    assert (late["days_late"], late["fixed_fee"]) == (10, "40.00")
    assert late["interest"] == paid.json()["interest"]


async def test_training_session_committed_or_refused_over_the_broker(
    app: FastAPI, fresh_broker: EmbeddedBroker, budget: Any
) -> None:
    """hr's training_session.confirmed, over the broker: 400 of the 2 000 allocated are
    committed (budget.training_commitment_recorded, 1 600 left); 5 000 is refused with the
    figures (budget.training_commitment_rejected: 5 000 asked, 1 600 available)."""
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    year = today().year
    await budget.allocate("DR-BRE", "2000.00", "2000.00", action="09", year=year)
    for session_id, cost in (("S-B1", "400.00"), ("S-B2", "5000.00")):
        await produce(
            fresh_broker,
            TrainingSessionConfirmedV1(
                session_id=session_id,
                unit_code="DR-BRE",
                fiscal_year=year,
                course_code="SST-INIT",
                course_title="Sauveteur secouriste du travail",
                estimated_cost=Decimal(cost),
                start_date=today(),
                end_date=today(),
            ),
            subject=f"training-session-{session_id}",
        )

    async def answered() -> bool:
        events = await budget_events(fresh_broker)
        return {"budget.training_commitment_recorded", "budget.training_commitment_rejected"} <= (
            set(events)
        )

    await wait_for(answered, timeout=30, what="budget's answers to hr")
    events = await budget_events(fresh_broker)
    [recorded] = events["budget.training_commitment_recorded"]
    assert (recorded["training_session_id"], recorded["ae"], recorded["available_ae"]) == (
        "S-B1",
        "400.00",
        "1600.00",
    )
    [rejected] = events["budget.training_commitment_rejected"]
    assert (rejected["training_session_id"], rejected["requested_ae"]) == ("S-B2", "5000.00")
    assert (rejected["available_ae"], rejected["committed_ae"]) == ("1600.00", "0.00")
    line = await budget.availability(action="09", year=year)
    assert (line["committed_ae"], line["available_ae"]) == ("400.00", "1600.00")


async def test_operation_scheduled_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, budget: Any
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    await produce(
        fresh_broker,
        OperationScheduledV1(
            operation_id="OP-BROKER",
            revision=1,
            name="Recensement 2027",
            kind="census",
            lead_unit="DSDS",
            phases=[
                ScheduledPhase(
                    phase_code="COLLECT",
                    name="Collecte",
                    start=date(2027, 1, 15),
                    end=date(2027, 2, 20),
                )
            ],
        ),
        subject="OP-BROKER",
    )

    async def known() -> bool:
        response = await client.get("/statistical-operations", headers=budget.manager)
        return [o["operation_id"] for o in response.json()] == ["OP-BROKER"]

    await wait_for(known, timeout=30, what="operation.scheduled applied")
