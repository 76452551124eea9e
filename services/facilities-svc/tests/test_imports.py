"""Bulk import of catalogue items (issue #22, 4): the rules of ``POST /catalogue``, all rows or
none, a dry run; through the HTTP API."""

from __future__ import annotations

from collections.abc import Callable

import httpx

HEADER = "Code;Libellé;Catégorie;Canal d'achat;Prix unitaire HT;Taux de TVA"


def _csv(*rows: str) -> bytes:
    return ("\ufeff" + "\r\n".join([HEADER, *rows]) + "\r\n").encode()


async def test_a_catalogue_import_all_or_nothing(
    client: httpx.AsyncClient, auth: Callable[..., dict[str, str]]
) -> None:
    buyer = auth(roles=["facilities.buyer"], units=["DPG-ACHATS"], sub="buyer")
    good = [
        "UGAP-LAPTOP-14;Ordinateur portable 14 pouces;it_equipment;ugap;850,00;0,20",
        "PAPIER-A4;Ramette A4;supplies;open_market;4,15;0,20",
    ]
    before = (await client.get("/catalogue", params={"count": "true"}, headers=buyer)).json()
    bad = _csv(
        *good,
        "PAPIER-A4;Doublon;supplies;open_market;4,15;0,20",
        "X;Sans prix;supplies;open_market;;",
    )
    response = await client.post(
        "/catalogue/imports", files={"file": ("c.csv", bad)}, headers=buyer
    )
    assert response.status_code == 422, response.text
    errors = [(e["row"], e["column"], e["type"]) for e in response.json()["row_errors"]]
    assert errors[-2:] == [(5, "Prix unitaire HT", "missing"), (5, "Taux de TVA", "missing")]
    assert errors[0][0] == 4, response.json()  # row 3 again: refused as a single create would
    after = (await client.get("/catalogue", params={"count": "true"}, headers=buyer)).json()
    assert after["total"] == before["total"]

    dry = await client.post(
        "/catalogue/imports", params={"dry_run": "true"}, files={"file": ("c.csv", _csv(*good))},
        headers=buyer,
    )  # fmt: skip
    assert dry.status_code == 200, dry.text
    assert (await client.get("/catalogue", params={"count": "true"}, headers=buyer)).json()[
        "total"
    ] == before["total"]

    done = await client.post(
        "/catalogue/imports", files={"file": ("c.csv", _csv(*good))}, headers=buyer
    )
    assert done.status_code == 201, done.text
    laptop = await client.get("/catalogue", params={"sort": "code"}, headers=buyer)
    prices = {i["code"]: (i["unit_price_ht"], i["vat_rate"]) for i in laptop.json()["items"]}
    assert prices["UGAP-LAPTOP-14"] == ("850.00", "0.2000")  # read from decimal commas
    assert prices["PAPIER-A4"] == ("4.15", "0.2000")

    reader = auth(roles=["facilities.agent"], units=["DR-BRE"], sub="agent")
    response = await client.post(
        "/catalogue/imports", files={"file": ("c.csv", _csv(*good))}, headers=reader
    )
    assert response.status_code == 403
