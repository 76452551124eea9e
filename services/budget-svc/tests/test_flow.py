"""The whole part-1 flow over HTTP: request → decision → allocation → commitment → availability."""

from __future__ import annotations

import httpx

from sg_common.testing import ServiceEvents


async def test_request_decision_allocation_commitment_availability(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    service_events: ServiceEvents,
) -> None:
    created = await client.post(
        "/allocation-requests",
        json={
            "unit_code": "DR-BRE",
            "fiscal_year": 2026,
            "action": "08",
            "title": "T3",
            "ae": "50000.00",
            "cp": "40000.00",
            "justification": "Collecte des enquêtes ménages",
        },
        headers=officer_bre,
    )
    assert created.status_code == 201, created.text
    request_id = created.json()["id"]
    decided = await client.post(
        f"/allocation-requests/{request_id}/decision",
        json={"decision": "reduce", "ae": "30000.00", "cp": "30000.00", "reason": "Contrainte"},
        headers={**manager, "If-Match": created.headers["ETag"]},
    )
    assert decided.status_code == 200, decided.text
    notified = await client.post(
        f"/allocation-requests/{request_id}/notification",
        headers={**manager, "If-Match": decided.headers["ETag"]},
    )
    assert notified.status_code == 201, notified.text
    allocation = notified.json()
    assert (allocation["ae"], allocation["cp"]) == ("30000.00", "30000.00")
    [event] = await service_events.published("budget.allocated")
    assert event.data.allocation_id == str(allocation["id"])  # type: ignore[attr-defined]

    commitment = await client.post(
        "/commitments",
        json={
            "unit_code": "DR-BRE",
            "fiscal_year": 2026,
            "action": "08",
            "title": "T3",
            "ae": "12000.00",
            "description": "Marché de reprographie",
        },
        headers=officer_bre,
    )
    assert commitment.status_code == 201, commitment.text
    availability = await client.get("/availability/DR-BRE/2026/08/T3", headers=officer_bre)
    assert availability.status_code == 200, availability.text
    body = availability.json()
    assert body["allocated_ae"] == "30000.00"
    assert body["committed_ae"] == "12000.00"
    assert body["available_ae"] == "18000.00"
    assert body["available_cp"] == "30000.00"
