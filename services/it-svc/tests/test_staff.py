"""IT staff: the registry fed by HR events, skills from training, allocations ≤ 100 %."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1, TrainingCompletedV1

Headers = dict[str, str]


def slug(response: httpx.Response) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def assigned(agent: str, unit: str, start: str = "2025-09-01", **kw: Any) -> AgentAssignedV1:
    return AgentAssignedV1(
        assignment_id=f"as-{agent}-{unit}-{start}",
        agent_id=agent,
        unit_code=unit,
        start_date=date.fromisoformat(start),
        quotite=kw.pop("quotite", Decimal("1.00")),
        category="A",
        **kw,
    )


def trained(agent: str, unit: str, skills: list[str], n: int = 1) -> TrainingCompletedV1:
    return TrainingCompletedV1(
        completion_id=f"tc-{agent}-{n}",
        agent_id=agent,
        unit_code=unit,
        course_code="K8S-101",
        course_title="Kubernetes",
        hours=Decimal("21"),
        cost=Decimal("1200.00"),
        skills=skills,
        completed_on=date(2026, 2, 10),
    )


@pytest.mark.usefixtures("frozen_clock")
async def test_assignments_to_it_units_feed_the_registry(
    client: httpx.AsyncClient, manager: Headers, service_events: ServiceEvents
) -> None:
    assert await service_events.deliver(assigned("A1", "DI-DEV"), subject="A1") == "applied"
    assert await service_events.deliver(assigned("A2", "CNI-NANTES"), subject="A2") == "applied"
    assert await service_events.deliver(assigned("A3", "DR-BRE-SES"), subject="A3") == "applied"
    listed = await client.get("/staff", headers=manager)
    assert [(m["agent_id"], m["unit_code"]) for m in listed.json()["items"]] == [
        ("A1", "DI-DEV"),
        ("A2", "CNI-NANTES"),
    ]
    # A1 moves out of IT: kept in the registry, no longer active
    await service_events.deliver(assigned("A1", "DSG-LOG", start="2026-03-01"), subject="A1")
    a1 = await client.get("/staff/A1", headers=manager)
    assert (a1.json()["active"], a1.json()["end_date"]) == (False, "2026-02-28")
    await service_events.deliver(
        AgentLeftV1(agent_id="A2", unit_code="CNI-NANTES", left_on=date(2026, 3, 1)), subject="A2"
    )
    active = await client.get("/staff?active=true", headers=manager)
    assert active.json()["items"] == []


async def test_training_updates_the_skills_of_it_staff_only(
    client: httpx.AsyncClient, manager: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(assigned("A1", "DI-INFRA"), subject="A1")
    await service_events.deliver(trained("A1", "DI-INFRA", ["Kubernetes", "Helm"]), subject="A1")
    await service_events.deliver(trained("B9", "DSG-LOG", ["Kubernetes"]), subject="B9")
    await service_events.deliver(trained("A1", "DI-INFRA", [], n=2), subject="A1")
    detail = await client.get("/staff/A1", headers=manager)
    assert sorted(s["skill"] for s in detail.json()["skills"]) == ["helm", "k8s-101", "kubernetes"]
    assert {s["source"] for s in detail.json()["skills"]} == {"training"}
    by_skill = await client.get("/staff?skill=HELM", headers=manager)
    assert [m["agent_id"] for m in by_skill.json()["items"]] == ["A1"]
    assert (await client.get("/staff/B9", headers=manager)).status_code == 404
    manual = await client.post(
        "/staff/A1/skills", json={"skill": "COBOL", "acquired_on": "2001-01-01"}, headers=manager
    )
    assert manual.status_code == 201
    assert manual.json()["source"] == "manual"


async def allocate(
    client: httpx.AsyncClient, headers: Headers, share: str, **kw: Any
) -> httpx.Response:
    body = {"agent_id": "A1", "month": "2026-04", "centre_code": "CNI-ORLEANS", "share": share}
    return await client.post("/staff-allocations", json={**body, **kw}, headers=headers)


async def test_an_agent_is_never_allocated_above_100_percent(
    client: httpx.AsyncClient, planner: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(assigned("A1", "CNI-ORLEANS"), subject="A1")
    first = await allocate(client, planner, "0.60", project="RP")
    assert first.status_code == 201, first.text
    second = await allocate(client, planner, "0.40", centre_code="CNI-METZ")
    assert second.status_code == 201
    over = await allocate(client, planner, "0.10")
    assert over.status_code == 409
    assert slug(over) == "over-allocation"
    assert over.json()["allocated"] == "1.00"
    other_month = await allocate(client, planner, "1.00", month="2026-05")
    assert other_month.status_code == 201
    url = f"/staff-allocations/{first.json()['id']}"
    headers = {**planner, "If-Match": first.headers["ETag"]}
    grown = await client.patch(url, json={"share": "0.70"}, headers=headers)
    assert grown.status_code == 409
    assert slug(grown) == "over-allocation"
    shrunk = await client.patch(url, json={"share": "0.50"}, headers=headers)
    assert shrunk.status_code == 200
    assert (await allocate(client, planner, "0.10")).status_code == 201
    listed = await client.get("/staff-allocations?month=2026-04", headers=planner)
    assert sum(Decimal(a["share"]) for a in listed.json()["items"]) == Decimal("1.00")


async def test_allocations_need_it_staff_and_an_it_unit(
    client: httpx.AsyncClient, planner: Headers, service_events: ServiceEvents
) -> None:
    stranger = await allocate(client, planner, "0.50", agent_id="Z9")
    assert stranger.status_code == 409
    assert slug(stranger) == "not-it-staff"
    await service_events.deliver(assigned("A1", "DI-DEV", start="2026-05-01"), subject="A1")
    too_early = await allocate(client, planner, "0.50")
    assert slug(too_early) == "not-it-staff"
    region = await allocate(client, planner, "0.50", month="2026-05", centre_code="DR-BRE")
    assert region.status_code == 422
    assert slug(region) == "not-an-it-unit"
    fine = await allocate(client, planner, "0.50", month="2026-05")
    assert fine.status_code == 201


async def test_who_may_not_see_or_allocate_staff(
    client: httpx.AsyncClient, tech_bre: Headers, outsider: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(assigned("A1", "CNI-ORLEANS"), subject="A1")
    assert (await client.get("/staff", headers=tech_bre)).status_code == 403
    refused = await allocate(client, tech_bre, "0.50")
    assert refused.status_code == 403
    assert slug(refused) == "missing-role"
    assert (await client.get("/staff-allocations", headers=outsider)).status_code == 403
    skill = await client.post(
        "/staff/A1/skills", json={"skill": "x", "acquired_on": "2026-01-01"}, headers=tech_bre
    )
    assert skill.status_code == 403


async def test_an_older_assignment_arriving_late_is_ignored(
    client: httpx.AsyncClient, manager: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(assigned("A1", "CNI-METZ", start="2026-01-01"), subject="A1")
    await service_events.deliver(assigned("A1", "DI-DEV", start="2024-01-01"), subject="A1")
    member = (await client.get("/staff/A1", headers=manager)).json()
    assert (member["unit_code"], member["start_date"]) == ("CNI-METZ", "2026-01-01")
    await service_events.deliver(
        AgentLeftV1(agent_id="A1", unit_code="DI-DEV", left_on=date(2026, 2, 1)), subject="A1"
    )
    assert (await client.get("/staff/A1", headers=manager)).json()["active"] is True
