"""Over the real broker: the census round trip with IT (operation.scheduled → workload.planned →
risk), phase completion, improvement proposals, and HR's assignments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.events import EventEnvelope
from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import broker_settings, produce
from sg_common.testing.plugin import AuthFactory
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1
from sg_contracts.it import WorkloadPlannedV1

from .conftest import Api

TOPIC = "sg.production.events"


@pytest.fixture
def settings_overrides(fresh_broker: EmbeddedBroker) -> dict[str, Any]:
    return broker_settings(fresh_broker)


async def on_topic(broker: EmbeddedBroker, event_type: str) -> list[EventEnvelope]:
    records = await read_topic(broker.bootstrap, TOPIC)
    envelopes = [EventEnvelope.decode(list(r.headers), r.value) for r in records]
    return [e for e in envelopes if e.type == event_type]


@pytest.mark.broker
@pytest.mark.sqlite_only
async def test_census_is_planned_by_it_and_coloured_by_its_plan(
    app: FastAPI, client: httpx.AsyncClient, api: Api, fresh_broker: EmbeddedBroker
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    op = await api.census()
    rescheduled = await api.schedule(
        op["id"],
        {
            "phases": [
                {"phase_code": "collect", "start": "2027-01-18", "end": "2027-02-28"},
            ],
            "reason": "collecte décalée",
        },
    )
    assert rescheduled.status_code == 200, rescheduled.text

    async def two_revisions() -> bool:
        return len(await on_topic(fresh_broker, "operation.scheduled")) == 2

    await wait_for(two_revisions, timeout=30, what="operation.scheduled on the topic")
    events = await on_topic(fresh_broker, "operation.scheduled")
    assert {e.subject for e in events} == {"RP-2027"}
    latest = max(events, key=lambda e: e.data.revision)  # type: ignore[attr-defined]
    assert latest.data.revision == 2  # type: ignore[attr-defined]

    # IT adds the latest revision's needs to its plan de charge and publishes it
    collect = next(p for p in latest.data.phases if p.phase_code == "collect")  # type: ignore[attr-defined]
    capacities = {"2027-01": Decimal("100"), "2027-02": Decimal("70")}
    for need in collect.it_workload:
        demand = Decimal("20") + need.person_days
        await produce(
            fresh_broker,
            WorkloadPlannedV1(
                plan_id="PDC-2027",
                plan_version=1,
                centre_code=need.centre_code,
                month=need.month,
                capacity=capacities[need.month],
                demand=demand,
                load=demand / capacities[need.month],
            ),
            subject=need.centre_code,
        )

    async def coloured() -> dict[str, str] | None:
        risk = (await client.get(f"/operations/{op['id']}/risk", headers=api.manager)).json()
        phase = next(p for p in risk["phases"] if p["phase_code"] == "collect")
        colours = {m["month"]: m["colour"] for m in phase["months"] if m["centres"]}
        planned = all(c["plan_id"] for m in phase["months"] for c in m["centres"])
        return colours if planned else None

    await wait_for(coloured, timeout=30, what="the plan colouring the risk")
    # January: 60 / 100 → green; February: 80 / 70 → red
    assert await coloured() == {"2027-01": "green", "2027-02": "red"}


@pytest.mark.broker
@pytest.mark.sqlite_only
@pytest.mark.usefixtures("frozen_clock")
async def test_completion_and_proposal_reach_consumers_and_hr_feeds_staff(
    app: FastAPI,
    client: httpx.AsyncClient,
    api: Api,
    auth: AuthFactory,
    fresh_broker: EmbeddedBroker,
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    op = await api.operation(code="EEC-2026", participating_units=[])
    await api.phase(op["id"], "build", "2026-01-05", "2026-02-27")
    assert (await api.schedule(op["id"])).status_code == 200
    done = await client.post(
        f"/operations/{op['id']}/phases/build/complete", json={}, headers=api.manager
    )
    assert done.status_code == 200, done.text
    agent = auth(roles=["production.contributor"], units=["DR-NOR"])
    proposal = await client.post(
        "/improvements",
        json={
            "unit_code": "DR-NOR-SES",
            "title": "Éclairage",
            "description": "Lampes de bureau pour les codeurs",
        },
        headers=agent,
    )
    assert proposal.status_code == 201

    async def published() -> bool:
        return bool(await on_topic(fresh_broker, "improvement.proposed")) and bool(
            await on_topic(fresh_broker, "operation.phase_completed")
        )

    await wait_for(published, timeout=30, what="completion and proposal on the topic")
    [improvement] = await on_topic(fresh_broker, "improvement.proposed")
    assert improvement.data.site == "Rouen"  # type: ignore[attr-defined]
    assert improvement.data.unit_code == "DR-NOR-SES"  # type: ignore[attr-defined]
    [completed] = await on_topic(fresh_broker, "operation.phase_completed")
    assert (completed.data.operation_id, completed.data.phase_code) == ("EEC-2026", "build")  # type: ignore[attr-defined]

    await produce(
        fresh_broker,
        AgentAssignedV1(
            assignment_id="AS-1",
            agent_id="AG-1",
            unit_code="DR-NOR-SES",
            start_date=date(2026, 1, 1),
            quotite=Decimal("0.80"),
        ),
        subject="AG-1",
    )
    await produce(
        fresh_broker,
        AgentLeftV1(agent_id="AG-1", unit_code="DR-NOR-SES", left_on=date(2026, 3, 13)),
        subject="AG-1",
    )
    url = "/capacity/staff/DR-NOR?start=2026-03-02&end=2026-03-31"

    async def left() -> bool:
        staff = (await client.get(url, headers=api.manager)).json()
        return bool(staff["available_staff_days"] == "8.00")  # 10 working days × 0.8

    await wait_for(left, timeout=30, what="assignment then departure applied")
