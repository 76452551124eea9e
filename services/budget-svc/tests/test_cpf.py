"""CPF: the délai global de paiement (30 days from receipt; one suspension, then a new full
period from the documents), late interest and fee on given dates, the worklist and payment
times. Today is 2026-03-16 (frozen clock)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents

pytestmark = pytest.mark.usefixtures("frozen_clock")

Slug = Callable[[httpx.Response], str]


async def test_due_date_is_thirty_days_from_receipt(budget: Any, chain: Any) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    invoice = await chain.invoice(commitment["id"], "120.00", received_on="2026-03-10")
    assert (invoice["status"], invoice["period_start"], invoice["due_on"]) == (
        "received",
        "2026-03-10",
        "2026-04-09",
    )
    assert (invoice["days_remaining"], invoice["late"]) == (24, False)


async def test_one_suspension_then_new_full_period_after_documents(
    budget: Any, chain: Any, slug: Slug, frozen_clock: Any
) -> None:
    from datetime import timedelta

    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    invoice = await chain.invoice(commitment["id"], "120.00", received_on="2026-03-02")
    assert (await chain.request_payment(invoice["id"])).status_code == 200
    suspended = await chain.transition(
        invoice["id"],
        "suspension",
        {"reason": "RIB manquant", "missing_documents": "RIB du fournisseur"},
    )
    assert suspended.status_code == 200, suspended.text
    body = suspended.json()
    assert (body["status"], body["suspended_on"], body["payment_requested_by"]) == (
        "suspended",
        "2026-03-16",
        None,
    )
    # a suspended invoice is neither requested nor paid
    assert slug(await chain.request_payment(invoice["id"])) == "invalid-invoice-status"
    assert slug(await chain.pay(invoice["id"])) == "invalid-invoice-status"
    frozen_clock.advance(timedelta(days=4))
    arrived = await chain.transition(invoice["id"], "documents", {"received_on": "2026-03-19"})
    assert arrived.status_code == 200, arrived.text
    assert (arrived.json()["status"], arrived.json()["period_start"], arrived.json()["due_on"]) == (
        "received",
        "2026-03-19",
        "2026-04-18",
    )
    second = await chain.transition(
        invoice["id"], "suspension", {"reason": "Encore un manque", "missing_documents": "Kbis"}
    )
    assert second.status_code == 409
    assert slug(second) == "suspension-already-used"
    early = await chain.transition(invoice["id"], "documents", {"received_on": "2026-03-19"})
    assert slug(early) == "invalid-invoice-status"


async def test_late_payment_owes_interest_and_fee(
    client: httpx.AsyncClient, budget: Any, chain: Any, service_events: ServiceEvents
) -> None:
    await budget.allocate("DR-BRE", "20000.00", "20000.00")
    commitment = await chain.commitment("13000.00")
    assert (await chain.service_done(commitment["id"], "13000.00")).status_code == 201
    # due 2026-02-04, paid 2026-03-16: 40 days late at ECB 2.15 % (1 Jan 2026) + 8 points
    late = await chain.invoice(
        commitment["id"], "12000.00", number="F-LATE", received_on="2026-01-05"
    )
    listed = (await client.get("/invoices", params={"late": True}, headers=chain.accountant)).json()
    assert [i["id"] for i in listed["items"]] == [late["id"]]
    assert listed["items"][0]["days_remaining"] == -40
    assert (await chain.request_payment(late["id"])).status_code == 200
    paid = await chain.pay(late["id"])
    assert paid.status_code == 201, paid.text
    # 12000 × 10.15 % × 40 / 365 = 133.479… → 133.48
    assert (paid.json()["days_late"], paid.json()["interest"], paid.json()["fixed_fee"]) == (
        40,
        "133.48",
        "40.00",
    )
    # due 2025-06-19: the rate in force on 20 June 2025 is 3.15 % (1 Jan 2025) + 8 = 11.15 %
    older = await chain.invoice(
        commitment["id"], "1000.00", number="F-OLD", received_on="2025-05-20"
    )
    assert (await chain.request_payment(older["id"])).status_code == 200
    paid_old = await chain.pay(older["id"])
    # 1000 × 11.15 % × 270 / 365 = 82.479… → 82.48
    assert (paid_old.json()["days_late"], paid_old.json()["interest"]) == (270, "82.48")
    events = await service_events.published("budget.payment_late")
    assert [(e.data.days_late, str(e.data.interest), str(e.data.fixed_fee)) for e in events] == [  # type: ignore[attr-defined]
        (40, "133.48", "40.00"),
        (270, "82.48", "40.00"),
    ]
    fetched = (await client.get(f"/invoices/{late['id']}", headers=chain.accountant)).json()
    assert (fetched["status"], fetched["late"], fetched["late_interest"]) == (
        "paid",
        True,
        "133.48",
    )
    interest = (
        await client.get("/accounting/accounts/6711/ledger", headers=chain.accountant)
    ).json()
    assert interest["balance"] == "295.96"  # 133.48 + 40 + 82.48 + 40


async def test_on_time_payment_owes_nothing(
    budget: Any, chain: Any, service_events: ServiceEvents
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    assert (await chain.service_done(commitment["id"], "1000.00")).status_code == 201
    # received 2026-02-14: due 2026-03-16, paid that very day
    paid = await chain.invoice_and_pay(commitment["id"], "100.00", received_on="2026-02-14")
    assert (paid.json()["days_late"], paid.json()["interest"], paid.json()["fixed_fee"]) == (
        0,
        "0.00",
        "0.00",
    )
    assert await service_events.published("budget.payment_late") == []


async def test_worklist_at_risk_network_and_payment_times(
    client: httpx.AsyncClient, budget: Any, chain: Any
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    await budget.allocate("DSG-ACHATS", "10000.00", "8000.00")
    regional = await chain.commitment("1000.00")
    central = await chain.commitment("1000.00", "DSG-ACHATS")
    soon = await chain.invoice(regional["id"], "100.00", number="A", received_on="2026-02-20")
    later = await chain.invoice(regional["id"], "100.00", number="B", received_on="2026-03-15")
    hq = await chain.invoice(central["id"], "100.00", number="C", received_on="2026-02-18")

    async def ids(**params: Any) -> list[int]:
        response = await client.get("/invoices", params=params, headers=chain.accountant)
        assert response.status_code == 200, response.text
        return [i["id"] for i in response.json()["items"]]

    # due 2026-03-22 (6 days), 2026-04-14 (29 days), 2026-03-20 (4 days)
    assert await ids(due_within=6) == [soon["id"], hq["id"]]
    assert await ids(due_within=4) == [hq["id"]]
    assert await ids(network="central") == [hq["id"]]
    assert await ids(network="regional") == [soon["id"], later["id"]]
    assert await ids(directorate="DR-BRE", status="received") == [soon["id"], later["id"]]
    assert await ids(directorate="DR-NOR") == []
    # payment times: two paid by DR-BRE in March (24 and 1 days), one by DSG-ACHATS (26)
    for commitment in (regional, central):
        done = await chain.service_done(commitment["id"], "500.00", headers=budget.manager)
        assert done.status_code == 201
    for invoice in (soon, later, hq):
        requested = await chain.request_payment(invoice["id"], headers=budget.manager)
        assert requested.status_code == 200
        assert (await chain.pay(invoice["id"])).status_code == 201
    times = (
        await client.get("/cpf/payment-times", params={"year": 2026}, headers=chain.accountant)
    ).json()
    assert times == [
        {
            "unit_code": "DR-BRE",
            "month": "2026-03",
            "payments": 2,
            "average_days_to_pay": "12.5",
            "late_payments": 0,
        },
        {
            "unit_code": "DSG-ACHATS",
            "month": "2026-03",
            "payments": 1,
            "average_days_to_pay": "26.0",
            "late_payments": 0,
        },
    ]


async def test_late_payment_rates_are_dated_parameters(
    client: httpx.AsyncClient, chain: Any, officer_bre: dict[str, str]
) -> None:
    rates = (await client.get("/late-payment-rates", headers=chain.accountant)).json()
    assert rates[-1] == {
        "valid_from": "2026-01-01",
        "ecb_rate": "2.150",
        "margin_points": "8.000",
        "fixed_fee": "40.00",
    }
    body = {"valid_from": "2026-07-01", "ecb_rate": "2.000"}
    assert (
        await client.post("/late-payment-rates", json=body, headers=officer_bre)
    ).status_code == 403
    created = await client.post("/late-payment-rates", json=body, headers=chain.accountant)
    assert created.status_code == 201, created.text
    again = await client.post("/late-payment-rates", json=body, headers=chain.accountant)
    assert again.status_code == 409
