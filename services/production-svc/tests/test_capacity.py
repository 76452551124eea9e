"""Capacity risk: the plan de charge (workload.planned) and staff (agent.assigned) against needs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_common.testing.plugin import AuthFactory
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1
from sg_contracts.it import WorkloadPlannedV1

from .conftest import Api, ProblemCheck

pytestmark = pytest.mark.usefixtures("frozen_clock")


def line(
    centre: str, month: str, capacity: str, demand: str, version: int = 1
) -> WorkloadPlannedV1:
    cap, dem = Decimal(capacity), Decimal(demand)
    return WorkloadPlannedV1(
        plan_id="PDC-2027",
        plan_version=version,
        centre_code=centre,
        month=month,
        capacity=cap,
        demand=dem,
        load=(dem / cap).quantize(Decimal("0.0001")) if cap else Decimal(0),
    )


def assigned(n: int, unit: str, quotite: str, start: str = "2026-01-01") -> AgentAssignedV1:
    return AgentAssignedV1(
        assignment_id=f"A-{n}",
        agent_id=f"AG-{n}",
        unit_code=unit,
        start_date=date.fromisoformat(start),
        quotite=Decimal(quotite),
    )


async def census_with_mixed_needs(api: Api) -> dict:
    op = await api.census()
    await api.needs(
        op["id"],
        "collect",
        {
            "staff": [{"unit_code": "DR-BRE", "staff_days": "40"}],
            "it": [
                {"centre_code": "CNI-NANTES", "month": "2027-01", "person_days": "40"},
                {"centre_code": "CNI-METZ", "month": "2027-01", "person_days": "10"},
                {"centre_code": "CNI-NANTES", "month": "2027-02", "person_days": "60"},
                {"centre_code": "CNI-LILLE", "month": "2027-02", "person_days": "30"},
            ],
        },
    )
    return op


async def test_risk_colours_match_a_hand_computation(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents
) -> None:
    op = await census_with_mixed_needs(api)
    for payload in (
        line("CNI-NANTES", "2027-01", "100", "50"),  # 50/100 → green
        line("CNI-METZ", "2027-01", "20", "5"),  # plan counts 5 < need 10 → amber, 10/20
        line("CNI-NANTES", "2027-02", "100", "110"),  # over capacity → red
        # CNI-LILLE 2027-02: no plan line → amber
    ):
        assert await service_events.deliver(payload, subject=payload.centre_code) == "applied"
    # DR-BRE (through its service): 1.0 + 0.5 FTE over 31 working days = 46.5 staff days
    await service_events.deliver(assigned(1, "DR-BRE-SES", "1.00"), subject="AG-1")
    await service_events.deliver(assigned(2, "DR-BRE-SED", "0.50"), subject="AG-2")
    await service_events.deliver(assigned(3, "DR-OCC", "1.00"), subject="AG-3")

    risk = (await client.get(f"/operations/{op['id']}/risk", headers=api.manager)).json()
    assert risk["colour"] == "red"
    phases = {p["phase_code"]: p for p in risk["phases"]}
    assert phases["build"]["colour"] == "green"
    assert {m["month"]: m["reasons"] for m in phases["build"]["months"]}["2026-09"] == [
        "no IT workload"
    ]
    collect = phases["collect"]
    assert collect["colour"] == "red"
    months = {m["month"]: m for m in collect["months"]}
    jan = {c["centre_code"]: c for c in months["2027-01"]["centres"]}
    assert (jan["CNI-NANTES"]["colour"], jan["CNI-NANTES"]["projected_load"]) == ("green", "0.5000")
    assert (jan["CNI-METZ"]["colour"], jan["CNI-METZ"]["projected_load"]) == ("amber", "0.5000")
    assert "not (fully) in the plan" in jan["CNI-METZ"]["reason"]
    assert months["2027-01"]["colour"] == "amber"
    assert months["2027-01"]["reasons"] == [jan["CNI-METZ"]["reason"]]
    feb = {c["centre_code"]: c for c in months["2027-02"]["centres"]}
    assert (feb["CNI-NANTES"]["colour"], feb["CNI-NANTES"]["projected_load"]) == ("red", "1.1000")
    assert "exceeds capacity 100" in feb["CNI-NANTES"]["reason"]
    assert feb["CNI-LILLE"]["colour"] == "amber"
    assert feb["CNI-LILLE"]["plan_id"] is None
    assert months["2027-02"]["colour"] == "red"
    [staff] = collect["staff"]
    assert (staff["unit_code"], staff["available_staff_days"], staff["colour"]) == (
        "DR-BRE",
        "46.50",
        "amber",
    )
    assert phases["process"]["colour"] == "green"

    # IT publishes version 2: February at Nantes now fits (80 / 100 → green); a late v1 is ignored
    await service_events.deliver(line("CNI-NANTES", "2027-02", "100", "80", version=2), subject="x")
    await service_events.deliver(
        line("CNI-NANTES", "2027-02", "100", "110", version=1), subject="x"
    )
    risk = (await client.get(f"/operations/{op['id']}/risk", headers=api.manager)).json()
    feb = next(
        m
        for p in risk["phases"]
        if p["phase_code"] == "collect"
        for m in p["months"]
        if m["month"] == "2027-02"
    )
    nantes = next(c for c in feb["centres"] if c["centre_code"] == "CNI-NANTES")
    assert (nantes["colour"], nantes["plan_version"], nantes["projected_load"]) == (
        "green",
        2,
        "0.8000",
    )
    assert feb["colour"] == "amber"  # Lille still has no plan


async def test_amber_threshold_and_no_capacity(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents
) -> None:
    op = await census_with_mixed_needs(api)
    await service_events.deliver(line("CNI-NANTES", "2027-01", "100", "90"), subject="x")
    await service_events.deliver(line("CNI-METZ", "2027-01", "0", "10"), subject="x")
    risk = (await client.get(f"/operations/{op['id']}/risk", headers=api.manager)).json()
    jan = next(
        m
        for p in risk["phases"]
        if p["phase_code"] == "collect"
        for m in p["months"]
        if m["month"] == "2027-01"
    )
    centres = {c["centre_code"]: c for c in jan["centres"]}
    assert centres["CNI-NANTES"]["colour"] == "amber"
    assert "at or above 90%" in centres["CNI-NANTES"]["reason"]
    assert centres["CNI-METZ"]["colour"] == "red"
    assert "no capacity" in centres["CNI-METZ"]["reason"]


@pytest.mark.usefixtures("frozen_clock")
async def test_completed_phase_carries_no_risk(client: httpx.AsyncClient, api: Api) -> None:
    op = await api.operation(code="EEC-2026", participating_units=[])
    await api.phase(op["id"], "collect", "2026-01-05", "2026-02-27")
    await api.needs(
        op["id"],
        "collect",
        {"it": [{"centre_code": "CNI-METZ", "month": "2026-01", "person_days": "5"}]},
    )
    await api.schedule(op["id"])
    await client.post(
        f"/operations/{op['id']}/phases/collect/complete", json={}, headers=api.manager
    )
    risk = (await client.get(f"/operations/{op['id']}/risk", headers=api.manager)).json()
    assert risk["colour"] == "green"
    assert risk["phases"][0]["months"][0]["reasons"] == ["phase completed"]


async def test_risk_is_scoped(
    client: httpx.AsyncClient, api: Api, auth: AuthFactory, problem: ProblemCheck
) -> None:
    op = await api.census()
    occ = auth(roles=["production.contributor"], units=["DR-OCC"])
    problem(await client.get(f"/operations/{op['id']}/risk", headers=occ), 404, "not-found")
    bre = auth(roles=["production.contributor"], units=["DR-BRE"])
    assert (await client.get(f"/operations/{op['id']}/risk", headers=bre)).status_code == 200


async def test_staff_availability_follows_assignments_and_departures(
    client: httpx.AsyncClient,
    api: Api,
    auth: AuthFactory,
    service_events: ServiceEvents,
    problem: ProblemCheck,
) -> None:
    await service_events.deliver(assigned(1, "DR-BRE-SES", "1.00"), subject="AG-1")
    await service_events.deliver(assigned(2, "DR-BRE-SED", "0.50"), subject="AG-2")
    url = "/capacity/staff/DR-BRE?start=2027-01-15&end=2027-02-28"
    staff = (await client.get(url, headers=api.manager)).json()
    assert (staff["assignments"], staff["fte"], staff["available_staff_days"]) == (
        2,
        "1.50",
        "46.50",
    )
    # AG-1 leaves on 2027-01-31: 11 working days left in the window for them
    left = AgentLeftV1(agent_id="AG-1", unit_code="DR-BRE-SES", left_on=date(2027, 1, 31))
    assert await service_events.deliver(left, subject="AG-1") == "applied"
    staff = (await client.get(url, headers=api.manager)).json()
    assert staff["available_staff_days"] == "26.50"  # 11 × 1.0 + 31 × 0.5
    occ = auth(roles=["production.contributor"], units=["DR-OCC"])
    problem(await client.get(url, headers=occ), 404, "not-found")


async def test_staff_days_leave_out_public_holidays(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents
) -> None:
    """May 2027: 21 weekdays, less Ascension (Thu 6) and Whit Monday (17); 1 and 8 May are
    Saturdays and take nothing away."""
    await service_events.deliver(assigned(1, "DR-BRE-SES", "1.00"), subject="AG-1")
    url = "/capacity/staff/DR-BRE?start=2027-05-01&end=2027-05-31"
    staff = (await client.get(url, headers=api.manager)).json()
    assert staff["available_staff_days"] == "19.00"
    week = "/capacity/staff/DR-BRE?start=2027-05-03&end=2027-05-09"  # Ascension week
    assert (await client.get(week, headers=api.manager)).json()["available_staff_days"] == "4.00"


async def test_plan_lines_are_listed(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents
) -> None:
    await service_events.deliver(line("CNI-NANTES", "2027-01", "100", "50"), subject="x")
    await service_events.deliver(line("CNI-LILLE", "2027-02", "80", "10"), subject="x")
    page = (
        await client.get("/capacity/plan-lines?centre_code=CNI-LILLE", headers=api.manager)
    ).json()
    assert [(p["month"], p["capacity"]) for p in page["items"]] == [("2027-02", "80.00")]


async def test_risk_across_operations_by_month(
    client: httpx.AsyncClient,
    api: Api,
    auth: AuthFactory,
    service_events: ServiceEvents,
    problem: ProblemCheck,
) -> None:
    op = await census_with_mixed_needs(api)
    await api.operation(code="DRAFT", participating_units=[])  # not scheduled: not listed
    for payload in (
        line("CNI-NANTES", "2027-01", "100", "50"),
        line("CNI-METZ", "2027-01", "20", "5"),
        line("CNI-NANTES", "2027-02", "100", "110"),
    ):
        await service_events.deliver(payload, subject="x")
    await service_events.deliver(assigned(1, "DR-BRE-SES", "1.00"), subject="AG-1")
    await service_events.deliver(assigned(2, "DR-BRE-SED", "0.50"), subject="AG-2")
    page = (await client.get("/capacity/risk?from=2027-01&to=2027-02", headers=api.manager)).json()
    [summary] = page["items"]
    assert summary["operation_id"] == op["id"]
    assert summary["colour"] == "red"
    assert summary["months"] == [
        {"month": "2027-01", "colour": "amber"},
        {"month": "2027-02", "colour": "red"},
    ]
    assert len(summary["reasons"]) == 1
    assert "exceeds capacity 100" in summary["reasons"][0]
    greens = await client.get(
        "/capacity/risk?from=2027-01&to=2027-02&colour=green", headers=api.manager
    )
    assert greens.json()["items"] == []
    # building months only: green, no reasons
    autumn = (
        await client.get("/capacity/risk?from=2026-09&to=2026-10", headers=api.manager)
    ).json()
    assert (autumn["items"][0]["colour"], autumn["items"][0]["reasons"]) == ("green", [])
    occ = auth(roles=["production.contributor"], units=["DR-OCC"])
    assert (await client.get("/capacity/risk?from=2027-01&to=2027-02", headers=occ)).json()[
        "items"
    ] == []
    problem(
        await client.get("/capacity/risk?from=2027-02&to=2027-01", headers=api.manager),
        422,
        "unprocessable",
    )
