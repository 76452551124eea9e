"""The demo data loads through the API and tells a coherent story."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from production_svc.demo import load_demo
from sg_common.testing import ServiceEvents

from .conftest import Api


@pytest.mark.sqlite_only
async def test_demo_loads(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents
) -> None:
    client.headers.update(api.manager)
    ids = await load_demo(client, on=date(2026, 11, 25))
    assert sorted(ids) == ["EEC-2027", "ESANE-2026", "RP-2027"]
    phases = (await client.get(f"/operations/{ids['RP-2027']}/phases")).json()
    assert [p["status"] for p in phases][:3] == ["completed", "completed", "planned"]
    campaign = (await client.get("/rollout-campaigns")).json()["items"][0]
    assert campaign["target"] == 195
    assert len(await service_events.published("improvement.proposed")) == 3
    assert len(await service_events.published("operation.scheduled")) == 3
