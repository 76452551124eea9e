"""The spending chain: service fait → invoice → payment request → payment (CP), its rules and
who may do what (ordonnateur / comptable separation, org scope)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents

pytestmark = pytest.mark.usefixtures("frozen_clock")

Slug = Callable[[httpx.Response], str]


async def test_full_chain_consumes_cp_and_publishes(
    client: httpx.AsyncClient, budget: Any, chain: Any, service_events: ServiceEvents
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("3000.00")
    done = await chain.service_done(
        commitment["id"], "1200.00", comment="Lot 1 livré", certified_on="2026-03-09"
    )
    assert done.status_code == 201, done.text
    assert (done.json()["amount"], done.json()["certified_by"]) == ("1200.00", "bre-officer")
    paid = await chain.invoice_and_pay(commitment["id"], "1200.00")
    assert paid.status_code == 201, paid.text
    payment = paid.json()
    assert (payment["amount"], payment["advance"], payment["days_late"]) == ("1200.00", "0.00", 0)
    assert payment["paid_by"] == "cpf-accountant"
    availability = await budget.availability()
    assert availability["paid_cp"] == "1200.00"
    assert availability["available_cp"] == "6800.00"
    assert availability["available_ae"] == "7000.00"
    spending = (
        await client.get(f"/commitments/{commitment['id']}/spending", headers=budget.manager)
    ).json()
    assert (spending["service_done"], spending["paid_cp"], spending["remaining_to_pay"]) == (
        "1200.00",
        "1200.00",
        "1800.00",
    )
    [sf] = await service_events.published("budget.service_done")
    assert (sf.data.commitment_id, sf.data.amount) == (str(commitment["id"]), 1200)  # type: ignore[attr-defined]
    [ip] = await service_events.published("budget.invoice_paid")
    # service fait (9 March) before receipt: the délai runs from receipt, 10 → 16 March
    assert ip.data.days_to_pay == 6  # type: ignore[attr-defined]
    assert await service_events.published("budget.payment_late") == []
    movements = (
        await client.get(
            "/ledger/movements",
            params={"commitment_id": commitment["id"], "kind": "payment"},
            headers=budget.manager,
        )
    ).json()["items"]
    assert [m["paid_cp"] for m in movements] == ["1200.00"]


async def test_payment_before_service_fait_is_refused_unless_advance(
    client: httpx.AsyncClient, budget: Any, chain: Any, slug: Slug
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("3000.00")
    refused = await chain.invoice_and_pay(commitment["id"], "900.00")
    assert refused.status_code == 409
    assert slug(refused) == "service-not-done"
    assert refused.json()["service_done"] == "0.00"
    advance = await client.put(
        f"/commitments/{commitment['id']}/advance-terms",
        json={"ceiling": "900.00", "reason": "Avance de 30 % prévue au marché"},
        headers=chain.ordonnateur,
    )
    assert advance.status_code == 200, advance.text
    [invoice] = (
        await client.get("/invoices", params={"status": "to_pay"}, headers=chain.accountant)
    ).json()["items"]
    allowed = await chain.pay(invoice["id"])
    assert allowed.status_code == 201, allowed.text
    assert allowed.json()["advance"] == "900.00"
    # the ceiling is used up: one more cent before service fait is refused
    beyond = await chain.invoice_and_pay(commitment["id"], "0.01", number="F-2")
    assert slug(beyond) == "service-not-done"
    # service fait covers the advance and the next invoice
    assert (await chain.service_done(commitment["id"], "1000.00")).status_code == 201
    [second] = (
        await client.get("/invoices", params={"status": "to_pay"}, headers=chain.accountant)
    ).json()["items"]
    assert (await chain.pay(second["id"])).status_code == 201


async def test_advance_ceiling_above_ae_is_refused(
    client: httpx.AsyncClient, budget: Any, chain: Any, slug: Slug
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("3000.00")
    response = await client.put(
        f"/commitments/{commitment['id']}/advance-terms",
        json={"ceiling": "3000.01", "reason": "Avance trop forte"},
        headers=chain.ordonnateur,
    )
    assert response.status_code == 409
    assert slug(response) == "invalid-advance-ceiling"


async def test_cumulative_cp_above_ae_is_refused(budget: Any, chain: Any, slug: Slug) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    assert (await chain.service_done(commitment["id"], "1000.00")).status_code == 201
    assert (await chain.invoice_and_pay(commitment["id"], "600.00")).status_code == 201
    refused = await chain.invoice_and_pay(commitment["id"], "400.01", number="F-2")
    assert refused.status_code == 409
    assert slug(refused) == "cp-exceeds-ae"
    assert refused.json()["paid_cp"] == "600.00"
    exact = await chain.invoice_and_pay(commitment["id"], "400.00", number="F-3")
    assert exact.status_code == 201, exact.text


async def test_payment_above_available_cp_is_refused(budget: Any, chain: Any, slug: Slug) -> None:
    await budget.allocate("DR-BRE", "10000.00", "500.00")
    commitment = await chain.commitment("2000.00")
    assert (await chain.service_done(commitment["id"], "2000.00")).status_code == 201
    refused = await chain.invoice_and_pay(commitment["id"], "500.01")
    assert refused.status_code == 409
    assert slug(refused) == "insufficient-cp"
    assert refused.json()["available_cp"] == "500.00"
    allowed = await chain.invoice_and_pay(commitment["id"], "500.00", number="F-2")
    assert allowed.status_code == 201
    assert (await budget.availability())["available_cp"] == "0.00"


async def test_same_person_cannot_certify_and_pay(
    budget: Any,
    chain: Any,
    auth: Callable[..., dict[str, str]],
    slug: Slug,
) -> None:
    both = auth(roles=["budget.manager", "budget.accountant"], units=["DPG"], sub="double-hat")
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("2000.00")
    assert (await chain.service_done(commitment["id"], "1000.00", headers=both)).status_code == 201
    invoice = await chain.invoice(commitment["id"], "500.00")
    assert (await chain.request_payment(invoice["id"])).status_code == 200
    refused = await chain.pay(invoice["id"], headers=both)
    assert refused.status_code == 409
    assert slug(refused) == "separation-of-duties"
    # another comptable pays; then the payer cannot certify service fait on the commitment
    other = auth(roles=["budget.manager", "budget.accountant"], units=["DPG"], sub="other-hat")
    assert (await chain.pay(invoice["id"], headers=other)).status_code == 201
    reverse = await chain.service_done(commitment["id"], "100.00", headers=other)
    assert reverse.status_code == 409
    assert slug(reverse) == "separation-of-duties"
    # the one who requested payment cannot pay either
    second = await chain.invoice(commitment["id"], "100.00", number="F-2")
    assert (await chain.request_payment(second["id"], headers=both)).status_code == 200
    assert slug(await chain.pay(second["id"], headers=both)) == "separation-of-duties"


async def test_service_fait_beyond_commitment_is_refused(
    budget: Any, chain: Any, slug: Slug
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    assert (await chain.service_done(commitment["id"], "999.99")).status_code == 201
    refused = await chain.service_done(commitment["id"], "0.02")
    assert refused.status_code == 409
    assert slug(refused) == "service-done-exceeds-commitment"
    assert (await chain.service_done(commitment["id"], "0.01")).status_code == 201
    future = await chain.service_done(commitment["id"], "0.01", certified_on="2026-04-01")
    assert future.status_code == 422


async def test_reduction_and_cancellation_stop_at_what_was_consumed(
    client: httpx.AsyncClient, budget: Any, chain: Any, slug: Slug
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    assert (await chain.service_done(commitment["id"], "400.00")).status_code == 201
    url = f"/commitments/{commitment['id']}"
    etag = (await client.get(url, headers=budget.manager)).headers["ETag"]
    below = await client.post(
        f"{url}/reduction",
        json={"ae": "399.99", "reason": "Réduction"},
        headers={**budget.manager, "If-Match": etag},
    )
    assert below.status_code == 409
    assert slug(below) == "invalid-commitment-reduction"
    cancel = await client.post(
        f"{url}/cancellation",
        json={"reason": "Annulation"},
        headers={**budget.manager, "If-Match": etag},
    )
    assert slug(cancel) == "invalid-commitment-reduction"
    ok = await client.post(
        f"{url}/reduction",
        json={"ae": "400.00", "reason": "Solde du marché"},
        headers={**budget.manager, "If-Match": etag},
    )
    assert ok.status_code == 200, ok.text


async def test_invoice_rules(
    client: httpx.AsyncClient, budget: Any, chain: Any, slug: Slug
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    await chain.invoice(commitment["id"], "120.00", number="F-9")
    body = {
        "commitment_id": commitment["id"],
        "supplier": "ACME",
        "number": "F-9",
        "amount_ht": "100.00",
        "amount_ttc": "120.00",
        "received_on": "2026-03-10",
    }
    duplicate = await client.post("/invoices", json=body, headers=chain.accountant)
    assert duplicate.status_code == 409
    assert slug(duplicate) == "duplicate-invoice"
    ht_above = await client.post(
        "/invoices",
        json={**body, "number": "F-10", "amount_ht": "130.00"},
        headers=chain.accountant,
    )
    assert ht_above.status_code == 422
    assert slug(ht_above) == "invalid-invoice-amounts"
    future = await client.post(
        "/invoices",
        json={**body, "number": "F-11", "received_on": "2026-03-17"},
        headers=chain.accountant,
    )
    assert future.status_code == 422
    not_requested = await chain.invoice(commitment["id"], "10.00", number="F-12")
    no_etag = await client.post(
        f"/invoices/{not_requested['id']}/payment", headers=chain.accountant
    )
    assert no_etag.status_code == 428
    stale = await client.post(
        f"/invoices/{not_requested['id']}/payment", headers={**chain.accountant, "If-Match": '"9"'}
    )
    assert stale.status_code == 412
    refused = await chain.pay(not_requested["id"])
    assert refused.status_code == 409
    assert slug(refused) == "invalid-invoice-status"
    rejected = await chain.transition(
        not_requested["id"], "rejection", {"reason": "Facture en double"}
    )
    assert rejected.json()["status"] == "rejected"
    again = await chain.transition(not_requested["id"], "rejection", {"reason": "Encore"})
    assert slug(again) == "invalid-invoice-status"


async def test_roles_ordonnateur_and_comptable(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    controller: dict[str, str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    # an accountant cannot certify service fait; a controller cannot either
    for headers in (chain.accountant, controller):
        response = await chain.service_done(commitment["id"], "10.00", headers=headers)
        assert response.status_code == 403
    assert (await chain.service_done(commitment["id"], "500.00")).status_code == 201
    # an officer cannot register invoices nor pay
    body = {
        "commitment_id": commitment["id"],
        "supplier": "ACME",
        "number": "F-1",
        "amount_ht": "100.00",
        "amount_ttc": "120.00",
        "received_on": "2026-03-10",
    }
    assert (await client.post("/invoices", json=body, headers=chain.ordonnateur)).status_code == 403
    invoice = await chain.invoice(commitment["id"], "120.00")
    # the accountant cannot request payment (ordonnateur's act)
    assert (await chain.request_payment(invoice["id"], headers=chain.accountant)).status_code == 403
    assert (await chain.request_payment(invoice["id"])).status_code == 200
    assert (await chain.pay(invoice["id"], headers=chain.ordonnateur)).status_code == 403
    assert (await chain.pay(invoice["id"], headers=budget.manager)).status_code == 403
    assert (await chain.pay(invoice["id"])).status_code == 201


async def test_other_directorate_cannot_see_or_act(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    officer_nor: dict[str, str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    done = await chain.service_done(commitment["id"], "100.00", headers=officer_nor)
    assert done.status_code == 404
    assert (await chain.service_done(commitment["id"], "100.00")).status_code == 201
    invoice = await chain.invoice(commitment["id"], "100.00")
    assert (await client.get(f"/invoices/{invoice['id']}", headers=officer_nor)).status_code == 404
    listed = await client.get("/invoices", headers=officer_nor)
    assert listed.json()["items"] == []
    assert (await client.get("/service-done", headers=officer_nor)).json()["items"] == []
    mine = await client.get("/invoices", headers=chain.ordonnateur)
    assert [i["id"] for i in mine.json()["items"]] == [invoice["id"]]
    assert (await chain.request_payment(invoice["id"], headers=officer_nor)).status_code == 404
    spending = await client.get(f"/commitments/{commitment['id']}/spending", headers=officer_nor)
    assert spending.status_code == 404
