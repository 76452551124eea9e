"""Journey 5 of issue #20 (the DOMP operation lead) in-process: the portfolio's window, the
risk's reasons in French from production's figures (hand-worked), the timeline's geometry, and
the improvement proposals (created, answered by the DOMP with If-Match, refused to a lead)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import httpx
from fastapi.testclient import TestClient

from sg_console.charts import timeline_chart
from sg_console.pages.production import centre_reason, month_span, portfolio_window, risk_reasons

from .conftest import FakeServices, csrf_of, sign_in

NB = "\u00a0"


def test_the_window_is_this_month_and_the_next_eleven_unless_asked() -> None:
    today = date(2026, 12, 3)
    assert portfolio_window("", "", today) == ("2026-12", "2027-11", "")
    assert portfolio_window("2029-01", "2029-06", today) == ("2029-01", "2029-06", "")
    assert portfolio_window("2029-01", "", today) == ("2029-01", "2029-01", "")
    # 2029-01 to 2032-01 is 37 months: more than production's 36
    assert portfolio_window("2029-01", "2032-01", today)[2].startswith("La période")
    assert portfolio_window("2029-06", "2029-01", today)[:2] == ("2026-12", "2027-11")
    assert portfolio_window("janvier", "2029-13", today)[2].startswith("Saisissez")
    assert portfolio_window("2029-1", "", today)[2].startswith("Saisissez")


def test_the_window_runs_from_the_first_day_of_its_first_month_to_the_last_of_its_last() -> None:
    assert month_span("2027-11", "2028-02") == (date(2027, 11, 1), date(2028, 2, 29))
    assert month_span("2027-12", "2027-12") == (date(2027, 12, 1), date(2027, 12, 31))


def centre(**kw: Any) -> dict[str, Any]:
    base = {
        "centre_code": "CNI-METZ",
        "need": "50.00",
        "plan_id": "PDC-1",
        "plan_version": 2,
        "capacity": "40.00",
        "demand": "50.00",
        "projected_load": "1.2500",
        "colour": "red",
        "reason": "…",
    }
    return {**base, **kw}


def test_the_reasons_are_worked_out_in_french_from_productions_figures() -> None:
    where = "CNI-METZ en 2029-03 (plan PDC-1 v2)"
    # max(demand 50, need 50) = 50 against 40: 125 % → red
    assert centre_reason(centre(), "2029-03") == (
        f"{where} : demande de 50,00 au-delà de la capacité de 40,00 jours-personne "
        f"(charge 125,0{NB}%)"
    )
    assert centre_reason(centre(plan_id=None, colour="amber"), "2029-03") == (
        "CNI-METZ en 2029-03 : aucun plan de charge publié (besoin de 50,00 jours-personne)"
    )
    # the plan counts 20 of demand for a need of 50: not (fully) in the plan yet
    assert (
        centre_reason(centre(capacity="100.00", demand="20.00", colour="amber"), "2029-03")
        == f"{where} : le plan ne compte que 20,00 jours-personne de demande pour un besoin "
        "de 50,00"
    )
    # 95 of 100: 95 % ≥ 90 % → amber; 60 of 100: green with 40 of headroom
    assert (
        centre_reason(
            centre(need="10.00", capacity="100.00", demand="95.00", colour="amber"), "2029-03"
        )
        == f"{where} : charge 95,0{NB}% de la capacité de 100,00 jours-personne"
    )
    assert (
        centre_reason(
            centre(need="10.00", capacity="100.00", demand="60.00", colour="green"), "2029-03"
        )
        == f"{where} : charge 60,0{NB}%, marge de 40,00 jours-personne"
    )
    assert centre_reason(centre(capacity="0"), "2029-03") == (
        f"{where} : aucune capacité pour un besoin de 50,00 jours-personne"
    )


def test_only_the_reasons_of_the_worst_colour_are_given() -> None:
    risk = {
        "colour": "red",
        "phases": [
            {
                "phase_code": "collect",
                "months": [
                    {"month": "2029-03", "centres": [centre()]},
                    {"month": "2029-04", "centres": [centre(plan_id=None, colour="amber")]},
                ],
                "staff": [
                    {
                        "unit_code": "DR-BRE",
                        "staff_days": "120",
                        "available_staff_days": "100",
                        "colour": "red",
                        "reason": "…",
                    }
                ],
            }
        ],
    }
    assert risk_reasons(risk) == [
        "CNI-METZ en 2029-03 (plan PDC-1 v2) : demande de 50,00 au-delà de la capacité de "
        f"40,00 jours-personne (charge 125,0{NB}%)",
        "Collecter, DR-BRE : besoin de 120,00 jours-agent pour 100,00 disponibles",
    ]
    assert risk_reasons({"colour": "green", "phases": []}) == [
        "aucun besoin informatique ni en personnel au-delà des capacités"
    ]


def test_the_timeline_places_phases_milestones_and_dependencies_by_date() -> None:
    # January 2029: 31 days over 720 px (960 − 230 of labels − 10): a day is 23.2 px
    operation = {
        "code": "EEC-<1>",
        "name": "Enquête",
        "colour": "red",
        "phases": [
            {"phase_code": "build", "start": "2029-01-01", "end": "2029-01-10",
             "status": "planned", "depends_on": []},
            {"phase_code": "collect", "start": "2029-01-11", "end": "2029-02-15",
             "status": "in_progress", "depends_on": ["build"], "late": True},
        ],
        "milestones": [{"phase_code": "collect", "name": "Fin", "due_on": "2029-01-16",
                        "reached_on": None, "late": False}],
    }  # fmt: skip
    svg = str(timeline_chart([operation], date(2029, 1, 1), date(2029, 1, 31)))
    # build: 10 days from the left edge → x 230, width 10 × 720 / 31 = 232.3
    assert 'class="sg-phase--planned" x="230.0" y="52" width="232.3"' in svg
    # collect from day 11 (x 462.3), clipped at the end of January (x 950): late, so warned
    assert 'class="sg-phase--late" x="462.3" y="74" width="487.7"' in svg
    # milestone on 16/01: 15 days in → 230 + 15 × 720 / 31 = 578.4
    assert 'points="578.4,74.0 585.4,81.0 578.4,88.0 571.4,81.0"' in svg
    assert "Collecter dépend de Construire" in svg
    assert "EEC-&lt;1&gt;" in svg
    assert "Risque de capacité : rouge" in svg


PROPOSAL = {
    "id": 9,
    "unit_code": "DOMP-METH",
    "site": "Montrouge",
    "title": "Écrans réglables",
    "description": "Les écrans fixes obligent à se pencher.",
    "category": "ergonomics",
    "status": "submitted",
    "facilities_reference": None,
    "follow_up_note": "",
    "follow_up_on": None,
    "proposed_by": "pilote",
    "proposed_on": "2026-12-03",
    "version": 1,
}


def test_a_lead_proposes_and_only_the_domp_records_a_follow_up(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("POST", "/improvements", lambda _: httpx.Response(201, json=PROPOSAL))
    fake.on(
        "GET",
        "/improvements/9",
        lambda _: httpx.Response(200, json=PROPOSAL, headers={"ETag": '"1"'}),
    )
    fake.on(
        "PATCH",
        "/improvements/9/follow-up",
        {**PROPOSAL, "status": "done", "follow_up_note": "Posés"},
    )
    sign_in(console, role="production.lead", unit="DOMP-METH")
    form = console.get("/production/ameliorations/nouvelle")
    csrf = csrf_of(form.text)
    empty = console.post("/production/ameliorations/nouvelle", data={"csrf_token": csrf})
    assert empty.status_code == 422
    assert "Donnez un titre" in empty.text
    answer = console.post(
        "/production/ameliorations/nouvelle",
        data={
            "csrf_token": csrf,
            "unite": "DOMP-METH",
            "titre": "Écrans réglables",
            "description": "Les écrans fixes obligent à se pencher.",
            "categorie": "ergonomics",
            "site": "",
        },
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/production/ameliorations/9"
    [posted] = [r for r in fake.requests if r.method == "POST"]
    assert json.loads(posted.content) == {
        "unit_code": "DOMP-METH",
        "title": "Écrans réglables",
        "description": "Les écrans fixes obligent à se pencher.",
        "category": "ergonomics",
    }  # no site: production takes the unit's
    page = console.get("/production/ameliorations/9")
    assert "transmise au registre" in page.text
    assert 'id="form-suite"' not in page.text
    refused = console.post(
        "/production/ameliorations/9/suite", data={"csrf_token": csrf, "statut": "done"}
    )
    assert refused.status_code == 403

    console.cookies.clear()
    sign_in(console, role="production.manager", unit="DOMP")
    page = console.get("/production/ameliorations/9")
    assert 'id="form-suite"' in page.text
    answer = console.post(
        "/production/ameliorations/9/suite",
        data={"csrf_token": csrf_of(page.text), "statut": "done", "note": "Posés"},
    )
    assert answer.status_code == 303
    [patched] = [r for r in fake.requests if r.method == "PATCH"]
    assert patched.headers["if-match"] == '"1"'
    assert json.loads(patched.content) == {"status": "done", "note": "Posés"}
