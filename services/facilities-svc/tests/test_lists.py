"""Lists (issue #22, 5) on facilities: leases, whose own order (soonest end first) is kept
without a sort, sorted by annual rent with ties broken by id, counted, walked by ``Link``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing.lists import walk_links

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def test_leases_sort_count_and_link(client: httpx.AsyncClient, auth: Any) -> None:
    manager = auth(roles=["facilities.manager"], units=["DSG-IMMO"], sub="mia")

    async def post(url: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await client.post(url, json=body, headers=manager)
        assert response.status_code == 201, response.text
        return response.json()

    site = await post(
        "/sites", {"code": "S-A", "name": "Site A", "city": "Montrouge", "unit_code": "DSG-IMMO"}
    )
    building = await post(
        "/buildings",
        {"site_id": site["id"], "code": "A", "name": "Bâtiment A", "floors": 4,
         "tenure": "leased"},
    )  # fmt: skip
    ids = []
    for end, rent in [("2027-06-30", "12000.00"), ("2026-12-31", "8000.00"),
                      ("2028-01-31", "12000.00"), ("2029-03-31", "4500.50")]:  # fmt: skip
        lease = await post(
            "/leases",
            {"building_id": building["id"], "owner": "SCI", "annual_rent": rent,
             "start_date": "2018-01-01", "end_date": end},
        )  # fmt: skip
        ids.append(lease["id"])
    first, second, third, fourth = ids

    # No sort: the list's own order, soonest end first (unchanged for existing clients).
    items, _ = await walk_links(client, "/leases", params={"limit": 3}, headers=manager)
    assert [x["id"] for x in items] == [second, first, third, fourth]

    # Highest rent first: the two 12000.00 tie and keep their end-date order, then id.
    items, pages = await walk_links(
        client, "/leases", params={"sort": "-annual_rent", "limit": 2, "count": "true"},
        headers=manager,
    )  # fmt: skip
    assert [x["annual_rent"] for x in items] == ["12000.00", "12000.00", "8000.00", "4500.50"]
    assert [x["id"] for x in items] == [first, third, second, fourth]
    assert [p["total"] for p in pages] == [4, 4]

    # A cursor from one sort is refused under another.
    cursor = pages[0]["next_cursor"]
    again = await client.get(
        "/leases", params={"sort": "annual_rent", "cursor": cursor}, headers=manager
    )
    assert again.status_code == 400
    assert again.json()["type"].endswith("/invalid-cursor")


async def test_room_bookings_page_on_a_date_time_key(client: httpx.AsyncClient, auth: Any) -> None:
    """A room's agenda is ordered by start (a date-time) then id: its cursor holds a date-time,
    read back as one (a second page answered 500 before the list mechanism knew the type)."""
    manager = auth(roles=["facilities.manager"], units=["DSG-LOG"], sub="leo")
    requester = auth(roles=["facilities.requester"], units=["DESE-CN"], sub="rita")
    room = await client.post(
        "/rooms",
        json={"code": "W-012", "name": "Salle Quetelet", "site": "Montrouge", "capacity": 10},
        headers=manager,
    )
    assert room.status_code == 201, room.text
    url = f"/rooms/{room.json()['id']}/bookings"
    slots = [("2026-03-18T14:00:00Z", "2026-03-18T15:00:00Z", 8),
             ("2026-03-18T09:00:00Z", "2026-03-18T10:00:00Z", 3),
             ("2026-03-19T09:00:00+01:00", "2026-03-19T10:00:00+01:00", 5)]  # fmt: skip
    for start, end, attendees in slots:
        body = {"unit_code": "DESE-CN", "starts_at": start, "ends_at": end,
                "purpose": "Réunion", "attendees": attendees}  # fmt: skip
        response = await client.post(url, json=body, headers=requester)
        assert response.status_code == 201, response.text

    items, _ = await walk_links(client, url, params={"limit": 1}, headers=requester)
    assert [b["starts_at"][:16] for b in items] == [
        "2026-03-18T09:00", "2026-03-18T14:00", "2026-03-19T08:00"
    ]  # fmt: skip
    items, pages = await walk_links(
        client, url, params={"sort": "-attendees", "limit": 2, "count": "true"}, headers=requester
    )
    assert [b["attendees"] for b in items] == [8, 5, 3]
    assert pages[-1]["total"] == 3
