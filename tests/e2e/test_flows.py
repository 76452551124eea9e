"""The suite as one system: cross-service flows over the real broker (issue #11, flows 1, 3–8).

Each test drives the five separate processes only over HTTP, with the tokens of the people who
would act, and reads the effects only over HTTP, waiting on conditions with bounded deadlines.
The flows share one running suite per backend, so each works on units, codes and centres of its
own and does not depend on the others' order:

======  ===========================================================================
flow    units / codes of its own
======  ===========================================================================
1       DR-PAC (2026)
3       DR-HDF-SES, a new IT catalogue item
4       DI-INFRA, a new course
5       a new census code, CNI-METZ in 2028-03, a new plan code
6       CNI-LILLE
7       DR-BRE-SES, a new proposal title
8       DR-CVL, CNI-NANTES, a new catalogue item, a new operation code (2029-01)
======  ===========================================================================
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from .helpers import (
    BUDGET_CONTROLLER,
    BUDGET_MANAGER,
    HR_MANAGER,
    HR_TRAINER,
    IT_PLANNER,
    PRODUCTION_MANAGER,
    allocate,
    as_,
    assign,
    catalogue_item,
    ensure_open_year,
    expect,
    hire,
    money,
    order,
    uid,
    wait_for,
)
from .suite import Suite

pytestmark = pytest.mark.e2e

YEAR = 2026


def _requisition(suite: Suite, unit: str, requisition_id: int) -> dict[str, Any]:
    requester = ("facilities.requester", unit, f"req-{unit.lower()}")
    with as_(suite, "facilities", requester) as facilities:
        result: dict[str, Any] = expect(facilities.get(f"/requisitions/{requisition_id}"))
        return result


def _confirmed(suite: Suite, unit: str, requisition_id: int) -> dict[str, Any]:
    """Wait until budget committed the order's AE and facilities confirmed it."""

    def check() -> dict[str, Any]:
        got = _requisition(suite, unit, requisition_id)
        assert got["status"] == "confirmed", (got["status"], got["rejection_reason"])
        assert got["commitment_id"], got
        return got

    result: dict[str, Any] = wait_for(check, what="order confirmed by budget")
    return result


# --- 1. Budget → everyone --------------------------------------------------------------------


def test_flow1_an_allocation_reaches_facilities_hr_and_it(suite: Suite) -> None:
    unit = "DR-PAC"
    ensure_open_year(suite, YEAR)
    t3 = allocate(suite, unit, year=YEAR, action="08", title="T3", ae="250000.00", cp="240000.00")
    t5 = allocate(suite, unit, year=YEAR, action="08", title="T5", ae="60000.00", cp="35000.00")

    # facilities: the unit's envelope per action and title, nothing committed yet
    requester = ("facilities.requester", unit, "req-pac")
    with as_(suite, "facilities", requester) as facilities:

        def facilities_shows_it() -> None:
            lines = expect(
                facilities.get(
                    "/budget-availability", params={"unit_code": unit, "fiscal_year": YEAR}
                )
            )["items"]
            got = {
                (x["action"], x["title"]): (
                    money(x["ae_allocated"]),
                    money(x["cp_allocated"]),
                    money(x["ae_available"]),
                )
                for x in lines
            }
            assert got == {
                ("08", "T3"): (Decimal("250000.00"), Decimal("240000.00"), Decimal("250000.00")),
                ("08", "T5"): (Decimal("60000.00"), Decimal("35000.00"), Decimal("60000.00")),
            }

        wait_for(facilities_shows_it, what="facilities budget availability")

    # hr: the T3 dotation is the training envelope of the unit's plan (T5 is not training)
    officer = ("hr.officer", unit, "hr-pac")
    with as_(suite, "hr", officer) as hr:

        def hr_shows_it() -> None:
            plan = expect(hr.get(f"/training/plans/{unit}/{YEAR}"))
            assert plan["envelope_ae"] is not None, plan
            assert money(plan["envelope_ae"]) == Decimal("250000.00")
            assert money(plan["envelope_cp"]) == Decimal("240000.00")
            assert money(plan["envelope_remaining_cp"]) == Decimal("240000.00")

        wait_for(hr_shows_it, what="hr training envelope")

    # it: the DI sees the unit's envelopes, one per allocation
    technician = ("it.technician", unit, "tech-pac")
    with as_(suite, "it", technician) as it:

        def it_shows_it() -> None:
            items = expect(
                it.get("/budget-envelopes", params={"unit_code": unit, "fiscal_year": YEAR})
            )["items"]
            got = sorted(
                (x["unit_code"], x["fiscal_year"], x["action"], x["title"], x["ae"], x["cp"])
                for x in items
            )
            assert got == [
                (unit, YEAR, "08", "T3", "250000.00", "240000.00"),
                (unit, YEAR, "08", "T5", "60000.00", "35000.00"),
            ]
            assert {x["allocation_id"] for x in items} == {str(t3["id"]), str(t5["id"])}

        wait_for(it_shows_it, what="it budget envelopes")


# --- 3. IT equipment -------------------------------------------------------------------------


def test_flow3_an_it_purchase_becomes_expected_items_then_stock(suite: Suite) -> None:
    unit = "DR-HDF-SES"
    ensure_open_year(suite, YEAR)
    allocate(suite, unit, year=YEAR, action="08", title="T5", ae="20000.00")
    laptop = catalogue_item(suite, category="it_equipment", price="900.00")
    chair = catalogue_item(suite, category="furniture", price="200.00", channel="ugap")
    ordered = order(suite, unit, [(laptop, 3), (chair, 2)], year=YEAR, action="08", title="T5")
    order_id = ordered["order_id"]
    confirmed = _confirmed(suite, unit, ordered["id"])
    assert money(confirmed["amount_ttc"]) == Decimal("3720.00")  # (2700 + 400) × 1.2

    technician = ("it.technician", "DR-HDF", "tech-hdf")
    with as_(suite, "it", technician) as it:

        def items() -> list[dict[str, Any]]:
            found: list[dict[str, Any]] = expect(
                it.get("/items", params={"purchase_order_id": order_id})
            )["items"]
            return found

        def expected() -> None:
            got = items()
            # only the IT line: three laptops expected for the unit, not the chairs
            assert [(i["status"], i["model"], i["unit_code"]) for i in got] == [
                ("ordered", laptop, unit)
            ] * 3, got

        wait_for(expected, what="expected items in it")

        laptop_line = next(line for line in confirmed["lines"] if line["item_code"] == laptop)
        chair_line = next(line for line in confirmed["lines"] if line["item_code"] == chair)
        requester = ("facilities.requester", unit, f"req-{unit.lower()}")
        with as_(suite, "facilities", requester) as facilities:
            expect(
                facilities.post(
                    f"/requisitions/{ordered['id']}/receipts",
                    json={
                        "lines": [
                            {"line_id": laptop_line["id"], "quantity": 2},
                            {"line_id": chair_line["id"], "quantity": 2},
                        ]
                    },
                ),
                201,
            )

            def two_in_stock() -> None:
                statuses = sorted(i["status"] for i in items())
                assert statuses == ["in_stock", "in_stock", "ordered"], statuses

            wait_for(two_in_stock, what="partial receipt in it")

            expect(
                facilities.post(
                    f"/requisitions/{ordered['id']}/receipts",
                    json={"lines": [{"line_id": laptop_line["id"], "quantity": 1}]},
                ),
                201,
            )
            assert _requisition(suite, unit, ordered["id"])["status"] == "received"

        def all_in_stock() -> None:
            got = items()
            assert [i["status"] for i in got] == ["in_stock"] * 3, got
            assert all(i["registered_at"] for i in got), got

        wait_for(all_in_stock, what="full receipt in it")


# --- 4. Training -----------------------------------------------------------------------------


def test_flow4_a_training_is_committed_before_it_happens_and_adds_the_skill_in_it(
    suite: Suite,
) -> None:
    """Issue #21, item 4, hand-worked. DI-INFRA gets 10 000.00 AE on T3, action 09 (less the
    mise en réserve, ``frozen``). A session of 8 seats at 500.00 is confirmed: budget commits
    8 × 500 = 4 000.00 (available 10 000 − frozen − 4 000). It is held for 3 500.00: service
    fait 3 500.00, the 500.00 left released (available 10 000 − frozen − 3 500). A session
    estimated at 12 000.00 is refused and hr shows budget's figures; a confirmed session
    cancelled releases its AE. The agent's completion adds the course's skills in it."""
    unit = "DI-INFRA"
    ensure_open_year(suite, YEAR)
    allocate(suite, unit, year=YEAR, action="09", title="T3", ae="10000.00")
    agent_id = hire(suite, unit)
    assign(suite, agent_id, unit, start="2026-01-01")

    with as_(suite, "budget", BUDGET_CONTROLLER) as budget:
        frozen = money(expect(budget.get(f"/availability/{unit}/{YEAR}/09/T3"))["frozen_ae"])
    allocated = Decimal("10000.00")

    with as_(suite, "it", IT_PLANNER) as it:
        wait_for(
            lambda: expect(it.get(f"/staff/{agent_id}"))["active"],
            what="agent in the IT staff registry",
        )

    code = f"K8S-{uid()}"
    with as_(suite, "hr", HR_TRAINER) as hr:
        course = expect(
            hr.post(
                "/training/courses",
                json={
                    "code": code,
                    "title": "Kubernetes pour l'exploitation",
                    "domain": "informatique",
                    "duration_hours": "21.00",
                    "cost": "500.00",
                    "skills": ["Kubernetes", "Helm"],
                },
            ),
            201,
        )

        def session(capacity: int) -> int:
            created = hr.post(
                "/training/sessions",
                json={
                    "course_id": course["id"],
                    "unit_code": unit,
                    "start_date": "2026-10-05",
                    "end_date": "2026-10-07",
                    "place": "Montrouge, salle 3",
                    "capacity": capacity,
                },
            )
            return int(expect(created, 201)["id"])

        def budget_answer(sid: int, status: str) -> dict[str, Any]:
            def answered() -> dict[str, Any]:
                got: dict[str, Any] = expect(hr.get(f"/training/sessions/{sid}"))["budget"]
                assert got["status"] == status, got
                return got

            result: dict[str, Any] = wait_for(answered, what=f"budget {status} session {sid}")
            return result

        held = session(8)
        enrolment = expect(
            hr.post(f"/training/sessions/{held}/enrolments", json={"agent_id": agent_id}), 201
        )
        path = f"/training/enrolments/{enrolment['id']}"
        expect(hr.put(f"{path}/attendance", json={"present": True}))
        # not committed yet: the agent cannot complete
        early = hr.post(f"{path}/completion", json={"completed_on": "2026-10-07"})
        assert early.status_code == 409, early.text
        confirmed = expect(hr.post(f"/training/sessions/{held}/confirmation", json={}))
        assert money(confirmed["estimated_cost"]) == Decimal("4000.00")  # 8 seats × 500.00
        answer = budget_answer(held, "committed")
        assert money(answer["committed_ae"]) == Decimal("4000.00")
        assert money(answer["available_ae"]) == allocated - frozen - Decimal("4000.00")
        commitment_id = answer["commitment_id"]

        completion = expect(hr.post(f"{path}/completion", json={"completed_on": "2026-10-07"}), 201)
        assert (completion["unit_code"], money(completion["cost"])) == (unit, Decimal("500.00"))
        closed = expect(
            hr.post(
                f"/training/sessions/{held}/completion",
                json={"actual_cost": "3500.00", "completed_on": "2026-10-07"},
            )
        )
        assert (closed["status"], closed["budget"]["status"]) == ("completed", "certified")
        with as_(suite, "budget", BUDGET_CONTROLLER) as budget:

            def released() -> None:
                line = expect(budget.get(f"/availability/{unit}/{YEAR}/09/T3"))
                assert money(line["committed_ae"]) == Decimal("3500.00"), line

            wait_for(released, what="the unused 500.00 released in budget")

        # 12 000.00 is more than is left: refused, with budget's figures shown in hr
        refused = session(30)
        expect(
            hr.post(
                f"/training/sessions/{refused}/confirmation",
                json={"estimated_cost": "12000.00"},
            )
        )
        answer = budget_answer(refused, "refused")
        assert money(answer["requested_ae"]) == Decimal("12000.00")
        assert money(answer["available_ae"]) == allocated - frozen - Decimal("3500.00")
        assert answer["reason"].startswith("insufficient-ae"), answer

        # a confirmed session cancelled: its 1 000.00 go back to the line
        dropped = session(2)
        expect(hr.post(f"/training/sessions/{dropped}/confirmation", json={}))
        budget_answer(dropped, "committed")
        expect(hr.post(f"/training/sessions/{dropped}/cancellation"))

    with as_(suite, "it", IT_PLANNER) as it:

        def skills_in_it() -> None:
            member = expect(it.get(f"/staff/{agent_id}"))
            got = {(s["skill"], s["source"], s["course_code"]) for s in member["skills"]}
            assert got == {("kubernetes", "training", code), ("helm", "training", code)}, got

        wait_for(skills_in_it, what="skills in the IT staff registry")
        by_skill = expect(it.get("/staff", params={"skill": "helm", "unit_code": unit}))
        assert [m["agent_id"] for m in by_skill["items"]] == [str(agent_id)]

    # budget: 3 500.00 certified on T3 (action 09) of the organising unit, the rest released
    with as_(suite, "budget", BUDGET_CONTROLLER) as budget:

        def settled_in_budget() -> None:
            line = expect(budget.get(f"/availability/{unit}/{YEAR}/09/T3"))
            assert money(line["committed_ae"]) == Decimal("3500.00"), line
            assert money(line["available_ae"]) == allocated - frozen - Decimal("3500.00")
            rows = expect(budget.get("/training-commitments", params={"unit_code": unit}))
            got = sorted((r["status"], r["released_ae"]) for r in rows["items"])
            assert got == [
                ("cancelled", "1000.00"),
                ("completed", "500.00"),
                ("rejected", None),
            ], got

        wait_for(settled_in_budget, what="T3 settled in budget")
        spending = expect(budget.get(f"/commitments/{commitment_id}/spending"))
        assert (money(spending["ae"]), money(spending["service_done"])) == (
            Decimal("3500.00"),
            Decimal("3500.00"),
        )


# --- 5. Census -------------------------------------------------------------------------------


def test_flow5_a_census_becomes_it_demand_and_production_shows_the_risk(suite: Suite) -> None:
    centre, month = "CNI-METZ", "2028-03"
    code = f"RP-E2E-{uid()}"
    with as_(suite, "production", PRODUCTION_MANAGER) as production:
        op = expect(
            production.post(
                "/operations",
                json={
                    "code": code,
                    "name": "Recensement e2e",
                    "kind": "census",
                    "lead_unit": "DSDS-RECENS",
                    "participating_units": ["DR-GES"],
                },
            ),
            201,
        )
        phases = f"/operations/{op['id']}/phases"
        expect(
            production.post(
                phases,
                json={"phase_code": "build", "start": "2027-10-01", "end": "2028-02-25"},
            ),
            201,
        )
        expect(
            production.post(
                phases,
                json={
                    "phase_code": "collect",
                    "start": "2028-03-01",
                    "end": "2028-03-31",
                    "depends_on": ["build"],
                },
            ),
            201,
        )
        current = production.get(f"{phases}/collect")
        expect(current)
        expect(
            production.put(
                f"{phases}/collect/needs",
                json={"it": [{"centre_code": centre, "month": month, "person_days": "50"}]},
                headers={"If-Match": current.headers["ETag"]},
            )
        )
        scheduled = expect(production.post(f"/operations/{op['id']}/schedule", json={}))
        assert scheduled["status"] == "scheduled"

        # before any plan: amber, no published plan de charge
        risk = expect(production.get(f"/operations/{op['id']}/risk"))
        assert _centre_risk(risk, month, centre)["plan_id"] is None

    plan_code = f"PDC-E2E-{uid()}"
    with as_(suite, "it", IT_PLANNER) as it:

        def demand_in_it() -> None:
            lines = expect(it.get("/workload/demands", params={"operation_id": code}))["items"]
            got = [
                (x["centre_code"], x["month"], x["source"], x["phase_code"], x["person_days"])
                for x in lines
            ]
            assert got == [(centre, month, "operation", "collect", "50.00")], got

        wait_for(demand_in_it, what="census demand in it")

        expect(
            it.post(
                "/workload/capacities",
                json={"centre_code": centre, "month": month, "extra_person_days": "40.00"},
            ),
            201,
        )
        plan = expect(
            it.post(
                "/workload/plans",
                json={
                    "code": plan_code,
                    "first_month": month,
                    "last_month": month,
                    "centre_codes": [centre],
                },
            ),
            201,
        )
        [line] = plan["lines"]
        assert (line["capacity"], line["demand"], line["load"]) == ("40.00", "50.00", "1.2500")
        fetched = it.get(f"/workload/plans/{plan['id']}")
        published = expect(
            it.post(
                f"/workload/plans/{plan['id']}/publish",
                headers={"If-Match": fetched.headers["ETag"]},
            )
        )
        assert published["status"] == "published"

    contributor = ("production.contributor", "DR-GES", "domp-ges")
    with as_(suite, "production", contributor) as production:

        def risk_in_production() -> None:
            risk = expect(production.get(f"/operations/{op['id']}/risk"))
            got = _centre_risk(risk, month, centre)
            assert (got["plan_id"], got["plan_version"]) == (plan_code, 1), got
            assert (money(got["capacity"]), money(got["demand"])) == (
                Decimal("40.00"),
                Decimal("50.00"),
            )
            assert (got["colour"], got["projected_load"]) == ("red", "1.2500"), got
            assert risk["colour"] == "red"

        wait_for(risk_in_production, what="capacity risk in production")


def _centre_risk(risk: dict[str, Any], month: str, centre: str) -> dict[str, Any]:
    for phase in risk["phases"]:
        for m in phase["months"]:
            if m["month"] == month:
                for c in m["centres"]:
                    if c["centre_code"] == centre:
                        found: dict[str, Any] = c
                        return found
    raise AssertionError(f"no risk line for {centre} in {month}: {risk}")


# --- 6. Assignment ---------------------------------------------------------------------------


def test_flow6_an_assignment_reaches_facilities_it_and_budget(suite: Suite) -> None:
    unit = "CNI-LILLE"
    ensure_open_year(suite, YEAR)
    with as_(suite, "budget", BUDGET_MANAGER) as budget:
        ceiling = expect(
            budget.post(
                "/staff-ceilings",
                json={"unit_code": unit, "fiscal_year": YEAR, "etpt_ceiling": "5.00"},
            ),
            201,
        )
        assert money(ceiling["etpt_consumed"]) == 0

    agent_id = hire(suite, unit, quotite="0.80")
    assignment = assign(suite, agent_id, unit, start="2026-01-01")
    assert money(assignment["quotite"]) == Decimal("0.80")

    requester = ("facilities.requester", unit, "req-lille")
    with as_(suite, "facilities", requester) as facilities:

        def occupant() -> None:
            items = expect(facilities.get("/occupants", params={"unit_code": unit}))["items"]
            got = [(o["agent_id"], o["assignment_id"], o["start_date"]) for o in items]
            assert got == [(str(agent_id), str(assignment["id"]), "2026-01-01")], got

        wait_for(occupant, what="occupant in facilities")

    with as_(suite, "it", IT_PLANNER) as it:

        def it_staff() -> None:
            member = expect(it.get(f"/staff/{agent_id}"))
            assert (member["unit_code"], member["active"], money(member["quotite"])) == (
                unit,
                True,
                Decimal("0.80"),
            ), member
            assert member["assignment_id"] == str(assignment["id"])

        wait_for(it_staff, what="IT staff in it")

    with as_(suite, "budget", BUDGET_CONTROLLER) as budget:

        def etpt_consumed() -> None:
            [got] = expect(
                budget.get("/staff-ceilings", params={"unit_code": unit, "fiscal_year": YEAR})
            )["items"]
            # 0.80 all year long
            assert money(got["etpt_consumed"]) == Decimal("0.80"), got
            assert money(got["etpt_remaining"]) == Decimal("4.20"), got
            assert got["over_ceiling"] is False

        wait_for(etpt_consumed, what="ETPT consumed in budget")


# --- 7. Improvement --------------------------------------------------------------------------


def test_flow7_a_proposal_appears_in_the_working_conditions_register(suite: Suite) -> None:
    unit = "DR-BRE-SES"
    title = f"Sièges ergonomiques {uid()}"
    contributor = ("production.contributor", unit, "enq-bre")
    with as_(suite, "production", contributor) as production:
        proposal = expect(
            production.post(
                "/improvements",
                json={
                    "unit_code": unit,
                    "title": title,
                    "description": "Les enquêteurs téléphoniques signalent des douleurs dorsales.",
                    "category": "ergonomics",
                },
            ),
            201,
        )
    assert proposal["site"] == "Rennes"

    requester = ("facilities.requester", unit, "req-bre-ses")
    with as_(suite, "facilities", requester) as facilities:

        def registered() -> None:
            items = expect(facilities.get("/register-entries", params={"unit_code": unit}))["items"]
            mine = [e for e in items if e["title"] == title]
            assert len(mine) == 1, items
            [entry] = mine
            assert entry["proposal_id"] == f"IMP-{proposal['id']}"
            assert (entry["source"], entry["site"], entry["status"]) == (
                "improvement_proposed",
                "Rennes",
                "open",
            )
            assert entry["description"] == proposal["description"]

        wait_for(registered, what="register entry in facilities")

    # the DSG answers in the register; production shows the follow-up on the proposal
    manager = ("facilities.manager", "DSG", "dsg-manager")
    with as_(suite, "facilities", manager) as facilities:
        [entry] = [
            e
            for e in expect(facilities.get("/register-entries", params={"unit_code": unit}))[
                "items"
            ]
            if e["title"] == title
        ]
        url = f"/register-entries/{entry['id']}"
        expect(
            facilities.patch(
                url,
                json={"status": "in_progress", "response": "Sièges commandés via l'UGAP"},
                headers={"If-Match": facilities.get(url).headers["ETag"]},
            )
        )
    with as_(suite, "production", contributor) as production:

        def followed_up() -> None:
            got = expect(production.get(f"/improvements/{proposal['id']}"))
            assert got["status"] == "in_progress", got
            assert got["facilities_reference"] == f"REG-{entry['id']}"
            assert got["follow_up_note"] == "Sièges commandés via l'UGAP"

        wait_for(followed_up, what="the register's follow-up shown back in production")


# --- 8. Resilience ---------------------------------------------------------------------------


def test_flow8_a_stopped_service_catches_up_with_nothing_lost_or_doubled(suite: Suite) -> None:
    """it-svc is stopped while budget, hr, facilities and production publish what it consumes."""
    region, centre = "DR-CVL", "CNI-NANTES"
    ensure_open_year(suite, YEAR)
    laptop = catalogue_item(suite, category="it_equipment", price="750.00")
    op_code = f"EEC-E2E-{uid()}"
    it_service = suite.services["it"]
    it_service.stop()
    try:
        # budget: N allocations
        amounts = [("08", "T3", "1000.00"), ("08", "T5", "20000.00"), ("01", "T3", "300.00")]
        allocations = [
            allocate(suite, region, year=YEAR, action=a, title=t, ae=ae) for a, t, ae in amounts
        ]
        # hr: M agents assigned to a computing centre
        agents = [hire(suite, centre) for _ in range(3)]
        for agent_id in agents:
            assign(suite, agent_id, centre, start="2026-02-01")
        # facilities: an order of K laptops (AE of the second allocation)
        ordered = order(suite, region, [(laptop, 4)], year=YEAR, action="08", title="T5")
        # production: an operation with IT needs at the centre in P months
        with as_(suite, "production", PRODUCTION_MANAGER) as production:
            op = expect(
                production.post(
                    "/operations",
                    json={
                        "code": op_code,
                        "name": "Enquête e2e",
                        "kind": "household_survey",
                        "lead_unit": "DSDS-EMPLOI",
                        "participating_units": [region],
                    },
                ),
                201,
            )
            phases = f"/operations/{op['id']}/phases"
            expect(
                production.post(
                    phases,
                    json={"phase_code": "collect", "start": "2029-01-02", "end": "2029-02-27"},
                ),
                201,
            )
            etag = production.get(f"{phases}/collect").headers["ETag"]
            expect(
                production.put(
                    f"{phases}/collect/needs",
                    json={
                        "it": [
                            {"centre_code": centre, "month": "2029-01", "person_days": "12"},
                            {"centre_code": centre, "month": "2029-02", "person_days": "8"},
                        ]
                    },
                    headers={"If-Match": etag},
                )
            )
            expect(production.post(f"/operations/{op['id']}/schedule", json={}))
        # the producers are not held up by a stopped consumer
        _confirmed(suite, region, ordered["id"])
    finally:
        it_service.start()
        suite.wait_ready(["it"])

    technician = ("it.technician", region, "tech-cvl")
    with as_(suite, "it", IT_PLANNER) as it, as_(suite, "it", technician) as it_tech:

        def caught_up() -> None:
            envelopes = expect(
                it.get("/budget-envelopes", params={"unit_code": region, "fiscal_year": YEAR})
            )["items"]
            assert sorted((x["allocation_id"], x["ae"]) for x in envelopes) == sorted(
                (str(a["id"]), a["ae"]) for a in allocations
            ), envelopes
            staff = expect(it.get("/staff", params={"unit_code": centre}))["items"]
            assert sorted(m["agent_id"] for m in staff) == sorted(str(a) for a in agents), staff
            items = expect(it_tech.get("/items", params={"purchase_order_id": ordered["order_id"]}))
            assert [i["status"] for i in items["items"]] == ["ordered"] * 4, items
            demands = expect(it.get("/workload/demands", params={"operation_id": op_code}))
            got = sorted((d["month"], d["person_days"]) for d in demands["items"])
            assert got == [("2029-01", "12.00"), ("2029-02", "8.00")], got

        wait_for(caught_up, timeout=60.0, what="it caught up after its restart")

        # a new event after the catch-up is applied once, and nothing came twice meanwhile
        marker = allocate(suite, region, year=YEAR, action="01", title="T5", ae="5.00")

        def marker_applied() -> None:
            envelopes = expect(
                it.get("/budget-envelopes", params={"unit_code": region, "fiscal_year": YEAR})
            )["items"]
            ids = [x["allocation_id"] for x in envelopes]
            assert sorted(ids) == sorted(str(a["id"]) for a in [*allocations, marker]), ids

        wait_for(marker_applied, what="a new event after the restart")
        assert len(expect(it.get("/staff", params={"unit_code": centre}))["items"]) == len(agents)
        items = expect(it_tech.get("/items", params={"purchase_order_id": ordered["order_id"]}))
        assert len(items["items"]) == 4
    with as_(suite, "hr", HR_MANAGER) as hr:
        # the producers' side agrees: M assignments in the centre
        listed = expect(hr.get("/assignments", params={"unit_code": centre}))["items"]
        assert sorted(a["agent_id"] for a in listed) == sorted(agents)
