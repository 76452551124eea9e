"""PATCH's one null policy (CONVENTIONS, "Records"): an explicit ``null`` on a field that cannot
be empty is a 422 ``null-not-allowed`` naming the field, and nothing is changed.

Before, these routes ignored such a ``null`` (``unit_code``, ``seats``, ``share``, ``status``,
``extra_person_days``, ``person_days``, the plan's months) or let the database refuse it
(an item's ``name`` and ``model``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import httpx

from sg_common.testing import ServiceEvents, assert_null_refused
from sg_contracts.hr import AgentAssignedV1

Headers = dict[str, str]


async def created(client: httpx.AsyncClient, url: str, headers: Headers, **body: object) -> str:
    response = await client.post(url, json=body, headers=headers)
    assert response.status_code == 201, response.text
    return f"{url}/{response.json()['id']}"


async def refused_and_unchanged(
    client: httpx.AsyncClient, url: str, headers: Headers, body: dict[str, object]
) -> None:
    refused = sorted(k for k, v in body.items() if v is None)
    await assert_null_refused(client, url, dict(body), headers, refused)


async def test_an_item_keeps_its_name_model_and_unit(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    url = await created(
        client, "/items", tech_bre, kind="hardware", name="PC", model="M", unit_code="DR-BRE-SES"
    )
    for field in ("name", "model", "unit_code"):
        await refused_and_unchanged(client, url, tech_bre, {field: None, "site": "Brest"})
    emptied = await client.patch(url, json={"site": None}, headers={**tech_bre, "If-Match": '"1"'})
    assert emptied.status_code == 200
    assert emptied.json()["site"] is None


async def test_a_licence_keeps_its_seats(client: httpx.AsyncClient, tech_bre: Headers) -> None:
    url = await created(
        client,
        "/licences",
        tech_bre,
        unit_code="DR-BRE",
        software="SAS",
        licence_type="per_user",
        seats=5,
    )
    await refused_and_unchanged(client, url, tech_bre, {"seats": None})


async def test_an_allocation_keeps_its_share(
    client: httpx.AsyncClient, planner: Headers, service_events: ServiceEvents
) -> None:
    assigned = AgentAssignedV1(
        assignment_id="as-A1",
        agent_id="A1",
        unit_code="CNI-ORLEANS",
        start_date=date(2025, 9, 1),
        quotite=Decimal("1.00"),
        category="A",
    )
    await service_events.deliver(assigned, subject="A1")
    url = await created(
        client,
        "/staff-allocations",
        planner,
        agent_id="A1",
        month="2026-04",
        centre_code="CNI-ORLEANS",
        share="0.50",
    )
    await refused_and_unchanged(client, url, planner, {"share": None})


async def test_a_standard_keeps_its_status(client: httpx.AsyncClient, manager: Headers) -> None:
    url = await created(
        client, "/policy/standards", manager, kind="software", model="Nulla", status="approved"
    )
    await refused_and_unchanged(client, url, manager, {"status": None})


async def test_workload_entries_keep_their_days_and_plans_their_period(
    client: httpx.AsyncClient, planner: Headers
) -> None:
    capacity = await created(
        client,
        "/workload/capacities",
        planner,
        centre_code="CNI-METZ",
        month="2026-06",
        extra_person_days="5",
    )
    await refused_and_unchanged(client, capacity, planner, {"extra_person_days": None})
    demand = await created(
        client,
        "/workload/demands",
        planner,
        centre_code="CNI-METZ",
        month="2026-06",
        person_days="10",
        project="P",
    )
    await refused_and_unchanged(client, demand, planner, {"person_days": None})
    plan = await created(
        client,
        "/workload/plans",
        planner,
        code="PDC-NULL",
        first_month="2026-03",
        last_month="2026-04",
        centre_codes=["CNI-METZ"],
    )
    await refused_and_unchanged(client, plan, planner, {"first_month": None})
    await refused_and_unchanged(client, plan, planner, {"last_month": None})
