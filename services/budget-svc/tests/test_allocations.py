"""Allocation arbitration: grant, reduce, refuse; a decision is final; notification once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents

REQUEST: dict[str, Any] = {
    "unit_code": "DR-BRE",
    "fiscal_year": 2026,
    "action": "08",
    "title": "T3",
    "ae": "80000.00",
    "cp": "75000.00",
    "justification": "Collecte de l'enquête emploi",
}


async def submit(client: httpx.AsyncClient, headers: dict[str, str]) -> httpx.Response:
    response = await client.post("/allocation-requests", json=REQUEST, headers=headers)
    assert response.status_code == 201, response.text
    return response


async def decide(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    created: httpx.Response,
    body: dict[str, Any],
) -> httpx.Response:
    return await client.post(
        f"/allocation-requests/{created.json()['id']}/decision",
        json=body,
        headers={**manager, "If-Match": created.headers["ETag"]},
    )


@pytest.mark.parametrize(
    ("body", "decision", "granted"),
    [
        ({"decision": "grant", "reason": "Conforme"}, "granted", ("80000.00", "75000.00")),
        (
            {"decision": "reduce", "ae": "60000.00", "cp": "75000.00", "reason": "Contrainte"},
            "reduced",
            ("60000.00", "75000.00"),
        ),
        ({"decision": "refuse", "reason": "Non prioritaire"}, "refused", ("0.00", "0.00")),
    ],
)
async def test_grant_reduce_refuse(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    body: dict[str, Any],
    decision: str,
    granted: tuple[str, str],
) -> None:
    created = await submit(client, officer_bre)
    decided = await decide(client, manager, created, body)
    assert decided.status_code == 200, decided.text
    result = decided.json()
    assert result["status"] == "decided"
    assert result["decision"] == decision
    assert (result["granted_ae"], result["granted_cp"]) == granted
    assert result["decision_reason"] == body["reason"]
    assert result["decided_by"] == "dpg-manager"


async def test_a_second_decision_is_refused(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    created = await submit(client, officer_bre)
    first = await decide(client, manager, created, {"decision": "refuse", "reason": "Non"})
    again = await client.post(
        f"/allocation-requests/{created.json()['id']}/decision",
        json={"decision": "grant", "reason": "Finalement oui"},
        headers={**manager, "If-Match": first.headers["ETag"]},
    )
    assert again.status_code == 409
    assert slug(again) == "request-already-decided"


async def test_a_decision_needs_a_reason(
    client: httpx.AsyncClient, manager: dict[str, str], officer_bre: dict[str, str]
) -> None:
    created = await submit(client, officer_bre)
    response = await decide(client, manager, created, {"decision": "grant"})
    assert response.status_code == 422


@pytest.mark.parametrize(
    "amounts",
    [
        {"ae": "90000.00", "cp": "10.00"},  # above the request
        {"ae": "80000.00", "cp": "75000.00"},  # not a reduction
        {"ae": "10.00"},  # CP missing
    ],
)
async def test_invalid_reductions_are_refused(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    slug: Callable[[httpx.Response], str],
    amounts: dict[str, str],
) -> None:
    created = await submit(client, officer_bre)
    response = await decide(
        client, manager, created, {"decision": "reduce", "reason": "Moins", **amounts}
    )
    assert response.status_code == 409
    assert slug(response) == "invalid-reduction"


async def test_grant_takes_no_amounts(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    created = await submit(client, officer_bre)
    response = await decide(
        client, manager, created, {"decision": "grant", "ae": "1.00", "reason": "Oui"}
    )
    assert response.status_code == 422
    assert slug(response) == "invalid-decision"


async def test_notification_creates_the_allocation_and_emits_allocated_once(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    service_events: ServiceEvents,
    slug: Callable[[httpx.Response], str],
) -> None:
    created = await submit(client, officer_bre)
    decided = await decide(client, manager, created, {"decision": "grant", "reason": "Conforme"})
    url = f"/allocation-requests/{created.json()['id']}/notification"
    notified = await client.post(url, headers={**manager, "If-Match": decided.headers["ETag"]})
    assert notified.status_code == 201, notified.text
    allocation = notified.json()
    assert allocation["request_id"] == created.json()["id"]
    again = await client.post(url, headers={**manager, "If-Match": "*"})
    assert again.status_code == 409
    assert slug(again) == "request-already-notified"
    events = await service_events.published("budget.allocated")
    assert len(events) == 1
    data = events[0].data
    assert data.allocation_id == str(allocation["id"])  # type: ignore[attr-defined]
    assert (data.unit_code, data.fiscal_year, data.action, data.title) == (  # type: ignore[attr-defined]
        "DR-BRE",
        2026,
        "08",
        "T3",
    )
    assert str(data.ae) == "80000.00"  # type: ignore[attr-defined]
    fetched = await client.get(f"/allocation-requests/{created.json()['id']}", headers=officer_bre)
    assert fetched.json()["status"] == "notified"
    assert fetched.json()["allocation_id"] == allocation["id"]


async def test_a_refused_or_undecided_request_gives_no_allocation(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    service_events: ServiceEvents,
    slug: Callable[[httpx.Response], str],
) -> None:
    pending = await submit(client, officer_bre)
    response = await client.post(
        f"/allocation-requests/{pending.json()['id']}/notification",
        headers={**manager, "If-Match": pending.headers["ETag"]},
    )
    assert response.status_code == 409
    assert slug(response) == "request-not-decided"
    refused = await decide(client, manager, pending, {"decision": "refuse", "reason": "Non"})
    response = await client.post(
        f"/allocation-requests/{pending.json()['id']}/notification",
        headers={**manager, "If-Match": refused.headers["ETag"]},
    )
    assert response.status_code == 409
    assert slug(response) == "request-refused"
    assert await service_events.published("budget.allocated") == []
    listed = await client.get("/allocations", headers=manager)
    assert listed.json()["items"] == []


async def test_the_officer_may_not_decide_nor_notify(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    created = await submit(client, officer_bre)
    response = await decide(client, officer_bre, created, {"decision": "grant", "reason": "Moi"})
    assert response.status_code == 403
    assert slug(response) == "missing-role"
    direct = await client.post(
        "/allocations",
        json={**{k: v for k, v in REQUEST.items() if k != "justification"}, "reason": "Moi"},
        headers=officer_bre,
    )
    assert direct.status_code == 403


async def test_requests_and_allocations_are_scoped(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    controller: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    created = await submit(client, officer_bre)
    allocation = await budget.allocate("DR-BRE")
    assert (await client.get("/allocation-requests", headers=officer_nor)).json()["items"] == []
    fetched = await client.get(f"/allocation-requests/{created.json()['id']}", headers=officer_nor)
    assert fetched.status_code == 404
    assert (await client.get("/allocations", headers=officer_nor)).json()["items"] == []
    assert (
        await client.get(f"/allocations/{allocation['id']}", headers=officer_nor)
    ).status_code == 404
    assert (
        await client.get(f"/allocations/{allocation['id']}", headers=officer_bre)
    ).status_code == 200
    assert len((await client.get("/allocations", headers=controller)).json()["items"]) == 1
    foreign = await client.post("/allocation-requests", json=REQUEST, headers=officer_nor)
    assert foreign.status_code == 403
    assert slug(foreign) == "out-of-scope"
