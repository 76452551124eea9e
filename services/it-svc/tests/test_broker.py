"""Every event it-svc consumes and publishes, over the real broker (Tansu)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import broker_settings, produce
from sg_contracts.facilities import (
    OrderedLine,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
    ReceivedLine,
)
from sg_contracts.hr import AgentAssignedV1, TrainingCompletedV1
from sg_contracts.production import ItWorkloadNeed, OperationScheduledV1, ScheduledPhase

Headers = dict[str, str]

pytestmark = [pytest.mark.broker, pytest.mark.sqlite_only]


@pytest.fixture
def settings_overrides(fresh_broker: EmbeddedBroker) -> dict[str, Any]:
    return broker_settings(fresh_broker)


async def it_events(broker: EmbeddedBroker, event_type: str) -> list[dict[str, Any]]:
    records = await read_topic(broker.bootstrap, "sg.it.events")
    return [
        json.loads(r.value)
        for r in records
        if dict(r.headers).get("ce_type") == event_type.encode()
    ]


async def test_purchases_become_items_in_stock(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, tech_bre: Headers
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="it-svc events ready")
    amount = Decimal("1800.00")
    await produce(
        fresh_broker,
        PurchaseOrderedV1(
            order_id="PO-7",
            unit_code="DR-BRE",
            fiscal_year=2026,
            action="08",
            title="T3",
            channel="UGAP",
            lines=[
                OrderedLine(
                    line_id="L1",
                    item_code="LAT-5440",
                    category="it_equipment",
                    description="Portable",
                    quantity=2,
                    unit_price_ht=Decimal("900.00"),
                    amount_ht=amount,
                    amount_ttc=amount,
                )
            ],
            amount_ht=amount,
            amount_ttc=amount,
        ),
        subject="PO-7",
    )
    await produce(
        fresh_broker,
        PurchaseReceivedV1(
            order_id="PO-7",
            receipt_id="R-7",
            unit_code="DR-BRE",
            lines=[ReceivedLine(line_id="L1", quantity=2, amount_ht=amount, amount_ttc=amount)],
            amount_ht=amount,
            amount_ttc=amount,
            received_on=date(2026, 3, 20),
        ),
        subject="PO-7",
    )

    async def in_stock() -> bool:
        items = (await client.get("/items?purchase_order_id=PO-7", headers=tech_bre)).json()
        return [i["status"] for i in items["items"]] == ["in_stock", "in_stock"]

    await wait_for(in_stock, timeout=30, what="ordered items in stock")

    async def registered() -> bool:
        return len(await it_events(fresh_broker, "it.asset_registered")) == 2

    await wait_for(registered, timeout=30, what="it.asset_registered on sg.it.events")
    [first, _] = await it_events(fresh_broker, "it.asset_registered")
    assert (first["unit_code"], first["purchase_order_id"]) == ("DR-BRE", "PO-7")


async def test_hr_events_feed_the_it_staff_registry(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, manager: Headers
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="it-svc events ready")
    await produce(
        fresh_broker,
        AgentAssignedV1(
            assignment_id="as-1",
            agent_id="A1",
            unit_code="CNI-METZ",
            start_date=date(2025, 1, 1),
            quotite=Decimal("1.00"),
        ),
        subject="A1",
    )
    await produce(
        fresh_broker,
        TrainingCompletedV1(
            completion_id="tc-1",
            agent_id="A1",
            unit_code="CNI-METZ",
            course_code="PG-ADM",
            course_title="PostgreSQL administration",
            hours=Decimal("14"),
            cost=Decimal("900.00"),
            skills=["postgresql"],
            completed_on=date(2026, 2, 1),
        ),
        subject="A1",
    )

    async def skilled() -> bool:
        response = await client.get("/staff/A1", headers=manager)
        return response.status_code == 200 and [s["skill"] for s in response.json()["skills"]] == [
            "postgresql"
        ]

    await wait_for(skilled, timeout=30, what="A1 in the registry with its skill")


async def test_a_scheduled_operation_reaches_the_published_plan(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, planner: Headers
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="it-svc events ready")
    await produce(
        fresh_broker,
        OperationScheduledV1(
            operation_id="EEC-2026",
            revision=1,
            name="Enquête emploi 2026",
            kind="household_survey",
            lead_unit="DSDS-EMPLOI",
            phases=[
                ScheduledPhase(
                    phase_code="process",
                    name="Traitement",
                    start=date(2026, 6, 1),
                    end=date(2026, 6, 30),
                    it_workload=[
                        ItWorkloadNeed(
                            centre_code="CNI-LILLE", month="2026-06", person_days=Decimal("15")
                        )
                    ],
                )
            ],
        ),
        subject="EEC-2026",
    )

    async def demand_arrived() -> bool:
        response = await client.get("/workload/demands?operation_id=EEC-2026", headers=planner)
        return len(response.json()["items"]) == 1

    await wait_for(demand_arrived, timeout=30, what="operation demand in the plan de charge")
    created = await client.post(
        "/workload/plans",
        json={
            "code": "PDC-2026",
            "first_month": "2026-06",
            "last_month": "2026-06",
            "centre_codes": ["CNI-LILLE"],
        },
        headers=planner,
    )
    assert created.json()["lines"][0]["demand"] == "15.00"
    published = await client.post(
        f"/workload/plans/{created.json()['id']}/publish",
        headers={**planner, "If-Match": created.headers["ETag"]},
    )
    assert published.status_code == 200, published.text

    async def on_topic() -> bool:
        planned = await it_events(fresh_broker, "workload.planned")
        alerts = await it_events(fresh_broker, "it.capacity_alert")
        return len(planned) == 1 and len(alerts) == 1

    await wait_for(on_topic, timeout=30, what="workload.planned and it.capacity_alert")
    [line] = await it_events(fresh_broker, "workload.planned")
    assert (line["plan_id"], line["plan_version"], line["centre_code"], line["demand"]) == (
        "PDC-2026",
        1,
        "CNI-LILLE",
        "15.00",
    )
