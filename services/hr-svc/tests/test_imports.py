"""Bulk import of agents (issue #22, 4): all rows or none, a dry run, each row's errors, the same
rules and scope as ``POST /agents``; through the HTTP API."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import httpx
from openpyxl import Workbook

HEADER = (
    "Matricule;Nom;Prénom;Date de naissance;Catégorie;Corps;Grade;Échelon;Statut;Quotité;"
    "Code unité;Recruté le"
)


def _csv(*rows: str) -> bytes:
    """A file as French Excel writes it: UTF-8 with BOM, ';', CRLF."""
    return ("\ufeff" + "\r\n".join([HEADER, *rows]) + "\r\n").encode()


def _row(matricule: str, unit: str = "DR-BRE-SES", **changes: str) -> str:
    cells = {"matricule": matricule, "last_name": "Martin", "first_name": "Claire",
             "birth_date": "1985-04-12", "category": "A", "corps": "Attaché de l'Insee",
             "grade": "Attaché", "echelon": "4", "status": "titulaire", "quotite": "0,80",
             "unit_code": unit, "hired_on": "2026-03-01", **changes}  # fmt: skip
    return ";".join(cells.values())


async def _import(
    client: httpx.AsyncClient, headers: dict[str, str], data: bytes, **params: Any
) -> httpx.Response:
    return await client.post(
        "/agents/imports",
        params=params,
        files={"file": ("agents.csv", data, "text/csv")},
        headers=headers,
    )


async def _agents(client: httpx.AsyncClient, headers: dict[str, str]) -> list[dict[str, Any]]:
    response = await client.get("/agents", params={"sort": "last_name,first_name"}, headers=headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_a_rejected_agents_import_lists_its_row_errors_and_writes_nothing(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    data = _csv(
        _row("A100001"),  # row 2: right
        _row("A100002", echelon="20", birth_date="12/04/1985"),  # row 3: two fields wrong
        _row("A100001", first_name="Paul"),  # row 4: the matricule of row 2 (same rule as POST)
        _row("A100004", unit="DR-XXX"),  # row 5: no such unit
    )
    response = await _import(client, manager, data)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["type"].endswith("/import-rejected")
    assert problem["detail"] == "3 of 4 rows are wrong: nothing was written"
    errors = [(e["row"], e["column"], e["field"], e["type"]) for e in problem["row_errors"]]
    assert errors[0] == (3, "Date de naissance", "birth_date", errors[0][3])
    assert errors[1:] == [
        (3, "Échelon", "echelon", "less_than_equal"),
        (4, None, None, "duplicate-matricule"),
        (5, None, None, "unknown-org-unit"),
    ]
    assert problem["row_errors"][1]["message"] == "Input should be less than or equal to 15"
    assert "A100001" in problem["row_errors"][2]["message"]
    # Nothing written, not even row 2.
    assert await _agents(client, manager) == []


async def test_an_accepted_import_creates_every_row_a_dry_run_none(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    # An XLSX workbook with the API's field names as headings, typed cells.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["matricule", "last_name", "first_name", "category", "corps", "grade",
                  "status", "quotite", "unit_code", "hired_on", "echelon"])  # fmt: skip
    from datetime import datetime

    sheet.append(["A200001", "Le Gall", "Yann", "B", "Contrôleur de l'Insee", "Contrôleur",
                  "titulaire", 1, "DR-BRE-SES", datetime(2026, 3, 1), 2])  # fmt: skip
    sheet.append(["A200002", "Durand", "Anne", "C", "Adjoint administratif", "Adjoint",
                  "contractuel", 0.5, "DR-BRE", datetime(2026, 4, 1), None])  # fmt: skip
    buffer = io.BytesIO()
    workbook.save(buffer)
    xlsx = buffer.getvalue()

    dry = await client.post(
        "/agents/imports", params={"dry_run": "true"}, files={"file": ("a.xlsx", xlsx)},
        headers=manager,
    )  # fmt: skip
    assert dry.status_code == 200, dry.text
    assert dry.json() == {"dry_run": True, "rows": 2, "created": 2, "ids": []}
    assert await _agents(client, manager) == []  # the dry run wrote nothing

    done = await client.post("/agents/imports", files={"file": ("a.xlsx", xlsx)}, headers=manager)
    assert done.status_code == 201, done.text
    report = done.json()
    assert report["created"] == 2
    agents = await _agents(client, manager)
    assert [(a["matricule"], a["unit_code"], a["quotite"], a["echelon"]) for a in agents] == [
        ("A200002", "DR-BRE", "0.50", 1),  # echelon left empty: the create's default (1)
        ("A200001", "DR-BRE-SES", "1.00", 2),
    ]
    assert sorted(report["ids"]) == sorted(a["id"] for a in agents)
    # As a single create does: the hiring is in the career history.
    career = await client.get(f"/agents/{agents[1]['id']}/career", headers=manager)
    assert [(e["kind"], e["effective_date"]) for e in career.json()["items"]] == [
        ("hired", "2026-03-01")
    ]


async def test_an_import_keeps_to_the_callers_units_and_roles(
    client: httpx.AsyncClient, auth: Callable[..., dict[str, str]], manager: dict[str, str]
) -> None:
    officer = auth(roles=["hr.officer"], units=["DR-BRE"], sub="bre-hr")
    data = _csv(_row("A300001", unit="DR-BRE-SES"), _row("A300002", unit="DR-NOR"))
    response = await _import(client, officer, data)
    assert response.status_code == 422, response.text
    assert [(e["row"], e["type"]) for e in response.json()["row_errors"]] == [(3, "out-of-scope")]
    assert await _agents(client, manager) == []
    # Its own unit only: accepted.
    response = await _import(client, officer, _csv(_row("A300001", unit="DR-BRE-SES")))
    assert response.status_code == 201, response.text
    # A role that may not hire may not import.
    trainer = auth(roles=["hr.trainer"], units=["DG"], sub="trainer")
    response = await _import(client, trainer, _csv(_row("A300009")))
    assert response.status_code == 403


async def test_an_import_refuses_what_is_not_a_table(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    response = await _import(client, manager, png)
    assert response.status_code == 415
    assert response.json()["type"].endswith("/unsupported-import-type")
    response = await _import(client, manager, b"Matricule;Nom;Pointure\r\nA1;Martin;42\r\n")
    assert response.status_code == 422
    problem = response.json()
    assert problem["type"].endswith("/import-unknown-columns")
    assert problem["unknown"] == ["Pointure"]
    response = await _import(client, manager, b"")
    assert response.status_code == 422
    # A cell over the CSV reader's limit (128 KiB): unreadable, a 422, never a 500.
    response = await _import(client, manager, _csv(_row("A1", last_name="x" * 200_000)))
    assert response.status_code == 422
    assert response.json()["type"].endswith("/import-malformed")
    # At most 1,000 rows (the header not counted).
    many = _csv(*(_row(f"B{n:06d}") for n in range(1001)))
    response = await _import(client, manager, many)
    assert response.status_code == 413
    assert response.json()["type"].endswith("/import-too-large")
    assert await _agents(client, manager) == []


async def test_an_import_honours_idempotency_key(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    boundary = "sg-import-test"
    data = _csv(_row("A400001"))
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n'
            f"Content-Type: text/csv\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    headers = {**manager, "Content-Type": f"multipart/form-data; boundary={boundary}",
               "Idempotency-Key": "import-1"}  # fmt: skip
    first = await client.post("/agents/imports", content=body, headers=headers)
    again = await client.post("/agents/imports", content=body, headers=headers)
    assert first.status_code == again.status_code == 201, first.text
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert len(await _agents(client, manager)) == 1
