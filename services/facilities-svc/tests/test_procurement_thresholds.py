"""Procurement thresholds dated per kind (supplies, services, works) and the procedure chosen on
the estimated value of every similar need of the year, not on one requisition (issue #21, 5).

Figures (amounts excl. VAT), as shipped in ``facilities_svc.reference`` — sources in
docs/services/facilities.md, "Procedure thresholds":

| kind               | from       | no publicity below | formal procedure from |
|--------------------|------------|--------------------|-----------------------|
| supplies, services | 2024-01-01 | 40 000             | 143 000               |
| supplies, services | 2026-01-01 | 40 000             | 140 000               |
| supplies, services | 2026-04-01 | 60 000             | 140 000               |
| works              | 2024-01-01 | 100 000            | 5 538 000             |
| works              | 2025-01-01 | 100 000            | 5 538 000             |
| works              | 2026-01-01 | 100 000            | 5 404 000             |

The suite's clock is frozen on 2026-03-16 (supplies and services: 40 000 / 140 000); tests that
need the 60 000 threshold move it to 2026-04-02.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from sg_common.clock import Clock
from sg_common.testing import ServiceEvents, assert_problem
from sg_common.testing.plugin import AuthFactory
from sg_contracts.facilities import PurchaseOrderedV1

from .conftest import Purchasing

pytestmark = pytest.mark.usefixtures("frozen_clock")

MANAGER = "facilities.manager"
BUYER = "facilities.buyer"
REQUESTER = "facilities.requester"


def after_april_first(clock: Clock) -> None:
    """2026-03-16 09:00 UTC + 17 days = 2026-04-02: the 60 000 € threshold is in force."""
    clock.advance(timedelta(days=17))


async def choice(
    client: httpx.AsyncClient, auth: AuthFactory, amount: str, kind: str, on: str
) -> tuple[str, str | None]:
    response = await client.get(
        "/procedure-thresholds/choice",
        params={"amount_ht": amount, "channel": "open_market", "kind": kind, "on": on},
        headers=auth(roles=[REQUESTER]),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["kind"] == kind
    return body["procedure"], body["thresholds_from"]


D, A, T = "direct_award", "adapted_procedure", "tender"


@pytest.mark.parametrize(
    ("kind", "on", "amount", "expected"),
    [
        # supplies and services: 40 000 € until 31 March 2026 (R. 2122-8 as set by décret
        # 2019-1344), 60 000 € from 1 April 2026 (décret 2025-1386, art. 1, 1° b and art. 3)
        ("supplies", "2026-03-31", "39999.99", (D, "2026-01-01")),
        ("supplies", "2026-03-31", "40000.00", (A, "2026-01-01")),
        ("supplies", "2026-04-01", "40000.00", (D, "2026-04-01")),
        ("supplies", "2026-04-01", "59999.99", (D, "2026-04-01")),
        ("supplies", "2026-04-01", "60000.00", (A, "2026-04-01")),
        ("services", "2026-03-31", "40000.00", (A, "2026-01-01")),
        ("services", "2026-04-01", "59999.99", (D, "2026-04-01")),
        ("services", "2026-04-01", "60000.00", (A, "2026-04-01")),
        # EU threshold, central government supplies and services: 143 000 € in 2024-2025,
        # 140 000 € from 1 January 2026
        ("supplies", "2025-12-31", "142999.99", (A, "2024-01-01")),
        ("supplies", "2025-12-31", "143000.00", (T, "2024-01-01")),
        ("supplies", "2026-01-01", "139999.99", (A, "2026-01-01")),
        ("supplies", "2026-01-01", "140000.00", (T, "2026-01-01")),
        ("services", "2026-04-01", "139999.99", (A, "2026-04-01")),
        ("services", "2026-04-01", "140000.00", (T, "2026-04-01")),
        # works: 100 000 € (temporary regime extended to 31 Dec 2025 by décret 2024-1217, then
        # permanent from 1 Jan 2026 by décret 2025-1386); EU threshold 5 538 000 € then 5 404 000 €
        ("works", "2025-06-30", "99999.99", (D, "2025-01-01")),
        ("works", "2025-06-30", "100000.00", (A, "2025-01-01")),
        ("works", "2025-06-30", "5404000.00", (A, "2025-01-01")),
        ("works", "2025-06-30", "5538000.00", (T, "2025-01-01")),
        ("works", "2026-01-01", "99999.99", (D, "2026-01-01")),
        ("works", "2026-01-01", "100000.00", (A, "2026-01-01")),
        ("works", "2026-01-01", "5403999.99", (A, "2026-01-01")),
        ("works", "2026-01-01", "5404000.00", (T, "2026-01-01")),
        ("works", "2024-06-30", "5537999.99", (A, "2024-01-01")),
    ],
)
async def test_thresholds_of_each_kind_on_both_sides_and_dates(
    client: httpx.AsyncClient,
    auth: AuthFactory,
    kind: str,
    on: str,
    amount: str,
    expected: tuple[str, str],
) -> None:
    assert await choice(client, auth, amount, kind, on) == expected


async def test_choice_needs_a_kind(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    headers = auth(roles=[REQUESTER])
    for params in ({"amount_ht": "10.00"}, {"amount_ht": "10.00", "kind": "goods"}):
        response = await client.get("/procedure-thresholds/choice", params=params, headers=headers)
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_thresholds_are_recorded_per_kind(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    manager = auth(roles=[MANAGER])
    works = {
        "kind": "works",
        "valid_from": "2028-01-01",
        "direct_award_below": "100000.00",
        "formal_tender_from": "5500000.00",
        "note": "Seuils européens 2028-2029 (hypothèse de test)",
    }
    response = await client.post("/procedure-thresholds", json=works, headers=manager)
    assert response.status_code == 201, response.text
    assert response.json()["kind"] == "works"
    supplies = {**works, "kind": "supplies", "formal_tender_from": "145000.00"}
    response = await client.post("/procedure-thresholds", json=supplies, headers=manager)
    assert response.status_code == 201, response.text  # same date, another kind
    assert_problem(
        await client.post("/procedure-thresholds", json=works, headers=manager),
        409,
        "duplicate-threshold",
    )
    inverted = {**works, "valid_from": "2029-01-01", "direct_award_below": "6000000.00"}
    assert_problem(
        await client.post("/procedure-thresholds", json=inverted, headers=manager),
        422,
        "invalid-thresholds",
    )
    no_kind = {k: v for k, v in works.items() if k != "kind"} | {"valid_from": "2029-01-01"}
    response = await client.post("/procedure-thresholds", json=no_kind, headers=manager)
    assert response.status_code == 422, response.text
    response = await client.post("/procedure-thresholds", json=works, headers=auth(roles=[BUYER]))
    assert response.status_code == 403
    listed = await client.get("/procedure-thresholds", params={"kind": "works"}, headers=manager)
    assert [
        (t["valid_from"], t["direct_award_below"], t["formal_tender_from"]) for t in listed.json()
    ] == [
        ("2028-01-01", "100000.00", "5500000.00"),
        ("2026-01-01", "100000.00", "5404000.00"),
        ("2025-01-01", "100000.00", "5538000.00"),
        ("2024-01-01", "100000.00", "5538000.00"),
    ]
    assert await choice(client, auth, "5499999.99", "works", "2028-01-01") == (A, "2028-01-01")


async def test_a_requisition_says_what_it_buys(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    await purchasing.item("DESK", "1000.00", channel="open_market", category="furniture")
    body = {
        "unit_code": "DESE-CN",
        "subject": "Bureaux",
        "fiscal_year": 2026,
        "action": "01",
        "lines": [{"item_code": "DESK", "quantity": 1}],
    }
    for kind in (None, "goods"):
        wrong = body if kind is None else {**body, "kind": kind}
        response = await client.post("/requisitions", json=wrong, headers=purchasing.requester())
        assert response.status_code == 422, response.text
    created = await purchasing.requisition([("DESK", 1)], kind="works")
    assert created["kind"] == "works"
    assert (created["procedure"], created["estimated_value_ht"], created["split_flagged"]) == (
        None,
        None,
        False,
    )


async def test_the_need_of_the_year_decides_and_the_requisition_crossing_is_flagged(
    purchasing: Purchasing, client: httpx.AsyncClient, frozen_clock: Clock
) -> None:
    """25 000 + 20 000 + 18 000 = 63 000 € HT of furniture in 2026, bought by INSEE as one
    buying unit (a head-office division and a regional directorate): the third requisition is
    under 60 000 € alone, but the year's need reaches it, so it goes to an adapted procedure
    and is flagged."""
    after_april_first(frozen_clock)
    await purchasing.item("DESK", "1000.00", channel="open_market", category="furniture")
    first = await purchasing.submitted([("DESK", 25)])
    second = await purchasing.submitted([("DESK", 20)], unit="DR-BRE")
    third = await purchasing.submitted([("DESK", 18)])
    figures = [
        (
            r["procedure"],
            r["amount_ht"],
            r["purchase_category"],
            r["estimated_value_ht"],
            r["threshold_ht"],
            r["split_flagged"],
            r["thresholds_from"],
        )
        for r in (first, second, third)
    ]
    assert figures == [
        (D, "25000.00", "furniture", "25000.00", "60000.00", False, "2026-04-01"),
        (D, "20000.00", "furniture", "45000.00", "60000.00", False, "2026-04-01"),
        (A, "18000.00", "furniture", "63000.00", "60000.00", True, "2026-04-01"),
    ]
    assert "63000.00" in third["procedure_note"]
    assert "60000.00" in third["procedure_note"]
    # the read model keeps what submission decided
    read = await client.get(f"/requisitions/{third['id']}", headers=purchasing.requester())
    assert (read.json()["estimated_value_ht"], read.json()["split_flagged"]) == ("63000.00", True)
    # the requester of DESE-CN sees the cumulated figure, never DR-BRE's requisition itself
    other = await client.get(f"/requisitions/{second['id']}", headers=purchasing.requester())
    assert other.status_code == 404


async def test_before_april_the_40000_threshold_is_crossed_by_the_second(
    purchasing: Purchasing,
) -> None:
    """Same needs on 2026-03-16 (40 000 €): 25 000 → direct award; 25 000 + 20 000 = 45 000
    ≥ 40 000 → adapted procedure, flagged; + 18 000 = 63 000 → adapted procedure, flagged."""
    await purchasing.item("DESK", "1000.00", channel="open_market", category="furniture")
    results = [await purchasing.submitted([("DESK", quantity)]) for quantity in (25, 20, 18)]
    assert [
        (r["procedure"], r["estimated_value_ht"], r["threshold_ht"], r["split_flagged"])
        for r in results
    ] == [
        (D, "25000.00", "40000.00", False),
        (A, "45000.00", "40000.00", True),
        (A, "63000.00", "40000.00", True),
    ]


async def test_what_counts_in_the_need_of_the_year(
    purchasing: Purchasing, frozen_clock: Clock
) -> None:
    """Only submitted (or later) requisitions of the same purchase category, kind and fiscal
    year, bought on the open market, count. Here only the 30 000 € one does: 30 000 + 25 000 =
    55 000 < 60 000 → direct award; + 5 000 = 60 000, which reaches the threshold → flagged."""
    after_april_first(frozen_clock)
    await purchasing.item("DESK", "1000.00", channel="open_market", category="furniture")
    await purchasing.item("PC", "1000.00", channel="open_market", category="it_equipment")
    await purchasing.item("DESK-UGAP", "1000.00", channel="ugap", category="furniture")
    await purchasing.submitted([("DESK", 30)])  # counts
    await purchasing.requisition([("DESK", 40)])  # a draft: not a need expressed yet
    refused = await purchasing.submitted([("DESK", 50)])
    assert (await purchasing.step(refused["id"], "refuse", {"reason": "Non"})).status_code == 200
    cancelled = await purchasing.submitted([("DESK", 50)])
    response = await purchasing.step(
        cancelled["id"], "cancel", {"reason": "Abandon"}, headers=purchasing.requester()
    )
    assert response.status_code == 200
    await purchasing.submitted([("DESK", 50)], fiscal_year=2027)  # another year
    await purchasing.submitted([("PC", 50)])  # another purchase category
    await purchasing.submitted([("DESK-UGAP", 50)])  # bought through UGAP: competed upstream
    await purchasing.submitted([("DESK", 50)], kind="works")  # another kind (fitting works)
    under = await purchasing.submitted([("DESK", 25)])
    assert (under["procedure"], under["estimated_value_ht"], under["split_flagged"]) == (
        D,
        "55000.00",
        False,
    )
    reaching = await purchasing.submitted([("DESK", 5)])
    assert (reaching["procedure"], reaching["estimated_value_ht"], reaching["split_flagged"]) == (
        A,
        "60000.00",
        True,
    )


async def test_a_mixed_requisition_is_one_contract(
    purchasing: Purchasing, frozen_clock: Clock
) -> None:
    """30 000 € of furniture + 35 000 € of IT equipment on one open-market requisition: each
    category's need is under 60 000 €, but the requisition is one contract of 65 000 €, which
    decides (adapted procedure, not a split)."""
    after_april_first(frozen_clock)
    await purchasing.item("DESK", "1000.00", channel="open_market", category="furniture")
    await purchasing.item("PC", "1000.00", channel="open_market", category="it_equipment")
    mixed = await purchasing.submitted([("DESK", 30), ("PC", 35)])
    assert (
        mixed["procedure"],
        mixed["purchase_category"],
        mixed["estimated_value_ht"],
        mixed["threshold_ht"],
        mixed["split_flagged"],
    ) == (A, None, "65000.00", "60000.00", False)


async def test_works_have_their_own_thresholds(purchasing: Purchasing) -> None:
    """On 2026-03-16, 60 000 € of works is under the 100 000 € works threshold (it would not be
    as supplies: 40 000 €); a second 45 000 € of the same works brings the year to 105 000 €."""
    await purchasing.item("FIT-OUT", "1000.00", channel="open_market", category="services")
    first = await purchasing.submitted([("FIT-OUT", 60)], kind="works")
    second = await purchasing.submitted([("FIT-OUT", 45)], kind="works")
    assert [
        (r["procedure"], r["estimated_value_ht"], r["threshold_ht"], r["split_flagged"])
        for r in (first, second)
    ] == [(D, "60000.00", "100000.00", False), (A, "105000.00", "100000.00", True)]


async def test_a_split_tender_still_needs_its_tender(
    purchasing: Purchasing, service_events: ServiceEvents, frozen_clock: Clock
) -> None:
    """130 000 € then 15 000 € of furniture: 145 000 € ≥ 140 000 € (EU threshold, central
    government) → the second is a tender (flagged), cannot be ordered without the awarded
    tender's reference, and purchase.ordered carries the figures."""
    after_april_first(frozen_clock)
    await purchasing.item("DESK", "1000.00", channel="open_market", category="furniture")
    first = await purchasing.submitted([("DESK", 130)])
    assert (first["procedure"], first["threshold_ht"]) == (A, "60000.00")
    second = await purchasing.submitted([("DESK", 15)])
    assert (second["procedure"], second["estimated_value_ht"], second["threshold_ht"]) == (
        T,
        "145000.00",
        "140000.00",
    )
    assert second["split_flagged"] is True
    assert (await purchasing.step(second["id"], "approve")).status_code == 200
    assert_problem(
        await purchasing.step(second["id"], "order", {}), 409, "tender-reference-required"
    )
    response = await purchasing.step(second["id"], "order", {"tender_reference": "AO-2026-031"})
    assert response.status_code == 200, response.text
    [event] = await service_events.published("purchase.ordered")
    data = event.data
    assert isinstance(data, PurchaseOrderedV1)
    assert (data.kind, data.procedure, data.split_flagged) == ("supplies", T, True)
    assert (str(data.estimated_value_ht), str(data.threshold_ht)) == ("145000.00", "140000.00")


async def test_framework_channels_have_no_threshold_figures(purchasing: Purchasing) -> None:
    await purchasing.item("LAPTOP", "850.00", channel="ugap")
    ugap = await purchasing.submitted([("LAPTOP", 200)])  # 170 000 € through UGAP
    assert (
        ugap["procedure"],
        ugap["estimated_value_ht"],
        ugap["threshold_ht"],
        ugap["split_flagged"],
    ) == ("ugap_order", None, None, False)


async def test_concurrent_submissions_of_one_need_each_count_the_others(
    purchasing: Purchasing, frozen_clock: Clock
) -> None:
    """Three 35 000 € furniture requisitions submitted at once: one after the other they give
    35 000 (direct award), 70 000 and 105 000 (≥ 60 000: adapted procedure, flagged), never
    three direct awards (submissions of a kind lock its thresholds row on PostgreSQL)."""
    after_april_first(frozen_clock)
    await purchasing.item("DESK", "1000.00", channel="open_market", category="furniture")
    drafts = [await purchasing.requisition([("DESK", 35)]) for _ in range(3)]
    responses = await asyncio.gather(
        *(purchasing.step(d["id"], "submit", headers=purchasing.requester()) for d in drafts)
    )
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
    results = sorted(
        (r.json()["estimated_value_ht"], r.json()["procedure"], r.json()["split_flagged"])
        for r in responses
    )
    assert results == [
        ("105000.00", A, True),
        ("35000.00", D, False),
        ("70000.00", A, True),
    ]
