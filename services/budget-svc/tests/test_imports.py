"""Bulk import of forecast lines (issue #22, 4): ``POST /forecasts``' rules and scope, all rows
or none, a dry run; and an export read back as an import's file."""

from __future__ import annotations

import httpx

HEADER = "Code unité;Exercice;Action;Titre;AE (autorisations d'engagement);CP (crédits de paiement);Commentaire"  # noqa: E501


def _csv(*rows: str) -> bytes:
    return ("\ufeff" + "\r\n".join([HEADER, *rows]) + "\r\n").encode()


async def test_a_forecasts_import_all_or_nothing(
    client: httpx.AsyncClient, officer_bre: dict[str, str]
) -> None:
    good = ["DR-BRE;2026;08;T3;120000,00;110000,00;Enquêtes régionales",
            "DR-BRE-SED;2026;08;T3;5000;4500,50;"]  # fmt: skip
    wrong = _csv(*good, "DR-NOR;2026;08;T3;100,00;100,00;Pas chez nous", "DR-BRE;2026;08;T9;1;1;")
    response = await client.post(
        "/forecasts/imports", files={"file": ("p.csv", wrong)}, headers=officer_bre
    )
    assert response.status_code == 422, response.text
    errors = [(e["row"], e["column"], e["type"]) for e in response.json()["row_errors"]]
    assert errors == [(4, None, "out-of-scope"), (5, "Titre", "enum")]
    assert (await client.get("/forecasts", headers=officer_bre)).json()["items"] == []

    dry = await client.post(
        "/forecasts/imports", params={"dry_run": "true"}, files={"file": ("p.csv", _csv(*good))},
        headers=officer_bre,
    )  # fmt: skip
    assert dry.json() == {"dry_run": True, "rows": 2, "created": 2, "ids": []}
    assert (await client.get("/forecasts", headers=officer_bre)).json()["items"] == []

    done = await client.post(
        "/forecasts/imports", files={"file": ("p.csv", _csv(*good))}, headers=officer_bre
    )
    assert done.status_code == 201, done.text
    listed = (await client.get("/forecasts", params={"sort": "-ae"}, headers=officer_bre)).json()
    assert [(f["unit_code"], f["ae"], f["cp"], f["comment"]) for f in listed["items"]] == [
        ("DR-BRE", "120000.00", "110000.00", "Enquêtes régionales"),
        ("DR-BRE-SED", "5000.00", "4500.50", None),
    ]
