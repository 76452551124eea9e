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

from .console_browser import Console, Pages, browser, start_console
from .helpers import allocate, as_, ensure_open_year, expect, uid
from .suite import Suite, start_suite, stop_suite

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

YEAR = date.today().year
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
        suite = start_suite(workdir, "sqlite", names=["budget", "facilities"])
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
    page.get_by_label("Date du service fait").fill((date.today() - timedelta(days=1)).isoformat())
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
                    "received_on": date.today().isoformat(),
                },
            ),
            201,
        )
    page.reload()
    invoice_row = page.locator(f'tr[data-invoice="{invoice["id"]}"]')
    assert "reçue" in invoice_row.inner_text()
    pages.check(page, "engagement-facture")
    invoice_row.get_by_role("button", name="Demander le paiement").click()
    page.wait_for_selector(".fr-alert--success")
    assert "Paiement demandé" in page.locator(".fr-alert--success").inner_text()
    assert "à payer" in page.locator(f'tr[data-invoice="{invoice["id"]}"]').inner_text()

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
