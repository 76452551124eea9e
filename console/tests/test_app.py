"""The console's mechanics in-process: sessions, CSRF, headers, refusals, with faked services."""

from __future__ import annotations

import html
import json
from pathlib import Path

import httpx
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from sg_console.app import create_app
from sg_console.pages import auth, budget, cpf, dpg, home, purchases
from sg_console.settings import ConsoleSettings

from .conftest import FakeServices, csrf_of, problem, sign_in

LINE = {
    "unit_code": "DR-BRE",
    "fiscal_year": 2026,
    "action": "08",
    "title": "T3",
    "allocated_ae": "5000.00",
    "allocated_cp": "5000.00",
    "frozen_ae": "250.00",
    "frozen_cp": "250.00",
    "committed_ae": "2400.00",
    "paid_cp": "2400.00",
    "available_ae": "2350.00",
    "available_cp": "2350.00",
}
STRUCTURE = {
    "code": "220",
    "label": "Statistiques et études économiques",
    "actions": [{"code": "08", "label": "Fonctions de soutien", "sub_actions": []}],
    "titles": [{"code": "T3", "label": "Fonctionnement", "title_class": "other"}],
}


def test_pages_carry_a_strict_csp_and_security_headers(console: TestClient) -> None:
    page = console.get("/connexion")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["cache-control"] == "no-store"
    # no inline script or style in what the templates write
    assert "<script>" not in page.text
    assert " style=" not in page.text
    assert "onclick" not in page.text


def test_signed_out_people_go_to_the_sign_in_page_and_come_back(console: TestClient) -> None:
    answer = console.get("/budget/engagements?exercice=2026")
    assert answer.status_code == 303
    assert (
        answer.headers["location"] == "/connexion?suivant=%2Fbudget%2Fengagements%3Fexercice%3D2026"
    )


def test_persona_sign_in_gives_a_new_httponly_lax_session_cookie(console: TestClient) -> None:
    page = console.get("/connexion")
    before = console.cookies.get("sg_console_session")
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie
    answer = console.post(
        "/connexion/profil",
        data={"role": "budget.officer", "unit": "DR-BRE", "csrf_token": csrf_of(page.text)},
    )
    assert answer.status_code == 303
    after = console.cookies.get("sg_console_session")
    assert after
    assert after != before, "a new session id at sign-in (no fixation)"
    # the cookie is a random id: no token, no claims
    assert "." not in after
    assert len(after) >= 40


def test_a_form_without_the_csrf_token_is_refused(console: TestClient) -> None:
    console.get("/connexion")
    answer = console.post("/connexion/profil", data={"role": "budget.officer", "unit": "DR-BRE"})
    assert answer.status_code == 403
    assert "La page a expiré" in answer.text


def test_a_form_from_another_origin_is_refused(console: TestClient) -> None:
    page = console.get("/connexion")
    answer = console.post(
        "/connexion/profil",
        data={"role": "budget.officer", "unit": "DR-BRE", "csrf_token": csrf_of(page.text)},
        headers={"Origin": "https://evil.example"},
    )
    assert answer.status_code == 403


def test_every_state_changing_route_checks_csrf(console: TestClient) -> None:
    sign_in(console)
    posts = [
        r
        for module in (auth, home, budget, cpf, dpg, purchases)
        for r in module.router.routes
        if isinstance(r, APIRoute) and (r.methods or set()) & {"POST", "PUT", "PATCH", "DELETE"}
    ]
    assert len(posts) >= 5
    for route in posts:
        path = route.path.replace("{commitment_id}", "1").replace("{invoice_id}", "1")
        path = path.replace("{requisition_id}", "1").replace("{request_id}", "1")
        path = path.replace("{allocation_id}", "1").replace("{fiscal_year}", "2026")
        answer = console.post(path, data={"x": "1"})
        assert answer.status_code == 403, (route.path, answer.status_code)


def test_personas_are_refused_outside_development() -> None:
    settings = ConsoleSettings(
        env="production",
        secret_key="a-long-production-secret-0123456789",
        oidc_issuer="http://127.0.0.1:9",
        log_json=False,
    )
    app = create_app(settings)
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as client:
        page = client.get("/connexion")
        assert "Profil de démonstration" not in page.text
        assert "__Host-sg_console_session" in page.headers["set-cookie"]
        assert "Secure" in page.headers["set-cookie"]
        answer = client.post(
            "/connexion/profil",
            data={"role": "sg.admin", "unit": "SG", "csrf_token": csrf_of(page.text)},
        )
        assert answer.status_code == 403
        assert client.get("/").status_code == 303  # still signed out


def test_home_shows_the_lines_in_french_with_a_chart(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/availability", {"items": [LINE], "next_cursor": None})
    sign_in(console)
    page = console.get("/")
    assert page.status_code == 200, page.text
    assert "5\u00a0000,00\u00a0€" in page.text
    assert "2\u00a0350,00\u00a0€" in page.text
    assert '<svg class="sg-chart" role="img"' in page.text
    [call] = [r for r in fake.requests if r.url.path == "/availability"]
    assert call.headers["authorization"].startswith("Bearer ey")
    assert "Engagements" in page.text
    assert "Achats" not in page.text


def test_insufficient_ae_shows_budgets_figures_and_keeps_what_was_typed(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/structure", STRUCTURE)
    fake.on(
        "POST",
        "/commitments",
        lambda _r: problem(
            409,
            "insufficient-ae",
            "line DR-BRE/2026/08/T3 has 2600.00 AE available, 3000.00 requested",
            requested_ae="3000.00",
            available_ae="2600.00",
        ),
    )
    sign_in(console)
    form = console.get("/budget/engagements/nouveau")
    answer = console.post(
        "/budget/engagements/nouveau",
        data={
            "csrf_token": csrf_of(form.text),
            "unite": "DR-BRE",
            "exercice": "2026",
            "action": "08",
            "titre": "T3",
            "fournisseur": "Mobilier de l'Ouest",
            "objet": "Tables de réunion",
            "montant": "3 000,00",
        },
    )
    assert answer.status_code == 409
    text = html.unescape(answer.text)
    assert "Autorisations d'engagement insuffisantes" in text
    assert "2600.00 AE available" in text  # the service's detail, as given
    assert "2\u00a0600,00\u00a0€" in text
    assert "3\u00a0000,00\u00a0€" in text
    assert 'value="3 000,00"' in text
    assert "Tables de réunion" in text
    assert "Mobilier de l'Ouest" in text
    [sent] = [r for r in fake.requests if r.method == "POST"]
    assert json.loads(sent.content)["ae"] == "3000.00"


def test_a_service_refusal_is_a_french_page_without_a_trace(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on(
        "GET",
        r"/commitments/\d+",
        lambda _r: problem(404, "not-found", "commitment 9 does not exist"),
    )
    sign_in(console)
    page = console.get("/budget/engagements/9")
    assert page.status_code == 404
    assert "Introuvable" in page.text
    assert "commitment 9 does not exist" in page.text
    assert "Traceback" not in page.text


def test_a_service_that_does_not_answer_is_a_503_page(
    console: TestClient, fake: FakeServices
) -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    fake.on("GET", "/availability", down)
    sign_in(console)
    page = console.get("/budget/credits")
    assert page.status_code == 503
    assert "ne répond pas" in page.text


def test_sign_in_never_sends_the_browser_to_another_site(console: TestClient) -> None:
    page = console.get("/connexion")
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        answer = console.post(
            "/connexion/profil",
            data={
                "role": "budget.officer",
                "unit": "DR-BRE",
                "suivant": target,
                "csrf_token": csrf_of(page.text),
            },
        )
        assert answer.status_code == 303
        assert answer.headers["location"] == "/"
        page = console.get("/connexion")


def test_a_callback_that_this_session_did_not_start_is_refused() -> None:
    settings = ConsoleSettings(oidc_issuer="http://127.0.0.1:9", log_json=False)
    app = create_app(settings)
    with TestClient(app, follow_redirects=False) as client:
        client.get("/connexion")  # a session, but no sign-in started
        answer = client.get("/callback", params={"state": "forged", "code": "stolen"})
        assert answer.status_code == 400
        assert "La connexion a expiré" in html.unescape(answer.text)
        assert client.get("/").status_code == 303  # still signed out


def test_an_out_of_scope_or_invalid_commitment_keeps_the_form_and_says_why(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/structure", STRUCTURE)
    sign_in(console)
    form = console.get("/budget/engagements/nouveau")
    typed = {
        "csrf_token": csrf_of(form.text),
        "unite": "DR-BRE",
        "exercice": "2026",
        "action": "08",
        "titre": "T3",
        "objet": "Étude de marché",
        "montant": "1 500,00",
    }
    for status, slug, detail, title in [
        (403, "out-of-scope", "unit DR-GES is outside your scope", "Hors de votre périmètre"),
        (422, "fiscal-year-closed", "fiscal year 2026 is closed", "L'exercice est clos"),
    ]:
        refusal = problem(status, slug, detail)

        def refuse(_r: httpx.Request, refusal: httpx.Response = refusal) -> httpx.Response:
            return refusal

        fake.on("POST", "/commitments", refuse)
        answer = console.post("/budget/engagements/nouveau", data=typed)
        assert answer.status_code == status
        text = html.unescape(answer.text)
        assert title in text
        assert detail in text
        assert "Étude de marché" in text
        assert 'value="1 500,00"' in text


def test_the_menu_follows_the_roles(console: TestClient) -> None:
    sign_in(console, role="budget.accountant", unit="DPG-CPF")
    page = console.get("/")
    nav = page.text.split('id="navigation"')[1].split("</nav>")[0]
    assert "Factures" in nav
    assert "Balance" in nav
    assert "Engagements" not in nav
    assert "Arbitrages" not in nav
    assert console.get("/budget/engagements").status_code == 403  # the page checks too


def _commitment(number: int, ae: str, supplier: str | None) -> dict[str, object]:
    return {
        "id": number, "unit_code": "DR-BRE", "fiscal_year": 2026, "action": "08", "title": "T3",
        "sub_action": None, "purchase_order_id": None, "supplier": supplier, "ae": ae,
        "initial_ae": ae, "description": "Fournitures", "source": "api", "status": "active",
        "created_by": "bre-officer", "created_at": f"2026-03-0{number}T10:00:00Z", "version": 1,
    }  # fmt: skip


def test_the_commitments_list_asks_budget_for_its_order(
    console: TestClient, fake: FakeServices
) -> None:
    # Budget answers in the order asked (here the AE, highest first); the console keeps it.
    fake.on(
        "GET",
        "/commitments",
        {"items": [_commitment(2, "900.00", "ACME"), _commitment(1, "150.00", None)],
         "next_cursor": None, "total": 2},
    )  # fmt: skip
    sign_in(console)
    for query, sort in [
        ("exercice=2026", "-created_at"),  # the default: newest first
        ("exercice=2026&tri=montant&ordre=desc", "-ae"),
        ("exercice=2026&tri=fournisseur&ordre=asc", "supplier"),
        ("exercice=2026&tri=numero&ordre=asc", "id"),
    ]:
        page = console.get(f"/budget/engagements?{query}")
        assert page.status_code == 200, page.text
        sent = [r for r in fake.requests if r.url.path == "/commitments"][-1]
        assert sent.url.params["sort"] == sort, query
    listed = console.get("/budget/engagements?exercice=2026&tri=montant&ordre=desc").text
    assert listed.index('href="/budget/engagements/2"') < listed.index(
        'href="/budget/engagements/1"'
    )


def test_every_persona_signs_in_to_a_home_that_fits_their_role(
    console: TestClient, fake: FakeServices
) -> None:
    """Issue #20: each role of docs/auth.md's role table has a persona, and its home is the
    dashboard (sg.*), the credits (budget readers) or its role's pages with a sentence."""
    from sg_console.pages.home import ROLE_HOMES
    from sg_console.signin import PERSONAS

    fake.on("GET", "/availability", {"items": [LINE], "next_cursor": None})
    fake.on("GET", "/structure", STRUCTURE)
    table = {
        line.split("`")[1]
        for line in (Path(__file__).parents[2] / "docs" / "auth.md").read_text().splitlines()
        if line.startswith("| ") and line.count("`") >= 2 and "." in line.split("`")[1]
    }
    table -= {"<service>.service", "<service>.<role>"}
    assert table <= {role for role, _, _ in PERSONAS}, table - {r for r, _, _ in PERSONAS}
    for role, unit, _ in PERSONAS:
        console.cookies.clear()
        sign_in(console, role=role, unit=unit)
        home = console.get("/")
        assert home.status_code == 200, (role, home.text[:300])
        assert "n'ouvre encore aucune page" not in home.text, role
        if role.startswith("sg."):
            assert "Tableau de bord du Secrétariat général" in home.text, role
        elif role in budget.READERS:
            assert 'tr data-line="DR-BRE-08-T3"' in home.text or "Crédits" in home.text, role
        else:
            assert ROLE_HOMES[role] in html.unescape(home.text), role
            assert 'id="role-accueil"' in home.text, role
