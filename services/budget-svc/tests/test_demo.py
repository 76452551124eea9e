"""The demo data loads through the API and tells a coherent story."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from budget_svc.demo import ROLE_UNITS, load_demo
from sg_common.testing import ServiceEvents


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("frozen_clock")
async def test_demo_loads(
    client: httpx.AsyncClient,
    auth: Callable[..., dict[str, str]],
    service_events: ServiceEvents,
) -> None:
    def headers(role: str) -> dict[str, str]:
        name, unit = ROLE_UNITS[role]
        return auth(roles=[name], units=[unit], sub=f"demo-{role}")

    ids = await load_demo(client, headers=headers)
    assert len(ids["allocations"]) == 8
    assert len(await service_events.published("budget.allocated")) == 8
    assert len(await service_events.published("budget.commitment_recorded")) == 3
    assert len(await service_events.published("budget.invoice_paid")) == 2
    [late] = await service_events.published("budget.payment_late")
    assert late.data.days_late == 15  # type: ignore[attr-defined]
    manager = headers("manager")
    refused = await client.get(f"/allocation-requests/{ids['refused_request']}", headers=manager)
    assert refused.json()["decision"] == "refused"
    bre = await client.get("/availability/DR-BRE/2026/08/T3", headers=headers("bre"))
    body = bre.json()
    # 300 000 granted, 5 % frozen (15 000) then 5 000 released, 50 600 committed, 12 000 paid
    assert (body["frozen_ae"], body["committed_ae"], body["available_ae"]) == (
        "10000.00",
        "50600.00",
        "239400.00",
    )
    assert body["paid_cp"] == "12000.00"
    statuses = [
        (await client.get(f"/invoices/{i}", headers=headers("cpf"))).json()["status"]
        for i in ids["invoices"]
    ]
    assert statuses == ["paid", "paid", "suspended"]
