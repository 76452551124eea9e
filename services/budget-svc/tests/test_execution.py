"""Execution tracking on a fixed scenario, against figures computed by hand.

DR-BRE, 2026, action 08, T3: allocated AE 10 000 / CP 8 000, forecast AE 9 000 / CP 6 000.
March: commit C1 4 000; service fait 1 500, paid 1 500.
April: commit C2 2 000; C1 reduced to 3 500 (−500); service fait 1 000 on C1, paid 1 000.
May: service fait 2 000 on C2, paid 2 000.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def _scenario(client: httpx.AsyncClient, budget: Any, chain: Any, clock: Any) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    forecast = await client.post(
        "/forecasts",
        json={
            "unit_code": "DR-BRE",
            "fiscal_year": 2026,
            "action": "08",
            "title": "T3",
            "ae": "9000.00",
            "cp": "6000.00",
        },
        headers=budget.manager,
    )
    assert forecast.status_code == 201, forecast.text
    c1 = await chain.commitment("4000.00")
    assert (await chain.service_done(c1["id"], "1500.00")).status_code == 201
    assert (
        await chain.invoice_and_pay(c1["id"], "1500.00", number="M", received_on="2026-03-10")
    ).status_code == 201
    clock.advance(timedelta(days=30))  # 2026-04-15
    c2 = await chain.commitment("2000.00")
    url = f"/commitments/{c1['id']}"
    etag = (await client.get(url, headers=budget.manager)).headers["ETag"]
    reduced = await client.post(
        f"{url}/reduction",
        json={"ae": "3500.00", "reason": "Tranche non affermie"},
        headers={**budget.manager, "If-Match": etag},
    )
    assert reduced.status_code == 200, reduced.text
    assert (await chain.service_done(c1["id"], "1000.00")).status_code == 201
    assert (
        await chain.invoice_and_pay(c1["id"], "1000.00", number="A", received_on="2026-04-14")
    ).status_code == 201
    clock.advance(timedelta(days=30))  # 2026-05-15
    assert (await chain.service_done(c2["id"], "2000.00")).status_code == 201
    assert (
        await chain.invoice_and_pay(c2["id"], "2000.00", number="Y", received_on="2026-05-10")
    ).status_code == 201


def _month(
    month: int,
    ae: str,
    cp: str,
    cum_ae: str,
    cum_cp: str,
    alloc_ae: str,
    alloc_cp: str,
    rate_ae: str | None,
    rate_cp: str | None,
    to_pay: str,
    forecast: str,
) -> dict[str, Any]:
    return {
        "month": month,
        "ae_consumed": ae,
        "cp_consumed": cp,
        "cumulative_ae": cum_ae,
        "cumulative_cp": cum_cp,
        "allocated_ae": alloc_ae,
        "allocated_cp": alloc_cp,
        "execution_rate_ae": rate_ae,
        "execution_rate_cp": rate_cp,
        "cp_to_pay": to_pay,
        "forecast_cp_cumulative": forecast,
    }


async def test_monthly_and_year_end_match_hand_figures(
    client: httpx.AsyncClient, budget: Any, chain: Any, frozen_clock: Any
) -> None:
    await _scenario(client, budget, chain, frozen_clock)
    response = await client.get(
        "/execution/monthly", params={"fiscal_year": 2026}, headers=budget.manager
    )
    assert response.status_code == 200, response.text
    [group] = response.json()
    assert (group["unit_code"], group["action"], group["title"]) == ("DR-BRE", "08", "T3")
    assert (group["forecast_ae"], group["forecast_cp"]) == ("9000.00", "6000.00")
    z = "0.00"
    assert group["months"] == [
        _month(1, z, z, z, z, z, z, None, None, z, "500.00"),
        _month(2, z, z, z, z, z, z, None, None, z, "1000.00"),
        _month(
            3,
            "4000.00",
            "1500.00",
            "4000.00",
            "1500.00",
            "10000.00",
            "8000.00",
            "0.4000",
            "0.1875",
            "2500.00",
            "1500.00",
        ),
        _month(
            4,
            "1500.00",
            "1000.00",
            "5500.00",
            "2500.00",
            "10000.00",
            "8000.00",
            "0.5500",
            "0.3125",
            "3000.00",
            "2000.00",
        ),
        _month(
            5,
            z,
            "2000.00",
            "5500.00",
            "4500.00",
            "10000.00",
            "8000.00",
            "0.5500",
            "0.5625",
            "1000.00",
            "2500.00",
        ),
    ]
    [year] = (
        await client.get(
            "/execution/year-end", params={"fiscal_year": 2026}, headers=budget.manager
        )
    ).json()
    assert {
        k: year[k]
        for k in ("ae_consumed", "cp_consumed", "carry_over", "variance_ae", "variance_cp")
    } == {
        "ae_consumed": "5500.00",
        "cp_consumed": "4500.00",
        "carry_over": "1000.00",
        "variance_ae": "-3500.00",
        "variance_cp": "-1500.00",
    }
    assert Decimal(year["execution_rate_cp"]) == Decimal("0.5625")
    # the availability endpoint agrees with execution
    availability = await budget.availability()
    assert (availability["committed_ae"], availability["paid_cp"]) == ("5500.00", "4500.00")


async def test_grouping_and_scope(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    auth: Any,
) -> None:
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    await budget.allocate("DR-NOR", "2000.00", "2000.00")
    await chain.commitment("300.00")
    await chain.commitment("700.00", "DR-NOR")
    params: dict[str, Any] = {"fiscal_year": 2026, "group_by": "title"}
    everything = (
        await client.get("/execution/year-end", params=params, headers=budget.manager)
    ).json()
    assert [
        (r["unit_code"], r["title"], r["ae_consumed"], r["allocated_ae"]) for r in everything
    ] == [(None, "T3", "1000.00", "3000.00")]
    mine = (await client.get("/execution/year-end", params=params, headers=officer_nor)).json()
    assert [r["ae_consumed"] for r in mine] == ["700.00"]
    bre = (
        await client.get("/execution/monthly", params={"fiscal_year": 2026}, headers=officer_bre)
    ).json()
    assert [g["unit_code"] for g in bre] == ["DR-BRE"]
    unknown = await client.get(
        "/execution/monthly", params={"fiscal_year": 2031}, headers=budget.manager
    )
    assert unknown.status_code == 422
    cpf = await client.get(
        "/execution/monthly", params={"fiscal_year": 2026}, headers=chain.accountant
    )
    assert [g["unit_code"] for g in cpf.json()] == ["DR-BRE", "DR-NOR"]
    other_role = auth(roles=["hr.manager"], units=["DRH"], sub="drh")
    refused = await client.get(
        "/execution/monthly", params={"fiscal_year": 2026}, headers=other_role
    )
    assert refused.status_code == 403


async def test_year_end_close_carries_open_commitments_over(
    client: httpx.AsyncClient, budget: Any, chain: Any, officer_bre: dict[str, str], slug: Any
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    await budget.allocate("DR-BRE", "500.00", "2000.00", year=2027)
    commitment = await chain.commitment("3000.00")
    closed_out = await chain.commitment("400.00")
    assert (await chain.service_done(commitment["id"], "1000.00")).status_code == 201
    assert (
        await chain.invoice_and_pay(commitment["id"], "1000.00", number="F-1")
    ).status_code == 201
    assert (await chain.service_done(closed_out["id"], "400.00")).status_code == 201
    assert (
        await chain.invoice_and_pay(closed_out["id"], "400.00", number="F-2")
    ).status_code == 201
    refused = await client.post(
        "/execution/2026/close", json={"confirm": True}, headers=officer_bre
    )
    assert refused.status_code == 403
    closed = await client.post(
        "/execution/2026/close", json={"confirm": True}, headers=budget.manager
    )
    assert closed.status_code == 201, closed.text
    assert [(c["commitment_id"], c["ae"], c["to_year"]) for c in closed.json()] == [
        (commitment["id"], "2000.00", 2027)
    ]
    again = await client.post(
        "/execution/2026/close", json={"confirm": True}, headers=budget.manager
    )
    assert slug(again) == "fiscal-year-closed"
    old = await budget.availability()
    assert (old["available_ae"], old["committed_ae"], old["paid_cp"]) == (
        "6600.00",
        "1400.00",
        "1400.00",
    )
    new = await budget.availability(year=2027)
    assert (new["allocated_ae"], new["committed_ae"], new["available_ae"]) == (
        "2500.00",
        "2000.00",
        "500.00",
    )
    [year_end] = (
        await client.get(
            "/execution/year-end", params={"fiscal_year": 2026}, headers=budget.manager
        )
    ).json()
    assert (year_end["ae_consumed"], year_end["cp_consumed"], year_end["carry_over"]) == (
        "3400.00",
        "1400.00",
        "2000.00",
    )
    # the rest of the commitment is paid on the next year's CP
    assert (await chain.service_done(commitment["id"], "2000.00")).status_code == 201
    assert (
        await chain.invoice_and_pay(commitment["id"], "2000.00", number="F-3")
    ).status_code == 201
    assert (await budget.availability(year=2027))["paid_cp"] == "2000.00"
    assert (await budget.availability())["paid_cp"] == "1400.00"
    reports = (
        await client.get("/execution/carry-overs", params={"from_year": 2026}, headers=officer_bre)
    ).json()
    assert [r["ae"] for r in reports] == ["2000.00"]
