"""Triennial work programme (items linked to production's operations, versions, progress),
performance indicators (targets, actuals, trend) and costs for management control."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_contracts.production import OperationScheduledV1, ScheduledPhase

pytestmark = pytest.mark.usefixtures("frozen_clock")

Slug = Callable[[httpx.Response], str]


def scheduled(
    operation_id: str, revision: int = 1, name: str = "Enquête logement"
) -> OperationScheduledV1:
    return OperationScheduledV1(
        operation_id=operation_id,
        revision=revision,
        name=name,
        kind="survey",
        lead_unit="DSDS",
        phases=[
            ScheduledPhase(
                phase_code="COLLECT", name="Collecte", start=date(2026, 4, 1), end=date(2026, 9, 30)
            )
        ],
    )


def item(**extra: Any) -> dict[str, Any]:
    return {
        "year": 2026,
        "owner_unit": "DR-BRE",
        "title": "Collecte régionale",
        "description": "Collecte de la vague 2026",
        "operation_ids": ["OP-LOG"],
        "credits_ae": "25000.00",
        "credits_cp": "20000.00",
        "planned": "1200",
        **extra,
    }


async def test_operations_from_production_and_programme_items(
    client: httpx.AsyncClient,
    budget: Any,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    service_events: ServiceEvents,
    slug: Slug,
) -> None:
    unknown = await client.post("/work-programme/items", json=item(), headers=officer_bre)
    assert unknown.status_code == 422
    assert slug(unknown) == "unknown-operation"
    assert await service_events.deliver(scheduled("OP-LOG")) == "applied"
    assert await service_events.deliver(scheduled("OP-LOG", 3, "Logement 2026")) == "applied"
    assert await service_events.deliver(scheduled("OP-LOG", 2, "stale")) == "applied"
    [operation] = (await client.get("/statistical-operations", headers=budget.manager)).json()
    assert (operation["name"], operation["revision"], operation["starts_on"]) == (
        "Logement 2026",
        3,
        "2026-04-01",
    )
    created = await client.post("/work-programme/items", json=item(), headers=officer_bre)
    assert created.status_code == 201, created.text
    other = await client.post(
        "/work-programme/items", json=item(owner_unit="DR-BRE"), headers=officer_nor
    )
    assert other.status_code == 403
    item_id = created.json()["id"]
    assert (
        await client.get(f"/work-programme/items/{item_id}", headers=officer_nor)
    ).status_code == 404
    updated = await client.patch(
        f"/work-programme/items/{item_id}",
        json={"done": "300"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["progress_pct"] == "25.0"
    # quantities read back as stored, whatever the places they were sent with
    assert (created.json()["planned"], updated.json()["done"]) == ("1200.00", "300.00")
    read = (await client.get(f"/work-programme/items/{item_id}", headers=officer_bre)).json()
    assert (read["planned"], read["done"]) == ("1200.00", "300.00")
    stale = await client.patch(
        f"/work-programme/items/{item_id}",
        json={"done": "600"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert stale.status_code == 412
    await client.post(
        "/work-programme/items",
        json=item(year=2027, planned="100", operation_ids=[], credits_ae="1000.00"),
        headers=officer_bre,
    )
    progress = (
        await client.get(
            "/work-programme/progress", params={"start_year": 2026}, headers=officer_bre
        )
    ).json()
    assert [(p["year"], p["items"], p["progress_pct"], p["credits_ae"]) for p in progress] == [
        (2026, 1, "25.0", "25000.00"),
        (2027, 1, "0.0", "1000.00"),
        (2028, 0, "0.0", "0.00"),
    ]
    assert (
        await client.get(
            "/work-programme/progress", params={"start_year": 2026}, headers=officer_nor
        )
    ).json()[0]["items"] == 0


async def test_programme_versions_are_frozen_snapshots(
    client: httpx.AsyncClient,
    budget: Any,
    officer_bre: dict[str, str],
    service_events: ServiceEvents,
) -> None:
    await service_events.deliver(scheduled("OP-LOG"))
    created = await client.post("/work-programme/items", json=item(), headers=officer_bre)
    refused = await client.post(
        "/work-programme/2026/versions", json={"note": "Programme arrêté"}, headers=officer_bre
    )
    assert refused.status_code == 403
    v1 = await client.post(
        "/work-programme/2026/versions", json={"note": "Programme arrêté"}, headers=budget.manager
    )
    assert v1.status_code == 201, v1.text
    await client.patch(
        f"/work-programme/items/{created.json()['id']}",
        json={"planned": "1500"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    await client.post(
        "/work-programme/2026/versions", json={"note": "Révision de juin"}, headers=budget.manager
    )
    versions = (await client.get("/work-programme/2026/versions", headers=budget.manager)).json()
    assert [(v["number"], v["items"][0]["planned"]) for v in versions] == [
        (1, "1200.00"),
        (2, "1500.00"),
    ]


async def test_indicators_targets_actuals_and_trend(
    client: httpx.AsyncClient, budget: Any, controller: dict[str, str]
) -> None:
    objective = await client.post(
        "/performance/objectives",
        json={"code": "OBJ-1", "label": "Diffuser une information de qualité"},
        headers=budget.manager,
    )
    assert objective.status_code == 201
    assert (
        await client.post(
            "/performance/objectives", json={"code": "OBJ-2", "label": "Essai"}, headers=controller
        )
    ).status_code == 403
    response_rate = await client.post(
        "/performance/indicators",
        json={
            "objective_id": objective.json()["id"],
            "code": "IND-1",
            "label": "Taux de réponse",
            "measure_unit": "%",
            "trend": "increase",
        },
        headers=budget.manager,
    )
    delay = await client.post(
        "/performance/indicators",
        json={
            "objective_id": objective.json()["id"],
            "code": "IND-2",
            "label": "Délai de publication",
            "measure_unit": "jours",
            "trend": "decrease",
        },
        headers=budget.manager,
    )
    rate_id, delay_id = response_rate.json()["id"], delay.json()["id"]
    url = f"/performance/indicators/{rate_id}/values"
    await client.put(f"{url}/2025", json={"target": "70", "actual": "71.5"}, headers=budget.manager)
    await client.put(f"{url}/2026", json={"target": "72"}, headers=budget.manager)
    await client.put(
        f"{url}/2026",
        json={"unit_code": "DR-BRE", "target": "75", "actual": "74"},
        headers=budget.manager,
    )
    await client.put(
        f"/performance/indicators/{delay_id}/values/2025",
        json={"target": "30", "actual": "28"},
        headers=budget.manager,
    )
    values = (await client.get(url, headers=controller)).json()
    assert [(v["year"], v["unit_code"], v["met"]) for v in values] == [
        (2025, None, True),
        (2026, None, None),
        (2026, "DR-BRE", False),
    ]
    [delay_2025] = (
        await client.get(f"/performance/indicators/{delay_id}/values", headers=controller)
    ).json()
    assert delay_2025["met"] is True
    [obj] = (await client.get("/performance/objectives", headers=controller)).json()
    assert [i["code"] for i in obj["indicators"]] == ["IND-1", "IND-2"]


async def test_costs_per_unit_activity_and_operation(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    officer_nor: dict[str, str],
    service_events: ServiceEvents,
    slug: Slug,
) -> None:
    await service_events.deliver(scheduled("OP-LOG"))
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    survey = await chain.commitment("3000.00")
    other = await chain.commitment("1000.00")
    attributed = await client.put(
        f"/commitments/{survey['id']}/cost-attribution",
        json={"activity": "collecte", "operation_id": "OP-LOG"},
        headers=chain.ordonnateur,
    )
    assert attributed.status_code == 200, attributed.text
    unknown = await client.put(
        f"/commitments/{other['id']}/cost-attribution",
        json={"activity": "collecte", "operation_id": "OP-NONE"},
        headers=chain.ordonnateur,
    )
    assert slug(unknown) == "unknown-operation"
    await chain.service_done(survey["id"], "1200.00")
    await chain.service_done(other["id"], "300.00")
    params: dict[str, Any] = {"fiscal_year": 2026, "group_by": ["activity", "operation_id"]}
    rows = (
        await client.get("/management-control/costs", params=params, headers=budget.manager)
    ).json()
    assert [(r["activity"], r["operation_id"], r["cost"]) for r in rows] == [
        ("action 08", None, "300.00"),
        ("collecte", "OP-LOG", "1200.00"),
    ]
    per_unit = (
        await client.get(
            "/management-control/costs", params={"fiscal_year": 2026}, headers=budget.manager
        )
    ).json()
    assert [(r["unit_code"], r["cost"]) for r in per_unit] == [("DR-BRE", "1500.00")]
    nor = (
        await client.get(
            "/management-control/costs", params={"fiscal_year": 2026}, headers=officer_nor
        )
    ).json()
    assert nor == []


@pytest.mark.parametrize("field", ["done", "operation_ids", "description"])
async def test_patch_refuses_null_on_a_required_field(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    service_events: ServiceEvents,
    slug: Slug,
    field: str,
) -> None:
    """An explicit null on a field the item cannot be without is refused (422
    null-not-allowed, nothing changed); it used to be ignored (``operation_ids``: emptied)."""
    await service_events.deliver(scheduled("OP-LOG"))
    created = await client.post("/work-programme/items", json=item(), headers=officer_bre)
    item_id = created.json()["id"]
    refused = await client.patch(
        f"/work-programme/items/{item_id}",
        json={field: None, "planned": "1500"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert refused.status_code == 422, refused.text
    assert slug(refused) == "null-not-allowed"
    assert refused.json()["fields"] == [field]
    after = await client.get(f"/work-programme/items/{item_id}", headers=officer_bre)
    kept = ("description", "operation_ids", "done", "version")
    assert {k: after.json()[k] for k in kept} == {k: created.json()[k] for k in kept}
    assert after.json()["planned"] == "1200.00"
    assert after.headers["ETag"] == created.headers["ETag"]
