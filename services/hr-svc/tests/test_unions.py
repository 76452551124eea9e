"""Union relations: seats at the highest average (worked by hand), meetings, time credits."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from hr_svc.unions.seats import highest_average
from sg_common.testing.plugin import AuthFactory

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_highest_average_worked_by_hand() -> None:
    # 10 seats; averages: A 1200 600 400 300 240 | 200; B 800 400 266.7 | 200; C 500 250 | 166.7
    # the ten highest: 1200 A, 800 B, 600 A, 500 C, 400 A, 400 B, 300 A, 266.7 B, 250 C, 240 A
    result = highest_average({"A": 1200, "B": 800, "C": 500, "D": 100}, 10)
    assert result.seats == {"A": 5, "B": 3, "C": 2, "D": 0}
    assert result.ties == ["seat 5: equal average 400.00 for A, B → A (more votes)"]


def test_highest_average_tie_goes_to_more_votes_then_candidates() -> None:
    # 5 seats, A 450 B 300 C 150: seats 1-3 A 450, B 300, A 225; then A, B and C all average
    # 150 for the last two seats: more votes first → A, then B (C 150 vs B 150, B more votes).
    result = highest_average({"A": 450, "B": 300, "C": 150}, 5)
    assert result.seats == {"A": 3, "B": 2, "C": 0}
    assert len(result.ties) == 2
    # equal votes: more candidates wins, else a drawing of lots is reported
    by_candidates = highest_average({"X": 100, "Y": 100}, 1, {"X": 3, "Y": 5})
    assert by_candidates.seats == {"X": 0, "Y": 1}
    lots = highest_average({"X": 100, "Y": 100}, 1)
    assert lots.seats == {"X": 1, "Y": 0}
    assert "drawing of lots" in lots.ties[0]


async def _setup(client: httpx.AsyncClient, manager: dict[str, str], seats: int = 5) -> None:
    for code in ("CGT", "CFDT", "FO", "SUD"):
        response = await client.post(
            "/union-relations/unions",
            json={"code": code, "name": f"{code} Insee"},
            headers=manager,
        )
        assert response.status_code == 201
    body = await client.post(
        "/union-relations/bodies",
        json={
            "code": "CSA-BRE",
            "kind": "CSA",
            "name": "CSA DR Bretagne",
            "unit_code": "DR-BRE",
            "seats": seats,
        },
        headers=manager,
    )
    assert body.status_code == 201, body.text


async def test_an_election_gets_its_seats_right_with_a_tie(
    client: httpx.AsyncClient, manager: dict[str, str], auth: AuthFactory
) -> None:
    await _setup(client, manager)
    election = await client.post(
        "/union-relations/elections",
        json={
            "body_code": "CSA-BRE",
            "held_on": "2022-12-08",
            "registered_voters": 1000,
            "blank_or_void": 20,
            "results": [
                {"union_code": "CGT", "votes": 450},
                {"union_code": "CFDT", "votes": 300},
                {"union_code": "FO", "votes": 150},
                {"union_code": "SUD", "votes": 0},
            ],
        },
        headers=manager,
    )
    assert election.status_code == 201, election.text
    body = election.json()
    seats = {r["union_code"]: r["seats"] for r in body["results"]}
    assert seats == {"CGT": 3, "CFDT": 2, "FO": 0, "SUD": 0}
    assert body["turnout"] == "0.9200"
    assert len(body["tie_breaks"]) == 2
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    rep = (
        await client.get("/union-relations/bodies/CSA-BRE/representativeness", headers=officer)
    ).json()
    assert [r["union_code"] for r in rep["results"] if r["representative"]] == ["CGT", "CFDT"]
    assert {r["union_code"]: r["share"] for r in rep["results"]}["CGT"] == "0.5000"
    other = auth(roles=["hr.officer"], units=["DR-NOR"])
    assert (
        await client.get("/union-relations/bodies/CSA-BRE/representativeness", headers=other)
    ).status_code == 404
    assert (
        await client.get(f"/union-relations/elections/{body['id']}", headers=other)
    ).status_code == 404


async def test_election_rules(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await _setup(client, manager)
    base = {
        "body_code": "CSA-BRE",
        "registered_voters": 100,
        "results": [{"union_code": "CGT", "votes": 50}],
    }
    first = await client.post(
        "/union-relations/elections", json={**base, "held_on": "2022-12-08"}, headers=manager
    )
    assert first.status_code == 201
    soon = await client.post(
        "/union-relations/elections", json={**base, "held_on": "2025-12-04"}, headers=manager
    )
    assert hr.slug(soon) == "election-cycle"
    too_many = await client.post(
        "/union-relations/elections",
        json={**base, "held_on": "2026-12-03", "results": [{"union_code": "CGT", "votes": 101}]},
        headers=manager,
    )
    assert hr.slug(too_many) == "votes-exceed-voters"
    twice = await client.post(
        "/union-relations/elections",
        json={
            **base,
            "held_on": "2026-12-03",
            "results": [{"union_code": "CGT", "votes": 1}, {"union_code": "CGT", "votes": 1}],
        },
        headers=manager,
    )
    assert hr.slug(twice) == "duplicate-list"
    on_cycle = await client.post(
        "/union-relations/elections", json={**base, "held_on": "2026-12-03"}, headers=manager
    )
    assert on_cycle.status_code == 201
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    not_manager = await client.post(
        "/union-relations/elections", json={**base, "held_on": "2030-12-03"}, headers=officer
    )
    assert not_manager.status_code == 403


async def test_meeting_agenda_minutes_and_opinions(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await _setup(client, manager, seats=10)
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    meeting = await client.post(
        "/union-relations/meetings",
        json={
            "body_code": "CSA-BRE",
            "held_on": "2026-06-12",
            "agenda": ["Lignes directrices de gestion", "Bilan social"],
        },
        headers=officer,
    )
    assert meeting.status_code == 201, meeting.text
    mid = meeting.json()["id"]
    path = f"/union-relations/meetings/{mid}/opinions"
    fav = await client.post(
        path,
        json={"item": 0, "votes_for": 6, "votes_against": 3, "abstentions": 1},
        headers=officer,
    )
    assert fav.json()["outcome"] == "favourable"
    unanimous = await client.post(
        path,
        json={"item": 1, "votes_for": 0, "votes_against": 10, "abstentions": 0},
        headers=officer,
    )
    assert unanimous.json()["outcome"] == "unanimous_against"
    dup = await client.post(
        path,
        json={"item": 1, "votes_for": 1, "votes_against": 0, "abstentions": 0},
        headers=officer,
    )
    assert hr.slug(dup) == "opinion-already-recorded"
    unknown = await client.post(
        path,
        json={"item": 5, "votes_for": 1, "votes_against": 0, "abstentions": 0},
        headers=officer,
    )
    assert hr.slug(unknown) == "unknown-agenda-item"
    too_many = await client.post(
        path,
        json={"item": 0, "votes_for": 8, "votes_against": 3, "abstentions": 0},
        headers=officer,
    )
    assert hr.slug(too_many) == "too-many-votes"
    minutes = await client.patch(
        f"/union-relations/meetings/{mid}",
        json={"minutes": "PV approuvé"},
        headers={**officer, "If-Match": '"1"'},
    )
    assert minutes.status_code == 200
    read = (await client.get(f"/union-relations/meetings/{mid}", headers=officer)).json()
    assert read["minutes"] == "PV approuvé"
    assert [o["outcome"] for o in read["opinions"]] == ["favourable", "unanimous_against"]
    other = auth(roles=["hr.officer"], units=["DR-NOR"])
    assert (await client.get(f"/union-relations/meetings/{mid}", headers=other)).status_code == 404


#: 230 electors (1 ETP × 1 607 h), one list that wins every seat and every vote.
SINGLE_LIST = {
    "body_code": "CSA-BRE",
    "held_on": "2022-12-08",
    "registered_voters": 230,
    "results": [{"union_code": "CGT", "votes": 100}],
}


async def test_time_credit_consumption_cannot_exceed_the_grant(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    await _setup(client, manager)
    # 230 electors: 1 ETP × 1 607 h; one list wins every seat and every vote → CGT 1 607.00 h
    assert (
        await client.post("/union-relations/elections", json=SINGLE_LIST, headers=manager)
    ).status_code == 201
    computed = await client.post(
        "/union-relations/time-credits/2026/computation",
        json={"body_code": "CSA-BRE"},
        headers=manager,
    )
    assert computed.status_code == 200, computed.text
    path = "/union-relations/unions/CGT/time-credits/2026"
    granted = (await client.get(path, headers=manager)).json()
    assert granted["hours_granted"] == "1607.00"
    used = await client.post(
        f"{path}/uses", json={"used_on": "2026-03-10", "hours": "1600.00"}, headers=manager
    )
    assert used.status_code == 201
    assert (used.json()["hours_used"], used.json()["hours_remaining"]) == ("1600.00", "7.00")
    over = await client.post(
        f"{path}/uses", json={"used_on": "2026-03-11", "hours": "7.50"}, headers=manager
    )
    assert hr.slug(over) == "time-credit-exhausted"
    wrong_year = await client.post(
        f"{path}/uses", json={"used_on": "2025-12-31", "hours": "1"}, headers=manager
    )
    assert hr.slug(wrong_year) == "outside-credit-year"
    exact = await client.post(
        f"{path}/uses", json={"used_on": "2026-03-11", "hours": "7.00"}, headers=manager
    )
    assert exact.json()["hours_remaining"] == "0.00"


async def test_a_new_election_cannot_take_a_credit_below_its_use(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    await _setup(client, manager)
    await client.post("/union-relations/elections", json=SINGLE_LIST, headers=manager)
    compute: dict[str, Any] = {"json": {"body_code": "CSA-BRE"}, "headers": manager}
    path = "/union-relations/time-credits/2027/computation"
    assert (await client.post(path, **compute)).status_code == 200  # from 2022: 1 607 h
    used = await client.post(
        "/union-relations/unions/CGT/time-credits/2027/uses",
        json={"used_on": "2027-01-04", "hours": "1000.00"},
        headers=manager,
    )
    assert used.status_code == 201
    # the December 2026 election (115 electors: 0.5 ETP = 803.50 h) now rules 2027
    later = {**SINGLE_LIST, "held_on": "2026-12-03", "registered_voters": 115}
    assert (
        await client.post("/union-relations/elections", json=later, headers=manager)
    ).status_code == 201
    refused = await client.post(path, **compute)
    assert hr.slug(refused) == "credit-below-use"
    assert refused.json()["hours_used"] == "1000.00"


async def test_a_meetings_minutes_are_attached_and_kept_from_other_units(
    client: httpx.AsyncClient, manager: dict[str, str], auth: AuthFactory
) -> None:
    """Documents (issue #22, item 2): the signed procès-verbal of a meeting."""
    await _setup(client, manager, seats=10)
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    meeting = await client.post(
        "/union-relations/meetings",
        json={"body_code": "CSA-BRE", "held_on": "2026-06-12", "agenda": ["Bilan social"]},
        headers=officer,
    )
    mid = meeting.json()["id"]
    pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
    attached = await client.post(
        f"/union-relations/meetings/{mid}/attachments",
        files={"file": ("PV CSA 12-06-2026.pdf", pdf)},
        headers=officer,
    )
    assert attached.status_code == 201, attached.text
    doc = f"/union-relations/meetings/{mid}/attachments/{attached.json()['id']}"
    assert (await client.get(doc, headers=manager)).content == pdf
    pdl = auth(roles=["hr.officer"], units=["DR-PDL"])
    assert (await client.get(doc, headers=pdl)).status_code == 404


async def test_bodies_elections_and_meetings_are_filtered_by_body(
    client: httpx.AsyncClient, manager: dict[str, str]
) -> None:
    """The console's page of one body: its record, its elections and its meetings only."""
    await _setup(client, manager)
    other = {"code": "CSA-GES", "kind": "CSA", "name": "CSA DR Grand Est", "unit_code": "DR-GES"}
    created = await client.post(
        "/union-relations/bodies", json={**other, "seats": 3}, headers=manager
    )
    assert created.status_code == 201, created.text
    for code in ("CSA-BRE", "CSA-GES"):
        election = {
            "body_code": code,
            "held_on": "2022-12-08",
            "registered_voters": 100,
            "results": [{"union_code": "CGT", "votes": 50}],
        }
        answer = await client.post("/union-relations/elections", json=election, headers=manager)
        assert answer.status_code == 201, answer.text
        meeting = {"body_code": code, "held_on": "2026-06-12", "agenda": ["Bilan social"]}
        answer = await client.post("/union-relations/meetings", json=meeting, headers=manager)
        assert answer.status_code == 201, answer.text
    bodies = await client.get(
        "/union-relations/bodies", params={"code": "CSA-GES"}, headers=manager
    )
    assert [b["code"] for b in bodies.json()["items"]] == ["CSA-GES"]
    for path in ("/union-relations/elections", "/union-relations/meetings"):
        listed = await client.get(path, params={"body_code": "CSA-GES"}, headers=manager)
        assert listed.status_code == 200, listed.text
        assert [x["body_code"] for x in listed.json()["items"]] == ["CSA-GES"], path
        every = await client.get(path, headers=manager)
        assert len(every.json()["items"]) == 2, path
        unknown = await client.get(path, params={"body_code": "NONE"}, headers=manager)
        assert unknown.json()["items"] == [], path
