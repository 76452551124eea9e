"""HR pages (issue #20, journey 1) in-process, hr played by a MockTransport on its port (8002).

What is checked: the console asks hr with the person's token and the person's unit; it shows
the personal columns only when hr sent them (hr decides who sees personal data); the quotité is
shown as a percentage; the ETPT chart marks the months over the ceiling; the session page
shows the waitlist and offers the trainers' actions to trainers only; compliance is ordered
expired → missing → expiring.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from fastapi.testclient import TestClient

from sg_console.pages.hr import quotite

from .conftest import FakeServices, csrf_of, problem, sign_in

HR = 8002
CLAIRE = {
    "id": 11,
    "last_name": "Martin",
    "first_name": "Claire",
    "unit_code": "DR-BRE-SES",
    "active": True,
    "matricule": "A123456",
    "login": "cmartin",
    "birth_date": "1985-04-12",
    "email": "claire.martin@insee.fr",
    "phone": None,
    "address": None,
    "category": "A",
    "corps": "Attaché de l'Insee",
    "grade": "Attaché principal",
    "echelon": 4,
    "status": "titulaire",
    "quotite": "0.80",
    "hired_on": "2020-03-01",
    "left_on": None,
    "departure_reason": None,
    "version": 3,
}
SUMMARY = {k: CLAIRE[k] for k in ("id", "last_name", "first_name", "unit_code", "active")}
ASSIGNMENT = {
    "id": 5,
    "agent_id": 11,
    "unit_code": "DR-BRE-SES",
    "post_id": None,
    "start_date": "2026-01-01",
    "end_date": None,
    "quotite": "0.80",
    "reason": "prise de poste",
    "end_reason": None,
    "created_at": "2026-01-01T08:00:00Z",
    "created_by": "drh",
}
CAREER = {
    "id": 2,
    "agent_id": 11,
    "kind": "hired",
    "effective_date": "2020-03-01",
    "category": "A",
    "corps": "Attaché de l'Insee",
    "grade": "Attaché",
    "echelon": 1,
    "status": "titulaire",
    "from_unit_code": None,
    "to_unit_code": "DR-BRE-SES",
    "note": None,
    "created_at": "2020-03-01T08:00:00Z",
    "created_by": "drh",
}
COURSE = {
    "id": 3,
    "code": "SST",
    "title": "Sauveteur secouriste du travail",
    "domain": "sécurité",
    "duration_hours": "14.0",
    "cost": "0.00",
    "mandatory": True,
    "certificate_validity_months": 24,
    "skills": [],
    "active": True,
    "version": 1,
}
BUDGET = {
    "status": "not_required",
    "commitment_id": None,
    "committed_ae": None,
    "requested_ae": None,
    "available_ae": None,
    "reason": None,
    "answered_at": None,
}
SESSION = {
    "id": 9,
    "course_id": 3,
    "unit_code": "DR-BRE",
    "start_date": "2026-03-10",
    "end_date": "2026-03-11",
    "place": "Rennes, salle 2",
    "capacity": 1,
    "cancelled": False,
    "enrolled": 1,
    "waitlisted": 1,
    "status": "confirmed",
    "estimated_cost": "0.00",
    "actual_cost": None,
    "completed_on": None,
    "budget": BUDGET,
    "version": 2,
}


def enrolment(eid: int, agent_id: int, status: str, position: int | None = None) -> dict[str, Any]:
    return {
        "id": eid,
        "session_id": 9,
        "agent_id": agent_id,
        "status": status,
        "requested_at": "2026-03-01T09:00:00Z",
        "promoted_at": None,
        "cancelled_at": None,
        "waitlist_position": position,
    }


def page_of(*items: Any) -> dict[str, Any]:
    return {"items": list(items), "next_cursor": None}


def session_9(fake: FakeServices, *enrolments: dict[str, Any]) -> None:
    """hr's answers for session 9 (course 3, Claire is agent 11) with these enrolments."""
    fake.on("GET", "/training/sessions/9", SESSION)
    fake.on("GET", "/training/courses/3", COURSE)
    fake.on("GET", "/training/sessions/9/enrolments", page_of(*enrolments))
    fake.on("GET", "/agents/11", CLAIRE)


def hr_requests(fake: FakeServices, path: str) -> list[httpx.Request]:
    return [r for r in fake.requests if r.url.port == HR and r.url.path == path]


def test_quotite_reads_as_a_percentage() -> None:
    assert quotite("0.80") == "80\u00a0%"
    assert quotite("1.00") == "100\u00a0%"
    assert quotite("0.5") == "50\u00a0%"
    assert quotite(None) == ""


def test_hr_officer_sees_the_agents_of_their_units_with_personal_data(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/agents", page_of(CLAIRE))
    sign_in(console, role="hr.officer", unit="DR-BRE")
    page = console.get("/rh/agents")
    assert page.status_code == 200, page.text
    assert "A123456" in page.text
    assert "80\u00a0%" in page.text
    assert 'href="/rh/agents/11"' in page.text
    [asked] = hr_requests(fake, "/agents")
    assert asked.url.params["unit_code"] == "DR-BRE"  # the person's unit by default
    assert asked.url.params["include_descendants"] == "true"
    assert asked.url.params["active"] == "true"
    assert "cursor" not in asked.url.params  # first page: no cursor (not another client's UNSET)
    assert asked.headers["authorization"].startswith("Bearer ")


def test_the_personal_columns_follow_what_hr_sent(console: TestClient, fake: FakeServices) -> None:
    # hr gives the minimal view to a role without personal data: the console adds nothing
    fake.on("GET", "/agents", page_of(SUMMARY))
    sign_in(console, role="hr.officer", unit="DR-BRE")
    page = console.get("/rh/agents?unite=DR-BRE-SES&nom=Mar")
    assert page.status_code == 200
    assert "Martin" in page.text
    assert "Matricule" not in page.text
    assert "qu'aux rôles RH" in page.text
    [asked] = hr_requests(fake, "/agents")
    assert asked.url.params["unit_code"] == "DR-BRE-SES"
    assert asked.url.params["name"] == "Mar"


def test_roles_outside_hr_are_refused_the_hr_pages(console: TestClient) -> None:
    sign_in(console, role="budget.officer", unit="DR-BRE")
    for path in ("/rh/agents", "/rh/agents/11", "/rh/etpt", "/rh/formations", "/rh/conformite"):
        answer = console.get(path)
        assert answer.status_code == 403, path
        assert "Accès refusé" in answer.text
    home = console.get("/connexion")
    assert 'href="/rh/agents"' not in home.text


def test_agent_page_shows_assignments_with_quotite_and_history(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/agents/11", CLAIRE)
    fake.on("GET", "/agents/11/assignments", page_of(ASSIGNMENT))
    fake.on("GET", "/agents/11/career", page_of(CAREER))
    completion = {
        "id": 21, "agent_id": 11, "course_id": 3, "enrolment_id": 4, "completed_on": "2026-03-02",
        "certificate_expires_on": "2028-03-02", "cost": "0.00", "hours": "14.0", "skills": [],
        "unit_code": "DR-BRE-SES",
    }  # fmt: skip
    fake.on("GET", "/training/completions", page_of(completion))
    fake.on("GET", "/training/courses", page_of(COURSE))
    sign_in(console, role="hr.manager", unit="DRH")
    page = console.get("/rh/agents/11")
    assert page.status_code == 200, page.text
    assert "<h1>Claire Martin</h1>" in page.text
    assert 'id="quotite">80\u00a0%' in page.text
    assert 'data-assignment="5"' in page.text
    assert "en cours" in page.text
    assert "recrutement" in page.text
    # the completed training and its certificate, hr's PDF through the console (issue #22)
    assert "Sauveteur secouriste du travail" in page.text
    assert 'href="/rh/attestations/21"' in page.text


def test_an_agent_outside_the_units_is_not_found(console: TestClient, fake: FakeServices) -> None:
    fake.on("GET", "/agents/99", lambda _: problem(404, "not-found", "agent 99 does not exist"))
    sign_in(console, role="hr.officer", unit="DR-BRE")
    answer = console.get("/rh/agents/99")
    assert answer.status_code == 404
    assert "Traceback" not in answer.text


def test_etpt_page_draws_the_months_against_the_ceiling(
    console: TestClient, fake: FakeServices
) -> None:
    # ceiling 1.50; March has 1.80 (an agent at 100 % and one at 80 %): over by 0.30
    months: list[dict[str, Any]] = [
        {"month": m, "etpt": "1.8000" if m == 3 else "0.8000", "variance": None}
        for m in range(1, 13)
    ]
    for m in months:
        m["variance"] = f"{float(m['etpt']) - 1.5:.4f}"
    statement = {
        "unit_code": "DR-BRE",
        "year": 2026,
        "include_descendants": True,
        "months": months,
        "annual_etpt": "0.8833",  # (11 × 0.80 + 1.80) / 12 = 10.60 / 12
        "ceiling": "1.50",
        "variance": "-0.6167",
    }
    fake.on("GET", "/etpt/DR-BRE/2026", statement)
    sign_in(console, role="hr.officer", unit="DR-BRE")
    page = console.get("/rh/etpt?annee=2026")
    assert page.status_code == 200, page.text
    assert page.text.count('class="sg-bar--over"') == 1
    assert page.text.count('class="sg-bar--etpt"') == 11
    assert 'class="sg-line--ceiling"' in page.text
    assert "marge de 0,62 ETPT" in page.text
    assert 'data-month="3"><td>03/2026</td><td class="sg-amount">1,8000' in page.text


def test_session_page_shows_the_waitlist_and_trainers_act(
    console: TestClient, fake: FakeServices
) -> None:
    session_9(fake, enrolment(1, 11, "enrolled"), enrolment(2, 12, "waitlisted", 1))
    fake.on("GET", "/agents/12", {**SUMMARY, "id": 12, "last_name": "Le Goff"})
    fake.on(
        "POST",
        "/training/sessions/9/enrolments",
        lambda _: httpx.Response(201, json=enrolment(3, 13, "waitlisted", 2)),
    )
    sign_in(console, role="hr.manager", unit="DRH")
    page = console.get("/rh/formations/9")
    assert page.status_code == 200, page.text
    assert "liste d&#39;attente (position 1)" in page.text
    assert "Martin Claire (n° 11)" in page.text
    assert "Présent" in page.text
    answer = console.post(
        "/rh/formations/9/inscriptions", data={"agent": "13", "csrf_token": csrf_of(page.text)}
    )
    assert answer.status_code == 303
    [posted] = [r for r in fake.requests if r.method == "POST" and r.url.port == HR]
    assert json.loads(posted.content) == {"agent_id": 13}
    after = console.get("/rh/formations/9")
    assert "liste d&#39;attente (position 2)" in after.text


def test_an_hr_officer_reads_a_session_without_the_trainers_buttons(
    console: TestClient, fake: FakeServices
) -> None:
    session_9(fake, enrolment(1, 11, "enrolled"))
    sign_in(console, role="hr.officer", unit="DR-BRE")
    page = console.get("/rh/formations/9")
    assert page.status_code == 200
    assert "Inscrire" not in page.text
    assert "Présent" not in page.text
    csrf = csrf_of(page.text)
    refused = console.post(
        "/rh/formations/9/inscriptions", data={"agent": "13", "csrf_token": csrf}
    )
    assert refused.status_code == 403
    assert not [r for r in fake.requests if r.method == "POST" and r.url.port == HR]


def test_attendance_and_completion_go_to_hr(console: TestClient, fake: FakeServices) -> None:
    session_9(fake, enrolment(1, 11, "attended"))
    fake.on("PUT", "/training/enrolments/1/attendance", enrolment(1, 11, "attended"))
    completion = {
        "id": 4,
        "enrolment_id": 1,
        "agent_id": 11,
        "unit_code": "DR-BRE-SES",
        "course_id": 3,
        "hours": "14.0",
        "cost": "0.00",
        "skills": [],
        "completed_on": "2026-03-11",
        "certificate_expires_on": "2028-03-11",
    }
    fake.on(
        "POST",
        "/training/enrolments/1/completion",
        lambda _: httpx.Response(201, json=completion),
    )
    sign_in(console, role="hr.trainer", unit="DRH-FORM")
    page = console.get("/rh/formations/9")
    csrf = csrf_of(page.text)
    assert "Valider la formation" in page.text
    answer = console.post("/rh/formations/9/inscriptions/1/present", data={"csrf_token": csrf})
    assert answer.status_code == 303
    [put] = [r for r in fake.requests if r.method == "PUT"]
    assert json.loads(put.content) == {"present": True}
    console.post("/rh/formations/9/inscriptions/1/validation", data={"csrf_token": csrf})
    shown = console.get("/rh/formations/9")
    assert "certificat valable jusqu&#39;au 11/03/2028" in shown.text
    unknown = console.post("/rh/formations/9/inscriptions/1/autre", data={"csrf_token": csrf})
    assert unknown.status_code == 303


def test_a_refusal_from_hr_comes_back_as_a_message(console: TestClient, fake: FakeServices) -> None:
    session_9(fake)
    fake.on(
        "POST",
        "/training/sessions/9/enrolments",
        lambda _: problem(409, "already-enrolled", "agent 11 is already in session 9"),
    )
    sign_in(console, role="hr.manager", unit="DRH")
    page = console.get("/rh/formations/9")
    console.post(
        "/rh/formations/9/inscriptions", data={"agent": "11", "csrf_token": csrf_of(page.text)}
    )
    shown = console.get("/rh/formations/9")
    assert "agent 11 is already in session 9" in shown.text
    empty = console.post(
        "/rh/formations/9/inscriptions", data={"agent": "x", "csrf_token": csrf_of(page.text)}
    )
    assert empty.status_code == 303
    assert "Indiquez le numéro" in console.get("/rh/formations/9").text


def test_compliance_lists_expired_then_missing_then_expiring(
    console: TestClient, fake: FakeServices
) -> None:
    def item(agent_id: int, name: str, status: str, expires: str | None) -> dict[str, Any]:
        return {
            "agent_id": agent_id,
            "last_name": name,
            "first_name": "A",
            "unit_code": "DR-BRE",
            "course_id": 3,
            "course_code": "SST",
            "status": status,
            "certificate_expires_on": expires,
        }

    report = {
        "unit_code": "DR-BRE",
        "as_of": "2026-04-01",
        "within_days": 90,
        "items": [
            item(1, "Expirant", "expiring", "2026-05-01"),
            item(2, "Manquant", "missing", None),
            item(3, "Expire", "expired", "2026-02-01"),
        ],
    }
    fake.on("GET", "/training/compliance/DR-BRE", report)
    sign_in(console, role="hr.officer", unit="DR-BRE")
    page = console.get("/rh/conformite?jours=90")
    assert page.status_code == 200, page.text
    assert page.text.index("Expire ") < page.text.index("Manquant") < page.text.index("Expirant")
    assert "1 certificat expiré, 1 formation manquante, 1 certificat expirant d" in page.text
    assert "01/05/2026" in page.text
    [asked] = hr_requests(fake, "/training/compliance/DR-BRE")
    assert asked.url.params["within_days"] == "90"
