"""Union relations (issue #20, journey 2) in-process, hr played by the fake: the election form
sends hr what was typed as numbers and shows hr's seats; a refusal keeps the form; roles."""

from __future__ import annotations

import json
from typing import Any

import httpx
from fastapi.testclient import TestClient

from .conftest import FakeServices, csrf_of, problem, sign_in

CSA = {
    "id": 1,
    "code": "CSA-BRE",
    "kind": "CSA",
    "name": "CSA de Bretagne",
    "unit_code": "DR-BRE",
    "seats": 10,
    "csa_code": None,
    "version": 1,
}
UNIONS = [
    {"id": n, "code": code, "name": f"Syndicat {code}", "active": True}
    for n, code in enumerate("ABCD", start=1)
]


def result(code: str, votes: int, seats: int) -> dict[str, Any]:
    return {
        "union_code": code,
        "union_name": f"Syndicat {code}",
        "votes": votes,
        "candidates": 10,
        "share": f"{votes / 9000:.4f}",
        "seats": seats,
        "representative": seats > 0,
    }


# 10 seats, A 4 200, B 2 900, C 1 400, D 500: A 5, B 4, C 1, D 0 (worked in the browser test)
ELECTION = {
    "id": 3,
    "body_code": "CSA-BRE",
    "held_on": "2026-12-03",
    "registered_voters": 10000,
    "blank_or_void": 200,
    "valid_votes": 9000,
    "turnout": "0.9200",
    "seats": 10,
    "results": [
        result("A", 4200, 5),
        result("B", 2900, 4),
        result("C", 1400, 1),
        result("D", 500, 0),
    ],
    "tie_breaks": [],
}


def page_of(items: list[Any]) -> dict[str, Any]:
    return {"items": items, "next_cursor": None}


def hr_lists(fake: FakeServices, elections: list[Any] | None = None) -> None:
    fake.on(
        "GET",
        "/union-relations/bodies",
        lambda r: httpx.Response(
            200, json=page_of([CSA] if r.url.params.get("code", "CSA-BRE") == "CSA-BRE" else [])
        ),
    )
    fake.on("GET", "/union-relations/unions", page_of(UNIONS))
    fake.on("GET", "/union-relations/elections", page_of(elections or []))
    fake.on("GET", "/union-relations/meetings", page_of([]))


def test_the_drh_enters_an_election_and_sees_hrs_seats(
    console: TestClient, fake: FakeServices
) -> None:
    hr_lists(fake)
    fake.on("POST", "/union-relations/elections", lambda _: httpx.Response(201, json=ELECTION))
    fake.on("GET", "/union-relations/elections/3", ELECTION)
    sign_in(console, role="hr.manager", unit="DRH")
    page = console.get("/rh/dialogue-social/instances/CSA-BRE")
    assert page.status_code == 200, page.text
    assert "Saisir les résultats" in page.text
    form: dict[str, str] = {
        "csrf_token": csrf_of(page.text),
        "date": "2026-12-03",
        "inscrits": "10 000",
        "blancs": "200",
    }
    for row, (code, votes) in enumerate((("A", "4 200"), ("B", "2 900"), ("C", "1 400"))):
        form |= {f"liste-{row}": code, f"voix-{row}": votes, f"candidats-{row}": "10"}
    form |= {"liste-3": "D", "voix-3": "500"}  # candidates left empty: 0
    answer = console.post("/rh/dialogue-social/instances/CSA-BRE/elections", data=form)
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"] == "/rh/dialogue-social/elections/3"
    [posted] = [r for r in fake.requests if r.method == "POST"]
    assert json.loads(posted.content) == {
        "body_code": "CSA-BRE",
        "held_on": "2026-12-03",
        "registered_voters": 10000,
        "blank_or_void": 200,
        "results": [
            {"union_code": "A", "votes": 4200, "candidates": 10},
            {"union_code": "B", "votes": 2900, "candidates": 10},
            {"union_code": "C", "votes": 1400, "candidates": 10},
            {"union_code": "D", "votes": 500, "candidates": 0},
        ],
    }
    for path in ("bodies", "elections", "meetings"):
        listed = [
            r
            for r in fake.requests
            if r.method == "GET" and r.url.path == f"/union-relations/{path}"
        ]
        key = "body_code" if path != "bodies" else "code"
        assert {r.url.params.get(key) for r in listed} == {"CSA-BRE"}, path
    shown = console.get("/rh/dialogue-social/elections/3").text
    assert 'data-seats="5"' in shown
    assert "46,67\u00a0%" in shown  # 4 200 / 9 000


def test_a_refused_election_keeps_what_was_typed(console: TestClient, fake: FakeServices) -> None:
    hr_lists(fake, [ELECTION])
    fake.on(
        "POST",
        "/union-relations/elections",
        lambda _: problem(409, "election-cycle", "CSA-BRE last voted on 2026-12-03"),
    )
    sign_in(console, role="hr.manager", unit="DRH")
    page = console.get("/rh/dialogue-social/instances/CSA-BRE")
    assert 'data-election="3"' in page.text
    data = {"csrf_token": csrf_of(page.text), "date": "03/12/2026", "inscrits": "500"}
    answer = console.post(
        "/rh/dialogue-social/instances/CSA-BRE/elections",
        data=data | {"liste-0": "A", "voix-0": "120"},
    )
    assert answer.status_code == 409
    assert "last voted on 2026-12-03" in answer.text
    assert 'value="120"' in answer.text
    bad = console.post("/rh/dialogue-social/instances/CSA-BRE/elections", data=data)
    assert bad.status_code == 422
    assert "Au moins une liste." in bad.text
    assert len([r for r in fake.requests if r.method == "POST"]) == 1


def test_a_correspondent_reads_without_the_drhs_forms(
    console: TestClient, fake: FakeServices
) -> None:
    hr_lists(fake)
    sign_in(console, role="hr.officer", unit="DR-BRE")
    listing = console.get("/rh/dialogue-social")
    assert 'data-body="CSA-BRE"' in listing.text
    assert "Créer l'instance" not in listing.text
    page = console.get("/rh/dialogue-social/instances/CSA-BRE")
    assert "Saisir les résultats" not in page.text
    assert "Programmer la réunion" in page.text  # hr lets HR staff schedule meetings
    refused = console.post(
        "/rh/dialogue-social/instances/CSA-BRE/elections",
        data={"csrf_token": csrf_of(page.text)},
    )
    assert refused.status_code == 403
    assert console.get("/rh/dialogue-social/instances/AUTRE").status_code == 404


def test_other_roles_do_not_reach_union_relations(console: TestClient) -> None:
    sign_in(console, role="hr.trainer", unit="DRH-FORM")
    assert console.get("/rh/dialogue-social").status_code == 403


def test_hrs_tie_notes_are_shown_in_french() -> None:
    from sg_console.pages.unions import tie_in_french

    note = "seat 5: equal average 1400.00 for A, C → A (more votes)"
    assert tie_in_french(note) == (
        "5e siège : moyenne égale (1\u00a0400,00) pour A, C ; attribué à A, "
        "la liste qui a le plus de voix."
    )
    assert tie_in_french("something else") == "something else"
