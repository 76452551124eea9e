"""Inventory: items, lifecycle transitions allowed and refused, relations, scope."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents

Headers = dict[str, str]

PC: dict[str, Any] = {
    "kind": "hardware",
    "name": "Poste fixe",
    "model": "Dell OptiPlex 7010",
    "unit_code": "DR-BRE-SES",
    "site": "Rennes",
    "serial": "SN-1",
}


def slug(response: httpx.Response) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def if_match(headers: Headers, response: httpx.Response) -> Headers:
    return {**headers, "If-Match": response.headers["ETag"]}


async def create(client: httpx.AsyncClient, headers: Headers, **changes: Any) -> httpx.Response:
    response = await client.post("/items", json={**PC, **changes}, headers=headers)
    assert response.status_code == 201, response.text
    return response


async def move(
    client: httpx.AsyncClient, headers: Headers, item: httpx.Response, **body: Any
) -> httpx.Response:
    item_id = item.json()["id"]
    current = await client.get(f"/items/{item_id}", headers=headers)
    return await client.post(
        f"/items/{item_id}/transitions", json=body, headers=if_match(headers, current)
    )


async def test_an_item_in_stock_is_registered_once(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    item = await create(client, tech_bre)
    assert item.json()["status"] == "in_stock"
    assert item.json()["registered_at"] is not None
    [event] = await service_events.published("it.asset_registered")
    assert event.data.asset_id == str(item.json()["id"])  # type: ignore[attr-defined]
    assert event.data.unit_code == "DR-BRE-SES"  # type: ignore[attr-defined]
    deployed = await move(client, tech_bre, item, to_status="deployed", assigned_agent_id="A1")
    assert deployed.status_code == 200, deployed.text
    back = await move(client, tech_bre, item, to_status="in_stock")
    assert back.status_code == 200
    assert len(await service_events.published("it.asset_registered")) == 1


async def test_an_ordered_item_is_registered_when_it_reaches_stock(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    item = await create(client, tech_bre, status="ordered", serial=None)
    assert item.json()["registered_at"] is None
    assert await service_events.published("it.asset_registered") == []
    stocked = await move(client, tech_bre, item, to_status="in_stock")
    assert stocked.status_code == 200, stocked.text
    assert len(await service_events.published("it.asset_registered")) == 1


async def test_the_whole_lifecycle_is_allowed(client: httpx.AsyncClient, tech_bre: Headers) -> None:
    item = await create(client, tech_bre, status="ordered")
    for body, expected in [
        ({"to_status": "in_stock"}, "in_stock"),
        ({"to_status": "deployed", "assigned_agent_id": "A42"}, "deployed"),
        ({"to_status": "in_repair"}, "in_repair"),
        ({"to_status": "deployed"}, "deployed"),
        ({"to_status": "retired"}, "retired"),
    ]:
        response = await move(client, tech_bre, item, **body)
        assert response.status_code == 200, response.text
        assert response.json()["status"] == expected
    assert response.json()["assigned_agent_id"] is None


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([], "deployed"),  # ordered → deployed skips the stock
        (["in_stock"], "in_repair"),  # only a deployed item goes to repair
        (["in_stock", "retired"], "in_stock"),  # retired is final
        (["in_stock"], "ordered"),  # never back to ordered
    ],
)
async def test_transitions_outside_the_lifecycle_are_refused(
    client: httpx.AsyncClient, tech_bre: Headers, path: list[str], refused: str
) -> None:
    item = await create(client, tech_bre, status="ordered")
    for status in path:
        assert (await move(client, tech_bre, item, to_status=status)).status_code == 200
    response = await move(client, tech_bre, item, to_status=refused, site="Rennes")
    assert response.status_code == 409, response.text
    assert slug(response) == "invalid-lifecycle-transition"
    assert response.json()["to"] == refused


async def test_deployment_needs_an_agent_or_a_site(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    item = await create(client, tech_bre, site=None)
    refused = await move(client, tech_bre, item, to_status="deployed")
    assert refused.status_code == 422
    assert slug(refused) == "deployment-target-required"
    allowed = await move(client, tech_bre, item, to_status="deployed", site="Rennes")
    assert allowed.status_code == 200


async def test_items_enter_as_ordered_or_in_stock_only(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    response = await client.post("/items", json={**PC, "status": "deployed"}, headers=tech_bre)
    assert response.status_code == 422
    assert slug(response) == "invalid-initial-status"


async def test_serial_numbers_are_unique(client: httpx.AsyncClient, tech_bre: Headers) -> None:
    await create(client, tech_bre)
    response = await client.post("/items", json=PC, headers=tech_bre)
    assert response.status_code == 409
    assert slug(response) == "duplicate-serial"
    await create(client, tech_bre, serial="SN-2")


async def test_updates_need_the_current_etag_and_retired_items_are_frozen(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    item = await create(client, tech_bre)
    url = f"/items/{item.json()['id']}"
    assert (await client.patch(url, json={"site": "Brest"}, headers=tech_bre)).status_code == 428
    stale = await client.patch(url, json={"site": "Brest"}, headers={**tech_bre, "If-Match": '"9"'})
    assert stale.status_code == 412
    updated = await client.patch(url, json={"site": "Brest"}, headers=if_match(tech_bre, item))
    assert updated.status_code == 200
    assert updated.json()["site"] == "Brest"
    assert updated.headers["ETag"] == '"2"'
    await move(client, tech_bre, item, to_status="retired")
    current = await client.get(url, headers=tech_bre)
    frozen = await client.patch(url, json={"site": "Lorient"}, headers=if_match(tech_bre, current))
    assert frozen.status_code == 409
    assert slug(frozen) == "retired-item-immutable"


async def test_relations_between_items(client: httpx.AsyncClient, tech_bre: Headers) -> None:
    server = await create(client, tech_bre, name="Serveur", serial="SRV-1")
    app = await create(
        client, tech_bre, kind="software", name="SAS", model="SAS", model_version="9.4", serial=None
    )
    url = f"/items/{app.json()['id']}/relations"
    body = {"target_id": server.json()["id"], "kind": "runs_on"}
    created = await client.post(url, json=body, headers=tech_bre)
    assert created.status_code == 201, created.text
    duplicate = await client.post(url, json=body, headers=tech_bre)
    assert duplicate.status_code == 409
    assert slug(duplicate) == "duplicate-relation"
    itself = await client.post(
        url, json={"target_id": app.json()["id"], "kind": "runs_on"}, headers=tech_bre
    )
    assert itself.status_code == 422
    assert slug(itself) == "invalid-relation"
    listed = await client.get(f"/items/{server.json()['id']}/relations", headers=tech_bre)
    assert [r["kind"] for r in listed.json()] == ["runs_on"]
    deleted = await client.delete(f"{url}/{created.json()['id']}", headers=tech_bre)
    assert deleted.status_code == 204
    assert (await client.get(url, headers=tech_bre)).json() == []


async def test_another_directorate_neither_lists_fetches_nor_changes(
    client: httpx.AsyncClient, tech_bre: Headers, tech_ara: Headers, manager: Headers
) -> None:
    item = await create(client, tech_bre)
    await create(client, tech_ara, unit_code="DR-ARA-SES", serial="SN-ARA")
    url = f"/items/{item.json()['id']}"
    assert (await client.get(url, headers=tech_ara)).status_code == 404
    listed = await client.get("/items", headers=tech_ara)
    assert [i["unit_code"] for i in listed.json()["items"]] == ["DR-ARA-SES"]
    changed = await client.patch(url, json={"site": "Lyon"}, headers={**tech_ara, "If-Match": "*"})
    assert changed.status_code == 404
    foreign = await client.post("/items", json={**PC, "serial": "X"}, headers=tech_ara)
    assert foreign.status_code == 403
    assert slug(foreign) == "out-of-scope"
    everything = await client.get("/items", headers=manager)
    assert len(everything.json()["items"]) == 2


async def test_who_may_not_touch_the_inventory(
    client: httpx.AsyncClient, outsider: Headers, auth: Any
) -> None:
    refused = await client.post("/items", json=PC, headers=outsider)
    assert refused.status_code == 403
    assert slug(refused) == "missing-role"
    assert (await client.get("/items", headers=outsider)).status_code == 403
    auditor = auth(roles=["sg.auditor"], units=["SG"])
    assert (await client.get("/items", headers=auditor)).status_code == 200
    assert (await client.post("/items", json=PC, headers=auditor)).status_code == 403


async def test_list_filters_and_pages(client: httpx.AsyncClient, tech_bre: Headers) -> None:
    for n in range(3):
        await create(client, tech_bre, serial=f"S{n}")
    await create(client, tech_bre, serial="O1", status="ordered")
    first = await client.get("/items?status=in_stock&limit=2", headers=tech_bre)
    assert len(first.json()["items"]) == 2
    cursor = first.json()["next_cursor"]
    second = await client.get(f"/items?status=in_stock&limit=2&cursor={cursor}", headers=tech_bre)
    assert len(second.json()["items"]) == 1
    assert second.json()["next_cursor"] is None


async def test_items_whose_warranty_ends_soon(client: httpx.AsyncClient, tech_bre: Headers) -> None:
    soon = await create(client, tech_bre, serial="W1", warranty_end="2026-06-30")
    await create(client, tech_bre, serial="W2", warranty_end="2029-06-30")
    await create(client, tech_bre, serial="W3")
    listed = await client.get("/items?warranty_before=2026-12-31", headers=tech_bre)
    assert [i["id"] for i in listed.json()["items"]] == [soon.json()["id"]]
