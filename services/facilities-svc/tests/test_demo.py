"""The demo data loads through the API and tells a coherent story."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from facilities_svc.demo import load_demo
from sg_common.testing import ServiceEvents
from sg_common.testing.plugin import AuthFactory


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("frozen_clock")
async def test_demo_loads(
    client: httpx.AsyncClient, auth: AuthFactory, service_events: ServiceEvents
) -> None:
    roles = {
        "manager": ("facilities.manager", "DSG", "demo-manager"),
        "buyer": ("facilities.buyer", "DSG-ACHATS", "demo-buyer"),
        "requester": ("facilities.requester", "DESE", "demo-requester"),
        "social": ("facilities.social", "DSG-SOCIAL", "demo-social"),
    }

    def headers(role: str) -> dict[str, str]:
        name, unit, sub = roles[role]
        return auth(roles=[name], units=[unit], sub=sub)

    ids = await load_demo(client, headers=headers, on=date(2026, 3, 16))
    assert len(ids["orders"]) == 2
    assert len(await service_events.published("purchase.ordered")) == 2
    manager = headers("manager")
    report = (await client.get("/occupancy", headers=manager)).json()
    assert report["buildings"][0]["building_code"] == "REN-A"  # 390 / 26 = 15 m² > 12
    leases = (await client.get("/leases?ending_within_months=6", headers=manager)).json()
    assert len(leases["items"]) == 1
    stats = (await client.get("/social-cases/stats", headers=manager)).json()["items"]
    assert sum(s["total"] for s in stats) == 2
