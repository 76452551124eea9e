"""The console in Chromium against the real suite: the journeys people click through.

One suite (SQLite, Tansu, development mode), one console process and one browser for the
module; each test signs a persona in through the picker. Data the journey needs from other
people (an allocation from the DPG, an invoice from the CPF) is made through the services' APIs,
as those people would with their own pages.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from sg_common.clock import today as paris_today  # the services' business date

from .console_browser import Console, Pages, browser, start_console
from .helpers import (
    BUDGET_CONTROLLER,
    FACILITIES_BUYER,
    HR_MANAGER,
    IT_PLANNER,
    PRODUCTION_MANAGER,
    allocate,
    as_,
    catalogue_item,
    ensure_open_year,
    expect,
    hire,
    order,
    uid,
    wait_for,
)
from .suite import Suite, start_suite, stop_suite

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

YEAR = paris_today().year
NB = "\u00a0"
ACCOUNTANT = ("budget.accountant", "DPG-CPF", "cpf-comptable")


@dataclass
class Running:
    suite: Suite
    console: Console
    browser: Any


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    workdir: Path = tmp_path_factory.mktemp("console-browser")
    with browser() as chromium:
        suite = start_suite(workdir, "sqlite", names=None)
        try:
            ensure_open_year(suite, YEAR)
            with start_console(suite, workdir) as console:
                yield Running(suite, console, chromium)
        finally:
            stop_suite(suite)


def sign_in_as(running: Running, pages: Pages, role: str, unit: str, next_path: str = "/") -> Any:
    context = running.browser.new_context(locale="fr-FR", accept_downloads=True)
    page = pages.watch(context.new_page())
    page.goto(running.console.url + next_path)
    assert "/connexion" in page.url  # signed out: the sign-in page, then back here
    pages.check(page, "connexion")
    page.locator(f'[data-persona="{role}@{unit}"]').click()
    page.wait_for_url(running.console.url + next_path)
    return page


def text(page: Any, selector: str) -> str:
    return html.unescape(page.locator(selector).inner_text())


def test_journey1_budget_officer_commits_certifies_and_requests_payment(running: Running) -> None:
    unit = "DR-BRE"
    allocate(running.suite, unit, year=YEAR, action="08", title="T3", ae="5000.00", cp="5000.00")
    pages = Pages("parcours1")
    page = sign_in_as(running, pages, "budget.officer", unit)

    # home: the line with its figures in French, and the chart
    row = page.locator('tr[data-line="DR-BRE-08-T3"]')
    assert f"5{NB}000,00{NB}€" in row.inner_text()
    assert page.locator("#graphique-credits svg[role=img]").count() == 1
    assert page.get_by_role("link", name="Engagements").count() >= 1
    assert page.get_by_role("link", name="Achats").count() == 0  # not this person's role
    pages.check(page, "accueil")

    # record a commitment above the available AE: refused with budget's figures, input kept
    page.get_by_role("link", name="Engager").first.click()
    supplier = f"Mobilier de l'Ouest {uid()}"
    page.get_by_label("Fournisseur").fill(supplier)
    page.get_by_label("Objet").fill("Tables de la salle de réunion")
    page.get_by_label("Montant (AE, en euros TTC)").fill("6 000,00")
    page.get_by_role("button", name="Enregistrer l'engagement").click()
    page.wait_for_selector("#refus")
    assert "Autorisations d'engagement insuffisantes" in text(page, "#refus")
    assert f"5{NB}000,00{NB}€" in text(page, "#montant-erreur")
    assert f"6{NB}000,00{NB}€" in text(page, "#montant-erreur")
    assert page.get_by_label("Fournisseur").input_value() == supplier
    assert page.get_by_label("Montant (AE, en euros TTC)").input_value() == "6 000,00"
    pages.check(page, "engagement-refuse")

    # the same with an amount the line can bear
    page.get_by_label("Montant (AE, en euros TTC)").fill("2 400,00")
    page.get_by_role("button", name="Enregistrer l'engagement").click()
    page.wait_for_url("**/budget/engagements/*")
    assert "enregistré" in page.locator(".fr-alert--success").inner_text()
    commitment_id = int(page.url.rsplit("/", 1)[1])
    pages.check(page, "engagement")

    # service fait
    page.get_by_label("Montant certifié (euros)").fill("2 400,00")
    page.get_by_label("Date du service fait").fill((paris_today() - timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Certifier le service fait").click()
    page.wait_for_selector(".fr-alert--success")
    assert f"2{NB}400,00{NB}€" in page.locator("#service-fait").inner_text()

    # the CPF registers the supplier's invoice (its own pages: part of journey 3)
    with as_(running.suite, "budget", ACCOUNTANT) as cpf:
        invoice = expect(
            cpf.post(
                "/invoices",
                json={
                    "commitment_id": commitment_id,
                    "supplier": supplier,
                    "number": f"F-{uid()}",
                    "amount_ht": "2000.00",
                    "amount_ttc": "2400.00",
                    "received_on": paris_today().isoformat(),
                },
            ),
            201,
        )
    page.reload()
    invoice_row = page.locator(f'tr[data-invoice="{invoice["id"]}"]')
    assert "reçue" in invoice_row.inner_text()
    pages.check(page, "engagement-facture")
    note = "Livraison conforme au bon de commande"
    invoice_row.get_by_label("Commentaire pour le comptable (facultatif)").fill(note)
    invoice_row.get_by_role("button", name="Demander le paiement").click()
    page.wait_for_selector(".fr-alert--success")
    assert "Paiement demandé" in page.locator(".fr-alert--success").inner_text()
    assert "à payer" in page.locator(f'tr[data-invoice="{invoice["id"]}"]').inner_text()
    with as_(running.suite, "budget", ACCOUNTANT) as cpf:  # the comment reaches the accountant
        requested = expect(cpf.get(f"/invoices/{invoice['id']}"), 200)
    assert requested["payment_request_comment"] == note

    # the list: filter, sort, CSV export
    page.get_by_role("link", name="Engagements").first.click()
    page.get_by_label("Fournisseur ou objet").fill(supplier)
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**texte=*")
    assert "1 engagement" in page.locator("#nombre").inner_text()
    page.get_by_role("link", name="AE").click()  # sort by amount
    page.wait_for_url("**tri=montant**")
    pages.check(page, "engagements")
    with page.expect_download() as download:
        page.get_by_role("link", name="Exporter en CSV").click()
    csv_text = Path(download.value.path()).read_text("utf-8-sig")
    header, *rows = csv_text.strip().splitlines()
    assert header.startswith("N°;Unité;Exercice;Action;Titre;Fournisseur")
    assert len(rows) == 1
    assert f"{commitment_id};DR-BRE;{YEAR};08;T3;{supplier}" in rows[0]
    assert ";2400,00;" in rows[0]

    # home again: the commitment is on the line
    page.get_by_role("link", name="Accueil").first.click()
    assert f"2{NB}400,00{NB}€" in page.locator('tr[data-line="DR-BRE-08-T3"]').inner_text()
    pages.check(page, "accueil-apres")
    page.context.close()


def test_a_record_outside_the_persons_units_is_refused_in_french(running: Running) -> None:
    allocate(
        running.suite, "DR-GES", year=YEAR, action="08", title="T3", ae="1000.00", cp="1000.00"
    )
    with as_(running.suite, "budget", ("budget.officer", "DR-GES", "ges")) as ges:
        other = expect(
            ges.post(
                "/commitments",
                json={
                    "unit_code": "DR-GES",
                    "fiscal_year": YEAR,
                    "action": "08",
                    "title": "T3",
                    "ae": "100.00",
                    "description": "Fournitures",
                },
            ),
            201,
        )
    pages = Pages("refus")
    page = sign_in_as(running, pages, "budget.officer", "DR-BRE")
    answer = page.goto(f"{running.console.url}/budget/engagements/{other['id']}")
    assert answer.status == 404
    assert "Introuvable" in page.locator("h1").inner_text()
    assert "Traceback" not in page.content()
    pages.check(page, "introuvable")
    page.context.close()


def test_journey4_requester_and_buyer_order_and_see_budgets_answer_live(running: Running) -> None:
    unit = "DR-HDF"
    allocate(running.suite, unit, year=YEAR, action="08", title="T3", ae="3000.00", cp="3000.00")
    chair = catalogue_item(running.suite, category="furniture", price="250.00")  # 300.00 TTC
    pages = Pages("parcours4")

    # the requester signs in with the picker's own role and unit fields
    requester = pages.watch(running.browser.new_context(locale="fr-FR").new_page())
    requester.goto(running.console.url + "/achats/demandes")
    requester.get_by_label("Rôle").select_option("facilities.requester")
    requester.get_by_label("Unité").fill(unit)
    requester.get_by_role("button", name="Se connecter avec ce profil").click()
    requester.wait_for_url("**/achats/demandes")
    pages.check(requester, "demandes")
    requester.get_by_role("link", name="Nouvelle demande").click()
    available = requester.locator('#ae-disponibles tr[data-line="DR-HDF-08-T3"]')
    assert f"3{NB}000,00{NB}€" in available.inner_text()
    requester.get_by_label("Objet de la demande").fill("Sièges de la salle de formation")
    requester.get_by_label("Article 1").select_option(chair)
    requester.get_by_label("Quantité 1").fill("8")  # 8 × 300.00 TTC = 2 400.00
    pages.check(requester, "demande-nouvelle")
    requester.get_by_role("button", name="Créer la demande").click()
    requester.wait_for_url("**/achats/demandes/*")
    requisition_id = int(requester.url.rsplit("/", 1)[1])
    assert f"2{NB}400,00{NB}€" in requester.locator("#total-ttc").inner_text()
    requester.get_by_role("button", name="Soumettre à l'acheteur").click()
    requester.wait_for_selector(".fr-alert--success")

    # the buyer approves and orders; budget's answer appears without reloading
    buyer = pages.watch(running.browser.new_context(locale="fr-FR").new_page())
    buyer.goto(f"{running.console.url}/achats/demandes/{requisition_id}")
    buyer.locator('[data-persona="facilities.buyer@DSG-ACHATS"]').click()
    buyer.wait_for_url(f"**/achats/demandes/{requisition_id}")
    buyer.get_by_role("button", name="Approuver").click()
    buyer.wait_for_selector("text=Demande approuvée.")
    assert f"3{NB}000,00{NB}€" in buyer.locator("#ae-disponibles").inner_text()
    pages.check(buyer, "demande-approuvee")
    buyer.get_by_role("button", name="Commander").click()
    buyer.wait_for_selector("#etat")
    buyer.evaluate("window.__sameDocument = true")
    answer = buyer.locator("#reponse-budget")
    answer.wait_for(timeout=30_000)
    assert "a enregistré l'engagement n°" in answer.inner_text()
    assert buyer.evaluate("window.__sameDocument === true"), "the page was not reloaded"
    pages.check(buyer, "commande-confirmee")

    # a second order beyond what is left: refused with budget's figures (600.00 left)
    requester.goto(running.console.url + "/achats/demandes/nouvelle")
    requester.get_by_label("Objet de la demande").fill("Sièges supplémentaires")
    requester.get_by_label("Article 1").select_option(chair)
    requester.get_by_label("Quantité 1").fill("4")  # 1 200.00 TTC > 600.00
    requester.get_by_role("button", name="Créer la demande").click()
    requester.wait_for_url("**/achats/demandes/*")
    second = int(requester.url.rsplit("/", 1)[1])
    requester.get_by_role("button", name="Soumettre à l'acheteur").click()
    requester.wait_for_selector(".fr-alert--success")
    buyer.goto(f"{running.console.url}/achats/demandes/{second}")
    buyer.get_by_role("button", name="Approuver").click()
    buyer.wait_for_selector("text=Demande approuvée.")
    buyer.get_by_role("button", name="Commander").click()
    refusal = buyer.locator(".fr-alert--error").first
    refusal.wait_for()
    assert "Autorisations d'engagement insuffisantes" in refusal.inner_text()
    assert f"AE disponibles : 600,00{NB}€" in buyer.locator(".fr-alert--error").nth(1).inner_text()
    pages.check(buyer, "commande-refusee")

    # the requester records the receipt: service fait in budget
    requester.goto(f"{running.console.url}/achats/demandes/{requisition_id}")
    requester.get_by_role("button", name="Enregistrer la réception").click()
    requester.wait_for_selector(".fr-alert--success")
    assert "service fait" in requester.locator(".fr-alert--success").first.inner_text()
    assert requester.locator("#statut").text_content() == "reçue"
    pages.check(requester, "reception")
    with as_(running.suite, "facilities", ("facilities.requester", unit, "req")) as facilities:
        commitment_id = expect(facilities.get(f"/requisitions/{requisition_id}"))["commitment_id"]

    def service_done() -> bool:
        with as_(running.suite, "budget", ("budget.controller", "DPG-CG", "cg")) as budget:
            spending = expect(budget.get(f"/commitments/{commitment_id}/spending"))
        assert spending["service_done"] == "2400.00", spending
        return True

    wait_for(service_done, what="service fait in budget")
    requester.context.close()
    buyer.context.close()


def test_journey2_dpg_arbitrates_notifies_and_moves_the_reserve(running: Running) -> None:
    unit = "DR-BFC"
    officer = ("budget.officer", unit, "bfc-ordonnateur")
    with as_(running.suite, "budget", officer) as budget:
        asked = expect(
            budget.post(
                "/allocation-requests",
                json={
                    "unit_code": unit,
                    "fiscal_year": YEAR,
                    "action": "08",
                    "title": "T3",
                    "ae": "10000.00",
                    "cp": "8000.00",
                    "justification": "Renouvellement du mobilier de l'accueil",
                },
            ),
            201,
        )
    pages = Pages("parcours2")
    # « Ce qui m'attend »: budget's notification of the request to arbitrate (issue #22 item 3)
    page = sign_in_as(running, pages, "budget.manager", "DPG-BUDGET", "/a-faire")
    waiting = page.locator("#table-a-faire-budget").inner_text()
    assert f"Demande de crédits n° {asked['id']} de {unit} à arbitrer" in waiting
    pages.check(page, "a-faire")
    page.goto(f"{running.console.url}/dpg/demandes")
    assert (
        "Renouvellement du mobilier"
        in page.locator(f'tr[data-request="{asked["id"]}"]').inner_text()
    )
    pages.check(page, "arbitrages")
    page.locator(f'tr[data-request="{asked["id"]}"] a').click()
    page.locator('label[for="d-reduce"]').click()  # the DSFR draws the radio on its label
    page.get_by_label("AE accordées").fill("8 000,00")
    page.get_by_label("CP accordés").fill("6 000,00")
    page.get_by_label("Motif").fill("Enveloppe régionale contrainte")
    pages.check(page, "arbitrage")
    page.get_by_role("button", name="Enregistrer la décision").click()
    page.wait_for_selector("text=Décision enregistrée")
    assert f"8{NB}000,00{NB}€" in page.locator("#etat-demande").inner_text()
    page.get_by_role("button", name="Notifier la décision").click()
    notified = page.locator(".fr-alert--success")
    notified.wait_for()
    assert "Notifiée : dotation n°" in notified.inner_text()
    allocation_id = int(notified.inner_text().split("dotation n° ")[1].split(" ")[0])

    # surgel then dégel on the new allocation: 500 frozen, then 200 released → 300 frozen
    page.goto(f"{running.console.url}/dpg/reserve?exercice={YEAR}&unite={unit}")
    row = page.locator(f'tr[data-allocation="{allocation_id}"]')
    row.get_by_label("Opération").select_option("extra_freeze")
    row.get_by_label("AE").fill("500")
    row.get_by_label("CP").fill("500")
    row.get_by_role("button", name="Enregistrer").click()
    page.wait_for_selector("text=Surgel enregistré")
    row = page.locator(f'tr[data-allocation="{allocation_id}"]')
    assert f"500,00{NB}€" in row.inner_text()
    row.get_by_label("Opération").select_option("release")
    row.get_by_label("AE").fill("200")
    row.get_by_label("CP").fill("200")
    row.get_by_role("button", name="Enregistrer").click()
    page.wait_for_selector("text=Dégel enregistré")
    assert f"300,00{NB}€" in page.locator(f'tr[data-allocation="{allocation_id}"]').inner_text()
    pages.check(page, "reserve")

    page.get_by_role("link", name="Exécution").first.click()
    assert page.locator("#graphique-execution svg polyline").count() == 4
    pages.check(page, "execution")
    page.context.close()


def test_journey3_cpf_registers_suspends_pays_and_rejects(running: Running) -> None:
    unit = "DR-CVL"
    allocate(running.suite, unit, year=YEAR, action="08", title="T3", ae="4000.00", cp="4000.00")
    officer = ("budget.officer", unit, "cvl-ordonnateur")
    yesterday = (paris_today() - timedelta(days=1)).isoformat()
    with as_(running.suite, "budget", officer) as budget:
        commitment = expect(
            budget.post(
                "/commitments",
                json={
                    "unit_code": unit,
                    "fiscal_year": YEAR,
                    "action": "08",
                    "title": "T3",
                    "ae": "1200.00",
                    "supplier": "Imprimerie du Centre",
                    "description": "Impression des enquêtes",
                },
            ),
            201,
        )
        expect(
            budget.post(
                f"/commitments/{commitment['id']}/service-done",
                json={"amount": "1200.00", "certified_on": yesterday},
            ),
            201,
        )
    pages = Pages("parcours3")
    page = sign_in_as(running, pages, "budget.accountant", "DPG-CPF", "/cpf/factures")
    pages.check(page, "factures")
    number = f"IC-{uid()}"
    page.get_by_role("link", name="Enregistrer une facture").click()
    page.get_by_label("N° de l'engagement").fill(str(commitment["id"]))
    page.get_by_label("Fournisseur").fill("Imprimerie du Centre")
    page.get_by_label("N° de facture").fill(number)
    page.get_by_label("Montant HT (euros)").fill("1 000,00")
    page.get_by_label("Montant TTC (euros)").fill("1 200,00")
    page.get_by_label("Reçue le").fill(paris_today().isoformat())
    pages.check(page, "facture-nouvelle")
    page.get_by_role("button", name="Enregistrer la facture").click()
    page.wait_for_url("**/cpf/factures/*")
    due = (paris_today() + timedelta(days=30)).strftime("%d/%m/%Y")  # 30 days from receipt
    assert f"à payer avant le {due}" in page.locator(".fr-alert--success").inner_text()
    invoice_id = int(page.url.rsplit("/", 1)[1])

    # suspended for a missing document, then the document arrives
    page.get_by_label("Motif", exact=True).fill("Bon de livraison absent")
    page.get_by_label("Pièces manquantes").fill("bon de livraison signé")
    page.get_by_role("button", name="Suspendre").click()
    page.wait_for_selector("text=Délai de paiement suspendu.")
    assert page.locator("#etat-facture").text_content() == "suspendue"
    page.goto(f"{running.console.url}/cpf/factures")
    assert "délai suspendu" in page.locator(f'tr[data-invoice="{invoice_id}"]').inner_text()
    page.goto(f"{running.console.url}/cpf/factures/{invoice_id}")
    page.get_by_role("button", name="Pièces reçues").click()
    page.wait_for_selector("text=un nouveau délai de 30 jours court")
    assert page.locator("#etat-facture").text_content() == "reçue"

    # the ordonnateur asks for payment (its own page, journey 1); the CPF pays
    with as_(running.suite, "budget", officer) as budget:
        current = budget.get(f"/invoices/{invoice_id}")
        expect(
            budget.post(
                f"/invoices/{invoice_id}/payment-request",
                json={},
                headers={"If-Match": current.headers["ETag"]},
            )
        )
    page.goto(f"{running.console.url}/cpf/factures")
    row = page.locator(f'tr[data-invoice="{invoice_id}"]')
    assert "à payer" in row.inner_text()
    assert "30 j" in row.inner_text()  # documents today: a new full period of 30 days
    pages.check(page, "factures-a-payer")
    row.get_by_role("link").first.click()
    page.get_by_role("button", name=f"Payer 1{NB}200,00{NB}€").click()
    page.wait_for_selector("text=Facture payée.")
    assert page.locator("#etat-facture").text_content() == "payée"
    pages.check(page, "facture-payee")

    # a second invoice on the same commitment is rejected with a reason
    with as_(running.suite, "budget", ACCOUNTANT) as cpf:
        second = expect(
            cpf.post(
                "/invoices",
                json={
                    "commitment_id": commitment["id"],
                    "supplier": "Imprimerie du Centre",
                    "number": f"IC-{uid()}",
                    "amount_ht": "100.00",
                    "amount_ttc": "120.00",
                    "received_on": paris_today().isoformat(),
                },
            ),
            201,
        )
    page.goto(f"{running.console.url}/cpf/factures/{second['id']}")
    page.get_by_label("Motif du rejet").fill("Facture en double")
    page.get_by_role("button", name="Rejeter la facture").click()
    page.wait_for_selector("text=Facture rejetée.")
    assert page.locator("#etat-facture").text_content() == "rejetée"

    page.get_by_role("link", name="Balance").first.click()
    assert (page.locator("#equilibre").text_content() or "").strip() == "équilibrée"
    assert page.locator("#table-balance tbody tr").count() >= 2
    pages.check(page, "balance")
    page.context.close()


def test_journey_hr_officer_agents_etpt_training_and_compliance(running: Running) -> None:
    """Issue #20 journey 1. Figures: A at 80 % from 1 January, B at 100 % from 1 July, in
    DR-BRE-SES, ceiling of DR-BRE 1.50: January-June 0.80 ETPT, July-December 1.80 (over);
    the year: (6 × 0.80 + 6 × 1.80) / 12 = 1.30, a margin of 0.20."""
    suite = running.suite
    a = hire(suite, "DR-BRE", quotite="0.80")
    b = hire(suite, "DR-BRE")
    yesterday = paris_today() - timedelta(days=1)
    with as_(suite, "hr", HR_MANAGER) as hr:
        for agent_id, start, share in ((a, f"{YEAR}-01-01", "0.80"), (b, f"{YEAR}-07-01", "1.00")):
            expect(
                hr.post(
                    f"/agents/{agent_id}/assignments",
                    json={
                        "unit_code": "DR-BRE-SES",
                        "start_date": start,
                        "quotite": share,
                        "reason": "prise de poste",
                    },
                ),
                201,
            )
        expect(hr.put(f"/etpt/DR-BRE/{YEAR}/ceiling", json={"ceiling": "1.50"}))
        code = f"SST-{uid()}"
        course = expect(
            hr.post(
                "/training/courses",
                json={
                    "code": code,
                    "title": "Sauveteur secouriste du travail",
                    "domain": "sécurité",
                    "duration_hours": "14",
                    "cost": "0.00",
                    "mandatory": True,
                    "certificate_validity_months": 1,
                },
            ),
            201,
        )
        session = expect(
            hr.post(
                "/training/sessions",
                json={
                    "course_id": course["id"],
                    "unit_code": "DR-BRE",
                    "start_date": (yesterday - timedelta(days=1)).isoformat(),
                    "end_date": yesterday.isoformat(),
                    "place": "Rennes, salle 2",
                    "capacity": 1,
                },
            ),
            201,
        )
    sid = session["id"]
    pages = Pages("parcours-rh")

    # the HR correspondent of DR-BRE: the agents of the unit, with their HR data
    officer = sign_in_as(running, pages, "hr.officer", "DR-BRE", "/rh/agents")
    row = officer.locator(f'tr[data-agent="{a}"]')
    assert f"80{NB}%" in row.inner_text()
    assert "E" in row.inner_text()  # the matricule: personal data for an HR role
    assert officer.locator(f'tr[data-agent="{b}"]').count() == 1
    pages.check(officer, "agents")
    row.get_by_role("link").click()
    officer.wait_for_url(f"**/rh/agents/{a}")
    assignment = officer.locator("#table-affectations tbody tr").first
    assert "DR-BRE-SES" in assignment.inner_text()
    assert f"80{NB}%" in assignment.inner_text()
    assert "en cours" in assignment.inner_text()
    assert "recrutement" in officer.locator("#table-parcours").inner_text()
    pages.check(officer, "agent")

    # ETPT against the ceiling: six months over, a margin over the year
    officer.get_by_role("link", name="ETPT").first.click()
    officer.wait_for_url("**/rh/etpt")
    chart = officer.locator("#graphique-etpt svg[role=img]")
    assert chart.locator("rect").count() == 12
    assert chart.locator("rect.sg-bar--over").count() == 6
    assert "marge de 0,20 ETPT" in text(officer, "#synthese")
    assert "1,8000" in text(officer, '#table-etpt tr[data-month="7"]')
    pages.check(officer, "etpt")

    # the session, read-only for the correspondent
    officer.goto(f"{running.console.url}/rh/formations")
    officer.locator(f'tr[data-session="{sid}"] a').click()
    officer.wait_for_url(f"**/rh/formations/{sid}")
    assert officer.get_by_role("button", name="Inscrire", exact=True).count() == 0

    # the DRH enrols both (one seat: B waits), confirms, marks A present and validates
    drh = pages.watch(running.browser.new_context(locale="fr-FR").new_page())
    drh.goto(f"{running.console.url}/rh/formations/{sid}")
    drh.locator('[data-persona="hr.manager@DRH"]').click()
    drh.wait_for_url(f"**/rh/formations/{sid}")
    for agent_id in (a, b):
        drh.get_by_label("N° de l'agent").fill(str(agent_id))
        drh.get_by_role("button", name="Inscrire", exact=True).click()
        drh.wait_for_selector(f'tr[data-agent="{agent_id}"]')
    assert "inscrit" in text(drh, f'tr[data-agent="{a}"]')
    assert "liste d'attente (position 1)" in text(drh, f'tr[data-agent="{b}"]')
    drh.get_by_role("button", name="Confirmer la session").click()
    drh.wait_for_selector("text=Session confirmée")
    assert text(drh, "#etat-session") == "confirmée"
    drh.locator(f'tr[data-agent="{a}"]').get_by_role("button", name="Présent").click()
    drh.wait_for_selector("text=Présence enregistrée.")
    drh.locator(f'tr[data-agent="{a}"]').get_by_role("button", name="Valider la formation").click()
    drh.wait_for_selector("text=Formation validée")
    expires = drh.locator(".fr-alert--success").inner_text()
    assert "certificat valable jusqu'au" in expires
    assert "formation validée" in text(drh, f'tr[data-agent="{a}"]')
    pages.check(drh, "session")

    # compliance: A's certificate expires within a month, B has not been trained
    officer.goto(f"{running.console.url}/rh/conformite")
    a_row = officer.locator(f'#table-conformite tr[data-agent="{a}"][data-course="{code}"]')
    assert "expire bientôt" in a_row.inner_text()
    b_row = officer.locator(f'#table-conformite tr[data-agent="{b}"][data-course="{code}"]')
    assert "manquante" in b_row.inner_text()
    pages.check(officer, "conformite")
    officer.context.close()
    drh.context.close()


def test_sg_dashboard_figures_of_the_five_departments_link_to_their_pages(
    running: Running,
) -> None:
    """Issue #20, « Beyond »: the secrétaire général (sg.auditor) signs in to the dashboard;
    each of the six figures is read from its service and opens the page that details it."""
    with as_(running.suite, "hr", HR_MANAGER) as hr:
        current = hr.get(f"/etpt/INSEE/{YEAR}/ceiling")
        headers = {"If-Match": current.headers["ETag"]} if current.status_code == 200 else {}
        expect(hr.put(f"/etpt/INSEE/{YEAR}/ceiling", json={"ceiling": "5000.00"}, headers=headers))
    pages = Pages("tableau-de-bord")
    page = sign_in_as(running, pages, "sg.auditor", "SG")
    cards = page.locator("#chiffres-cles .fr-card")
    assert cards.count() == 6
    assert "Indisponible" not in text(page, "#chiffres-cles")
    assert f"plafond de 5{NB}000,00" in text(page, "#chiffre-etpt")
    pages.check(page, "accueil")
    for key, heading in (
        ("budget", "Exécution mensuelle"),
        ("invoices", "Factures"),
        ("etpt", "ETPT et plafond d'emplois"),
        ("occupancy", "Occupation des bâtiments"),
        ("it", "Plan de charge des centres informatiques"),
        ("risks", "Opérations à risque"),
    ):
        page.locator(f"#chiffre-{key} h2 a").click()
        page.wait_for_load_state()
        assert heading in text(page, "h1"), (key, text(page, "h1"))
        pages.check(page, key)
        page.go_back()
        page.wait_for_selector("#chiffres-cles")
    page.context.close()


def test_journey_dsg_occupancy_duerp_incidents_and_register(running: Running) -> None:
    """Issue #20 journey 3. Figures: one building of 300 m² SUN for 20 workstations, 15,0 m² a
    workstation, above the 12 m² standard; DR-BRE's DUERP with a fall (4 × 2 = 8) before the
    screen work (2 × 3 = 6)."""
    dsg = ("facilities.manager", "DSG", "dsg-manager")
    code = uid()
    with as_(running.suite, "facilities", dsg) as facilities:
        site = expect(
            facilities.post(
                "/sites",
                json={"code": f"S{code}", "name": "Rennes", "city": "Rennes", "unit_code": "DSG"},
            ),
            201,
        )
        building = expect(
            facilities.post(
                "/buildings",
                json={
                    "site_id": site["id"],
                    "code": f"B{code}",
                    "name": "Bâtiment Vilaine",
                    "tenure": "leased",
                },
            ),
            201,
        )
        expect(
            facilities.post(
                "/spaces",
                json={
                    "building_id": building["id"],
                    "code": f"B{code}-1",
                    "kind": "office",
                    "sun_m2": "300.00",
                    "unit_code": "DR-BRE",
                    "workstations": 20,
                },
            ),
            201,
        )
        assessment = expect(
            facilities.post("/risk-assessments", json={"unit_code": "DR-BRE", "year": YEAR}), 201
        )
        for hazard, probability, severity in (("Travail sur écran", 2, 3), ("Chute", 4, 2)):
            expect(
                facilities.post(
                    f"/risk-assessments/{assessment['id']}/risks",
                    json={
                        "work_unit": "Bureaux",
                        "hazard": hazard,
                        "probability": probability,
                        "severity": severity,
                    },
                ),
                201,
            )
        incident = expect(
            facilities.post(
                "/incidents",
                json={
                    "unit_code": "DR-BRE",
                    "site": "Rennes",
                    "kind": "work_accident",
                    "occurred_on": (paris_today() - timedelta(days=2)).isoformat(),
                    "description": "Chute dans l'escalier B",
                    "lost_days": 3,
                },
            ),
            201,
        )
        entry = expect(
            facilities.post(
                "/register-entries",
                json={
                    "unit_code": "DR-BRE",
                    "site": "Rennes",
                    "title": "Éclairage du parking",
                    "description": "Le parking est mal éclairé le soir.",
                },
            ),
            201,
        )
    pages = Pages("parcours-dsg")
    page = sign_in_as(running, pages, "facilities.manager", "DSG", "/dsg/occupation")
    row = text(page, f'#table-occupation tr[data-building="B{code}"]')
    assert "15,0" in row
    assert "au-dessus" in row
    assert page.locator("#graphique-occupation svg[role=img]").count() == 1
    pages.check(page, "occupation")

    page.get_by_role("link", name="DUERP").first.click()
    page.wait_for_url("**/dsg/duerp")
    page.locator(f'tr[data-assessment="{assessment["id"]}"] a').click()
    page.wait_for_url(f"**/dsg/duerp/{assessment['id']}")
    hazards = page.locator("#table-risques-duerp tbody tr td:nth-child(2)").all_inner_texts()
    assert hazards == ["Chute", "Travail sur écran"]
    page.get_by_role("button", name="Valider le document unique").click()
    page.wait_for_selector("text=Document unique validé.")
    assert text(page, "#etat-duerp").startswith("validé")
    pages.check(page, "duerp")

    page.get_by_role("link", name="Incidents").first.click()
    page.locator(f'tr[data-incident="{incident["id"]}"] a').click()
    page.get_by_label("Note de suivi").fill("Nez de marche remplacé, main courante posée")
    page.locator('label[for="clore"]').click()
    page.get_by_role("button", name="Enregistrer le suivi").click()
    page.wait_for_selector("text=incident clos")
    assert text(page, "#etat-incident") == "clos"
    assert "main courante" in text(page, "#suivis")
    pages.check(page, "incident")

    page.get_by_role("link", name="Registre SST").first.click()
    page.locator(f'tr[data-entry="{entry["id"]}"] a').click()
    page.get_by_label("Réponse de l'administration").fill(
        "Deux lampadaires posés le long du parking"
    )
    page.get_by_label("État").select_option("closed")
    page.get_by_role("button", name="Enregistrer la réponse").click()
    page.wait_for_selector("text=Réponse enregistrée.")
    assert text(page, "#etat-observation") == "close"
    assert "lampadaires" in text(page, "#reponse-observation")
    pages.check(page, "registre")
    page.context.close()


def test_every_persona_signs_in_to_a_home_that_fits_their_role(running: Running) -> None:
    """Issue #20: every persona of the picker (each role of docs/auth.md's table) signs in to
    its home: the dashboard, the credits, or its role's pages with what the console offers."""
    from sg_console.signin import PERSONAS

    pages = Pages("accueil-par-role")
    context = running.browser.new_context(locale="fr-FR")
    page = pages.watch(context.new_page())
    for role, unit, _ in PERSONAS:
        context.clear_cookies()
        page.goto(running.console.url + "/")
        page.locator(f'[data-persona="{role}@{unit}"]').click()
        page.wait_for_url(running.console.url + "/")
        heading = text(page, "h1")
        assert "Erreur" not in heading, (role, heading)
        assert "indisponible" not in heading, (role, heading)
        assert "n'ouvre encore aucune page" not in page.content(), role
        if role.startswith("sg."):
            assert page.locator("#chiffres-cles .fr-card").count() == 6, role
        elif not role.startswith("budget."):
            assert page.locator("#role-accueil").count() == 1, role
        pages.check(page, role.replace(".", "-"))
    context.close()


# --- issue #20, journeys 2 and 4 (branch console3a) ---------------------------------------


def create_body(page: Any, code: str, name: str, *, seats: int, csa: str = "") -> None:
    """The DRH's form on /rh/dialogue-social: a CSA, or an F3SCT of ``csa``; then its page."""
    page.get_by_label("Code").fill(code)
    page.get_by_label("Nom", exact=True).fill(name)
    page.get_by_label("Type").select_option("F3SCT" if csa else "CSA")
    page.get_by_label("Unité").fill("DR-BRE")
    page.get_by_label("Sièges titulaires").fill(str(seats))
    if csa:
        page.get_by_label("CSA de rattachement").fill(csa)
    page.get_by_role("button", name="Créer l'instance").click()
    page.wait_for_url(f"**/rh/dialogue-social/instances/{code}")


def test_journey_union_relations_election_seats_body_and_meeting(running: Running) -> None:
    """Issue #20 journey 2. The DRH creates a CSA of 10 seats and enters its election:
    A 4 200, B 2 900, C 1 400, D 500 valid votes (9 000), 200 blank or void, 10 000 voters.

    Worked by hand — the quotient: 9 000 / 10 = 900; A 4 200 / 900 = 4.67 → 4, B 3.22 → 3,
    C 1.56 → 1, D 0.56 → 0: 8 seats. The 2 left at the highest average votes / (seats + 1):
    seat 9: A 4 200/5 = 840, B 2 900/4 = 725, C 1 400/2 = 700, D 500/1 = 500 → A;
    seat 10: A 4 200/6 = 700, B 725, C 700, D 500 → B. Seats: A 5, B 4, C 1, D 0.
    A's share: 4 200 / 9 000 = 46,67 %. hr gives the seats one by one at the highest average
    (D'Hondt, the same result): A 4 200, B 2 900, A 2 100, B 1 450, then for the 5th seat
    A 4 200/3 = 1 400 equals C 1 400/1 — A has more votes and takes it (hr reports the tie),
    C 1 400, A 1 050, B 966.67, A 840, B 725.

    Its F3SCT of 4 seats takes its seats from the CSA's votes: A 4 200, B 2 900, A 2 100,
    B 1 450 (against C 1 400) → A 2, B 2, C 0, D 0. Then a meeting of the CSA with two items;
    on the first, 4 for, 5 against, 1 abstention: an unfavourable opinion."""
    code = uid()
    lists = {f"A{code}": 4200, f"B{code}": 2900, f"C{code}": 1400, f"D{code}": 500}
    with as_(running.suite, "hr", HR_MANAGER) as hr:
        for union in lists:
            name = f"Union syndicale {union[0]}"
            expect(hr.post("/union-relations/unions", json={"code": union, "name": name}), 201)
    pages = Pages("parcours-dialogue-social")
    page = sign_in_as(running, pages, "hr.manager", "DRH", "/rh/dialogue-social")
    csa = f"CSA-{code}"
    create_body(page, csa, "CSA de la direction régionale de Bretagne", seats=10)
    assert text(page, "#sieges-instance") == "10"

    page.get_by_label("Date du scrutin").fill(paris_today().isoformat())
    page.get_by_label("Électeurs inscrits").fill("10 000")
    page.get_by_label("Bulletins blancs ou nuls").fill("200")
    for row, (union, votes) in enumerate(lists.items()):
        page.get_by_label(f"Organisation de la liste {row + 1}", exact=True).select_option(union)
        page.get_by_label(f"Voix de la liste {row + 1}", exact=True).fill(
            f"{votes:,}".replace(",", " ")
        )
        page.get_by_label(f"Candidats de la liste {row + 1}", exact=True).fill("10")
    pages.check(page, "instance")
    page.get_by_role("button", name="Enregistrer les résultats").click()
    page.wait_for_url("**/rh/dialogue-social/elections/*")
    seats = {
        union: int(
            page.locator(f'#table-resultats tr[data-union="{union}"] td[data-seats]').inner_text()
        )
        for union in lists
    }
    assert seats == {f"A{code}": 5, f"B{code}": 4, f"C{code}": 1, f"D{code}": 0}
    assert f"46,67{NB}%" in text(page, f'#table-resultats tr[data-union="A{code}"]')
    assert f"9{NB}000" in text(page, "#exprimes")
    assert text(page, "#egalites") == (
        f"5e siège : moyenne égale (1{NB}400,00) pour A{code}, C{code} ; attribué à A{code}, "
        "la liste qui a le plus de voix."
    )
    pages.check(page, "election")

    # a second election within the four-year cycle: hr refuses, the form keeps what was typed
    page.get_by_role("link", name=f"Retour à l'instance {csa}").click()
    page.get_by_label("Date du scrutin").fill(paris_today().isoformat())
    page.get_by_label("Électeurs inscrits").fill("10 000")
    page.get_by_label("Organisation de la liste 1", exact=True).select_option(f"A{code}")
    page.get_by_label("Voix de la liste 1", exact=True).fill("100")
    page.get_by_role("button", name="Enregistrer les résultats").click()
    page.wait_for_selector("#refus")
    assert page.get_by_label("Voix de la liste 1", exact=True).input_value() == "100"

    # the F3SCT: its seats from the CSA's votes
    page.get_by_role("link", name="Retour aux instances").click()
    f3sct = f"F3SCT-{code}"
    create_body(page, f3sct, "Formation spécialisée de Bretagne", seats=4, csa=csa)
    composition = {
        union: text(page, f'#table-composition tr[data-union="{union}"] td:nth-child(3)')
        for union in lists
    }
    assert composition == {f"A{code}": "2", f"B{code}": "2", f"C{code}": "0", f"D{code}": "0"}
    pages.check(page, "f3sct")

    # a meeting of the CSA and the body's opinion on its first item
    page.goto(f"{running.console.url}/rh/dialogue-social/instances/{csa}")
    page.get_by_label("Date de la réunion").fill((paris_today() + timedelta(days=14)).isoformat())
    page.get_by_label("Ordre du jour").fill("Lignes directrices de gestion\nBilan social")
    page.get_by_role("button", name="Programmer la réunion").click()
    page.wait_for_url("**/rh/dialogue-social/reunions/*")
    page.get_by_label("Point de l'ordre du jour").select_option("0")
    page.get_by_label("Pour", exact=True).fill("4")
    page.get_by_label("Contre", exact=True).fill("5")
    page.get_by_label("Abstentions", exact=True).fill("1")
    page.get_by_role("button", name="Enregistrer l'avis").click()
    page.wait_for_selector("text=Avis enregistré")
    assert "avis défavorable" in text(page, '#table-ordre-du-jour tr[data-item="0"]')
    assert "pas encore d'avis" in text(page, '#table-ordre-du-jour tr[data-item="1"]')
    page.get_by_label("Texte du procès-verbal").fill("Séance ouverte à 10 h ; quorum atteint.")
    page.get_by_role("button", name="Enregistrer le procès-verbal").click()
    page.wait_for_selector("text=Procès-verbal enregistré.")
    assert "quorum atteint" in text(page, "#proces-verbal")
    pages.check(page, "reunion")
    page.context.close()

    # an HR correspondent reads the bodies of their units, without the DRH's forms
    reader = sign_in_as(running, pages, "hr.officer", "DR-BRE", "/rh/dialogue-social")
    assert reader.locator(f'tr[data-body="{csa}"]').count() == 1
    assert reader.locator("#form-instance").count() == 0
    reader.context.close()


def test_journey_di_capacity_planner_load_alerts_publication_inventory_licences(
    running: Running,
) -> None:
    """Issue #20 journey 4. CNI-METZ, three months three years ahead (no staff allocated there,
    so capacity is the extra person-days entered): capacity 100, 100, 80 person-days; demand
    60 + 30 = 90, 70 + 50 = 120 (the 50 from a statistical operation's collection phase, sent
    by production), 80. Load 90,0 %, 120,0 % (over: 120 > 100), 100,0 % (not
    over: it flags a load above 100 %). The planner saves the period as a version and publishes
    it. Licences of DR-BRE: Stata, 2 seats and 3 deployed installs (1 too many); R, 10 seats,
    1 assigned (1 / 10)."""
    year = YEAR + 3
    months = [f"{year}-01", f"{year}-02", f"{year}-03"]
    capacity = {months[0]: "100.00", months[1]: "100.00", months[2]: "80.00"}
    # February's 50 person-days are a statistical operation's need, sent by production
    demands = [(months[0], "60"), (months[0], "30"), (months[1], "70"), (months[2], "80")]
    centre = "CNI-METZ"
    operation = f"EEC-{uid()}"
    with as_(running.suite, "production", PRODUCTION_MANAGER) as production:
        op = expect(
            production.post(
                "/operations",
                json={
                    "code": operation,
                    "name": "Enquête emploi, vague de février",
                    "kind": "census",
                    "lead_unit": "DSDS-RECENS",
                    "participating_units": ["DR-GES"],
                },
            ),
            201,
        )
        phases = f"/operations/{op['id']}/phases"
        collect = {"phase_code": "collect", "start": f"{year}-02-01", "end": f"{year}-02-28"}
        expect(production.post(phases, json=collect), 201)
        current = production.get(f"{phases}/collect")
        expect(
            production.put(
                f"{phases}/collect/needs",
                json={"it": [{"centre_code": centre, "month": months[1], "person_days": "50"}]},
                headers={"If-Match": current.headers["ETag"]},
            )
        )
        expect(production.post(f"/operations/{op['id']}/schedule", json={}))
    with as_(running.suite, "it", IT_PLANNER) as it:
        for month, extra in capacity.items():
            expect(
                it.post(
                    "/workload/capacities",
                    json={"centre_code": centre, "month": month, "extra_person_days": extra},
                ),
                201,
            )
        for index, (month, days) in enumerate(demands):
            expect(
                it.post(
                    "/workload/demands",
                    json={
                        "centre_code": centre,
                        "month": month,
                        "person_days": days,
                        "project": f"Projet {index + 1}",
                    },
                ),
                201,
            )

        def operation_demand_in_it() -> None:
            lines = expect(it.get("/workload/demands", params={"operation_id": operation}))
            assert [x["person_days"] for x in lines["items"]] == ["50.00"], lines

        wait_for(operation_demand_in_it, what="the operation's need in it")
    software = f"Stata-{uid()}"
    manager = ("it.manager", "DI", "di-manager")
    with as_(running.suite, "it", manager) as it:
        expect(
            it.post(
                "/licences",
                json={
                    "unit_code": "DR-BRE",
                    "software": software,
                    "licence_type": "per_device",
                    "seats": 2,
                },
            ),
            201,
        )
        r_licence = expect(
            it.post(
                "/licences",
                json={
                    "unit_code": "DR-BRE",
                    "software": f"R-{uid()}",
                    "licence_type": "site",
                    "seats": 10,
                },
            ),
            201,
        )
        expect(it.post(f"/licences/{r_licence['id']}/assignments", json={"agent_id": "A42"}), 201)
        for n in range(3):
            item = expect(
                it.post(
                    "/items",
                    json={
                        "kind": "software",
                        "name": f"Poste {n + 1} — {software}",
                        "model": software,
                        "unit_code": "DR-BRE",
                        "site": "Rennes",
                    },
                ),
                201,
            )
            current = it.get(f"/items/{item['id']}")
            expect(
                it.post(
                    f"/items/{item['id']}/transitions",
                    json={"to_status": "deployed"},
                    headers={"If-Match": current.headers["ETag"]},
                )
            )

    pages = Pages("parcours-di")
    path = f"/di/charge?centre={centre}&du={months[0]}&au={months[2]}"
    page = sign_in_as(running, pages, "it.planner", "DI-PLAN", path)
    rates = {
        month: text(page, f'#table-charge tr[data-month="{month}"] td:nth-child(5)')
        for month in months
    }
    assert rates == {months[0]: f"90,0{NB}%", months[1]: f"120,0{NB}%", months[2]: f"100,0{NB}%"}
    alerts = page.locator("#alertes-charge li")
    assert alerts.count() == 1
    assert alerts.first.get_attribute("data-alert") == f"{centre}-{months[1]}"
    chart = page.locator(f"#graphique-charge-{centre} svg[role=img]")
    assert chart.locator("rect.sg-bar--over").count() == 1
    assert chart.locator("rect").count() == 3
    source = text(page, '#table-demande tr[data-source="operation"]')
    assert f"{operation} (collect)" in source
    assert "opération statistique" in source
    pages.check(page, "plan-de-charge")

    code = f"PDC-{uid()}"
    page.get_by_label("Code de la version").fill(code)
    page.get_by_role("button", name="Enregistrer une version").click()
    page.wait_for_url("**/di/charge/versions/*")
    assert text(page, "#etat-version").startswith("brouillon")
    page.get_by_role("button", name="Publier cette version").click()
    page.wait_for_selector("text=publiée.")
    assert text(page, "#etat-version").startswith("publiée")
    assert page.locator("#alertes-charge li").count() == 1
    pages.check(page, "version-publiee")
    page.get_by_role("link", name="Retour au plan de charge").click()
    assert "publiée" in text(page, "#table-versions")
    page.context.close()

    # the technician of DR-BRE: the inventory and the licences, over-use first
    page = sign_in_as(running, pages, "it.technician", "DR-BRE", "/di/licences")
    first = page.locator("#table-licences tbody tr").first
    assert software in first.inner_text()
    assert "0 / 2" in first.inner_text()
    assert "1 de trop" in first.inner_text()
    assert "1 / 10" in text(page, f'#table-licences tr[data-licence="{r_licence["id"]}"]')
    pages.check(page, "licences")
    page.get_by_role("link", name="Inventaire").first.click()
    page.wait_for_url("**/di/inventaire")
    assert page.locator(f"#table-inventaire tr:has-text('{software}')").count() == 3
    pages.check(page, "inventaire")
    page.context.close()


# --- issue #20: journey 5 (the DOMP operation lead) and the dossier of a purchase ------------


def _operation(suite: Suite, code: str, name: str, phases: list[dict[str, Any]]) -> dict[str, Any]:
    """An operation led by DOMP-METH with ``phases`` (each may carry ``it`` needs and
    ``milestones``), scheduled; made by the DOMP through production's API."""
    with as_(suite, "production", PRODUCTION_MANAGER) as production:
        op = expect(
            production.post(
                "/operations",
                json={"code": code, "name": name, "kind": "household_survey",
                      "lead_unit": "DOMP-METH"},
            ),
            201,
        )  # fmt: skip
        base = f"/operations/{op['id']}/phases"
        for phase in phases:
            body = {k: phase[k] for k in ("phase_code", "start", "end", "depends_on") if k in phase}
            expect(production.post(base, json=body), 201)
            if phase.get("it"):
                current = production.get(f"{base}/{phase['phase_code']}")
                expect(
                    production.put(
                        f"{base}/{phase['phase_code']}/needs",
                        json={"it": phase["it"]},
                        headers={"If-Match": expect(current) and current.headers["ETag"]},
                    )
                )
            for milestone in phase.get("milestones", []):
                expect(
                    production.post(
                        f"/operations/{op['id']}/milestones",
                        json={"phase_code": phase["phase_code"], **milestone},
                    ),
                    201,
                )
        expect(production.post(f"/operations/{op['id']}/schedule", json={}))
    return op


def _publish_plan(suite: Suite, centre: str, month: str, capacity: str) -> str:
    """The DI publishes a plan de charge of ``centre`` for ``month`` with ``capacity``."""
    plan_code = f"PDC-{uid()}"
    with as_(suite, "it", IT_PLANNER) as it:
        expect(
            it.post(
                "/workload/capacities",
                json={"centre_code": centre, "month": month, "extra_person_days": capacity},
            ),
            201,
        )
        plan = expect(
            it.post(
                "/workload/plans",
                json={"code": plan_code, "first_month": month, "last_month": month,
                      "centre_codes": [centre]},
            ),
            201,
        )  # fmt: skip
        fetched = it.get(f"/workload/plans/{plan['id']}")
        expect(
            it.post(
                f"/workload/plans/{plan['id']}/publish",
                headers={"If-Match": fetched.headers["ETag"]},
            )
        )
    return plan_code


def test_journey5_domp_portfolio_timeline_risk_and_improvements(running: Running) -> None:
    """Issue #20, journey 5. Three operations of DOMP-METH in the first half of 2031:
    * A: build 02/01–28/02, collect 01/03–30/03 (depends on build, milestone « Fin de collecte »
      on 30/03), 50 person-days at CNI-METZ in 2031-03 against a published capacity of 40:
      projected load = max(demand 50, need 50) / 40 = 125 % > 100 % → red;
    * B: collect in February with 30 person-days at CNI-NANTES, no plan published for it →
      amber (no published plan de charge);
    * C: one design phase without needs → green.
    The lead sees them on the timeline and in the table, opens A's risk per month, proposes an
    improvement, the DSG answers it in the register, and the answer shows on the proposal."""
    # 2031, not journey 4's year (three years ahead): both publish CNI-METZ's plan de charge in
    # this suite, and one month of a centre has one capacity entry (until 2028 they differ)
    suite = running.suite
    tag = uid().upper()
    a = _operation(
        suite,
        f"EEC-A-{tag}",
        "Enquête A",
        [
            {"phase_code": "build", "start": "2031-01-02", "end": "2031-02-28"},
            {"phase_code": "collect", "start": "2031-03-01", "end": "2031-03-30",
             "depends_on": ["build"],
             "it": [{"centre_code": "CNI-METZ", "month": "2031-03", "person_days": "50"}],
             "milestones": [{"name": "Fin de collecte", "due_on": "2031-03-30"}]},
        ],
    )  # fmt: skip
    _operation(
        suite,
        f"EEC-B-{tag}",
        "Enquête B",
        [
            {"phase_code": "collect", "start": "2031-02-01", "end": "2031-02-28",
             "it": [{"centre_code": "CNI-NANTES", "month": "2031-02", "person_days": "30"}]},
        ],
    )  # fmt: skip
    _operation(
        suite,
        f"EEC-C-{tag}",
        "Enquête C",
        [{"phase_code": "design", "start": "2031-04-02", "end": "2031-05-31"}],
    )

    def demand_in_it() -> None:
        with as_(suite, "it", IT_PLANNER) as it:
            lines = expect(it.get("/workload/demands", params={"operation_id": a["code"]}))
        assert [x["person_days"] for x in lines["items"]] == ["50.00"], lines

    wait_for(demand_in_it, what="A's demand in it")
    plan_code = _publish_plan(suite, "CNI-METZ", "2031-03", "40.00")

    def red_in_production() -> None:
        with as_(suite, "production", PRODUCTION_MANAGER) as production:
            assert expect(production.get(f"/operations/{a['id']}/risk"))["colour"] == "red"

    wait_for(red_in_production, what="the plan de charge in production")

    pages = Pages("parcours5")
    page = sign_in_as(
        running,
        pages,
        "production.lead",
        "DOMP-METH",
        "/production/portefeuille?de=2031-01&a=2031-06",
    )
    rows = {
        key: text(page, f'#table-portefeuille tr[data-operation="EEC-{key}-{tag}"]')
        for key in "ABC"
    }
    assert "rouge" in rows["A"]
    assert (
        f"CNI-METZ en 2031-03 (plan {plan_code} v1) : demande de 50,00 au-delà de la capacité "
        f"de 40,00 jours-personne (charge 125,0{NB}%)"
    ) in rows["A"]
    assert "orange" in rows["B"]
    assert "CNI-NANTES en 2031-02 : aucun plan de charge publié (besoin de 30,00" in rows["B"]
    assert "vert" in rows["C"]
    assert "aucun besoin informatique ni en personnel" in rows["C"]
    collect = text(page, f'#table-phases tr[data-phase="EEC-A-{tag}-collect"]')
    assert "01/03/2031" in collect
    assert "30/03/2031" in collect
    assert "Construire" in collect  # depends on build
    assert "Fin de collecte (30/03/2031)" in collect
    chart = page.locator("#graphique-portefeuille svg[role=img]")
    assert chart.count() == 1
    assert chart.locator("g.sg-dependency").count() >= 1
    assert chart.locator("polygon.sg-milestone--due").count() >= 1
    assert "Collecter dépend de Construire" in chart.inner_html()
    pages.check(page, "portefeuille")

    page.locator(f'#table-portefeuille tr[data-operation="EEC-A-{tag}"] a').click()
    page.wait_for_url(f"**/production/operations/{a['id']}")
    march = text(page, '#table-risque tr[data-risk="collect-2031-03"]')
    assert "rouge" in march
    assert f"125,0{NB}%" in march
    assert "aucune charge informatique" in text(page, '#table-risque tr[data-risk="build-2031-01"]')
    pages.check(page, "operation")

    # an improvement proposal, sent to the DSG's register
    page.get_by_role("link", name="Améliorations").first.click()
    page.get_by_role("link", name="Proposer une amélioration").click()
    title = f"Écrans réglables pour les gestionnaires {tag}"
    page.get_by_label("Titre de la proposition").fill(title)
    page.get_by_label("Description").fill("Les écrans fixes obligent à se pencher.")
    page.get_by_label("Catégorie").select_option("ergonomics")
    pages.check(page, "amelioration-nouvelle")
    page.get_by_role("button", name="Transmettre la proposition").click()
    page.wait_for_url("**/production/ameliorations/*")
    proposal_id = int(page.url.rsplit("/", 1)[1])
    assert page.locator("#etat-proposition").text_content() == "transmise au registre"
    assert "Montrouge" in text(page, "#proposition")  # the unit's site

    # the DSG answers the register entry the proposal became (its own page, journey 3)
    dsg = pages.watch(running.browser.new_context(locale="fr-FR").new_page())
    dsg.goto(running.console.url + "/dsg/registre")
    dsg.locator('[data-persona="facilities.manager@DSG"]').click()
    dsg.wait_for_url("**/dsg/registre")

    def entry_listed() -> None:
        dsg.reload()
        assert dsg.get_by_role("cell", name=title).count() == 1

    wait_for(entry_listed, what="the proposal in the register")
    dsg.get_by_role("row").filter(has_text=title).get_by_role("link").click()
    dsg.get_by_label("Réponse de l'administration").fill("Bras d'écran commandés, pose en mai")
    dsg.get_by_label("État").select_option("in_progress")
    dsg.get_by_role("button", name="Enregistrer la réponse").click()
    dsg.wait_for_selector("text=Réponse enregistrée.")
    entry_id = int(dsg.url.rsplit("/", 1)[1])
    dsg.context.close()

    def answered() -> None:
        page.reload()
        assert page.locator("#etat-proposition").text_content() == "en cours"

    wait_for(answered, what="the DSG's answer back in production")
    assert "Bras d'écran commandés" in text(page, "#reponse-dsg")
    assert text(page, "#reference-registre") == f"REG-{entry_id}"
    assert page.locator("#form-suite").count() == 0  # the DOMP's form, not the lead's
    pages.check(page, "amelioration-reponse")
    page.get_by_role("link", name="Propositions d'amélioration").click()
    assert "Bras d'écran" in text(page, f'tr[data-proposal="{proposal_id}"]')
    pages.check(page, "ameliorations")
    page.context.close()


def test_the_dossier_of_a_purchase_shows_each_step_in_order_with_its_actor_live(
    running: Running,
) -> None:
    """Issue #20, « Beyond »: a purchase of DR-PDL goes from requisition to payment through the
    services' APIs (as its people would on their pages); the secrétaire général (sg.auditor,
    who reads every service and their audit trails) follows it on the dossier, where each step
    comes in order with who did it, and the payment appears without reloading."""
    suite, unit = running.suite, "DR-PDL"
    allocate(suite, unit, year=YEAR, action="08", title="T3", ae="2000.00", cp="2000.00")
    lamp = catalogue_item(suite, category="furniture", price="100.00")  # 120.00 TTC
    ordered = order(suite, unit, [(lamp, 5)], year=YEAR, action="08", title="T3")  # 600.00 TTC
    rid = ordered["id"]
    requester = ("facilities.requester", unit, f"req-{unit.lower()}")
    officer = ("budget.officer", unit, "pdl-ordonnateur")

    def confirmed() -> dict[str, Any]:
        with as_(suite, "facilities", requester) as facilities:
            got: dict[str, Any] = expect(facilities.get(f"/requisitions/{rid}"))
        assert got["status"] == "confirmed", got["status"]
        return got

    requisition = wait_for(confirmed, what="the order confirmed by budget")
    commitment_id = int(requisition["commitment_id"])
    with as_(suite, "facilities", requester) as facilities:
        [line] = requisition["lines"]
        receipt = expect(
            facilities.post(
                f"/requisitions/{rid}/receipts",
                json={"lines": [{"line_id": line["id"], "quantity": 5}]},
            ),
            201,
        )

    def service_done() -> None:
        with as_(suite, "budget", BUDGET_CONTROLLER) as budget:
            spending = expect(budget.get(f"/commitments/{commitment_id}/spending"))
        assert spending["service_done"] == "600.00", spending

    wait_for(service_done, what="service fait in budget")
    number = f"F-{uid()}"
    with as_(suite, "budget", ACCOUNTANT) as cpf:
        invoice = expect(
            cpf.post(
                "/invoices",
                json={"commitment_id": commitment_id, "supplier": "Luminaires de Loire",
                      "number": number, "amount_ht": "500.00", "amount_ttc": "600.00",
                      "received_on": paris_today().isoformat()},
            ),
            201,
        )  # fmt: skip
    with as_(suite, "budget", officer) as budget:
        current = budget.get(f"/invoices/{invoice['id']}")
        expect(
            budget.post(
                f"/invoices/{invoice['id']}/payment-request",
                json={"comment": "Conforme au BC"},
                headers={"If-Match": current.headers["ETag"]},
            )
        )

    pages = Pages("dossier")
    page = sign_in_as(running, pages, "sg.auditor", "SG", f"/achats/demandes/{rid}")
    page.locator("#lien-dossier").click()
    page.wait_for_url(f"**/dossier/achat/{rid}")
    page.evaluate("window.__sameDocument = true")
    done = page.locator("#etapes li[data-step]")
    whats = [html.unescape(t) for t in done.locator(".sg-dossier__what").all_inner_texts()]
    assert whats == [
        "Demande créée",
        "Demande soumise à l'acheteur",
        "Demande approuvée",
        "Commande passée, envoyée au budget",
        "Engagement juridique enregistré",
        "Commande confirmée : l'engagement est reçu par les achats",
        "Livraison réceptionnée",
        "Service fait certifié",
        "Facture enregistrée par le comptable",
        "Paiement demandé par l'ordonnateur",
    ]
    actors = [html.unescape(t) for t in done.locator(".sg-dossier__who").all_inner_texts()]
    buyer = FACILITIES_BUYER[2]
    assert actors[:4] == [f"req-{unit.lower()}", f"req-{unit.lower()}", buyer, buyer]
    assert actors[4] == "le budget, à réception de la commande"  # event:purchase.ordered
    assert actors[5] == "les achats, à réception de l'engagement"  # budget.commitment_recorded
    assert actors[6] == f"req-{unit.lower()}"
    assert actors[8] == ACCOUNTANT[2]
    assert actors[9] == "pdl-ordonnateur"
    assert "« Conforme au BC »" in html.unescape(done.nth(9).inner_text())  # the request's comment
    steps = text(page, "#etapes")
    assert f"commande n° {ordered['order_id']}" in steps
    assert f"engagement n° {commitment_id} (commande n° {ordered['order_id']})" in steps
    assert f"(réception n° {receipt['id']})" in steps  # budget's receipt id is facilities'
    assert "Enregistré à la réception de l'événement purchase.ordered n° " in steps
    assert "Paiement — pas encore" in steps
    pages.check(page, "achat")

    # the CPF pays: the step appears by itself and the dossier stops polling
    with as_(suite, "budget", ACCOUNTANT) as cpf:
        current = cpf.get(f"/invoices/{invoice['id']}")
        expect(
            cpf.post(
                f"/invoices/{invoice['id']}/payment", headers={"If-Match": current.headers["ETag"]}
            ),
            201,
        )
    page.locator("#dossier-termine").wait_for(timeout=30_000)
    assert page.evaluate("window.__sameDocument === true"), "the page was not reloaded"
    last = done.last
    assert text(page, "#etapes li[data-step]:last-child .sg-dossier__what") == "Facture payée"
    assert html.unescape(last.locator(".sg-dossier__who").inner_text()) == ACCOUNTANT[2]
    assert f"600,00{NB}€ en 0 jours" in html.unescape(last.inner_text())
    pages.check(page, "achat-paye")
    page.context.close()

    # the requester sees the purchasing side; budget's steps are said to be not shown to them
    page = pages.watch(running.browser.new_context(locale="fr-FR").new_page())
    page.goto(f"{running.console.url}/dossier/achat/{rid}")
    page.get_by_label("Rôle").select_option("facilities.requester")
    page.get_by_label("Unité").fill(unit)
    page.get_by_role("button", name="Se connecter avec ce profil").click()
    page.wait_for_url(f"**/dossier/achat/{rid}")
    assert "Livraison réceptionnée" in text(page, "#etapes")
    assert "ne vous les montre pas" in text(page, "#dossier-masque")
    page.context.close()


# ---- issue #22 in the console: history, documents, exports, imports, the CPF's deadline -------
# (records3: pages/files.py, the commitment's history, hr's import page)


def _commitment(suite: Suite, who: tuple[str, str, str], supplier: str, ae: str) -> Any:
    with as_(suite, "budget", who) as budget:
        return expect(
            budget.post(
                "/commitments",
                json={
                    "unit_code": who[1],
                    "fiscal_year": YEAR,
                    "action": "08",
                    "title": "T3",
                    "ae": ae,
                    "supplier": supplier,
                    "description": "Fauteuils de bureau",
                },
            ),
            201,
        )


def _amend(
    suite: Suite, who: tuple[str, str, str], commitment_id: int, path: str, body: Any
) -> Any:
    """A reduction or cancellation of a commitment, with the ETag of its current version."""
    with as_(suite, "budget", who) as budget:
        current = budget.get(f"/commitments/{commitment_id}")
        return expect(
            budget.post(
                f"/commitments/{commitment_id}/{path}",
                json=body,
                headers={"If-Match": current.headers["ETag"]},
            )
        )


def test_records_a_commitments_history_after_an_amendment(running: Running) -> None:
    """The officer commits 1 500,00 then reduces it to 1 200,00 (300,00 released); the DPG
    reads both writes on the commitment's page; the officer's own page has no history."""
    suite = running.suite
    allocate(suite, "DR-BRE", year=YEAR, action="08", title="T3", ae="3000.00", cp="3000.00")
    officer = ("budget.officer", "DR-BRE", "bre-historique")
    created = _commitment(suite, officer, f"Sièges de l'Ouest {uid()}", "1500.00")
    _amend(suite, officer, created["id"], "reduction", {"ae": "1200.00", "reason": "Remise"})

    pages = Pages("historique")
    page = sign_in_as(
        running, pages, "budget.manager", "DPG-BUDGET", f"/budget/engagements/{created['id']}"
    )
    rows = page.locator("#historique tbody tr")
    assert rows.count() == 2
    first, second = rows.nth(0).inner_text(), rows.nth(1).inner_text()
    assert "bre-historique" in first
    assert "Création" in first
    assert f"AE : 1{NB}500,00{NB}€" in first
    assert "Statut : actif" in first
    assert "Modification" in second
    assert f"AE : 1{NB}500,00{NB}€ → 1{NB}200,00{NB}€" in second
    assert paris_today().strftime("%d/%m/%Y") in second
    pages.check(page, "engagement")
    page.context.close()

    page = sign_in_as(
        running, pages, "budget.officer", "DR-BRE", f"/budget/engagements/{created['id']}"
    )
    assert page.locator("#historique").count() == 0
    page.context.close()


def _invoiced(
    suite: Suite, officer: tuple[str, str, str], supplier: str, ttc: str, ht: str, received: date
) -> Any:
    """A commitment of ``ttc``, its service fait the day before ``received`` and the supplier's
    invoice registered by the CPF as received that day; the invoice."""
    commitment = _commitment(suite, officer, supplier, ttc)
    with as_(suite, "budget", officer) as budget:
        expect(
            budget.post(
                f"/commitments/{commitment['id']}/service-done",
                json={"amount": ttc, "certified_on": (received - timedelta(days=1)).isoformat()},
            ),
            201,
        )
    with as_(suite, "budget", ACCOUNTANT) as cpf:
        return expect(
            cpf.post(
                "/invoices",
                json={
                    "commitment_id": commitment["id"],
                    "supplier": supplier,
                    "number": f"R-{uid()}",
                    "amount_ht": ht,
                    "amount_ttc": ttc,
                    "received_on": received.isoformat(),
                },
            ),
            201,
        )


MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def test_records_an_invoice_pdf_attached_and_downloaded(running: Running) -> None:
    suite = running.suite
    allocate(suite, "DR-BRE", year=YEAR, action="08", title="T3", ae="1000.00", cp="1000.00")
    officer = ("budget.officer", "DR-BRE", "bre-pieces")
    invoice = _invoiced(suite, officer, f"Papeterie {uid()}", "600.00", "500.00", paris_today())
    pages = Pages("pieces-jointes")
    page = sign_in_as(running, pages, *ACCOUNTANT[:2], f"/cpf/factures/{invoice['id']}")
    assert "Aucun document" in page.locator("#pieces-jointes").inner_text()
    page.set_input_files(
        "#piece-jointe",
        files=[{"name": "facture.pdf", "mimeType": "application/pdf", "buffer": MINIMAL_PDF}],
    )
    page.get_by_role("button", name="Joindre", exact=True).click()
    page.wait_for_selector(".fr-alert--success")
    assert "facture.pdf" in page.locator(".fr-alert--success").inner_text()
    link = page.locator("#pieces-jointes a", has_text="facture.pdf")
    assert link.count() == 1
    pages.check(page, "facture")
    with page.expect_download() as download:
        link.click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    assert data == MINIMAL_PDF
    assert download.value.suggested_filename == "facture.pdf"
    page.context.close()


def test_records_the_commitments_list_exported_as_excel_with_its_filters(running: Running) -> None:
    """Two commitments of DR-NOR with one supplier; one cancelled. Filtered on the unit and the
    active ones, the workbook holds the other only, under French headings."""
    from io import BytesIO

    import openpyxl

    suite = running.suite
    allocate(suite, "DR-NOR", year=YEAR, action="08", title="T3", ae="2000.00", cp="2000.00")
    officer = ("budget.officer", "DR-NOR", "nor-export")
    supplier = f"Export {uid()}"
    kept = _commitment(suite, officer, supplier, "300.00")
    dropped = _commitment(suite, officer, supplier, "200.00")
    _amend(suite, officer, dropped["id"], "cancellation", {"reason": "Doublon"})

    pages = Pages("exports")
    page = sign_in_as(running, pages, "budget.officer", "DR-NOR", "/budget/engagements")
    page.get_by_label("Unité").fill("DR-NOR")
    page.get_by_label("Statut").select_option("active")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**statut=active**")
    pages.check(page, "engagements")
    with page.expect_download() as download:
        page.get_by_role("link", name="Exporter (Excel)").click()
    assert download.value.suggested_filename.startswith("budget-engagements-")
    assert download.value.suggested_filename.endswith(".xlsx")
    workbook = openpyxl.load_workbook(BytesIO(Path(download.value.path()).read_bytes()))
    sheet = workbook.active
    assert sheet is not None
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert "Fournisseur" in header
    assert "Code unité" in header
    assert "Exercice" in header
    assert "supplier" not in header
    assert "unit_code" not in header
    column = {name: i for i, name in enumerate(header)}
    assert rows, "the workbook holds the filtered rows"
    assert {r[column["Code unité"]] for r in rows} == {"DR-NOR"}
    mine = [r for r in rows if r[column["Fournisseur"]] == supplier]
    ids = {r[column["Identifiant"]] for r in mine}
    assert ids == {kept["id"]}  # the cancelled one is filtered out
    assert float(mine[0][column["AE (autorisations d'engagement)"]]) == 300.0
    page.context.close()


def test_records_a_rejected_agents_import_shows_its_row_errors_then_a_good_file(
    running: Running,
) -> None:
    """Three rows: the first right, the second at échelon 99 (at most 15), the third in a unit
    that does not exist: refused whole, each wrong row named; then two right rows imported."""
    code = uid()
    heading = (
        "Matricule;Nom;Prénom;Catégorie;Corps;Grade;Échelon;Statut;Quotité;Code unité;Recruté le"
    )
    row = "I{m};Import;{f};A;Attaché de l'Insee;Attaché;{e};titulaire;0,80;{u};2026-01-05"
    bad = "\r\n".join(
        [
            heading,
            row.format(m=f"{code}1", f="Anne", e=4, u="DR-BRE-SES"),
            row.format(m=f"{code}2", f="Bruno", e=99, u="DR-BRE-SES"),
            row.format(m=f"{code}3", f="Chloé", e=2, u="DR-XXX"),
        ]
    ).encode("utf-8")
    good = "\r\n".join(
        [
            heading,
            row.format(m=f"{code}1", f="Anne", e=4, u="DR-BRE-SES"),
            row.format(m=f"{code}2", f="Bruno", e=5, u="DR-BRE-SES"),
        ]
    ).encode("utf-8")

    pages = Pages("import-agents")
    page = sign_in_as(running, pages, *HR_MANAGER[:2], "/rh/agents")
    page.get_by_role("link", name="Importer des agents").click()
    page.wait_for_url("**/rh/agents/import")
    page.set_input_files(
        "#fichier", files=[{"name": "recrutements.csv", "mimeType": "text/csv", "buffer": bad}]
    )
    page.get_by_role("button", name="Vérifier (essai à blanc)").click()
    page.wait_for_selector("#erreurs")
    assert "rien n'a été importé" in text(page, "#refus")
    assert page.locator('#erreurs tr[data-ligne="2"]').count() == 0
    assert "Échelon" in page.locator('#erreurs tr[data-ligne="3"]').inner_text()
    assert page.locator('#erreurs tr[data-ligne="4"]').count() == 1
    pages.check(page, "refus")

    # importing the wrong file for real is refused the same way: nothing written
    page.set_input_files(
        "#fichier", files=[{"name": "recrutements.csv", "mimeType": "text/csv", "buffer": bad}]
    )
    page.get_by_role("button", name="Importer", exact=True).click()
    page.wait_for_selector("#erreurs")
    with as_(running.suite, "hr", HR_MANAGER) as hr:
        found = expect(hr.get("/agents", params={"name": "Import", "unit_code": "DR-BRE-SES"}))
        assert not [a for a in found["items"] if a.get("matricule", "").startswith(f"I{code}")]

    page.set_input_files(
        "#fichier", files=[{"name": "recrutements.csv", "mimeType": "text/csv", "buffer": good}]
    )
    page.get_by_role("button", name="Importer", exact=True).click()
    page.wait_for_selector("#resultat")
    assert "2 agent(s) créé(s)" in text(page, "#resultat")
    pages.check(page, "importe")
    page.goto(f"{running.console.url}/rh/agents?unite=DR-BRE-SES&nom=Import")
    listed = page.locator("#table-agents").inner_text()
    assert "Anne" in listed
    assert "Bruno" in listed
    page.context.close()


def test_records_the_cpf_sees_an_invoice_due_within_5_days_on_what_needs_me(
    running: Running,
) -> None:
    """Received 26 days ago (service fait the day before): due in 30 − 26 = 4 days, within the
    5 days of budget's daily check (``sg-notify digest budget``), which notifies the CPF."""
    import subprocess

    from .suite import BIN

    suite = running.suite
    allocate(suite, "DR-BRE", year=YEAR, action="08", title="T3", ae="500.00", cp="500.00")
    officer = ("budget.officer", "DR-BRE", "bre-echeance")
    received = paris_today() - timedelta(days=26)
    invoice = _invoiced(suite, officer, f"Échéance {uid()}", "240.00", "200.00", received)
    number = invoice["number"]
    assert invoice["due_on"] == (received + timedelta(days=30)).isoformat()
    budget_process = next(p for p in suite.processes() if p.name == "budget")
    done = subprocess.run(
        [str(BIN / "sg-notify"), "digest", "budget"],
        env=budget_process.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]

    pages = Pages("a-faire-cpf")
    page = sign_in_as(running, pages, *ACCOUNTANT[:2], "/a-faire")
    waiting = page.locator("#table-a-faire-budget").inner_text()
    assert number in waiting
    assert (received + timedelta(days=30)).strftime("%d/%m/%Y") in waiting
    pages.check(page, "echeance")
    page.context.close()
