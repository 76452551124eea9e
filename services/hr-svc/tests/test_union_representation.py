"""F3SCT members designated from the CSA's votes; union time credits computed from the results.

Hand-worked case used throughout (issue #21, item 6): the CSA of DR Bretagne, 10 seats,
2 300 registered voters, 1 000 valid votes: CGT 520, CFDT 310, FO 170 (SUD has no list).

Seats at the highest average (each seat to the highest ``votes / (seats won + 1)``):
  CGT 520 | 260 | 173.33 | 130 | 104 | 86.67 | 74.29 ...
  CFDT 310 | 155 | 103.33 | 77.5 ...
  FO 170 | 85 ...
  the ten highest: 520 CGT, 310 CFDT, 260 CGT, 173.33 CGT, 170 FO, 155 CFDT, 130 CGT, 104 CGT,
  103.33 CFDT, 86.67 CGT (next would be 85 FO, 77.5 CFDT, 74.29 CGT)  →  CGT 6, CFDT 3, FO 1.
A formation spécialisée of 5 seats takes the first five of the same list: 520 CGT, 310 CFDT,
  260 CGT, 173.33 CGT, 170 FO  →  CGT 3, CFDT 1, FO 1.
Time credit: 2 300 electors ÷ 230 = 10 ETP × 1 607 h = 16 070 h; half (8 035 h) by CSA seats,
  half by votes:
  CGT 8 035 × 6/10 = 4 821.00 + 8 035 × 520/1000 = 4 178.20 → 8 999.20
  CFDT 8 035 × 3/10 = 2 410.50 + 8 035 × 310/1000 = 2 490.85 → 4 901.35
  FO 8 035 × 1/10 =   803.50 + 8 035 × 170/1000 = 1 365.95 → 2 169.45
  total 16 070.00
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import httpx
import pytest

from hr_svc.unions.credits import credit_etp, share_credit
from hr_svc.unions.seats import highest_average
from sg_common.testing.plugin import AuthFactory

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")

VOTES = {"CGT": 520, "CFDT": 310, "FO": 170}


def test_f3sct_seats_follow_the_csa_votes_worked_by_hand() -> None:
    # the CSA's own 10 seats, and a formation spécialisée of 5 seats from the same votes
    assert highest_average(VOTES, 10).seats == {"CGT": 6, "CFDT": 3, "FO": 1}
    assert highest_average(VOTES, 5).seats == {"CGT": 3, "CFDT": 1, "FO": 1}
    # a formation spécialisée with as many seats as its CSA mirrors the CSA's seats
    assert highest_average(VOTES, 10).ties == []


def test_credit_scale_worked_by_hand() -> None:
    # 1 ETP per 230 electors up to 140 000; 1 ETP per 650 beyond
    assert credit_etp(2300) == 10
    assert credit_etp(230) == 1
    # 150 000 electors: 140 000 / 230 + 10 000 / 650 = 608.6957 + 15.3846 = 624.0803 ETP
    assert credit_etp(150_000) == Fraction(140_000, 230) + Fraction(10_000, 650)
    assert round(float(credit_etp(150_000)), 4) == 624.0803
    # an incomplete tranche counts pro rata: 1 000 / 230 = 4.3478 ETP
    assert credit_etp(1000) == Fraction(100, 23)


def test_credit_shares_half_by_seats_half_by_votes_worked_by_hand() -> None:
    shares = share_credit(Fraction(16070), seats={"CGT": 6, "CFDT": 3, "FO": 1}, votes=VOTES)
    assert {u: (s.by_seats, s.by_votes, s.total) for u, s in shares.items()} == {
        "CGT": (Decimal("4821.00"), Decimal("4178.20"), Decimal("8999.20")),
        "CFDT": (Decimal("2410.50"), Decimal("2490.85"), Decimal("4901.35")),
        "FO": (Decimal("803.50"), Decimal("1365.95"), Decimal("2169.45")),
    }
    assert sum(s.total for s in shares.values()) == Decimal("16070.00")
    # a list without a seat still gets its share of the votes half: 1 000 h, 2 lists,
    # 1 seat to A; A 500 × 1/1 + 500 × 90/100 = 950; B 0 + 500 × 10/100 = 50
    small = share_credit(Fraction(1000), seats={"A": 1, "B": 0}, votes={"A": 90, "B": 10})
    assert (small["A"].total, small["B"].total) == (Decimal("950.00"), Decimal("50.00"))


# API -----------------------------------------------------------------------------------------
async def _post(
    client: httpx.AsyncClient, path: str, body: dict[str, Any], headers: dict[str, str]
) -> dict[str, Any]:
    response = await client.post(path, json=body, headers=headers)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _csa_with_election(client: httpx.AsyncClient, manager: dict[str, str]) -> None:
    for code in ("CGT", "CFDT", "FO", "SUD"):
        await _post(
            client, "/union-relations/unions", {"code": code, "name": f"{code} Insee"}, manager
        )
    await _post(
        client,
        "/union-relations/bodies",
        {
            "code": "CSA-BRE",
            "kind": "CSA",
            "name": "CSA DR Bretagne",
            "unit_code": "DR-BRE",
            "seats": 10,
        },
        manager,
    )
    election = await _post(
        client,
        "/union-relations/elections",
        {
            "body_code": "CSA-BRE",
            "held_on": "2022-12-08",
            "registered_voters": 2300,
            "blank_or_void": 20,
            "results": [{"union_code": union, "votes": votes} for union, votes in VOTES.items()],
        },
        manager,
    )
    assert {r["union_code"]: r["seats"] for r in election["results"]} == {
        "CGT": 6,
        "CFDT": 3,
        "FO": 1,
    }


async def _f3sct(client: httpx.AsyncClient, manager: dict[str, str], seats: int = 5) -> None:
    await _post(
        client,
        "/union-relations/bodies",
        {
            "code": "F3SCT-BRE",
            "kind": "F3SCT",
            "name": "Formation spécialisée de site, DR Bretagne",
            "unit_code": "DR-BRE",
            "seats": seats,
            "csa_code": "CSA-BRE",
        },
        manager,
    )


async def test_an_f3sct_is_linked_to_a_csa_of_its_perimeter(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    await _csa_with_election(client, manager)
    base = {"kind": "F3SCT", "name": "FS", "unit_code": "DR-BRE", "seats": 5}
    no_csa = await client.post(
        "/union-relations/bodies", json={**base, "code": "F1"}, headers=manager
    )
    assert no_csa.status_code == 422
    csa_with_csa = await client.post(
        "/union-relations/bodies",
        json={**base, "code": "C1", "kind": "CSA", "csa_code": "CSA-BRE"},
        headers=manager,
    )
    assert csa_with_csa.status_code == 422
    unknown = await client.post(
        "/union-relations/bodies", json={**base, "code": "F2", "csa_code": "NOPE"}, headers=manager
    )
    assert unknown.status_code == 404
    elsewhere = await client.post(
        "/union-relations/bodies",
        json={**base, "code": "F3", "unit_code": "DR-NOR", "csa_code": "CSA-BRE"},
        headers=manager,
    )
    assert hr.slug(elsewhere) == "outside-csa-perimeter"
    await _f3sct(client, manager)
    on_an_f3sct = await client.post(
        "/union-relations/bodies",
        json={**base, "code": "F4", "csa_code": "F3SCT-BRE"},
        headers=manager,
    )
    assert hr.slug(on_an_f3sct) == "not-a-csa"
    bodies = (await client.get("/union-relations/bodies", headers=manager)).json()["items"]
    assert {b["code"]: b["csa_code"] for b in bodies} == {"CSA-BRE": None, "F3SCT-BRE": "CSA-BRE"}


async def test_f3sct_members_are_designated_not_elected(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    await _csa_with_election(client, manager)
    await _f3sct(client, manager)
    election = await client.post(
        "/union-relations/elections",
        json={
            "body_code": "F3SCT-BRE",
            "held_on": "2022-12-08",
            "registered_voters": 2300,
            "results": [{"union_code": "CGT", "votes": 520}],
        },
        headers=manager,
    )
    assert hr.slug(election) == "designated-body"
    agent = await hr.hire(manager, matricule="B000001", unit_code="DR-BRE-SES")
    on_the_csa = await client.post(
        "/union-relations/bodies/CSA-BRE/designations",
        json={
            "union_code": "CGT",
            "agent_id": agent["id"],
            "role": "titulaire",
            "designated_on": "2023-01-10",
        },
        headers=manager,
    )
    assert hr.slug(on_the_csa) == "elected-body"
    composition = await client.get("/union-relations/bodies/CSA-BRE/composition", headers=manager)
    assert hr.slug(composition) == "elected-body"


async def test_f3sct_seats_come_from_the_csa_votes_and_cap_the_designations(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await _csa_with_election(client, manager)
    await _f3sct(client, manager, seats=5)
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    composition = await client.get("/union-relations/bodies/F3SCT-BRE/composition", headers=officer)
    assert composition.status_code == 200, composition.text
    seats = {u["union_code"]: u["seats"] for u in composition.json()["unions"]}
    assert seats == {"CGT": 3, "CFDT": 1, "FO": 1}  # worked by hand in the module docstring
    assert composition.json()["csa_code"] == "CSA-BRE"

    a1 = await hr.hire(manager, matricule="B000001", unit_code="DR-BRE-SES")
    a2 = await hr.hire(manager, matricule="B000002", unit_code="DR-BRE-SED")
    a3 = await hr.hire(manager, matricule="B000003", unit_code="DR-BRE")
    outsider = await hr.hire(manager, matricule="N000001", unit_code="DR-NOR-SES")
    gone = await hr.hire(manager, matricule="B000004", unit_code="DR-BRE-SES")
    left = await client.post(
        f"/agents/{gone['id']}/departure",
        json={"left_on": "2024-06-30", "reason": "retraite"},
        headers=manager,
    )
    assert left.status_code == 200, left.text
    path = "/union-relations/bodies/F3SCT-BRE/designations"

    def body(union: str, agent: dict[str, Any], role: str = "titulaire") -> dict[str, Any]:
        return {
            "union_code": union,
            "agent_id": agent["id"],
            "role": role,
            "designated_on": "2026-01-05",
        }

    first = await client.post(path, json=body("FO", a1), headers=manager)
    assert first.status_code == 201, first.text
    assert (first.json()["union_code"], first.json()["role"]) == ("FO", "titulaire")
    # FO holds 1 seat: a second titulaire is refused, with the figures
    second = await client.post(path, json=body("FO", a2), headers=manager)
    assert hr.slug(second) == "seats-exhausted"
    assert (second.json()["seats"], second.json()["designated"]) == (1, 1)
    # as many suppléants as seats
    assert (
        await client.post(path, json=body("FO", a2, "suppleant"), headers=manager)
    ).status_code == 201
    assert (
        hr.slug(await client.post(path, json=body("FO", a3, "suppleant"), headers=manager))
        == "seats-exhausted"
    )
    # SUD presented no list at the CSA election: no seat
    assert hr.slug(await client.post(path, json=body("SUD", a3), headers=manager)) == (
        "seats-exhausted"
    )
    # one seat per person in a body; only agents of the perimeter, still in service
    assert hr.slug(await client.post(path, json=body("CGT", a1), headers=manager)) == (
        "already-designated"
    )
    assert hr.slug(await client.post(path, json=body("CGT", outsider), headers=manager)) == (
        "agent-outside-perimeter"
    )
    assert hr.slug(await client.post(path, json=body("CGT", gone), headers=manager)) == (
        "agent-outside-perimeter"
    )
    unknown = await client.post(path, json={**body("CGT", a3), "agent_id": 999999}, headers=manager)
    assert unknown.status_code == 404
    # who may: the DRH only records designations
    assert (await client.post(path, json=body("CGT", a3), headers=officer)).status_code == 403
    trainer = auth(roles=["hr.trainer"], units=["DR-BRE"])
    assert (await client.post(path, json=body("CGT", a3), headers=trainer)).status_code == 403

    # a withdrawal frees the seat
    withdrawn = await client.post(
        f"/union-relations/designations/{first.json()['id']}/withdrawal",
        json={"ended_on": "2026-02-28", "reason": "mutation"},
        headers=manager,
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["ended_on"] == "2026-02-28"
    again = await client.post(
        f"/union-relations/designations/{first.json()['id']}/withdrawal",
        json={"ended_on": "2026-03-01", "reason": "mutation"},
        headers=manager,
    )
    assert hr.slug(again) == "designation-ended"
    assert (await client.post(path, json=body("FO", a3), headers=manager)).status_code == 201

    composition = (
        await client.get("/union-relations/bodies/F3SCT-BRE/composition", headers=officer)
    ).json()
    fo = next(u for u in composition["unions"] if u["union_code"] == "FO")
    assert (fo["seats"], fo["titulaires"], fo["suppleants"]) == (1, 1, 1)
    listed = (await client.get(path, headers=officer)).json()["items"]
    assert len(listed) == 3
    active = (await client.get(path, params={"active": "true"}, headers=officer)).json()
    assert sorted(d["agent_id"] for d in active["items"]) == sorted([a2["id"], a3["id"]])
    other = auth(roles=["hr.officer"], units=["DR-NOR"])
    assert (
        await client.get("/union-relations/bodies/F3SCT-BRE/composition", headers=other)
    ).status_code == 404
    assert (await client.get(path, headers=other)).status_code == 404


async def test_time_credits_are_computed_from_the_csa_results(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await _csa_with_election(client, manager)
    await _f3sct(client, manager)
    path = "/union-relations/time-credits/2026/computation"
    computed = await client.post(path, json={"body_code": "CSA-BRE"}, headers=manager)
    assert computed.status_code == 200, computed.text
    result = computed.json()
    assert (result["registered_voters"], result["etp"], result["hours"]) == (
        2300,
        "10.0000",
        "16070.00",
    )
    shares = {s["union_code"]: s for s in result["shares"]}
    assert {
        u: (s["hours_by_seats"], s["hours_by_votes"], s["hours_granted"]) for u, s in shares.items()
    } == {
        "CGT": ("4821.00", "4178.20", "8999.20"),
        "CFDT": ("2410.50", "2490.85", "4901.35"),
        "FO": ("803.50", "1365.95", "2169.45"),
    }
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    read = await client.get("/union-relations/time-credits/2026", headers=officer)
    assert read.json() == result
    fo = (await client.get("/union-relations/unions/FO/time-credits/2026", headers=officer)).json()
    assert (fo["hours_granted"], fo["hours_computed"], fo["body_code"]) == (
        "2169.45",
        "2169.45",
        "CSA-BRE",
    )
    # computing again gives the same figures (idempotent)
    again = await client.post(path, json={"body_code": "CSA-BRE"}, headers=manager)
    assert again.json() == result
    # refusals
    assert (
        await client.post(path, json={"body_code": "CSA-BRE"}, headers=officer)
    ).status_code == 403
    before = await client.post(
        "/union-relations/time-credits/2022/computation",
        json={"body_code": "CSA-BRE"},
        headers=manager,
    )
    assert hr.slug(before) == "no-election-for-year"
    f3sct = await client.post(path, json={"body_code": "F3SCT-BRE"}, headers=manager)
    assert hr.slug(f3sct) == "not-a-csa"
    await _post(
        client,
        "/union-relations/bodies",
        {
            "code": "CSA-NOR",
            "kind": "CSA",
            "name": "CSA DR Normandie",
            "unit_code": "DR-NOR",
            "seats": 5,
        },
        manager,
    )
    await _post(
        client,
        "/union-relations/elections",
        {
            "body_code": "CSA-NOR",
            "held_on": "2022-12-08",
            "registered_voters": 460,
            "results": [{"union_code": "CGT", "votes": 100}],
        },
        manager,
    )
    other_perimeter = await client.post(path, json={"body_code": "CSA-NOR"}, headers=manager)
    assert hr.slug(other_perimeter) == "time-credit-perimeter"

    # the typed-in figure is now an override, with a reason, on a computed credit
    put = "/union-relations/unions/FO/time-credits/2026"
    no_reason = await client.put(
        put, json={"hours_granted": "2500.00"}, headers={**manager, "If-Match": '"1"'}
    )
    assert no_reason.status_code == 422
    assert hr.slug(no_reason) == "override-reason-required"
    no_match = await client.put(
        put, json={"hours_granted": "2500.00", "reason": "accord ministériel"}, headers=manager
    )
    assert no_match.status_code == 428
    override = await client.put(
        put,
        json={"hours_granted": "2500.00", "reason": "accord ministériel"},
        headers={**manager, "If-Match": '"1"'},
    )
    assert override.status_code == 200, override.text
    assert (override.json()["hours_granted"], override.json()["hours_computed"]) == (
        "2500.00",
        "2169.45",
    )
    assert override.json()["override_reason"] == "accord ministériel"
    not_computed = await client.put(
        "/union-relations/unions/SUD/time-credits/2026",
        json={"hours_granted": "10.00", "reason": "x"},
        headers=manager,
    )
    assert hr.slug(not_computed) == "time-credit-not-computed"
    # a later computation keeps the override and says so
    kept = (await client.post(path, json={"body_code": "CSA-BRE"}, headers=manager)).json()
    fo_share = next(s for s in kept["shares"] if s["union_code"] == "FO")
    assert (fo_share["hours_computed"], fo_share["hours_granted"]) == ("2169.45", "2500.00")
    assert fo_share["override_reason"] == "accord ministériel"
