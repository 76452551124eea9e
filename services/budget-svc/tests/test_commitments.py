"""Legal commitments: within AE recorded, above refused, reductions and cancellations release AE."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx

from sg_common.testing import ServiceEvents


def body(ae: str, unit: str = "DR-BRE", **extra: Any) -> dict[str, Any]:
    return {
        "unit_code": unit,
        "fiscal_year": 2026,
        "action": "08",
        "title": "T3",
        "ae": ae,
        "description": "Marché de mise sous pli",
        **extra,
    }


async def test_commitment_within_ae_is_recorded_and_published(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    budget: Any,
    service_events: ServiceEvents,
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    response = await client.post(
        "/commitments",
        json=body("10000.00", sub_action="08-02", supplier="ACME"),
        headers=officer_bre,
    )
    assert response.status_code == 201, response.text
    commitment = response.json()
    assert (commitment["ae"], commitment["status"], commitment["source"]) == (
        "10000.00",
        "active",
        "api",
    )
    [event] = await service_events.published("budget.commitment_recorded")
    assert event.data.commitment_id == str(commitment["id"])  # type: ignore[attr-defined]
    assert event.data.purchase_order_id is None  # type: ignore[attr-defined]
    assert (await budget.availability())["available_ae"] == "0.00"


async def test_commitment_above_available_ae_is_refused(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    budget: Any,
    service_events: ServiceEvents,
    slug: Callable[[httpx.Response], str],
) -> None:
    allocation = await budget.allocate("DR-BRE", "10000.00", "8000.00")
    await client.post(
        f"/allocations/{allocation['id']}/reserve-operations",
        json={"kind": "extra_freeze", "ae": "500.00", "cp": "0.00", "reason": "Surgel"},
        headers=budget.manager,
    )
    response = await client.post("/commitments", json=body("9500.01"), headers=officer_bre)
    assert response.status_code == 409
    assert slug(response) == "insufficient-ae"
    assert response.json()["available_ae"] == "9500.00"
    assert response.json()["requested_ae"] == "9500.01"
    assert await service_events.published("budget.commitment_recorded") == []
    no_line = await client.post("/commitments", json=body("1.00", title="T5"), headers=officer_bre)
    assert no_line.status_code == 409
    assert slug(no_line) == "insufficient-ae"


async def test_reduction_and_cancellation_release_ae_with_history(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    created = await client.post("/commitments", json=body("6000.00"), headers=officer_bre)
    url = f"/commitments/{created.json()['id']}"
    reduced = await client.post(
        f"{url}/reduction",
        json={"ae": "4000.00", "reason": "Tranche optionnelle non affermie"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert reduced.status_code == 200, reduced.text
    assert (await budget.availability())["available_ae"] == "6000.00"
    not_lower = await client.post(
        f"{url}/reduction",
        json={"ae": "4000.00", "reason": "Pas une réduction"},
        headers={**officer_bre, "If-Match": reduced.headers["ETag"]},
    )
    assert not_lower.status_code == 409
    assert slug(not_lower) == "invalid-commitment-reduction"
    cancelled = await client.post(
        f"{url}/cancellation",
        json={"reason": "Marché résilié"},
        headers={**officer_bre, "If-Match": reduced.headers["ETag"]},
    )
    assert cancelled.status_code == 200, cancelled.text
    assert (cancelled.json()["status"], cancelled.json()["ae"]) == ("cancelled", "0.00")
    assert (await budget.availability())["available_ae"] == "10000.00"
    again = await client.post(
        f"{url}/cancellation",
        json={"reason": "Encore"},
        headers={**officer_bre, "If-Match": cancelled.headers["ETag"]},
    )
    assert again.status_code == 409
    assert slug(again) == "commitment-cancelled"
    history = await client.get(f"{url}/operations", headers=officer_bre)
    assert [(o["kind"], o["ae_delta"], o["ae_after"]) for o in history.json()] == [
        ("commit", "6000.00", "6000.00"),
        ("reduce", "-2000.00", "4000.00"),
        ("cancel", "-4000.00", "0.00"),
    ]
    still_there = await client.get(url, headers=officer_bre)
    assert still_there.status_code == 200
    assert still_there.json()["initial_ae"] == "6000.00"


async def test_closed_year_and_unknown_sub_action_are_refused(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    closed = await client.post(
        "/commitments", json=body("1.00", fiscal_year=2025), headers=officer_bre
    )
    assert closed.status_code == 409
    assert slug(closed) == "fiscal-year-closed"
    wrong = await client.post(
        "/commitments", json=body("1.00", sub_action="01-01"), headers=officer_bre
    )
    assert wrong.status_code == 422
    assert slug(wrong) == "unknown-sub-action"


async def test_commitments_are_scoped(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    controller: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    created = await client.post("/commitments", json=body("100.00"), headers=officer_bre)
    url = f"/commitments/{created.json()['id']}"
    assert (await client.get("/commitments", headers=officer_nor)).json()["items"] == []
    assert (await client.get(url, headers=officer_nor)).status_code == 404
    assert (await client.get(f"{url}/operations", headers=officer_nor)).status_code == 404
    assert (await client.get(f"{url}/operations", headers=officer_bre)).status_code == 200
    cancel = await client.post(
        f"{url}/cancellation",
        json={"reason": "hostile"},
        headers={**officer_nor, "If-Match": created.headers["ETag"]},
    )
    assert cancel.status_code == 404
    foreign = await client.post("/commitments", json=body("1.00"), headers=officer_nor)
    assert foreign.status_code == 403
    assert slug(foreign) == "out-of-scope"
    assert (
        await client.post("/commitments", json=body("1.00"), headers=controller)
    ).status_code == 403
    assert len((await client.get("/commitments", headers=controller)).json()["items"]) == 1


async def test_availability_is_scoped_and_open_to_service_tokens(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    auth: Callable[..., dict[str, str]],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    await budget.allocate("DR-NOR", "500.00", "500.00")
    mine = await client.get("/availability", headers=officer_bre)
    assert [line["unit_code"] for line in mine.json()["items"]] == ["DR-BRE"]
    hidden = await client.get("/availability/DR-BRE/2026/08/T3", headers=officer_nor)
    assert hidden.status_code == 404
    facilities = auth(roles=["facilities.service"], sub="facilities-svc")
    line = await client.get("/availability/DR-NOR/2026/08/T3", headers=facilities)
    assert line.status_code == 200
    assert line.json()["available_ae"] == "500.00"
    empty = await client.get("/availability/DR-NOR/2026/09/T5", headers=facilities)
    assert empty.json()["allocated_ae"] == "0.00"
    nobody = auth(roles=["hr.manager"], units=["DR-BRE"])
    refused = await client.get("/availability", headers=nobody)
    assert refused.status_code == 403
    assert slug(refused) == "missing-role"
    movements = await client.get("/ledger/movements", headers=officer_bre)
    assert [m["kind"] for m in movements.json()["items"]] == ["allocation"]


async def test_concurrent_commitments_never_overdraw_the_line(
    client: httpx.AsyncClient, officer_bre: dict[str, str], budget: Any
) -> None:
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    responses = await asyncio.gather(
        *(client.post("/commitments", json=body("300.00"), headers=officer_bre) for _ in range(5))
    )
    assert sorted(r.status_code for r in responses) == [201, 201, 201, 409, 409]
    availability = await budget.availability()
    assert (availability["committed_ae"], availability["available_ae"]) == ("900.00", "100.00")


async def test_datetimes_carry_their_offset_on_reads_as_on_writes(
    client: httpx.AsyncClient, officer_bre: dict[str, str], budget: Any
) -> None:
    # SQLite keeps no offset: a read used to answer "2026-…T10:00:00" where the write said "…Z".
    await budget.allocate("DR-BRE", "500.00", "500.00")
    created = await client.post("/commitments", json=body("100.00"), headers=officer_bre)
    assert created.status_code == 201, created.text
    read = await client.get(f"/commitments/{created.json()['id']}", headers=officer_bre)
    assert read.status_code == 200, read.text
    for answer in (created.json(), read.json()):
        stamp = datetime.fromisoformat(answer["created_at"])
        assert stamp.utcoffset() is not None, answer["created_at"]
    assert read.json()["created_at"] == created.json()["created_at"]


async def test_a_retried_commitment_consumes_ae_once(
    client: httpx.AsyncClient, officer_bre: dict[str, str], budget: Any
) -> None:
    # #18: a retried POST /commitments consumed AE twice. With the same Idempotency-Key the
    # retry gets the first answer: 10 000 allocated - 4 000 committed once = 6 000 available.
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    headers = {**officer_bre, "Idempotency-Key": "bre-2026-mise-sous-pli"}
    first = await client.post("/commitments", json=body("4000.00"), headers=headers)
    retry = await client.post("/commitments", json=body("4000.00"), headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json()["id"] == first.json()["id"]
    assert (await budget.availability())["available_ae"] == "6000.00"
    listed = await client.get("/commitments", headers=officer_bre)
    assert [c["ae"] for c in listed.json()["items"]] == ["4000.00"]
