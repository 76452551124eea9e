"""Mise en réserve: applied at the year's rates, released, increased, cancelled; availability."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from sg_common.testing import ServiceEvents


async def apply(client: httpx.AsyncClient, manager: dict[str, str]) -> httpx.Response:
    return await client.post(
        "/fiscal-years/2026/reserve", json={"reason": "Mise en réserve LFI 2026"}, headers=manager
    )


async def operate(
    client: httpx.AsyncClient, manager: dict[str, str], allocation_id: int, **body: Any
) -> httpx.Response:
    return await client.post(
        f"/allocations/{allocation_id}/reserve-operations",
        json={"reason": "Décision du RBOP", **body},
        headers=manager,
    )


def amounts(availability: dict[str, Any]) -> tuple[str, str, str, str, str, str]:
    return (
        availability["allocated_ae"],
        availability["allocated_cp"],
        availability["frozen_ae"],
        availability["frozen_cp"],
        availability["available_ae"],
        availability["available_cp"],
    )


async def test_reserve_applied_released_increased_cancelled_with_availability(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    service_events: ServiceEvents,
) -> None:
    allocation = await budget.allocate("DR-BRE", "10000.00", "8000.00")
    staff = await budget.allocate("DR-BRE", "100000.00", "100000.00", title="T2")

    applied = await apply(client, manager)
    assert applied.status_code == 201, applied.text
    by_allocation = {o["allocation_id"]: o for o in applied.json()}
    assert (by_allocation[allocation["id"]]["ae"], by_allocation[allocation["id"]]["cp"]) == (
        "500.00",
        "400.00",
    )
    assert by_allocation[staff["id"]]["ae"] == "500.00"  # 0.5 % of T2
    assert amounts(await budget.availability()) == (
        "10000.00",
        "8000.00",
        "500.00",
        "400.00",
        "9500.00",
        "7600.00",
    )

    released = await operate(
        client, manager, allocation["id"], kind="release", ae="200.00", cp="100.00"
    )
    assert released.status_code == 201, released.text
    assert amounts(await budget.availability()) == (
        "10000.00",
        "8000.00",
        "300.00",
        "300.00",
        "9700.00",
        "7700.00",
    )

    increased = await operate(
        client, manager, allocation["id"], kind="extra_freeze", ae="1000.00", cp="0.00"
    )
    assert increased.status_code == 201, increased.text
    assert amounts(await budget.availability()) == (
        "10000.00",
        "8000.00",
        "1300.00",
        "300.00",
        "8700.00",
        "7700.00",
    )

    cancelled = await operate(
        client, manager, allocation["id"], kind="cancellation", ae="300.00", cp="300.00"
    )
    assert cancelled.status_code == 201, cancelled.text
    assert amounts(await budget.availability()) == (
        "9700.00",
        "7700.00",
        "1000.00",
        "0.00",
        "8700.00",
        "7700.00",
    )

    fetched = await client.get(f"/allocations/{allocation['id']}", headers=manager)
    assert (fetched.json()["frozen_ae"], fetched.json()["frozen_cp"]) == ("1000.00", "0.00")
    events = await service_events.published("budget.reserve_changed")
    kinds = [e.data.kind for e in events if e.data.allocation_id == str(allocation["id"])]  # type: ignore[attr-defined]
    assert kinds == ["freeze", "release", "extra_freeze", "cancellation"]
    listed = await client.get(
        "/reserve-operations", params={"allocation_id": allocation["id"]}, headers=manager
    )
    assert [o["kind"] for o in listed.json()["items"]] == kinds


async def test_reserve_is_applied_once_and_to_later_allocations(
    client: httpx.AsyncClient, manager: dict[str, str], budget: Any
) -> None:
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    assert len((await apply(client, manager)).json()) == 1
    assert (await apply(client, manager)).json() == []
    later = await budget.allocate("DR-NOR", "2000.00", "2000.00")
    assert (later["frozen_ae"], later["frozen_cp"]) == ("100.00", "100.00")
    year = await client.get("/fiscal-years/2026", headers=manager)
    assert year.json()["reserve_applied_at"] is not None


async def test_release_and_cancellation_cannot_exceed_frozen(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    allocation = await budget.allocate("DR-BRE", "1000.00", "1000.00")
    await apply(client, manager)
    for kind in ("release", "cancellation"):
        response = await operate(
            client, manager, allocation["id"], kind=kind, ae="50.01", cp="0.00"
        )
        assert response.status_code == 409, response.text
        assert slug(response) == "release-exceeds-frozen"
    allowed = await operate(
        client, manager, allocation["id"], kind="release", ae="50.00", cp="50.00"
    )
    assert allowed.status_code == 201


async def test_extra_freeze_cannot_exceed_available(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    allocation = await budget.allocate("DR-BRE", "1000.00", "1000.00")
    response = await operate(
        client, manager, allocation["id"], kind="extra_freeze", ae="1000.01", cp="0.00"
    )
    assert response.status_code == 409
    assert slug(response) == "insufficient-credits"
    empty = await operate(
        client, manager, allocation["id"], kind="extra_freeze", ae="0.00", cp="0.00"
    )
    assert empty.status_code == 422
    assert slug(empty) == "empty-reserve-operation"


async def test_only_the_manager_manages_the_reserve(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    controller: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    allocation = await budget.allocate("DR-BRE", "1000.00", "1000.00")
    for headers in (officer_bre, controller):
        assert (await apply(client, headers)).status_code == 403
        response = await operate(
            client, headers, allocation["id"], kind="release", ae="1.00", cp="0.00"
        )
        assert response.status_code == 403
        assert slug(response) == "missing-role"


async def test_reserve_operations_are_scoped(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    budget: Any,
) -> None:
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    await apply(client, manager)
    assert len((await client.get("/reserve-operations", headers=officer_bre)).json()["items"]) == 1
    assert (await client.get("/reserve-operations", headers=officer_nor)).json()["items"] == []
