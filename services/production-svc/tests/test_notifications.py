"""Notifications (issue #22 item 3) in production: IT's plan de charge over capacity where an
operation needs IT work goes to the leads of the operation's lead unit, built from the event
``workload.planned``, once however often it is delivered.

Hand-worked: CNI-NANTES in 2027-02, capacity 100 person-days, demand 110 → load 1.1000 (110 %),
over capacity; RP-2027 (lead unit DSDS-RECENS) needs CNI-NANTES that month.
At 2027-01, demand 50 → load 0.5000: nothing.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents

from .test_capacity import census_with_mixed_needs, line

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def mine(client: httpx.AsyncClient, headers: dict[str, str]) -> list[Any]:
    response = await client.get("/notifications", headers=headers)
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


async def test_plan_over_capacity_goes_to_the_operations_leads_once(
    client: httpx.AsyncClient, api: Any, auth: Any, service_events: ServiceEvents
) -> None:
    op = await census_with_mixed_needs(api)
    await service_events.deliver(line("CNI-NANTES", "2027-01", "100", "50"), subject="x")
    for _ in range(2):  # delivered twice (a replay)
        await service_events.deliver(line("CNI-NANTES", "2027-02", "100", "110"), subject="x")

    lead = auth(roles=["production.lead"], units=["DSDS-RECENS"], sub="lead-rp")
    [item] = await mine(client, lead)
    assert item["kind"] == "plan.over_capacity"
    assert (item["resource"], item["resource_id"]) == ("operation", str(op["id"]))
    assert item["title"] == (
        "Plan de charge PDC-2027 (version 1) : CNI-NANTES au-delà de sa capacité en 2027-02 "
        "(110 %), l'opération RP-2027 y a des besoins"
    )
    other_lead = auth(roles=["production.lead"], units=["DR-NOR"], sub="lead-nor")
    contributor = auth(roles=["production.contributor"], units=["DSDS-RECENS"], sub="contrib")
    assert await mine(client, other_lead) == []
    assert await mine(client, contributor) == []
