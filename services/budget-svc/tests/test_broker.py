"""Over the real broker: budget.allocated and budget.reserve_changed leave through the relay;
facilities' purchase.ordered comes in and is answered with budget.commitment_recorded or
budget.commitment_rejected; hr's agent.assigned / agent.left / etpt.reported feed the staff
ceilings; hr's delegation.granted / delegation.revoked let a delegate commit, then no longer."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.clock import today
from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import broker_settings, produce
from sg_contracts.facilities import PurchaseCancelledV1, PurchaseOrderedV1
from sg_contracts.hr import (
    AgentAssignedV1,
    AgentLeftV1,
    DelegationGrantedV1,
    DelegationRevokedV1,
    EtptReportedV1,
)

pytestmark = [pytest.mark.broker, pytest.mark.sqlite_only]


@pytest.fixture
def settings_overrides(fresh_broker: EmbeddedBroker) -> dict[str, Any]:
    return broker_settings(fresh_broker)


async def budget_events(broker: EmbeddedBroker) -> dict[str, list[dict[str, Any]]]:
    """The payloads on sg.budget.events, by event type."""
    found: dict[str, list[dict[str, Any]]] = {}
    for record in await read_topic(broker.bootstrap, "sg.budget.events"):
        headers = {k: v.decode() for k, v in record.headers}
        found.setdefault(headers["ce_type"], []).append(json.loads(record.value))
    return found


async def test_allocation_and_reserve_events_reach_the_topic(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, budget: Any
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    allocation = await budget.allocate("DR-BRE", "10000.00", "8000.00")
    applied = await client.post(
        "/fiscal-years/2026/reserve", json={"reason": "Mise en réserve"}, headers=budget.manager
    )
    assert applied.status_code == 201

    async def all_sent() -> bool:
        events = await budget_events(fresh_broker)
        return (
            "budget.allocated" in events
            and "budget.reserve_changed" in events
            and len(events.get("budget.availability_changed", [])) == 2
        )

    await wait_for(
        all_sent, timeout=30, what="allocated, reserve_changed, 2 snapshots on the topic"
    )
    events = await budget_events(fresh_broker)
    [allocated] = events["budget.allocated"]
    assert allocated["allocation_id"] == str(allocation["id"])
    assert allocated["ae"] == "10000.00"
    [freeze] = events["budget.reserve_changed"]
    assert (freeze["kind"], freeze["ae"], freeze["cp"]) == ("freeze", "500.00", "400.00")
    # the line's figures after each: 10 000.00 available, then 10 000 − 500 (5 %) = 9 500.00
    snapshots = events["budget.availability_changed"]
    assert [(x["sequence"], x["cause"], x["available_ae"]) for x in snapshots] == [
        (1, "allocation", "10000.00"),
        (2, "reserve_freeze", "9500.00"),
    ]
    keys = {
        r.key
        for r in await read_topic(fresh_broker.bootstrap, "sg.budget.events")
        if dict(r.headers)["ce_type"] == b"budget.availability_changed"
    }
    assert keys == {b"line/DR-BRE/2026/08/T3"}  # one key: one partition, in order


async def test_purchase_orders_round_trip_with_facilities(
    app: FastAPI,
    fresh_broker: EmbeddedBroker,
    budget: Any,
    make_order: Callable[..., PurchaseOrderedV1],
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    await budget.allocate("DR-BRE", "1000.00", "1000.00")
    # one after the other: the two orders have different keys, hence maybe different partitions
    await produce(fresh_broker, make_order("PO-OK", "600.00"), subject="PO-OK")

    async def sent(event_type: str) -> bool:
        return event_type in await budget_events(fresh_broker)

    await wait_for(lambda: sent("budget.commitment_recorded"), timeout=30, what="recorded")
    await produce(fresh_broker, make_order("PO-KO", "600.00"), subject="PO-KO")
    await wait_for(lambda: sent("budget.commitment_rejected"), timeout=30, what="rejected")
    events = await budget_events(fresh_broker)
    [recorded] = events["budget.commitment_recorded"]
    assert (recorded["purchase_order_id"], recorded["ae"]) == ("PO-OK", "600.00")
    [rejected] = events["budget.commitment_rejected"]
    assert rejected["purchase_order_id"] == "PO-KO"
    assert (rejected["requested_ae"], rejected["available_ae"]) == ("600.00", "400.00")
    assert rejected["reason"].startswith("insufficient-ae")

    await produce(
        fresh_broker,
        PurchaseCancelledV1(order_id="PO-OK", unit_code="DR-BRE", reason="Annulée"),
        subject="PO-OK",
    )

    async def released() -> bool:
        return bool((await budget.availability())["available_ae"] == "1000.00")

    await wait_for(released, timeout=30, what="the cancelled order's AE released")


async def test_hr_assignments_feed_the_staff_ceiling_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker, budget: Any
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    created = await client.post(
        "/staff-ceilings",
        json={"unit_code": "DR-BRE", "fiscal_year": 2026, "etpt_ceiling": "5.00"},
        headers=budget.manager,
    )
    url = f"/staff-ceilings/{created.json()['id']}"
    await produce(
        fresh_broker,
        AgentAssignedV1(
            assignment_id="AS-1",
            agent_id="AG-1",
            unit_code="DR-BRE-SES",
            start_date=date(2025, 1, 1),
            quotite=Decimal("1.00"),
        ),
        subject="AG-1",
    )

    async def consumed(expected: str) -> bool:
        response = await client.get(url, headers=budget.manager)
        return bool(response.json()["etpt_consumed"] == expected)

    await wait_for(lambda: consumed("1.00"), timeout=30, what="agent.assigned applied")
    await produce(
        fresh_broker,
        AgentLeftV1(agent_id="AG-1", unit_code="DR-BRE-SES", left_on=date(2025, 12, 31)),
        subject="AG-1",
    )
    await wait_for(lambda: consumed("0.00"), timeout=30, what="agent.left applied")
    await produce(
        fresh_broker,
        EtptReportedV1(unit_code="DR-BRE", year=2026, month=1, etpt=Decimal("36.00")),
        subject="DR-BRE",
    )

    async def reported() -> bool:
        response = await client.get(url, headers=budget.manager)
        return bool(response.json()["etpt_reported"] == "3.00")

    await wait_for(reported, timeout=30, what="etpt.reported applied")


@pytest.mark.usefixtures("frozen_clock")
async def test_hr_delegations_reach_budget_over_the_broker(
    app: FastAPI,
    client: httpx.AsyncClient,
    fresh_broker: EmbeddedBroker,
    budget: Any,
    auth: Callable[..., dict[str, str]],
) -> None:
    """A delegate without a budget role commits 4 000.00 of DR-ARA's 10 000.00 on 2026-03-16
    once hr's delegation (2026-03-01 to 2026-06-30) arrives: 6 000.00 left; revoked from
    2026-03-16, their next act is refused."""
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    deputy = auth(roles=[], units=["DR-ARA-SES"], sub="ara-deputy")
    body = {
        "unit_code": "DR-ARA",
        "fiscal_year": 2026,
        "action": "08",
        "title": "T3",
        "ae": "4000.00",
        "description": "Marché de reprographie",
    }
    refused = await client.post("/commitments", json=body, headers=deputy)
    assert refused.status_code == 403
    await produce(
        fresh_broker,
        DelegationGrantedV1(
            delegation_id="7",
            delegator_id="12",
            delegator_login="ara-director",
            delegator_role="budget.officer",
            delegate_id="15",
            delegate_login="ara-deputy",
            acts=["budget.commit"],
            unit_codes=["DR-ARA"],
            valid_from=date(2026, 3, 1),
            valid_to=date(2026, 6, 30),
        ),
        subject="delegation-7",
    )
    signed: list[dict[str, Any]] = []

    async def committed() -> bool:
        response = await client.post("/commitments", json=body, headers=deputy)
        if response.status_code == 201:
            signed.append(response.json())
        return response.status_code == 201

    await wait_for(committed, timeout=30, what="delegation.granted applied")
    assert signed[0]["by_delegation_of"] == "ara-director"
    line = await budget.availability("DR-ARA")
    assert line["available_ae"] == "6000.00"
    await produce(
        fresh_broker,
        DelegationRevokedV1(delegation_id="7", revoked_on=today()),  # 2026-03-16
        subject="delegation-7",
    )
    small = {**body, "ae": "1.00"}

    async def refused_again() -> bool:
        response = await client.post("/commitments", json=small, headers=deputy)
        assert response.status_code in (201, 403), response.text
        return response.status_code == 403

    await wait_for(refused_again, timeout=30, what="delegation.revoked applied")
