"""Plan de charge: capacity vs demand per centre × month, versions, events, alerts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_contracts.hr import AgentAssignedV1
from sg_contracts.production import ItWorkloadNeed, OperationScheduledV1, ScheduledPhase

Headers = dict[str, str]


def slug(response: httpx.Response) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def assigned(agent: str, unit: str, quotite: str) -> AgentAssignedV1:
    return AgentAssignedV1(
        assignment_id=f"as-{agent}",
        agent_id=agent,
        unit_code=unit,
        start_date=date(2025, 1, 1),
        quotite=Decimal(quotite),
    )


def census(revision: int, needs: list[tuple[str, str, str]]) -> OperationScheduledV1:
    return OperationScheduledV1(
        operation_id="RP-2027",
        revision=revision,
        name="Recensement 2027",
        kind="census",
        lead_unit="DSDS-RECENS",
        phases=[
            ScheduledPhase(
                phase_code="collect",
                name="Collecte",
                start=date(2026, 3, 1),
                end=date(2026, 4, 30),
                it_workload=[
                    ItWorkloadNeed(centre_code=c, month=m, person_days=Decimal(d))
                    for c, m, d in needs
                ],
            ),
            ScheduledPhase(
                phase_code="design",
                name="Conception",
                start=date(2026, 1, 1),
                end=date(2026, 2, 28),
            ),
        ],
    )


async def post(client: httpx.AsyncClient, url: str, headers: Headers, **body: Any) -> Any:
    response = await client.post(url, json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


async def scenario(client: httpx.AsyncClient, planner: Headers, events: ServiceEvents) -> None:
    """CNI-ORLEANS, March 2026 (22 jours ouvrés) and April 2026 (21: Easter Monday the 6th).

    March: A (quotité 1.00, 100 %) 22 + B (quotité 0.80, 50 %) 8.8 + extra 9.2 = 40 person-days
    of capacity; demand 30 (census) + 20 (project) = 50 → load 1.25 (alert).
    April: A 50 % → 10.5; demand 5.5 (census) → load 0.5238.
    """
    await events.deliver(assigned("A", "CNI-ORLEANS", "1.00"), subject="A")
    await events.deliver(assigned("B", "CNI-ORLEANS", "0.80"), subject="B")
    alloc = {"centre_code": "CNI-ORLEANS"}
    await post(
        client, "/staff-allocations", planner, agent_id="A", month="2026-03", share="1.00", **alloc
    )
    await post(
        client, "/staff-allocations", planner, agent_id="B", month="2026-03", share="0.50", **alloc
    )
    await post(
        client, "/staff-allocations", planner, agent_id="A", month="2026-04", share="0.50", **alloc
    )
    await post(
        client,
        "/workload/capacities",
        planner,
        month="2026-03",
        extra_person_days="9.20",
        infrastructure_headroom_pct="35.00",
        **alloc,
    )
    await post(
        client,
        "/workload/demands",
        planner,
        month="2026-03",
        person_days="20.00",
        project="Refonte SIRENE",
        **alloc,
    )
    await events.deliver(
        census(1, [("CNI-ORLEANS", "2026-03", "30"), ("CNI-ORLEANS", "2026-04", "5.5")]),
        subject="RP-2027",
    )


async def test_plan_load_equals_the_hand_computation(
    client: httpx.AsyncClient, planner: Headers, service_events: ServiceEvents
) -> None:
    await scenario(client, planner, service_events)
    plan = await post(
        client,
        "/workload/plans",
        planner,
        code="PDC-2026",
        first_month="2026-03",
        last_month="2026-04",
        centre_codes=["CNI-ORLEANS"],
    )
    assert (plan["status"], plan["number"], plan["over_capacity_lines"]) == ("draft", 1, 1)
    lines = {x["month"]: x for x in plan["lines"]}
    march, april = lines["2026-03"], lines["2026-04"]
    assert march["staff_person_days"] == "30.80"
    assert (march["capacity"], march["demand"], march["load"]) == ("40.00", "50.00", "1.2500")
    assert march["over_capacity"] is True
    assert march["infrastructure_headroom_pct"] == "35.00"
    assert (april["capacity"], april["demand"], april["load"]) == ("10.50", "5.50", "0.5238")
    assert april["over_capacity"] is False
    live = await client.get(
        "/workload/load?first_month=2026-03&last_month=2026-03&centre_code=CNI-ORLEANS",
        headers=planner,
    )
    assert [x["load"] for x in live.json()] == ["1.2500"]
    # a draft publishes nothing
    assert await service_events.published("workload.planned") == []


async def test_publishing_emits_the_plan_and_alerts_then_freezes_it(
    client: httpx.AsyncClient, planner: Headers, service_events: ServiceEvents
) -> None:
    await scenario(client, planner, service_events)
    created = await client.post(
        "/workload/plans",
        json={
            "code": "PDC-2026",
            "first_month": "2026-03",
            "last_month": "2026-04",
            "centre_codes": ["CNI-ORLEANS"],
        },
        headers=planner,
    )
    pid = created.json()["id"]
    published = await client.post(
        f"/workload/plans/{pid}/publish",
        headers={**planner, "If-Match": created.headers["ETag"]},
    )
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    planned = await service_events.published("workload.planned")
    assert [
        (e.data.plan_id, e.data.plan_version, e.data.month, e.data.load)  # type: ignore[attr-defined]
        for e in planned
    ] == [
        ("PDC-2026", 1, "2026-03", Decimal("1.2500")),
        ("PDC-2026", 1, "2026-04", Decimal("0.5238")),
    ]
    [alert] = await service_events.published("it.capacity_alert")
    assert (alert.data.centre_code, alert.data.month) == ("CNI-ORLEANS", "2026-03")  # type: ignore[attr-defined]
    frozen = {**planner, "If-Match": published.headers["ETag"]}
    edit = await client.patch(f"/workload/plans/{pid}", json={"note": "x"}, headers=frozen)
    assert edit.status_code == 409
    assert slug(edit) == "published-plan-immutable"
    recompute = await client.post(f"/workload/plans/{pid}/recompute", headers=frozen)
    assert slug(recompute) == "published-plan-immutable"
    assert (await client.post(f"/workload/plans/{pid}/publish", headers=frozen)).status_code == 409
    # new demand, new version: it supersedes the first when published
    await post(
        client,
        "/workload/demands",
        planner,
        centre_code="CNI-ORLEANS",
        month="2026-04",
        person_days="5.00",  # 5.50 + 5.00 = 10.50: April exactly at capacity
        project="Migration",
    )
    second = await client.post(
        "/workload/plans",
        json={
            "code": "PDC-2026",
            "first_month": "2026-03",
            "last_month": "2026-04",
            "centre_codes": ["CNI-ORLEANS"],
        },
        headers=planner,
    )
    assert second.json()["number"] == 2
    assert second.json()["lines"][1]["load"] == "1.0000"
    draft_again = await client.post(
        "/workload/plans",
        json={"code": "PDC-2026", "first_month": "2026-03", "last_month": "2026-04"},
        headers=planner,
    )
    assert draft_again.status_code == 409
    assert slug(draft_again) == "draft-exists"
    done = await client.post(
        f"/workload/plans/{second.json()['id']}/publish",
        headers={**planner, "If-Match": second.headers["ETag"]},
    )
    assert done.json()["supersedes_id"] == pid
    first = await client.get(f"/workload/plans/{pid}", headers=planner)
    assert first.json()["status"] == "superseded"
    assert first.json()["lines"][1]["demand"] == "5.50"  # the published figures never change
    listed = await client.get("/workload/plans?code=PDC-2026&status=published", headers=planner)
    assert [p["number"] for p in listed.json()["items"]] == [2]
    assert len(await service_events.published("workload.planned")) == 4


async def test_a_draft_is_edited_recomputed_or_dropped(
    client: httpx.AsyncClient, planner: Headers
) -> None:
    created = await client.post(
        "/workload/plans",
        json={"code": "PDC-2026", "first_month": "2026-01", "last_month": "2026-12"},
        headers=planner,
    )
    assert created.status_code == 201
    assert len(created.json()["centre_codes"]) == 4  # every CNI
    assert len(created.json()["lines"]) == 48
    pid = created.json()["id"]
    headers = {**planner, "If-Match": created.headers["ETag"]}
    edited = await client.patch(
        f"/workload/plans/{pid}",
        json={"last_month": "2026-02", "centre_codes": ["CNI-METZ"]},
        headers=headers,
    )
    assert edited.status_code == 200, edited.text
    assert [(x["centre_code"], x["month"]) for x in edited.json()["lines"]] == [
        ("CNI-METZ", "2026-01"),
        ("CNI-METZ", "2026-02"),
    ]
    await post(
        client,
        "/workload/demands",
        planner,
        centre_code="CNI-METZ",
        month="2026-02",
        person_days="3",
        project="P",
    )
    recomputed = await client.post(
        f"/workload/plans/{pid}/recompute", headers={**planner, "If-Match": edited.headers["ETag"]}
    )
    assert recomputed.json()["lines"][1]["load"] == "999.9999"  # demand without capacity
    assert recomputed.json()["over_capacity_lines"] == 1
    assert (await client.delete(f"/workload/plans/{pid}", headers=planner)).status_code == 204
    assert (await client.get(f"/workload/plans/{pid}", headers=planner)).status_code == 404


async def test_plan_periods_and_centres_are_checked(
    client: httpx.AsyncClient, planner: Headers
) -> None:
    backwards = await client.post(
        "/workload/plans",
        json={"code": "P", "first_month": "2026-05", "last_month": "2026-01"},
        headers=planner,
    )
    assert slug(backwards) == "invalid-plan-period"
    too_long = await client.post(
        "/workload/plans",
        json={"code": "P", "first_month": "2026-01", "last_month": "2029-12"},
        headers=planner,
    )
    assert slug(too_long) == "invalid-plan-period"
    not_cni = await client.post(
        "/workload/plans",
        json={
            "code": "P",
            "first_month": "2026-01",
            "last_month": "2026-02",
            "centre_codes": ["DI-DEV"],
        },
        headers=planner,
    )
    assert not_cni.status_code == 422
    assert slug(not_cni) == "not-a-computing-centre"
    demand = await client.post(
        "/workload/demands",
        json={"centre_code": "DR-BRE", "month": "2026-01", "person_days": "1", "project": "P"},
        headers=planner,
    )
    assert slug(demand) == "not-a-computing-centre"
    bad_month = await client.post(
        "/workload/demands",
        json={"centre_code": "CNI-METZ", "month": "2026-13", "person_days": "1", "project": "P"},
        headers=planner,
    )
    assert bad_month.status_code == 422


async def test_operation_demand_follows_the_latest_revision(
    client: httpx.AsyncClient, planner: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(
        census(2, [("CNI-NANTES", "2026-05", "40"), ("CNI-LILLE", "2026-06", "12.5")]),
        subject="RP-2027",
    )
    lines = (await client.get("/workload/demands?operation_id=RP-2027", headers=planner)).json()
    assert [
        (x["centre_code"], x["month"], x["person_days"], x["phase_code"]) for x in lines["items"]
    ] == [
        ("CNI-NANTES", "2026-05", "40.00", "collect"),
        ("CNI-LILLE", "2026-06", "12.50", "collect"),
    ]
    # an older revision arriving late changes nothing; a newer one replaces the lines
    await service_events.deliver(census(1, [("CNI-METZ", "2026-05", "99")]), subject="RP-2027")
    await service_events.deliver(census(3, [("CNI-NANTES", "2026-07", "8")]), subject="RP-2027")
    lines = (await client.get("/workload/demands?source=operation", headers=planner)).json()
    assert [(x["centre_code"], x["month"], x["operation_revision"]) for x in lines["items"]] == [
        ("CNI-NANTES", "2026-07", 3)
    ]
    line = lines["items"][0]
    read_only = await client.patch(
        f"/workload/demands/{line['id']}",
        json={"person_days": "1"},
        headers={**planner, "If-Match": '"1"'},
    )
    assert read_only.status_code == 409
    assert slug(read_only) == "operation-demand-read-only"
    assert slug(await client.delete(f"/workload/demands/{line['id']}", headers=planner)) == (
        "operation-demand-read-only"
    )
    live = await client.get(
        "/workload/load?first_month=2026-07&last_month=2026-07&centre_code=CNI-NANTES",
        headers=planner,
    )
    assert live.json()[0]["demand"] == "8.00"


async def test_own_entries_are_edited_with_their_etag(
    client: httpx.AsyncClient, planner: Headers
) -> None:
    entry = await client.post(
        "/workload/capacities",
        json={"centre_code": "CNI-METZ", "month": "2026-06", "extra_person_days": "5"},
        headers=planner,
    )
    again = await client.post(
        "/workload/capacities",
        json={"centre_code": "CNI-METZ", "month": "2026-06"},
        headers=planner,
    )
    assert again.status_code == 409
    assert slug(again) == "duplicate-capacity"
    url = f"/workload/capacities/{entry.json()['id']}"
    assert (await client.patch(url, json={"note": "x"}, headers=planner)).status_code == 428
    changed = await client.patch(
        url, json={"extra_person_days": "7.5"}, headers={**planner, "If-Match": '"1"'}
    )
    assert changed.json()["extra_person_days"] == "7.50"
    demand = await client.post(
        "/workload/demands",
        json={"centre_code": "CNI-METZ", "month": "2026-06", "person_days": "10", "project": "P"},
        headers=planner,
    )
    durl = f"/workload/demands/{demand.json()['id']}"
    changed = await client.patch(
        durl, json={"person_days": "12"}, headers={**planner, "If-Match": demand.headers["ETag"]}
    )
    assert changed.json()["person_days"] == "12.00"
    assert (await client.delete(durl, headers=planner)).status_code == 204


async def test_who_may_not_plan(
    client: httpx.AsyncClient, tech_bre: Headers, outsider: Headers, auth: Any
) -> None:
    body = {"code": "P", "first_month": "2026-01", "last_month": "2026-02"}
    refused = await client.post("/workload/plans", json=body, headers=tech_bre)
    assert refused.status_code == 403
    assert slug(refused) == "missing-role"
    assert (await client.get("/workload/plans", headers=outsider)).status_code == 403
    assert (await client.get("/workload/demands", headers=tech_bre)).status_code == 403
    auditor = auth(roles=["sg.auditor"], units=["SG"])
    assert (await client.get("/workload/plans", headers=auditor)).status_code == 200
    assert (await client.post("/workload/plans", json=body, headers=auditor)).status_code == 403


async def test_an_unknown_centre_refuses_the_whole_operation(
    client: httpx.AsyncClient, planner: Headers, service_events: ServiceEvents
) -> None:
    await service_events.deliver(census(1, [("CNI-NANTES", "2026-05", "4")]), subject="RP-2027")
    with pytest.raises(ValueError, match="unknown centre CNI-NOWHERE"):
        await service_events.deliver(
            census(2, [("CNI-NANTES", "2026-05", "9"), ("CNI-NOWHERE", "2026-05", "1")]),
            subject="RP-2027",
        )
    lines = (await client.get("/workload/demands", headers=planner)).json()["items"]
    assert [(x["person_days"], x["operation_revision"]) for x in lines] == [("4.00", 1)]
