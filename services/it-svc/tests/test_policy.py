"""IT policy: the catalogue of standards and the items outside it, per unit."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from it_svc.policy.reference import load_initial_catalogue

Headers = dict[str, str]


def slug(response: httpx.Response) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


async def standard(client: httpx.AsyncClient, headers: Headers, **body: Any) -> httpx.Response:
    response = await client.post("/policy/standards", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response


async def item(client: httpx.AsyncClient, headers: Headers, unit: str, **body: Any) -> int:
    payload = {"name": "x", "unit_code": unit, **body}
    response = await client.post("/items", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


async def test_only_the_di_manages_the_catalogue(
    client: httpx.AsyncClient, manager: Headers, tech_bre: Headers
) -> None:
    body = {"kind": "software", "model": "LibreOffice", "status": "approved"}
    refused = await client.post("/policy/standards", json=body, headers=tech_bre)
    assert refused.status_code == 403
    assert slug(refused) == "missing-role"
    created = await standard(client, manager, **body)
    duplicate = await client.post(
        "/policy/standards", json={**body, "model": "libreoffice"}, headers=manager
    )
    assert duplicate.status_code == 409
    assert slug(duplicate) == "duplicate-standard"
    versioned = await standard(client, manager, **{**body, "model_version": "7.0"})
    assert versioned.json()["model_version"] == "7.0"
    listed = await client.get("/policy/standards?kind=software&limit=200", headers=tech_bre)
    models = [(s["model"], s["model_version"]) for s in listed.json()["items"]]
    assert models.count(("LibreOffice", None)) == models.count(("LibreOffice", "7.0")) == 1
    url = f"/policy/standards/{created.json()['id']}"
    changed = await client.patch(
        url, json={"status": "tolerated"}, headers={**manager, "If-Match": '"1"'}
    )
    assert changed.status_code == 200
    assert changed.json()["status"] == "tolerated"


async def test_items_outside_the_catalogue_are_reported_per_unit(
    client: httpx.AsyncClient, manager: Headers, tech_bre: Headers
) -> None:
    await standard(client, manager, kind="software", model="LibreOffice", status="approved")
    await standard(
        client,
        manager,
        kind="software",
        model="LibreOffice",
        model_version="6.4",
        status="forbidden",
    )
    await standard(client, manager, kind="hardware", model="OptiPlex", status="tolerated")
    await item(
        client, tech_bre, "DR-BRE-SES", kind="software", model="LibreOffice", model_version="24.2"
    )
    old = await item(
        client, tech_bre, "DR-BRE-SES", kind="software", model="libreoffice", model_version="6.4"
    )
    pc = await item(client, tech_bre, "DR-BRE-SED", kind="hardware", model="OptiPlex")
    odd = await item(client, tech_bre, "DR-BRE-SED", kind="hardware", model="Raspberry Pi")
    await item(client, tech_bre, "DR-BRE-SED", kind="hardware", model="Expected", status="ordered")
    await item(client, manager, "DR-ARA", kind="hardware", model="Raspberry Pi")
    report = await client.get("/policy/compliance", headers=tech_bre)
    assert report.status_code == 200
    rows = {r["unit_code"]: r for r in report.json()}
    assert set(rows) == {"DR-BRE-SED", "DR-BRE-SES"}
    ses, sed = rows["DR-BRE-SES"], rows["DR-BRE-SED"]
    assert (ses["items"], ses["approved"], ses["forbidden"]) == (2, 1, 1)
    assert [(x["item_id"], x["status"]) for x in ses["non_compliant"]] == [(old, "forbidden")]
    assert (sed["items"], sed["tolerated"], sed["outside_catalogue"]) == (2, 1, 1)
    assert [(x["item_id"], x["status"]) for x in sed["non_compliant"]] == [
        (pc, "tolerated"),
        (odd, "outside_catalogue"),
    ]
    everywhere = await client.get("/policy/compliance", headers=manager)
    assert {r["unit_code"] for r in everywhere.json()} == {"DR-ARA", "DR-BRE-SED", "DR-BRE-SES"}
    one = await client.get("/policy/compliance?unit_code=DR-ARA", headers=manager)
    assert [r["outside_catalogue"] for r in one.json()] == [1]


async def test_the_initial_catalogue_is_loaded_once(
    app: FastAPI, client: httpx.AsyncClient, manager: Headers
) -> None:
    listed = await client.get("/policy/standards?limit=200", headers=manager)
    windows = {s["model_version"]: s for s in listed.json()["items"] if s["model"] == "Windows"}
    assert {v: s["status"] for v, s in windows.items()} == {
        "11": "approved",
        "10": "tolerated",
        "7": "forbidden",
    }
    changed = await client.patch(
        f"/policy/standards/{windows['10']['id']}",
        json={"status": "forbidden"},
        headers={**manager, "If-Match": '"1"'},
    )
    assert changed.status_code == 200
    async with app.state.database.transaction() as session:
        assert await load_initial_catalogue(session) == 0
    again = await client.get("/policy/standards?limit=200", headers=manager)
    assert len(again.json()["items"]) == len(listed.json()["items"])
    assert (await client.get(f"/policy/standards/{windows['10']['id']}", headers=manager)).json()[
        "status"
    ] == "forbidden"
