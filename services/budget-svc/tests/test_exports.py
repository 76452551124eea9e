"""Exports (issue #22, 4) on budget: the commitments list as CSV and XLSX, with its filters and
sort applied, every page, within the caller's scope; hand-checked rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx
from openpyxl import load_workbook

HEADER = [
    "Identifiant", "Code unité", "Exercice", "Action", "Sous-action", "Titre", "Bon de commande",
    "Fournisseur", "Description", "Origine", "Statut", "AE initiales",
    "AE (autorisations d'engagement)", "Créé par", "Par délégation de",
    "Identifiant de délégation", "Créé le", "Version",
]  # fmt: skip


async def _commit(client: httpx.AsyncClient, headers: dict[str, str], **fields: Any) -> int:
    body = {"unit_code": "DR-BRE", "fiscal_year": 2026, "action": "08", "title": "T3",
            "description": "Fournitures", **fields}  # fmt: skip
    response = await client.post("/commitments", json=body, headers=headers)
    assert response.status_code == 201, response.text
    made: int = response.json()["id"]
    return made


async def test_commitments_export_csv_and_xlsx_with_filters(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    auth: Callable[..., dict[str, str]],
    budget: Any,
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00", action="08")
    await budget.allocate("DR-BRE", "10000.00", "8000.00", action="09")
    first = await _commit(client, officer_bre, ae="1200.00", supplier="ACME")
    # A supplier a spreadsheet would run as a formula: written as text (leading apostrophe).
    second = await _commit(client, officer_bre, ae="450.50", supplier='=HYPERLINK("x")')
    third = await _commit(client, officer_bre, ae="3000.00", supplier="Bureau Vallée")
    await _commit(client, officer_bre, ae="99.99", action="09")  # filtered out (action 09)

    # action=08, by AE descending: 3000.00, 1200.00, 450.50 (the action 09 one left out); read
    # one row a page (limit=1): the export still has them all.
    params = {"action": "08", "sort": "-ae", "format": "csv", "limit": "1"}
    response = await client.get("/commitments", params=params, headers=officer_bre)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="budget-engagements-')
    assert disposition.split(";")[1].strip().endswith('.csv"')
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: French Excel reads the accents
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ";".join(HEADER)
    assert lines[-1] == ""  # every line ends with CRLF
    rows = [line.split(";") for line in lines[1:-1]]
    assert [r[0] for r in rows] == [str(third), str(first), str(second)]
    assert [r[7] for r in rows] == ["Bureau Vallée", "ACME", '"\'=HYPERLINK(""x"")"']
    # Amounts with a decimal comma; AE initial = AE while nothing was reduced.
    assert [(r[11], r[12]) for r in rows] == [
        ("3000,00", "3000,00"), ("1200,00", "1200,00"), ("450,50", "450,50"),
    ]  # fmt: skip
    assert rows[0][1:7] == ["DR-BRE", "2026", "08", "", "T3", ""]
    assert rows[0][9:11] == ["api", "active"]
    assert rows[0][13] == "bre-officer"
    assert datetime.fromisoformat(rows[0][16])  # 'YYYY-MM-DD HH:MM:SS', UTC
    # The formula-looking supplier, read as CSV: the cell starts with an apostrophe.
    parsed = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert parsed[3][7] == '\'=HYPERLINK("x")'

    # The same through Accept, as XLSX: typed cells (amounts are numbers, dates dates).
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    response = await client.get(
        "/commitments",
        params={"action": "08", "sort": "-ae"},
        headers={**officer_bre, "Accept": xlsx},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == xlsx
    assert 'filename="budget-engagements-' in response.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).worksheets[0]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert table[0] == HEADER
    assert [r[0] for r in table[1:]] == [third, first, second]
    assert [r[12] for r in table[1:]] == [3000, 1200, 450.5]
    assert Decimal(str(table[3][12])) == Decimal("450.50")
    assert table[3][7] == '\'=HYPERLINK("x")'  # text, never a formula
    assert isinstance(table[1][16], datetime)

    # Normandy's officer exports Normandy's list: the header only.
    response = await client.get("/commitments", params={"format": "csv"}, headers=officer_nor)
    assert response.status_code == 200
    assert response.content.decode("utf-8-sig").split("\r\n")[1:] == [""]

    # Who may not read the list may not export it: the list's own 403, as a problem.
    stranger = auth(roles=["hr.manager"], units=["DR-BRE"], sub="stranger")
    response = await client.get("/commitments", params={"format": "xlsx"}, headers=stranger)
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("application/problem+json")
    # A filter the list refuses is refused for the export too; an unknown format is a 422.
    response = await client.get(
        "/commitments", params={"format": "csv", "sort": "nope"}, headers=officer_bre
    )
    assert response.status_code == 422
    response = await client.get("/commitments", params={"format": "pdf"}, headers=officer_bre)
    assert response.status_code == 422
    assert response.json()["type"].endswith("/invalid-export-format")
    # The list checks its own parameters for the export too: a limit out of bounds, a bad cursor.
    for wrong, status in (({"limit": "0"}, 422), ({"limit": "201"}, 422), ({"cursor": "!"}, 400)):
        response = await client.get(
            "/commitments", params={"format": "csv", **wrong}, headers=officer_bre
        )
        assert response.status_code == status, wrong
    # Started from a cursor: the rows after it (the first page of one row, then the rest).
    page = await client.get("/commitments", params={"action": "08", "sort": "-ae", "limit": "1"},
                            headers=officer_bre)  # fmt: skip
    rest = await client.get(
        "/commitments",
        params={"action": "08", "sort": "-ae", "format": "csv",
                "cursor": page.json()["next_cursor"]},
        headers=officer_bre,
    )  # fmt: skip
    assert [r.split(";")[0] for r in rest.content.decode("utf-8-sig").split("\r\n")[1:-1]] == [
        str(first),
        str(second),
    ]


async def test_an_export_walks_every_page(
    client: httpx.AsyncClient, officer_bre: dict[str, str], budget: Any
) -> None:
    """More rows than a page holds (200): the export has them all, in the list's order."""
    await budget.allocate("DR-BRE", "100000.00", "80000.00")
    made = [await _commit(client, officer_bre, ae="10.00") for _ in range(205)]
    response = await client.get("/commitments", params={"format": "csv"}, headers=officer_bre)
    lines = response.content.decode("utf-8-sig").split("\r\n")[1:-1]
    assert [int(line.split(";")[0]) for line in lines] == made
