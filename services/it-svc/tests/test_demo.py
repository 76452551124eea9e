"""The demo data loads through the API and tells a coherent story."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from it_svc.demo import load_demo
from sg_common.testing import ServiceEvents


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("frozen_clock")
async def test_demo_loads(
    client: httpx.AsyncClient, auth: Any, service_events: ServiceEvents
) -> None:
    roles = {
        "manager": ("it.manager", "DI"),
        "technician": ("it.technician", "DR-BRE"),
        "planner": ("it.planner", "DI-PLAN"),
    }

    def headers(role: str) -> dict[str, str]:
        name, unit = roles[role]
        return auth(roles=[name], units=[unit], sub=f"demo-{role}")

    ids = await load_demo(client, headers=headers, on=date(2026, 3, 16))
    manager = headers("manager")
    assert len(ids["laptops"]) == 6
    compliance = (await client.get("/policy/compliance", headers=manager)).json()
    [bre] = compliance
    assert ids["forbidden_install"] in [
        x["item_id"] for x in bre["non_compliant"] if x["status"] == "forbidden"
    ]
    expiring = (
        await client.get("/licences/reports/expiring?within_days=60", headers=manager)
    ).json()
    assert [x["software"] for x in expiring] == ["Stata"]
    plans = (await client.get("/workload/plans", headers=manager)).json()["items"]
    assert [(p["number"], p["status"]) for p in plans] == [(1, "published"), (2, "draft")]
    assert len(await service_events.published("workload.planned")) == 24
    assert await service_events.published("it.capacity_alert") == []
    draft = (await client.get(f"/workload/plans/{ids['draft_plan']}", headers=manager)).json()
    assert draft["over_capacity_lines"] == 1
