"""Operations: CRUD, scope, phases and their dependency rules, needs, milestones, scheduling."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents, payload
from sg_common.testing.plugin import AuthFactory
from sg_contracts.production import OperationPhaseCompletedV1, OperationScheduledV1

from .conftest import Api, ProblemCheck

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def test_create_read_update_with_etag(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    op = await api.operation()
    assert op["status"] == "draft"
    assert op["revision"] == 0
    assert op["participating_units"] == ["DR-BRE", "DR-NOR"]
    got = await client.get(f"/operations/{op['id']}", headers=api.manager)
    assert got.status_code == 200
    assert got.headers["ETag"] == '"1"'
    url = f"/operations/{op['id']}"
    problem(
        await client.patch(url, json={"name": "x"}, headers=api.manager), 428, "if-match-required"
    )
    problem(
        await client.patch(url, json={"name": "x"}, headers=api.manager | {"If-Match": '"9"'}),
        412,
        "stale-etag",
    )
    ok = await client.patch(
        url,
        json={"name": "RP 2027", "participating_units": ["DR-BRE", "DR-OCC"]},
        headers=api.manager | {"If-Match": '"1"'},
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["participating_units"] == ["DR-BRE", "DR-OCC"]
    assert ok.headers["ETag"] == '"2"'


async def test_duplicate_code_and_unknown_unit_are_refused(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    await api.operation()
    body: dict[str, Any] = {
        "code": "RP-2027",
        "name": "x",
        "kind": "census",
        "lead_unit": "DSDS-RECENS",
    }
    problem(
        await client.post("/operations", json=body, headers=api.manager),
        409,
        "duplicate-operation-code",
    )
    body = body | {"code": "EEC-2027", "participating_units": ["DR-XXX"]}
    problem(
        await client.post("/operations", json=body, headers=api.manager), 422, "unknown-org-unit"
    )


async def test_roles_and_scope(
    client: httpx.AsyncClient, api: Api, auth: AuthFactory, problem: ProblemCheck
) -> None:
    op = await api.operation(participating_units=["DR-BRE"])
    url = f"/operations/{op['id']}"
    # no production role
    problem(
        await client.get("/operations", headers=auth(roles=["hr.manager"], units=["SG"])),
        403,
        "missing-role",
    )
    # a contributor cannot create
    body = {"code": "X-1", "name": "x", "kind": "other", "lead_unit": "DR-BRE"}
    contributor = auth(roles=["production.contributor"], units=["DR-BRE"])
    problem(await client.post("/operations", json=body, headers=contributor), 403, "missing-role")
    # a participating DR sees it, another DR neither lists nor fetches it
    bre = auth(roles=["production.lead"], units=["DR-BRE"])
    occ = auth(roles=["production.lead"], units=["DR-OCC"])
    assert [o["code"] for o in (await client.get("/operations", headers=bre)).json()["items"]] == [
        "RP-2027"
    ]
    assert (await client.get("/operations", headers=occ)).json()["items"] == []
    problem(await client.get(url, headers=occ), 404, "not-found")
    problem(
        await client.patch(url, json={"name": "y"}, headers=occ | {"If-Match": '"1"'}),
        404,
        "not-found",
    )
    # the participating lead may read but not plan: the lead unit is outside its scope
    problem(
        await client.patch(url, json={"name": "y"}, headers=bre | {"If-Match": '"1"'}),
        403,
        "out-of-scope",
    )
    # a lead cannot create an operation led by another unit
    problem(
        await client.post("/operations", json=body | {"lead_unit": "DR-OCC"}, headers=bre),
        403,
        "out-of-scope",
    )
    # the lead unit's lead may plan
    recens = auth(roles=["production.lead"], units=["DSDS"])
    ok = await client.patch(url, json={"name": "y"}, headers=recens | {"If-Match": '"1"'})
    assert ok.status_code == 200, ok.text
    # the auditor reads everything, changes nothing
    auditor = auth(roles=["sg.auditor"])
    assert (await client.get(url, headers=auditor)).status_code == 200
    problem(await client.post("/operations", json=body, headers=auditor), 403, "missing-role")


async def test_list_filters_and_pagination(client: httpx.AsyncClient, api: Api) -> None:
    await api.operation()
    await api.operation(
        code="EEC-2027", kind="household_survey", lead_unit="DSDS-EMPLOI", participating_units=[]
    )
    await api.operation(
        code="ESANE-2027",
        kind="business_survey",
        lead_unit="DSE-RI",
        participating_units=["DR-OCC"],
    )
    page = (await client.get("/operations?limit=2", headers=api.manager)).json()
    assert len(page["items"]) == 2
    assert page["next_cursor"]
    rest = (
        await client.get(f"/operations?limit=2&cursor={page['next_cursor']}", headers=api.manager)
    ).json()
    assert [o["code"] for o in rest["items"]] == ["ESANE-2027"]
    assert rest["next_cursor"] is None
    kinds = (await client.get("/operations?kind=household_survey", headers=api.manager)).json()
    assert [o["code"] for o in kinds["items"]] == ["EEC-2027"]
    units = (await client.get("/operations?unit=DR-OCC", headers=api.manager)).json()
    assert [o["code"] for o in units["items"]] == ["ESANE-2027"]


async def test_phase_cannot_start_before_its_dependency_ends(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    op = await api.operation()
    await api.phase(op["id"], "build", "2026-09-01", "2026-12-31")
    refused = await client.post(
        f"/operations/{op['id']}/phases",
        json={
            "phase_code": "collect",
            "start": "2026-12-15",
            "end": "2027-02-28",
            "depends_on": ["build"],
        },
        headers=api.manager,
    )
    problem(refused, 409, "phase-dependency-violation")
    assert "2026-12-31" in refused.json()["detail"]
    # starting on the day the dependency ends is allowed
    ok = await api.phase(op["id"], "collect", "2026-12-31", "2027-02-28", "build")
    assert ok["depends_on"] == ["build"]
    # moving the dependency's end past the dependent's start is refused too
    url = f"/operations/{op['id']}/phases/build"
    problem(
        await client.patch(
            url, json={"end": "2027-01-10"}, headers=api.manager | {"If-Match": '"1"'}
        ),
        409,
        "phase-dependency-violation",
    )


async def test_unknown_dependency_cycle_and_duplicate_phase(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    op = await api.operation()
    url = f"/operations/{op['id']}/phases"
    body = {
        "phase_code": "collect",
        "start": "2027-01-01",
        "end": "2027-02-01",
        "depends_on": ["build"],
    }
    problem(await client.post(url, json=body, headers=api.manager), 422, "unknown-phase")
    await api.phase(op["id"], "build", "2026-09-01", "2026-12-31")
    await api.phase(op["id"], "collect", "2027-01-01", "2027-02-01", "build")
    problem(await client.post(url, json=body, headers=api.manager), 409, "duplicate-phase")
    cycle = await client.patch(
        f"{url}/build", json={"depends_on": ["collect"]}, headers=api.manager | {"If-Match": '"1"'}
    )
    problem(cycle, 409, "phase-dependency-cycle")
    bad_dates = await client.post(
        url,
        json={"phase_code": "process", "start": "2027-03-01", "end": "2027-02-01"},
        headers=api.manager,
    )
    assert bad_dates.status_code == 422


async def test_needs_rules(api: Api, problem: ProblemCheck) -> None:
    op = await api.operation()
    await api.phase(op["id"], "collect", "2027-01-15", "2027-02-28")
    not_cni = await api.needs(
        op["id"],
        "collect",
        {"it": [{"centre_code": "DI-INFRA", "month": "2027-01", "person_days": "5"}]},
        422,
    )
    problem(not_cni, 422, "not-a-computing-centre")
    outside = await api.needs(
        op["id"],
        "collect",
        {"it": [{"centre_code": "CNI-LILLE", "month": "2027-03", "person_days": "5"}]},
        409,
    )
    problem(outside, 409, "need-outside-phase")
    stranger = await api.needs(
        op["id"], "collect", {"staff": [{"unit_code": "DR-OCC", "staff_days": "5"}]}, 422
    )
    problem(stranger, 422, "unit-not-participating")
    ok = await api.needs(
        op["id"],
        "collect",
        {
            "staff": [{"unit_code": "DR-BRE", "staff_days": "12.5"}],
            "it": [{"centre_code": "CNI-LILLE", "month": "2027-02", "person_days": "5"}],
            "purchases": [
                {"description": "Papier", "category": "supplies", "estimated_amount": "120"}
            ],
        },
    )
    needs = ok.json()
    assert needs["staff"] == [{"unit_code": "DR-BRE", "staff_days": "12.50"}]
    assert needs["purchases"][0]["estimated_amount"] == "120.00"
    # the PUT replaces: an empty body clears them
    cleared = await api.needs(op["id"], "collect", {})
    assert cleared.json() == {"staff": [], "it": [], "purchases": []}


async def test_schedule_then_reschedule_publishes_each_revision(
    api: Api, service_events: ServiceEvents, problem: ProblemCheck
) -> None:
    empty = await api.operation(code="EMPTY")
    problem(await api.schedule(empty["id"]), 409, "operation-without-phases")
    scheduled = await api.census()
    assert scheduled["status"] == "scheduled"
    assert scheduled["revision"] == 1
    [first] = await service_events.published("operation.scheduled")
    assert first.subject == "RP-2027"
    data = payload(first, OperationScheduledV1)
    assert data.revision == 1
    assert data.lead_unit == "DSDS-RECENS"
    assert data.kind == "census"
    assert data.participating_units == ["DR-BRE", "DR-NOR"]
    collect = next(p for p in data.phases if p.phase_code == "collect")
    assert [(n.centre_code, n.month, n.person_days) for n in collect.it_workload] == [
        ("CNI-NANTES", "2027-01", Decimal("40.00")),
        ("CNI-NANTES", "2027-02", Decimal("60.00")),
    ]
    assert collect.depends_on == ["build"]
    # a reschedule that breaks a dependency is refused as a whole
    refused = await api.schedule(
        scheduled["id"],
        {"phases": [{"phase_code": "collect", "start": "2027-02-01", "end": "2027-03-31"}]},
    )
    problem(refused, 409, "phase-dependency-violation")
    assert len(await service_events.published("operation.scheduled")) == 1
    # collect and process move a month later together: IT needs follow the phase
    moved = await api.schedule(
        scheduled["id"],
        {
            "phases": [
                {"phase_code": "collect", "start": "2027-02-15", "end": "2027-03-31"},
                {"phase_code": "process", "start": "2027-04-01", "end": "2027-06-30"},
            ],
            "reason": "Report d'un mois",
        },
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["revision"] == 2
    events = await service_events.published("operation.scheduled")
    assert [payload(e, OperationScheduledV1).revision for e in events] == [1, 2]
    latest = payload(events[-1], OperationScheduledV1)
    assert latest.reason == "Report d'un mois"
    collect = next(p for p in latest.phases if p.phase_code == "collect")
    assert (str(collect.start), str(collect.end)) == ("2027-02-15", "2027-03-31")
    assert [n.month for n in collect.it_workload] == ["2027-02", "2027-03"]


async def test_reschedule_refuses_to_push_needs_outside_a_shortened_phase(
    api: Api, problem: ProblemCheck
) -> None:
    op = await api.census()
    refused = await api.schedule(
        op["id"],
        {"phases": [{"phase_code": "collect", "start": "2027-01-15", "end": "2027-01-31"}]},
    )
    problem(refused, 409, "need-outside-phase")


async def test_phase_lifecycle_and_completion_event(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents, problem: ProblemCheck
) -> None:
    draft = await api.operation(code="DRAFT")
    await api.phase(draft["id"], "design", "2026-01-01", "2026-02-01")
    problem(
        await client.post(
            f"/operations/{draft['id']}/phases/design/complete", json={}, headers=api.manager
        ),
        409,
        "operation-not-scheduled",
    )
    op = await api.operation(code="EEC-2026", participating_units=[])
    await api.phase(op["id"], "build", "2026-01-05", "2026-02-27")
    await api.phase(op["id"], "collect", "2026-03-02", "2026-06-30", "build")
    assert (await api.schedule(op["id"])).status_code == 200
    base = f"/operations/{op['id']}/phases"
    # collect cannot start while build is not completed
    refused = await client.patch(
        f"{base}/collect", json={"status": "in_progress"}, headers=api.manager | {"If-Match": '"1"'}
    )
    problem(refused, 409, "dependency-not-completed")
    problem(
        await client.post(f"{base}/collect/complete", json={}, headers=api.manager),
        409,
        "dependency-not-completed",
    )
    problem(
        await client.post(
            f"{base}/build/complete", json={"completed_on": "2026-03-20"}, headers=api.manager
        ),
        422,
        "invalid-completion-date",
    )
    done = await client.post(
        f"{base}/build/complete", json={"completed_on": "2026-03-02"}, headers=api.manager
    )
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "completed"
    [event] = await service_events.published("operation.phase_completed")
    completed = payload(event, OperationPhaseCompletedV1)
    assert (completed.operation_id, completed.phase_code, str(completed.completed_on)) == (
        "EEC-2026",
        "build",
        "2026-03-02",
    )
    problem(
        await client.post(f"{base}/build/complete", json={}, headers=api.manager),
        409,
        "invalid-phase-transition",
    )
    problem(
        await client.patch(
            f"{base}/build", json={"end": "2026-03-01"}, headers=api.manager | {"If-Match": '"2"'}
        ),
        409,
        "phase-completed",
    )
    started = await client.patch(
        f"{base}/collect", json={"status": "in_progress"}, headers=api.manager | {"If-Match": '"1"'}
    )
    assert started.status_code == 200, started.text
    assert started.json()["started_on"] == "2026-03-16"
    finished = await client.post(f"{base}/collect/complete", json={}, headers=api.manager)
    assert finished.status_code == 200
    after = (await client.get(f"/operations/{op['id']}", headers=api.manager)).json()
    assert after["status"] == "completed"
    problem(await api.schedule(op["id"]), 409, "operation-completed")


async def test_milestones_stay_within_their_phase(
    client: httpx.AsyncClient, api: Api, problem: ProblemCheck
) -> None:
    op = await api.census()
    url = f"/operations/{op['id']}/milestones"
    outside = {"phase_code": "collect", "name": "Fin de collecte", "due_on": "2027-03-05"}
    problem(
        await client.post(url, json=outside, headers=api.manager), 409, "milestone-outside-phase"
    )
    created = await client.post(url, json=outside | {"due_on": "2027-02-28"}, headers=api.manager)
    assert created.status_code == 201, created.text
    # rescheduling the phase moves the milestone with it
    moved = await api.schedule(
        op["id"],
        {
            "phases": [
                {"phase_code": "collect", "start": "2027-01-22", "end": "2027-03-07"},
                {"phase_code": "process", "start": "2027-03-08", "end": "2027-06-07"},
            ]
        },
    )
    assert moved.status_code == 200, moved.text
    [milestone] = (await client.get(url, headers=api.manager)).json()
    assert milestone["due_on"] == "2027-03-07"
    reached = await client.patch(
        f"{url}/{milestone['id']}", json={"reached_on": "2026-03-16"}, headers=api.manager
    )
    assert reached.status_code == 200
    assert reached.json()["reached_on"] == "2026-03-16"


async def test_timeline_and_portfolio(
    client: httpx.AsyncClient, api: Api, auth: AuthFactory
) -> None:
    op = await api.census()
    timeline = (await client.get(f"/operations/{op['id']}/timeline", headers=api.manager)).json()
    assert [p["phase_code"] for p in timeline["phases"]] == ["build", "collect", "process"]
    months = {m["month"]: m for m in timeline["months"]}
    assert next(iter(months)) == "2026-09"
    assert list(months)[-1] == "2027-05"
    assert months["2027-01"]["phases"] == ["collect"]
    assert months["2027-01"]["it_person_days"] == "40.00"
    # 200 staff days over collect's 31 working days (2027-01-15..02-28): 11 in Jan, 20 in Feb
    assert months["2027-01"]["staff_days"] == "70.97"
    assert months["2027-02"]["staff_days"] == "129.03"
    assert timeline["total_staff_days"] == "200.00"
    assert timeline["total_purchases"] == "3000.00"
    assert months["2026-12"]["phases"] == ["build"]
    await api.operation(
        code="EEC-2027", kind="household_survey", lead_unit="DSDS-EMPLOI", participating_units=[]
    )
    folio = (await client.get("/portfolio?from=2027-01&to=2027-03", headers=api.manager)).json()
    assert [m["month"] for m in folio["months"]] == ["2027-01", "2027-02", "2027-03"]
    jan = folio["months"][0]
    assert [o["code"] for o in jan["operations"]] == ["RP-2027"]
    assert jan["it_person_days"] == "40.00"
    assert folio["months"][2]["operations"][0]["phases"] == ["process"]
    # another DR sees an empty portfolio
    occ = auth(roles=["production.contributor"], units=["DR-OCC"])
    assert all(
        not m["operations"]
        for m in (await client.get("/portfolio?from=2027-01&to=2027-03", headers=occ)).json()[
            "months"
        ]
    )
    assert (
        await client.get("/portfolio?from=2027-03&to=2027-01", headers=api.manager)
    ).status_code == 422


async def test_gsbpm_reference(client: httpx.AsyncClient, api: Api) -> None:
    phases = (await client.get("/reference/gsbpm-phases", headers=api.manager)).json()
    assert [p["code"] for p in phases][:3] == ["specify_needs", "design", "build"]
    assert len(phases) == 8


async def test_changing_a_scheduled_plan_publishes_a_new_revision(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents
) -> None:
    op = await api.census()
    await api.needs(
        op["id"],
        "collect",
        {"it": [{"centre_code": "CNI-LILLE", "month": "2027-02", "person_days": "15"}]},
    )
    events = await service_events.published("operation.scheduled")
    assert [payload(e, OperationScheduledV1).revision for e in events] == [1, 2]
    latest = payload(events[-1], OperationScheduledV1)
    assert latest.reason == "needs of collect changed"
    collect = next(p for p in latest.phases if p.phase_code == "collect")
    assert [(n.centre_code, n.month) for n in collect.it_workload] == [("CNI-LILLE", "2027-02")]
    after = (await client.get(f"/operations/{op['id']}", headers=api.manager)).json()
    assert after["revision"] == 2
    # a draft operation publishes nothing when it changes
    draft = await api.operation(code="DRAFT")
    await api.phase(draft["id"], "design", "2027-01-01", "2027-02-01")
    assert len(await service_events.published("operation.scheduled")) == 2


async def test_delete_phase(
    client: httpx.AsyncClient, api: Api, service_events: ServiceEvents, problem: ProblemCheck
) -> None:
    op = await api.census()
    url = f"/operations/{op['id']}/phases"
    problem(
        await client.delete(f"{url}/collect", headers=api.manager | {"If-Match": '"2"'}),
        409,
        "phase-has-dependents",
    )
    problem(await client.delete(f"{url}/process", headers=api.manager), 428, "if-match-required")
    gone = await client.delete(f"{url}/process", headers=api.manager | {"If-Match": '"1"'})
    assert gone.status_code == 204, gone.text
    phases = (await client.get(url, headers=api.manager)).json()
    assert [p["phase_code"] for p in phases] == ["build", "collect"]
    latest = payload(
        (await service_events.published("operation.scheduled"))[-1], OperationScheduledV1
    )
    assert [p.phase_code for p in latest.phases] == ["build", "collect"]
    assert latest.revision == 2
