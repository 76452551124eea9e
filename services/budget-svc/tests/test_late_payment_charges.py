"""Late-payment interest and the flat indemnity are paid on the programme's credits: they
consume AE and CP of the line that bore the late invoice, are booked in the general accounts
(6711 against suppliers, settled by the Treasury), and show in availability and execution.
Today is 2026-03-16 (frozen clock)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def _late_invoice(chain: Any, ae: str) -> tuple[dict[str, Any], httpx.Response]:
    """Commitment of ``ae``; service fait 2 400.00 on 2026-02-01; invoice 2 400.00 TTC received
    2026-02-04, due 2026-03-06, paid 2026-03-16: 10 days late."""
    commitment = await chain.commitment(ae)
    done = await chain.service_done(commitment["id"], "2400.00", certified_on="2026-02-01")
    assert done.status_code == 201, done.text
    invoice = await chain.invoice(commitment["id"], "2400.00", received_on="2026-02-04")
    assert invoice["due_on"] == "2026-03-06"
    assert (await chain.request_payment(invoice["id"])).status_code == 200
    return commitment, await chain.pay(invoice["id"])


async def test_late_charges_consume_ae_and_cp_of_the_line(
    client: httpx.AsyncClient, budget: Any, chain: Any
) -> None:
    """Allocated AE 10 000.00 / CP 8 000.00; commitment 3 000.00; invoice 2 400.00 TTC paid 10
    days late. The rate in force on the first day of lateness (2026-03-07) is ECB 2.15 % + 8
    points = 10.15 %: interest = 2 400 × 10.15 % × 10 / 365 = 6.6739… → 6.67, + 40.00
    indemnity = 46.67 of charges.

    AE available = 10 000 − 3 000 − 46.67 = 6 953.33 (committed 3 046.67);
    CP available = 8 000 − 2 400 − 46.67 = 5 553.33 (paid 2 446.67).
    Ledger: one ``late_payment_charges`` movement of 46.67 AE and 46.67 CP on the commitment.
    Accounts: 6711 debited 46.67 (against 401, settled 401 / 515): 401 nets to 0 on the
    commitment (2 400 service fait and payment, 46.67 charges and their payment), 515 is
    credited 2 446.67; the trial balance balances.
    Execution, March: AE consumed 3 046.67, CP consumed 2 446.67, CP to pay 600.00.
    """
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment, paid = await _late_invoice(chain, "3000.00")
    assert paid.status_code == 201, paid.text
    assert (paid.json()["days_late"], paid.json()["interest"], paid.json()["fixed_fee"]) == (
        10,
        "6.67",
        "40.00",
    )
    availability = await budget.availability()
    assert (availability["committed_ae"], availability["available_ae"]) == (
        "3046.67",
        "6953.33",
    )
    assert (availability["paid_cp"], availability["available_cp"]) == ("2446.67", "5553.33")
    movements = (
        await client.get(
            "/ledger/movements",
            params={"commitment_id": commitment["id"], "kind": "late_payment_charges"},
            headers=budget.manager,
        )
    ).json()["items"]
    assert [(m["committed_ae"], m["paid_cp"]) for m in movements] == [("46.67", "46.67")]

    async def balance(account: str) -> str:
        response = await client.get(
            f"/accounting/accounts/{account}/ledger", headers=chain.accountant
        )
        assert response.status_code == 200, response.text
        result: str = response.json()["balance"]
        return result

    assert await balance("6711") == "46.67"
    assert await balance("401") == "0.00"
    assert await balance("515") == "-2446.67"
    trial = (await client.get("/accounting/trial-balance", headers=chain.accountant)).json()
    assert trial["balanced"] is True
    [group] = (
        await client.get("/execution/monthly", params={"fiscal_year": 2026}, headers=budget.manager)
    ).json()
    march = group["months"][2]
    assert (march["ae_consumed"], march["cp_consumed"], march["cp_to_pay"]) == (
        "3046.67",
        "2446.67",
        "600.00",
    )


async def test_late_charges_go_through_beyond_what_is_available(
    client: httpx.AsyncClient, budget: Any, chain: Any
) -> None:
    """Interest is owed by law: the payment is not refused when the line cannot bear the
    charges; they are recorded as an overrun, visible as a negative availability and in the
    movement's reason.

    Allocated AE 2 420.00 / CP 2 410.00; commitment 2 400.00 (AE left 20.00); the invoice's
    2 400.00 leaves CP 10.00; the 46.67 of charges (as above) take AE to 20 − 46.67 = −26.67
    and CP to 10 − 46.67 = −36.67.
    """
    await budget.allocate("DR-BRE", "2420.00", "2410.00")
    commitment, paid = await _late_invoice(chain, "2400.00")
    assert paid.status_code == 201, paid.text
    assert (paid.json()["interest"], paid.json()["fixed_fee"]) == ("6.67", "40.00")
    availability = await budget.availability()
    assert (availability["available_ae"], availability["available_cp"]) == ("-26.67", "-36.67")
    [movement] = (
        await client.get(
            "/ledger/movements",
            params={"commitment_id": commitment["id"], "kind": "late_payment_charges"},
            headers=budget.manager,
        )
    ).json()["items"]
    assert (movement["committed_ae"], movement["paid_cp"]) == ("46.67", "46.67")
    assert movement["reason"].startswith("Dépassement (AE 20.00, CP 10.00 disponibles)")


async def test_on_time_payment_consumes_no_charges(
    client: httpx.AsyncClient, budget: Any, chain: Any
) -> None:
    """Invoice 2 400.00 received 2026-03-10 (service fait 2026-02-01), due 2026-04-09, paid
    2026-03-16: no charges; AE available 10 000 − 3 000 = 7 000.00, CP 8 000 − 2 400 =
    5 600.00, no ``late_payment_charges`` movement."""
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("3000.00")
    done = await chain.service_done(commitment["id"], "2400.00", certified_on="2026-02-01")
    assert done.status_code == 201, done.text
    paid = await chain.invoice_and_pay(commitment["id"], "2400.00")
    assert paid.status_code == 201, paid.text
    availability = await budget.availability()
    assert (availability["available_ae"], availability["available_cp"]) == ("7000.00", "5600.00")
    movements = (
        await client.get(
            "/ledger/movements",
            params={"kind": "late_payment_charges"},
            headers=budget.manager,
        )
    ).json()["items"]
    assert movements == []
