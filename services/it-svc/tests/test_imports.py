"""Bulk import of inventory items (issue #22, 4): the rules, scope and events of ``POST /items``,
all rows or none, through the HTTP API."""

from __future__ import annotations

from typing import Any

import httpx

from sg_common.testing import ServiceEvents

Headers = dict[str, str]
HEADER = "Type;Nom;Modèle;Code unité;Site;Numéro de série;Fin de garantie;Statut"


def _csv(*rows: str) -> bytes:
    return ("\ufeff" + "\r\n".join([HEADER, *rows]) + "\r\n").encode()


async def _import(client: httpx.AsyncClient, headers: Headers, data: bytes, **params: Any) -> Any:
    return await client.post(
        "/items/imports", params=params, files={"file": ("parc.csv", data)}, headers=headers
    )


async def test_an_items_import_registers_each_item_as_a_single_create_does(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    data = _csv(
        "hardware;Poste fixe accueil;Dell OptiPlex 7010;DR-BRE-SES;Rennes;SN-1;2029-03-31;",
        "hardware;Portable;Dell Latitude 5440;DR-BRE;Rennes;SN-2;;in_stock",
        "hardware;Écran;Dell P2422H;DR-BRE;Rennes;;;ordered",  # ordered: registered later
    )
    dry = await _import(client, tech_bre, data, dry_run="true")
    assert dry.status_code == 200, dry.text
    assert dry.json() == {"dry_run": True, "rows": 3, "created": 3, "ids": []}
    assert await service_events.published("it.asset_registered") == []  # rolled back

    done = await _import(client, tech_bre, data)
    assert done.status_code == 201, done.text
    ids = done.json()["ids"]
    listed = await client.get("/items", params={"sort": "name"}, headers=tech_bre)
    assert [(i["name"], i["status"], i["warranty_end"]) for i in listed.json()["items"]] == [
        ("Portable", "in_stock", None),
        ("Poste fixe accueil", "in_stock", "2029-03-31"),  # the create's default status
        ("Écran", "ordered", None),
    ]
    events = await service_events.published("it.asset_registered")
    assert sorted(e.data.asset_id for e in events) == sorted(str(i) for i in ids[:2])  # type: ignore[attr-defined]


async def test_an_items_import_with_another_units_row_writes_nothing(
    client: httpx.AsyncClient, tech_bre: Headers, service_events: ServiceEvents
) -> None:
    data = _csv(
        "hardware;Poste;Dell OptiPlex 7010;DR-BRE;Rennes;SN-1;;",
        "hardware;Poste;Dell OptiPlex 7010;DR-ARA;Lyon;SN-2;;",  # another directorate's
        "imprimante;Poste;HP;DR-BRE;Rennes;SN-3;;",  # no such kind
    )
    response = await _import(client, tech_bre, data)
    assert response.status_code == 422, response.text
    errors = [(e["row"], e["field"], e["type"]) for e in response.json()["row_errors"]]
    assert errors == [(3, None, "out-of-scope"), (4, "kind", "enum")]
    assert response.json()["row_errors"][1]["column"] == "Type"
    assert (await client.get("/items", headers=tech_bre)).json()["items"] == []
    assert await service_events.published("it.asset_registered") == []
