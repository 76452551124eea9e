"""Logistics and social service: services centraux only; social cases confidential."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("frozen_clock")

CENTRAL_ONLY = "/central-services-only"


@pytest.fixture
def manager(auth: Any) -> dict[str, str]:
    return auth(roles=["facilities.manager"], units=["DSG-LOG"], sub="leo")


@pytest.fixture
def requester(auth: Any) -> dict[str, str]:
    return auth(roles=["facilities.requester"], units=["DESE-CN"], sub="rita")


@pytest.fixture
def regional(auth: Any) -> dict[str, str]:
    return auth(roles=["facilities.requester"], units=["DR-BRE"], sub="rennes")


@pytest.fixture
def social(auth: Any) -> dict[str, str]:
    return auth(roles=["facilities.social"], units=["DSG-SOCIAL"], sub="sonia")


def refused_central(response: httpx.Response) -> None:
    assert response.status_code == 422, response.text
    assert response.json()["type"].endswith(CENTRAL_ONLY)


async def room(client: httpx.AsyncClient, manager: Any, capacity: int = 10) -> dict[str, Any]:
    response = await client.post(
        "/rooms",
        json={"code": "W-012", "name": "Salle Quetelet", "site": "Montrouge", "capacity": capacity},
        headers=manager,
    )
    assert response.status_code == 201, response.text
    return response.json()


def booking(start: str, end: str, unit: str = "DESE-CN", attendees: int = 4) -> dict[str, Any]:
    return {
        "unit_code": unit,
        "starts_at": start,
        "ends_at": end,
        "purpose": "Réunion",
        "attendees": attendees,
    }


async def test_double_booking_is_refused(
    client: httpx.AsyncClient, manager: Any, requester: Any
) -> None:
    r = await room(client, manager)
    url = f"/rooms/{r['id']}/bookings"
    first = await client.post(
        url, json=booking("2026-03-18T09:00:00Z", "2026-03-18T11:00:00Z"), headers=requester
    )
    assert first.status_code == 201, first.text
    overlapping = await client.post(
        url,
        json=booking("2026-03-18T11:30:00+01:00", "2026-03-18T12:30:00+01:00"),
        headers=requester,
    )  # 10:30-11:30 UTC
    assert overlapping.status_code == 409
    assert overlapping.json()["type"].endswith("/room-double-booked")
    adjacent = await client.post(
        url, json=booking("2026-03-18T11:00:00Z", "2026-03-18T12:00:00Z"), headers=requester
    )
    assert adjacent.status_code == 201, adjacent.text
    cancelled = await client.post(f"/room-bookings/{first.json()['id']}/cancel", headers=requester)
    assert cancelled.json()["status"] == "cancelled"
    rebooked = await client.post(
        url, json=booking("2026-03-18T09:30:00Z", "2026-03-18T10:30:00Z"), headers=requester
    )
    assert rebooked.status_code == 201
    agenda = (await client.get(url, headers=requester)).json()["items"]
    assert [b["starts_at"][:16] for b in agenda] == ["2026-03-18T09:30", "2026-03-18T11:00"]


async def test_booking_rules(client: httpx.AsyncClient, manager: Any, requester: Any) -> None:
    r = await room(client, manager, capacity=5)
    url = f"/rooms/{r['id']}/bookings"
    backwards = await client.post(
        url, json=booking("2026-03-18T11:00:00Z", "2026-03-18T09:00:00Z"), headers=requester
    )
    assert backwards.status_code == 422
    assert backwards.json()["type"].endswith("/invalid-booking-period")
    crowded = await client.post(
        url,
        json=booking("2026-03-18T09:00:00Z", "2026-03-18T10:00:00Z", attendees=6),
        headers=requester,
    )
    assert crowded.status_code == 409
    assert crowded.json()["type"].endswith("/room-too-small")


async def test_regional_unit_refused_logistics(
    client: httpx.AsyncClient, manager: Any, regional: Any
) -> None:
    r = await room(client, manager)
    refused_central(
        await client.post(
            f"/rooms/{r['id']}/bookings",
            json=booking("2026-03-18T09:00:00Z", "2026-03-18T10:00:00Z", unit="DR-BRE"),
            headers=regional,
        )
    )
    refused_central(
        await client.post(
            "/logistics-requests",
            json={
                "unit_code": "DR-BRE-SED",
                "kind": "move",
                "description": "x",
                "wanted_on": "2026-04-01",
            },
            headers=regional,
        )
    )
    # even an all-seeing manager cannot file one for a regional unit or a national centre
    for unit in ("DR-BRE", "CNI-METZ"):
        refused_central(
            await client.post(
                "/logistics-requests",
                json={
                    "unit_code": unit,
                    "kind": "vehicle",
                    "description": "x",
                    "wanted_on": "2026-04-01",
                },
                headers=manager,
            )
        )
    for path in (
        "/logistics-requests",
        "/rooms",
        f"/rooms/{r['id']}/bookings",
        "/logistics-requests/1",
    ):
        refused_central(await client.get(path, headers=regional))
    refused_central(
        await client.get("/logistics-requests", params={"unit_code": "DR-BRE"}, headers=manager)
    )


async def test_logistics_request_lifecycle_for_a_central_unit(
    client: httpx.AsyncClient, manager: Any, requester: Any, auth: Any
) -> None:
    created = await client.post(
        "/logistics-requests",
        json={
            "unit_code": "DESE-CN",
            "kind": "move",
            "description": "6 postes au 5e",
            "wanted_on": "2026-04-10",
        },
        headers=requester,
    )
    assert created.status_code == 201, created.text
    url = f"/logistics-requests/{created.json()['id']}"
    etag = (await client.get(url, headers=requester)).headers["ETag"]
    assert (
        await client.patch(
            url, json={"status": "scheduled"}, headers={**requester, "If-Match": etag}
        )
    ).status_code == 403
    scheduled = await client.patch(
        url,
        json={"status": "scheduled", "answer": "Le 10/04"},
        headers={**manager, "If-Match": etag},
    )
    assert scheduled.json()["status"] == "scheduled"
    other = auth(roles=["facilities.requester"], units=["DSE-RI"])
    assert (await client.get(url, headers=other)).status_code == 404
    assert (await client.get("/logistics-requests", headers=other)).json()["items"] == []


async def test_social_cases_refused_to_regional_units(
    client: httpx.AsyncClient, social: Any, auth: Any
) -> None:
    refused_central(
        await client.post(
            "/social-cases",
            json={"unit_code": "DR-BRE", "agent_ref": "A-1", "category": "housing", "summary": "x"},
            headers=social,
        )
    )
    regional = auth(roles=["facilities.requester"], units=["DR-BRE"])
    refused_central(await client.get("/social-cases/stats", headers=regional))
    refused_central(
        await client.get("/social-cases", params={"unit_code": "DR-BRE"}, headers=social)
    )
    refused_central(
        await client.get("/social-cases/stats", params={"unit_code": "DR-BRE"}, headers=social)
    )


async def test_non_social_workers_see_only_counts(
    client: httpx.AsyncClient, social: Any, requester: Any, manager: Any, auth: Any
) -> None:
    ids = []
    for unit, category in (("DESE-CN", "housing"), ("DESE-CN", "financial"), ("DSE-RI", "health")):
        response = await client.post(
            "/social-cases",
            json={
                "unit_code": unit,
                "agent_ref": "A-1",
                "category": category,
                "summary": "Situation confidentielle",
            },
            headers=social,
        )
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    url = f"/social-cases/{ids[0]}"
    etag = (await client.get(url, headers=social)).headers["ETag"]
    closed = await client.patch(
        url, json={"status": "closed"}, headers={**social, "If-Match": etag}
    )
    assert closed.json()["closed_on"] == "2026-03-16"
    full = (await client.get("/social-cases", headers=social)).json()["items"]
    assert [c["summary"] for c in full] == ["Situation confidentielle"] * 3

    for headers in (requester, manager, auth(roles=["sg.admin"]), auth(roles=["sg.auditor"])):
        assert (await client.get("/social-cases", headers=headers)).status_code == 403
        assert (await client.get(url, headers=headers)).status_code == 403
    assert (
        await client.post(
            "/social-cases",
            json={"unit_code": "DESE-CN", "agent_ref": "x", "category": "other", "summary": "x"},
            headers=manager,
        )
    ).status_code == 403

    counts = (await client.get("/social-cases/stats", headers=manager)).json()["items"]
    assert counts == [
        {"unit_code": "DESE-CN", "open": 1, "closed": 1, "total": 2},
        {"unit_code": "DSE-RI", "open": 1, "closed": 0, "total": 1},
    ]
    own = (await client.get("/social-cases/stats", headers=requester)).json()["items"]
    assert own == [{"unit_code": "DESE-CN", "open": 1, "closed": 1, "total": 2}]
    assert "summary" not in str(own)


def _calls(dependant: Any) -> set[Any]:
    found = {dependant.call}
    for sub in dependant.dependencies:
        found |= _calls(sub)
    return found


def _central_routes() -> list[Any]:
    from fastapi.routing import APIRoute

    from facilities_svc.central.router import logistics_router, social_router

    return [r for r in [*logistics_router.routes, *social_router.routes] if isinstance(r, APIRoute)]


def test_every_logistics_and_social_route_checks_the_caller_is_central() -> None:
    from facilities_svc.roles import central_caller

    routes = _central_routes()
    assert len(routes) == 14
    assert [r.path for r in routes if central_caller not in _calls(r.dependant)] == []


async def test_regional_caller_refused_on_every_route(client: httpx.AsyncClient, auth: Any) -> None:
    regional = auth(roles=["facilities.requester"], units=["DR-BRE", "DR-BRE-SED"])
    refusals = {"central": 0, "role": 0}
    for route in _central_routes():
        path = route.path.replace("{request_id}", "1").replace("{room_id}", "1")
        path = path.replace("{booking_id}", "1").replace("{case_id}", "1")
        for method in route.methods:
            response = await client.request(method, path, json={}, headers=regional)
            if response.status_code == 403:  # a manager or social-worker-only route
                assert response.json()["type"].endswith("/missing-role"), (method, path)
                refusals["role"] += 1
            else:
                refused_central(response)
                refusals["central"] += 1
    assert refusals == {"central": 8, "role": 6}
