"""General accounting: every generated entry balances; entries are immutable and corrected by
reversal; closed periods take no entry; the trial balance sums to zero."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("frozen_clock")

Slug = Callable[[httpx.Response], str]


async def _entries(client: httpx.AsyncClient, headers: dict[str, str], **params: Any) -> list[Any]:
    response = await client.get("/accounting/entries", params=params, headers=headers)
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


async def test_chain_posts_balanced_entries(
    client: httpx.AsyncClient, budget: Any, chain: Any
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("3000.00")
    await client.put(
        f"/commitments/{commitment['id']}/advance-terms",
        json={"ceiling": "500.00", "reason": "Avance contractuelle"},
        headers=chain.ordonnateur,
    )
    assert (await chain.invoice_and_pay(commitment["id"], "500.00", number="AV")).status_code == 201
    assert (await chain.service_done(commitment["id"], "1200.00")).status_code == 201
    assert (
        await chain.invoice_and_pay(commitment["id"], "700.00", number="F-2")
    ).status_code == 201
    entries = await _entries(client, chain.accountant, commitment_id=commitment["id"])
    assert sorted(e["source"] for e in entries) == [
        "advance_clearing",
        "payment",
        "payment",
        "service_done",
    ]
    for entry in entries:
        assert entry["total_debit"] == entry["total_credit"]
        assert Decimal(entry["total_debit"]) > 0
    balances = {
        code: (
            await client.get(f"/accounting/accounts/{code}/ledger", headers=chain.accountant)
        ).json()["balance"]
        for code in ("606", "401", "4091", "515")
    }
    # charge 1200; payable 1200 − 500 cleared − 700 paid = 0; advance cleared; treasury −1200
    assert balances == {"606": "1200.00", "401": "0.00", "4091": "0.00", "515": "-1200.00"}
    trial = (await client.get("/accounting/trial-balance", headers=chain.accountant)).json()
    assert trial["balanced"] is True
    assert trial["total_debit"] == trial["total_credit"]
    assert sum(Decimal(r["balance"]) for r in trial["rows"]) == 0


async def test_entries_are_immutable_and_reversal_restores_balance(
    client: httpx.AsyncClient, chain: Any, slug: Slug
) -> None:
    posted = await client.post(
        "/accounting/entries",
        json={
            "entry_date": "2026-03-16",
            "label": "Charge constatée",
            "lines": [
                {"account": "606", "debit": "120.00"},
                {"account": "401", "credit": "120.00"},
            ],
        },
        headers=chain.accountant,
    )
    assert posted.status_code == 201, posted.text
    entry_id = posted.json()["id"]
    for method in ("PATCH", "DELETE"):
        response = await client.request(
            method, f"/accounting/entries/{entry_id}", headers=chain.accountant
        )
        assert response.status_code == 409
        assert slug(response) == "entry-immutable"
    reversal = await client.post(
        f"/accounting/entries/{entry_id}/reversal",
        json={"reason": "Imputation erronée"},
        headers=chain.accountant,
    )
    assert reversal.status_code == 201, reversal.text
    assert reversal.json()["reverses_id"] == entry_id
    assert reversal.json()["lines"] == [
        {"account_code": "606", "debit": "0.00", "credit": "120.00"},
        {"account_code": "401", "debit": "120.00", "credit": "0.00"},
    ]
    ledger = (await client.get("/accounting/accounts/606/ledger", headers=chain.accountant)).json()
    assert [r["running_balance"] for r in ledger["rows"]] == ["120.00", "0.00"]
    again = await client.post(
        f"/accounting/entries/{entry_id}/reversal",
        json={"reason": "Encore"},
        headers=chain.accountant,
    )
    assert slug(again) == "entry-already-reversed"


async def test_unbalanced_entry_is_refused(
    client: httpx.AsyncClient, chain: Any, slug: Slug
) -> None:
    body: dict[str, Any] = {
        "entry_date": "2026-03-16",
        "label": "Écriture boiteuse",
        "lines": [{"account": "606", "debit": "120.00"}, {"account": "401", "credit": "119.99"}],
    }
    response = await client.post("/accounting/entries", json=body, headers=chain.accountant)
    assert response.status_code == 422
    assert slug(response) == "unbalanced-entry"
    body["lines"] = [{"account": "999", "debit": "1.00"}, {"account": "401", "credit": "1.00"}]
    unknown = await client.post("/accounting/entries", json=body, headers=chain.accountant)
    assert slug(unknown) == "unknown-account"


async def test_closed_period_takes_no_entry(
    client: httpx.AsyncClient, budget: Any, chain: Any, slug: Slug
) -> None:
    closed = await client.post("/accounting/periods/2026-02/close", headers=chain.accountant)
    assert closed.status_code == 201, closed.text
    again = await client.post("/accounting/periods/2026-02/close", headers=chain.accountant)
    assert slug(again) == "period-already-closed"
    body = {
        "entry_date": "2026-02-27",
        "label": "Régularisation",
        "lines": [{"account": "606", "debit": "10.00"}, {"account": "401", "credit": "10.00"}],
    }
    refused = await client.post("/accounting/entries", json=body, headers=chain.accountant)
    assert refused.status_code == 409
    assert slug(refused) == "period-closed"
    allowed = await client.post(
        "/accounting/entries", json={**body, "entry_date": "2026-03-02"}, headers=chain.accountant
    )
    assert allowed.status_code == 201
    # service fait dated in the closed period is refused too; in March it is booked
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    february = await chain.service_done(commitment["id"], "10.00", certified_on="2026-02-20")
    assert slug(february) == "period-closed"
    assert (
        await chain.service_done(commitment["id"], "10.00", certified_on="2026-03-01")
    ).status_code == 201
    periods = (await client.get("/accounting/periods", headers=chain.accountant)).json()
    assert [p["period"] for p in periods] == ["2026-02"]


async def test_accounting_roles(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    controller: dict[str, str],
    manager: dict[str, str],
) -> None:
    assert (await client.get("/accounting/trial-balance", headers=officer_bre)).status_code == 403
    assert (await client.get("/accounting/trial-balance", headers=controller)).status_code == 200
    chart = (await client.get("/accounting/accounts", headers=manager)).json()
    assert {a["code"] for a in chart} >= {"401", "4091", "515", "606", "6711"}
    body = {
        "entry_date": "2026-03-16",
        "label": "Essai",
        "lines": [{"account": "606", "debit": "1.00"}, {"account": "401", "credit": "1.00"}],
    }
    for headers in (manager, controller, officer_bre):
        assert (
            await client.post("/accounting/entries", json=body, headers=headers)
        ).status_code == 403
    assert (
        await client.post("/accounting/periods/2026-01/close", headers=manager)
    ).status_code == 403
