"""DSG pages (issue #20, journey 3) in-process, facilities played on its port (8003): the DUERP
ordered by score and validated with If-Match, incidents followed up, the register answered."""

from __future__ import annotations

import json
from typing import Any

import httpx
from fastapi.testclient import TestClient

from .conftest import FakeServices, csrf_of, sign_in


def risk(rid: int, hazard: str, probability: int, severity: int) -> dict[str, Any]:
    return {
        "id": rid,
        "assessment_id": 4,
        "work_unit": "Accueil",
        "hazard": hazard,
        "probability": probability,
        "severity": severity,
        "score": probability * severity,
        "existing_measures": "consignes",
        "actions": [],
    }


ASSESSMENT = {
    "id": 4,
    "unit_code": "DR-BRE",
    "year": 2026,
    "status": "draft",
    "validated_on": None,
    "copied_from_id": None,
    "version": 2,
    # 2 × 3 = 6 and 4 × 2 = 8: the chute (8) comes first
    "risks": [risk(1, "Écran", 2, 3), risk(2, "Chute dans l'escalier", 4, 2)],
}
INCIDENT = {
    "id": 7,
    "unit_code": "DR-BRE",
    "site": "Rennes",
    "kind": "work_accident",
    "occurred_on": "2026-03-02",
    "description": "Chute dans l'escalier B",
    "lost_days": 3,
    "status": "open",
    "reported_by": "agent",
    "follow_ups": [],
    "version": 1,
}
ENTRY = {
    "id": 5,
    "unit_code": "DR-BRE",
    "site": "Rennes",
    "title": "Éclairage du parking",
    "description": "Le parking est mal éclairé le soir.",
    "reported_on": "2026-03-01",
    "reported_by": "agent",
    "response": None,
    "status": "open",
    "source": "staff",
    "proposal_id": None,
    "version": 3,
}


def test_the_duerp_lists_the_worst_risks_first_and_the_dsg_validates(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on(
        "GET", "/risk-assessments", {"items": [{**ASSESSMENT, "risks": []}], "next_cursor": None}
    )
    fake.on(
        "GET",
        "/risk-assessments/4",
        lambda _: httpx.Response(200, json=ASSESSMENT, headers={"ETag": '"2"'}),
    )
    fake.on("POST", "/risk-assessments/4/validate", {**ASSESSMENT, "status": "validated"})
    sign_in(console, role="facilities.manager", unit="DSG")
    listing = console.get("/dsg/duerp?annee=2026")
    assert listing.status_code == 200, listing.text
    assert 'href="/dsg/duerp/4"' in listing.text
    page = console.get("/dsg/duerp/4")
    assert page.status_code == 200, page.text
    for href in ("/dsg/occupation", "/dsg/duerp", "/dsg/incidents", "/dsg/registre"):
        assert f'href="{href}"' in page.text  # the DSG's menu
    assert page.text.index('data-risk="2"') < page.text.index('data-risk="1"')
    [listed] = [r for r in fake.requests if r.url.path == "/risk-assessments"]
    assert listed.url.params["year"] == "2026"
    answer = console.post("/dsg/duerp/4/validation", data={"csrf_token": csrf_of(page.text)})
    assert answer.status_code == 303
    [validated] = [r for r in fake.requests if r.method == "POST"]
    assert validated.headers["if-match"] == '"2"'
    assert answer.headers["location"] == "/dsg/duerp/4"
    assert "Document unique validé." in console.get("/dsg/duerp/4").text


def test_an_incident_is_followed_up_and_closed(console: TestClient, fake: FakeServices) -> None:
    fake.on("GET", "/incidents/7", INCIDENT)
    fake.on(
        "POST",
        "/incidents/7/follow-ups",
        lambda _: httpx.Response(
            201, json={"id": 1, "note": "x", "author": "dsg", "written_on": "2026-03-03"}
        ),
    )
    fake.on("GET", "/incidents", {"items": [INCIDENT], "next_cursor": None})
    sign_in(console, role="facilities.manager", unit="DSG")
    listing = console.get("/dsg/incidents?statut=open")
    assert 'data-incident="7"' in listing.text
    [listed] = [r for r in fake.requests if r.url.path == "/incidents"]
    assert listed.url.params["status"] == "open"
    page = console.get("/dsg/incidents/7")
    assert "accident du travail" in page.text
    csrf = csrf_of(page.text)
    answer = console.post(
        "/dsg/incidents/7/suivi",
        data={"note": "Nez de marche remplacé", "clore": "1", "csrf_token": csrf},
    )
    assert answer.status_code == 303
    [posted] = [r for r in fake.requests if r.method == "POST"]
    assert json.loads(posted.content) == {"note": "Nez de marche remplacé", "close": True}
    assert "incident clos" in console.get("/dsg/incidents/7").text
    empty = console.post("/dsg/incidents/7/suivi", data={"note": " ", "csrf_token": csrf})
    assert empty.status_code == 303
    assert len([r for r in fake.requests if r.method == "POST"]) == 1


def test_the_register_is_answered_with_if_match(console: TestClient, fake: FakeServices) -> None:
    fake.on("GET", "/register-entries", {"items": [ENTRY], "next_cursor": None})
    fake.on(
        "GET",
        "/register-entries/5",
        lambda _: httpx.Response(200, json=ENTRY, headers={"ETag": '"3"'}),
    )
    fake.on("PATCH", "/register-entries/5", {**ENTRY, "response": "Fait", "status": "closed"})
    sign_in(console, role="facilities.manager", unit="DSG")
    listing = console.get("/dsg/registre")
    assert "en attente" in listing.text
    page = console.get("/dsg/registre/5")
    answer = console.post(
        "/dsg/registre/5/reponse",
        data={
            "reponse": "Deux lampadaires posés",
            "statut": "closed",
            "csrf_token": csrf_of(page.text),
        },
    )
    assert answer.status_code == 303
    [patched] = [r for r in fake.requests if r.method == "PATCH"]
    assert patched.headers["if-match"] == '"3"'
    assert json.loads(patched.content) == {"response": "Deux lampadaires posés", "status": "closed"}


def test_readers_without_the_dsg_role_see_no_action_and_others_are_refused(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/register-entries/5", ENTRY)
    fake.on("GET", "/incidents/7", INCIDENT)
    sign_in(console, role="sg.auditor", unit="SG")
    page = console.get("/dsg/registre/5")
    assert page.status_code == 200
    assert "Enregistrer la réponse" not in page.text
    assert "Enregistrer le suivi" not in console.get("/dsg/incidents/7").text
    refused = console.post(
        "/dsg/registre/5/reponse",
        data={"reponse": "x", "statut": "closed", "csrf_token": csrf_of(page.text)},
    )
    assert refused.status_code == 403
    assert not [r for r in fake.requests if r.method != "GET"]


def test_a_requester_does_not_reach_the_dsg_pages(console: TestClient) -> None:
    sign_in(console, role="facilities.requester", unit="DR-BRE")
    for path in ("/dsg/duerp", "/dsg/incidents", "/dsg/registre", "/dsg/occupation"):
        assert console.get(path).status_code == 403, path
