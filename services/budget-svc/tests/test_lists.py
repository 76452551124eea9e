"""Lists (issue #22, 5) on budget: commitments sorted by amount and supplier, counted, walked by
their ``Link`` header; the sort and the count stay within the caller's scope."""

from __future__ import annotations

from typing import Any

import httpx

from sg_common.testing.lists import walk_links


async def test_commitments_sort_count_and_link(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    budget: Any,
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    made = []
    for ae, supplier in [("1200.00", "ACME"), ("300.00", None), ("1200.00", "Bureau Vallée"),
                         ("450.50", "ACME")]:  # fmt: skip
        body = {"unit_code": "DR-BRE", "fiscal_year": 2026, "action": "08", "title": "T3",
                "ae": ae, "description": "Fournitures", "supplier": supplier}  # fmt: skip
        response = await client.post("/commitments", json=body, headers=officer_bre)
        assert response.status_code == 201, response.text
        made.append(response.json()["id"])
    first, second, third, fourth = made

    # By AE descending: the two 1200.00 tie and keep the id order, then 450.50, then 300.00.
    items, pages = await walk_links(
        client, "/commitments", params={"sort": "-ae", "limit": 3, "count": "true"},
        headers=officer_bre,
    )  # fmt: skip
    assert [c["id"] for c in items] == [first, third, fourth, second]
    assert [p["total"] for p in pages] == [4, 4]

    # By supplier then AE: ACME 1200.00, ACME 450.50, Bureau Vallée; no supplier (NULL) last.
    items, pages = await walk_links(
        client, "/commitments", params={"sort": "supplier,-ae", "limit": 1},
        headers=officer_bre,
    )  # fmt: skip
    assert [c["id"] for c in items] == [first, fourth, third, second]
    assert len(pages) == 4
    assert pages[0]["total"] is None  # not asked

    # Newest first, one a page: the cursor carries a date-time (the console's default order).
    items, pages = await walk_links(
        client, "/commitments", params={"sort": "-created_at", "limit": 1}, headers=officer_bre
    )
    stamps = [c["created_at"] for c in items]
    assert sorted(c["id"] for c in items) == sorted(made)
    assert stamps == sorted(stamps, reverse=True)
    assert len(pages) == 4

    # Normandy's officer sees none of Brittany's: the total counts the scoped list.
    other = await client.get(
        "/commitments", params={"count": "true", "sort": "ae"}, headers=officer_nor
    )
    assert other.json() == {"items": [], "next_cursor": None, "total": 0}
    assert "link" not in other.headers

    # A field outside the whitelist is refused, naming the allowed ones.
    refused = await client.get("/commitments", params={"sort": "created_by"}, headers=officer_bre)
    assert refused.status_code == 422
    assert "ae" in refused.json()["allowed"]
