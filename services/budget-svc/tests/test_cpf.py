"""CPF: the délai global de paiement (30 days from the later of receipt and service fait; one
suspension, then a new full period from the documents, the suspended days left out of the days
to pay), late interest and fee on given dates, the worklist and payment
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
    requested = await chain.request_payment(invoice["id"], comment="Livraison conforme au BC")
    assert requested.status_code == 200, requested.text
    assert requested.json()["payment_request_comment"] == "Livraison conforme au BC"
    stored = await chain.client.get(f"/invoices/{invoice['id']}", headers=chain.accountant)
    assert stored.json()["payment_request_comment"] == "Livraison conforme au BC"  # kept
    suspended = await chain.transition(
        invoice["id"],
        "suspension",
        {"reason": "RIB manquant", "missing_documents": "RIB du fournisseur"},
    )
    assert suspended.status_code == 200, suspended.text
    body = suspended.json()
    assert (
        body["status"],
        body["suspended_on"],
        body["payment_requested_by"],
        body["payment_request_comment"],
    ) == ("suspended", "2026-03-16", None, None)  # the request is withdrawn, its comment too
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
    # service fait before both receipts, so each délai runs from receipt (décret 2013-269, art. 2)
    done = await chain.service_done(commitment["id"], "13000.00", certified_on="2025-05-01")
    assert done.status_code == 201, done.text
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
    # payment times: two paid by DR-BRE in March (24 and 1 days), one by DSG-ACHATS (26), each
    # from receipt: service fait (2026-02-01) came first
    for commitment in (regional, central):
        done = await chain.service_done(
            commitment["id"], "500.00", headers=budget.manager, certified_on="2026-02-01"
        )
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


async def test_period_starts_on_service_fait_certified_after_receipt(
    client: httpx.AsyncClient, budget: Any, chain: Any, service_events: ServiceEvents
) -> None:
    """Décret n° 2013-269, art. 2: the délai runs from the later of receipt and service fait.

    Invoice of 120.00 received 2026-01-05, no service fait yet: the délai provisionally runs
    from receipt, due 2026-02-04, i.e. 40 days overdue on 2026-03-16 (late). Service fait of
    1 000.00 certified on 2026-03-06 (after receipt) covers it: the délai starts on 2026-03-06,
    due 2026-04-05 (20 days left, not late). Paid on 2026-03-16: 0 days late, no interest, no
    fee, and days_to_pay = 16 March − 6 March = 10 (not 70 from receipt).
    """
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    invoice = await chain.invoice(commitment["id"], "120.00", received_on="2026-01-05")
    assert (invoice["period_start"], invoice["due_on"], invoice["days_remaining"]) == (
        "2026-01-05",
        "2026-02-04",
        -40,
    )
    assert invoice["late"] is True
    done = await chain.service_done(commitment["id"], "1000.00", certified_on="2026-03-06")
    assert done.status_code == 201, done.text
    moved = (await client.get(f"/invoices/{invoice['id']}", headers=chain.accountant)).json()
    assert (moved["period_start"], moved["due_on"], moved["days_remaining"], moved["late"]) == (
        "2026-03-06",
        "2026-04-05",
        20,
        False,
    )
    assert (await chain.request_payment(invoice["id"])).status_code == 200
    paid = await chain.pay(invoice["id"])
    assert paid.status_code == 201, paid.text
    body = paid.json()
    assert (body["days_late"], body["interest"], body["fixed_fee"], body["days_to_pay"]) == (
        0,
        "0.00",
        "0.00",
        10,
    )
    assert await service_events.published("budget.payment_late") == []


async def test_period_starts_on_receipt_when_service_fait_came_first(
    budget: Any, chain: Any
) -> None:
    """Service fait certified 2026-03-01, invoice received 2026-03-10: receipt is the later
    date, so the délai runs from 2026-03-10, due 2026-04-09 (24 days left on 2026-03-16).
    Registered after a service fait dated 2026-03-05 but received 2026-03-02, an invoice's
    délai runs from the service fait: 2026-03-05, due 2026-04-04 (19 days left)."""
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    first = await chain.commitment("1000.00")
    done = await chain.service_done(first["id"], "1000.00", certified_on="2026-03-01")
    assert done.status_code == 201, done.text
    invoice = await chain.invoice(first["id"], "120.00", received_on="2026-03-10")
    assert (invoice["period_start"], invoice["due_on"], invoice["days_remaining"]) == (
        "2026-03-10",
        "2026-04-09",
        24,
    )
    second = await chain.commitment("1000.00")
    done = await chain.service_done(second["id"], "1000.00", certified_on="2026-03-05")
    assert done.status_code == 201, done.text
    invoice = await chain.invoice(second["id"], "120.00", number="F-2", received_on="2026-03-02")
    assert (invoice["period_start"], invoice["due_on"], invoice["days_remaining"]) == (
        "2026-03-05",
        "2026-04-04",
        19,
    )


async def test_partial_service_fait_starts_each_invoice_when_it_is_covered(
    client: httpx.AsyncClient, budget: Any, chain: Any
) -> None:
    """An invoice's service is done when the commitment's cumulated service fait covers it and
    the invoices registered before it.

    Commitment 1 000.00; invoice A 600.00 received 2026-03-02, invoice B 400.00 received
    2026-03-03. Service fait 500.00 on 2026-03-05 covers neither (A needs 600): A due
    2026-04-01, B due 2026-04-02 (from receipt). Service fait 300.00 on 2026-03-09: cumulated
    800 ≥ 600 covers A, whose délai starts 2026-03-09 (due 2026-04-08); B needs 1 000, still
    from receipt. Service fait 200.00 on 2026-03-12: cumulated 1 000 covers B, due 2026-04-11.
    """
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    a = await chain.invoice(commitment["id"], "600.00", number="A", received_on="2026-03-02")
    b = await chain.invoice(commitment["id"], "400.00", number="B", received_on="2026-03-03")

    async def due() -> tuple[str, str]:
        got = []
        for invoice in (a, b):
            response = await client.get(f"/invoices/{invoice['id']}", headers=chain.accountant)
            got.append(response.json()["due_on"])
        return got[0], got[1]

    for amount, day, expected in (
        ("500.00", "2026-03-05", ("2026-04-01", "2026-04-02")),
        ("300.00", "2026-03-09", ("2026-04-08", "2026-04-02")),
        ("200.00", "2026-03-12", ("2026-04-08", "2026-04-11")),
    ):
        done = await chain.service_done(commitment["id"], amount, certified_on=day)
        assert done.status_code == 201, done.text
        assert await due() == expected, (amount, day)


async def test_days_to_pay_exclude_the_suspension(
    client: httpx.AsyncClient, budget: Any, chain: Any, frozen_clock: Any
) -> None:
    """Décret n° 2013-269, art. 4: the suspension stops the clock.

    Service fait 2026-02-01, invoice 100.00 received 2026-02-20 (délai from receipt). Suspended
    on 2026-03-16 (today), documents arrived 2026-03-19: a new full period, due 2026-04-18.
    Paid on 2026-03-20: 28 days from receipt, less the 3 suspended days (16 → 19 March) =
    25 days to pay; the statistics average 25.0, not 28.0.
    """
    from datetime import timedelta

    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    done = await chain.service_done(commitment["id"], "1000.00", certified_on="2026-02-01")
    assert done.status_code == 201, done.text
    invoice = await chain.invoice(commitment["id"], "100.00", received_on="2026-02-20")
    suspended = await chain.transition(
        invoice["id"], "suspension", {"reason": "RIB manquant", "missing_documents": "RIB"}
    )
    assert suspended.status_code == 200, suspended.text
    frozen_clock.advance(timedelta(days=4))
    arrived = await chain.transition(invoice["id"], "documents", {"received_on": "2026-03-19"})
    assert arrived.status_code == 200, arrived.text
    assert (arrived.json()["period_start"], arrived.json()["due_on"]) == (
        "2026-03-19",
        "2026-04-18",
    )
    assert (await chain.request_payment(invoice["id"])).status_code == 200
    paid = await chain.pay(invoice["id"])
    assert paid.status_code == 201, paid.text
    assert (paid.json()["paid_on"], paid.json()["days_to_pay"], paid.json()["days_late"]) == (
        "2026-03-20",
        25,
        0,
    )
    times = (
        await client.get("/cpf/payment-times", params={"year": 2026}, headers=chain.accountant)
    ).json()
    assert [(t["month"], t["payments"], t["average_days_to_pay"]) for t in times] == [
        ("2026-03", 1, "25.0")
    ]


async def test_rejecting_an_invoice_lets_service_fait_cover_the_next(
    client: httpx.AsyncClient, budget: Any, chain: Any
) -> None:
    """Commitment 1 000.00; invoice A 600.00 received 2026-03-02, invoice B 400.00 received
    2026-03-03; service fait 500.00 on 2026-03-05 covers neither (A needs 600, B 1 000): B due
    2026-04-02 (from receipt). A is rejected: B now needs only 400 ≤ 500, its service fait date
    is 2026-03-05 (after its receipt), due 2026-04-04."""
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    a = await chain.invoice(commitment["id"], "600.00", number="A", received_on="2026-03-02")
    b = await chain.invoice(commitment["id"], "400.00", number="B", received_on="2026-03-03")
    done = await chain.service_done(commitment["id"], "500.00", certified_on="2026-03-05")
    assert done.status_code == 201, done.text

    async def due_b() -> str:
        response = await client.get(f"/invoices/{b['id']}", headers=chain.accountant)
        result: str = response.json()["due_on"]
        return result

    assert await due_b() == "2026-04-02"
    rejected = await chain.transition(a["id"], "rejection", {"reason": "Facture en double"})
    assert rejected.status_code == 200, rejected.text
    assert await due_b() == "2026-04-04"
