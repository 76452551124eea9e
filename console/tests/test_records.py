"""Issue #22 in the console, in-process: a commitment's history from budget's audit trail,
an invoice's documents, exports of the lists and the agents import (the services faked)."""

from __future__ import annotations

import html
from typing import Any

import httpx
from fastapi.testclient import TestClient

from .conftest import FakeServices, csrf_of, problem, sign_in

COMMITMENT = {
    "id": 42, "unit_code": "DR-BRE", "fiscal_year": 2026, "action": "08", "sub_action": None,
    "title": "T3", "purchase_order_id": None, "supplier": "Mobilier de l'Ouest",
    "description": "Tables", "source": "api", "status": "active", "initial_ae": "2400.00",
    "ae": "1800.00", "created_by": "bre-ordonnateur", "created_at": "2026-03-02T09:15:00Z",
    "version": 2,
}  # fmt: skip
SPENDING = {"commitment_id": 42, "unit_code": "DR-BRE", "ae": "1800.00", "service_done": "0.00",
            "paid_cp": "0.00", "remaining_to_pay": "1800.00", "advance_ceiling": "0.00",
            "invoices": []}  # fmt: skip
INSERTED = {
    "id": 7, "at": "2026-03-02T09:15:00Z", "actor": "bre-ordonnateur",
    "by_delegation_of": "bre-directeur", "request_id": "r1", "resource": "budget_commitment",
    "resource_id": "42", "action": "insert", "prev_hash": "0" * 64, "hash": "a" * 64,
    "changes": {"ae": {"before": None, "after": "2400.00"},
                "status": {"before": None, "after": "active"},
                "supplier": {"before": None, "after": "Mobilier de l'Ouest"},
                "line_id": {"before": None, "after": 3}},
}  # fmt: skip
REDUCED = {
    **INSERTED, "id": 9, "at": "2026-03-05T14:30:00Z", "action": "update",
    "by_delegation_of": None, "actor": "bre-ordonnateur",
    "changes": {"ae": {"before": "2400.00", "after": "1800.00"},
                "version": {"before": 1, "after": 2}},
}  # fmt: skip


def page_of(*items: Any) -> dict[str, Any]:
    return {"items": list(items), "next_cursor": None}


def commitment_42(fake: FakeServices) -> None:
    fake.on("GET", "/commitments/42", COMMITMENT)
    fake.on("GET", "/commitments/42/spending", SPENDING)
    fake.on("GET", "/invoices", page_of())
    fake.on("GET", "/audit", page_of(INSERTED, REDUCED))


def test_a_commitments_history_in_french_for_those_who_read_the_audit(
    console: TestClient, fake: FakeServices
) -> None:
    commitment_42(fake)
    sign_in(console, role="budget.manager", unit="DPG-BUDGET")
    page = console.get("/budget/engagements/42")
    assert page.status_code == 200, page.text
    audit = next(r for r in fake.requests if r.url.path == "/audit")
    assert audit.url.params["resource"] == "budget_commitment"
    assert audit.url.params["resource_id"] == "42"
    assert audit.url.params["sort"] == "id"
    assert '<h2 class="fr-mt-5w" id="titre-historique">Historique</h2>' in page.text
    created = page.text.split('data-audit="7"')[1].split("</tr>")[0]
    assert "02/03/2026 09:15" in created
    assert "par délégation de bre-directeur" in created
    assert "Création" in created
    assert "AE : 2\u00a0400,00\u00a0€" in created
    assert "Statut : actif" in created
    assert "line_id" not in created  # technical columns are left out
    reduced = page.text.split('data-audit="9"')[1].split("</tr>")[0]
    assert "Modification" in reduced
    assert "AE : 2\u00a0400,00\u00a0€ → 1\u00a0800,00\u00a0€" in reduced
    assert "délégation" not in reduced


def test_the_history_is_not_shown_nor_read_for_an_officer(
    console: TestClient, fake: FakeServices
) -> None:
    commitment_42(fake)
    sign_in(console, role="budget.officer", unit="DR-BRE")
    page = console.get("/budget/engagements/42")
    assert page.status_code == 200, page.text
    assert "Historique" not in page.text
    assert not [r for r in fake.requests if r.url.path == "/audit"]


def test_an_export_is_the_services_file_with_the_pages_filters(
    console: TestClient, fake: FakeServices
) -> None:
    workbook = b"PK\x03\x04 an xlsx"

    def export(request: httpx.Request) -> httpx.Response:  # noqa: ARG001 (httpx.MockTransport's handler signature)
        return httpx.Response(
            200,
            content=workbook,
            headers={
                "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "content-disposition": 'attachment; filename="budget-engagements-2026-03-16.xlsx"',
            },
        )

    fake.on("GET", "/commitments", export)
    sign_in(console, role="budget.officer", unit="DR-BRE")
    answer = console.get(
        "/exporter/engagements?format=xlsx&exercice=2026&unite=dr-bre&statut=active&tri=montant"
    )
    assert answer.status_code == 200, answer.text
    assert answer.content == workbook
    assert answer.headers["content-disposition"].endswith('"budget-engagements-2026-03-16.xlsx"')
    assert answer.headers["cache-control"] == "no-store"
    sent = fake.requests[-1]
    assert sent.headers["authorization"].startswith("Bearer ")
    assert dict(sent.url.params) == {
        "format": "xlsx",
        "fiscal_year": "2026",
        "unit_code": "DR-BRE",
        "status": "active",
        "sort": "-ae",
        "limit": "50",
        "count": "false",
    }


def test_an_export_is_refused_to_who_may_not_read_the_list_and_unknown_lists_are_404(
    console: TestClient, fake: FakeServices
) -> None:
    sign_in(console, role="hr.officer", unit="DR-BRE")
    assert console.get("/exporter/engagements?format=csv").status_code == 403
    assert console.get("/exporter/inconnue?format=csv").status_code == 404
    assert console.get("/exporter/agents?format=pdf").status_code == 404
    assert not fake.requests


def test_the_services_refusal_of_an_export_is_shown_in_french(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/agents", lambda _: problem(403, "out-of-scope", "DR-GES is not yours"))
    sign_in(console, role="hr.officer", unit="DR-BRE")
    answer = console.get("/exporter/agents?format=csv&unite=DR-GES")
    assert answer.status_code == 403
    assert "Hors de votre périmètre" in answer.text


INVOICE = {
    "id": 5, "commitment_id": 42, "unit_code": "DR-BRE", "fiscal_year": 2026,
    "supplier": "Mobilier de l'Ouest", "number": "F-1", "amount_ht": "1500.00",
    "amount_ttc": "1800.00", "received_on": "2026-03-03", "period_start": "2026-03-03",
    "due_on": "2026-04-02", "status": "received", "days_remaining": 20, "late": False,
    "created_at": "2026-03-03T10:00:00Z", "created_by": "cpf-comptable", "days_late": None,
    "days_to_pay": None, "documents_received_on": None, "late_fee": None, "late_interest": None,
    "missing_documents": None, "paid_on": None, "payment_requested_by": None,
    "payment_requested_on": None, "rejection_reason": None, "suspended_on": None,
    "suspension_reason": None, "version": 1,
}  # fmt: skip
DOCUMENT = {
    "id": 8, "record_kind": "invoice", "record_id": "5", "filename": "facture.pdf",
    "content_type": "application/pdf", "size": 2048, "sha256": "b" * 64,
    "uploaded_at": "2026-03-03T10:00:00Z", "uploaded_by": "cpf-comptable",
}  # fmt: skip


def test_an_invoices_documents_listed_downloaded_and_attached(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/invoices/5", INVOICE)
    fake.on("GET", "/invoices/5/attachments", page_of(DOCUMENT))
    pdf = b"%PDF-1.7 the invoice"
    fake.on(
        "GET",
        "/invoices/5/attachments/8",
        lambda _: httpx.Response(
            200,
            content=pdf,
            headers={
                "content-type": "application/pdf",
                "content-disposition": 'attachment; filename="facture.pdf"',
            },
        ),
    )
    received: list[bytes] = []

    def attach(request: httpx.Request) -> httpx.Response:
        received.append(request.read())
        return httpx.Response(201, json={**DOCUMENT, "id": 9, "filename": "devis.pdf"})

    fake.on("POST", "/invoices/5/attachments", attach)
    sign_in(console, role="budget.accountant", unit="DPG-CPF")
    page = console.get("/cpf/factures/5")
    assert page.status_code == 200, page.text
    assert 'href="/cpf/factures/5/pieces-jointes/8"' in page.text
    assert "2,0 Ko" in page.text
    download = console.get("/cpf/factures/5/pieces-jointes/8")
    assert download.status_code == 200
    assert download.content == pdf
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["x-content-type-options"] == "nosniff"

    answer = console.post(
        "/cpf/factures/5/pieces-jointes",
        data={"csrf_token": csrf_of(page.text)},
        files={"file": ("devis.pdf", b"%PDF-1.4 a quote", "application/pdf")},
    )
    assert answer.status_code == 303
    sent = fake.requests[-1]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in sent.headers["content-type"]
    assert b'filename="devis.pdf"' in received[0]
    assert b"%PDF-1.4 a quote" in received[0]
    assert "devis.pdf" in console.get("/cpf/factures/5").text  # the flash message


def test_a_controller_reads_the_documents_without_the_upload_form(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/invoices/5", INVOICE)
    fake.on("GET", "/invoices/5/attachments", page_of(DOCUMENT))
    sign_in(console, role="budget.controller", unit="DPG-BUDGET")
    page = console.get("/cpf/factures/5")
    assert 'href="/cpf/factures/5/pieces-jointes/8"' in page.text
    assert 'id="form-piece-jointe"' not in page.text
    answer = console.post(
        "/cpf/factures/5/pieces-jointes",
        data={"csrf_token": csrf_of(page.text)},
        files={"file": ("devis.pdf", b"%PDF-1.4", "application/pdf")},
    )
    assert answer.status_code == 403


ROW_ERRORS = [
    {"row": 3, "column": "Échelon", "field": "echelon",
     "message": "Input should be less than or equal to 15", "type": "less_than_equal"},
    {"row": 4, "column": None, "field": None,
     "message": "matricule A100001 or login None is taken", "type": "duplicate-matricule"},
]  # fmt: skip


def test_an_agents_import_rejected_shows_every_wrong_row_then_a_good_file_is_imported(
    console: TestClient, fake: FakeServices
) -> None:
    calls: list[httpx.Request] = []

    def imports(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        # the file's content, not the body: the multipart boundary is random hex and can hold "bad"
        if b"Matricule;bad" in request.read():
            return problem(
                422, "import-rejected", "2 of 3 rows are wrong: nothing was written",
                row_errors=ROW_ERRORS,
            )  # fmt: skip
        dry = request.url.params["dry_run"] == "true"
        body = {"dry_run": dry, "rows": 2, "created": 2, "ids": [] if dry else [31, 32]}
        return httpx.Response(200 if dry else 201, json=body)

    fake.on("POST", "/agents/imports", imports)
    sign_in(console, role="hr.officer", unit="DR-BRE")
    form = console.get("/rh/agents/import")
    assert form.status_code == 200
    token = csrf_of(form.text)
    rejected = console.post(
        "/rh/agents/import",
        data={"csrf_token": token, "mode": "essai"},
        files={"file": ("recrutements.csv", b"Matricule;bad\r\n", "text/csv")},
    )
    assert rejected.status_code == 422
    assert calls[-1].url.params["dry_run"] == "true"
    assert "Fichier refusé : rien n'a été importé" in rejected.text
    assert '<tr data-ligne="3"><td>3</td><td>Échelon</td>' in rejected.text
    assert 'data-ligne="4"' in rejected.text
    assert "Valeur trop grande" in rejected.text  # the rule in French, hr's message after it
    assert "Matricule ou identifiant déjà pris" in html.unescape(rejected.text)
    assert "2 erreur(s)" in rejected.text

    checked = console.post(
        "/rh/agents/import",
        data={"csrf_token": token, "mode": "essai"},
        files={"file": ("recrutements.csv", b"Matricule;good\r\n", "text/csv")},
    )
    assert checked.status_code == 200
    assert "Le fichier est correct" in checked.text
    imported = console.post(
        "/rh/agents/import",
        data={"csrf_token": token, "mode": "import"},
        files={"file": ("recrutements.csv", b"Matricule;good\r\n", "text/csv")},
    )
    assert imported.status_code == 200
    assert calls[-1].url.params["dry_run"] == "false"
    assert "2 agent(s) créé(s)" in imported.text


def test_an_import_without_a_file_is_refused_in_french_and_a_trainer_may_not_import(
    console: TestClient, fake: FakeServices
) -> None:
    sign_in(console, role="hr.officer", unit="DR-BRE")
    token = csrf_of(console.get("/rh/agents/import").text)
    answer = console.post("/rh/agents/import", data={"csrf_token": token, "mode": "essai"})
    assert answer.status_code == 422
    assert "Choisissez un fichier" in answer.text
    assert not fake.requests
    sign_in(console, role="hr.trainer", unit="DR-BRE")
    assert console.get("/rh/agents/import").status_code == 403


def test_generated_pdfs_stream_through_the_console(console: TestClient, fake: FakeServices) -> None:
    pdf = b"%PDF-1.4 bon de commande"
    fake.on(
        "GET",
        "/requisitions/3/pdf",
        lambda _: httpx.Response(200, content=pdf, headers={"content-type": "application/pdf"}),
    )
    fake.on(
        "GET",
        "/requisitions/4/pdf",
        lambda _: problem(409, "order-not-placed", "requisition 4 is not ordered"),
    )
    sign_in(console, role="facilities.buyer", unit="DSG")
    answer = console.get("/achats/demandes/3/bon-de-commande.pdf")
    assert answer.status_code == 200
    assert answer.content == pdf
    refused = console.get("/achats/demandes/4/bon-de-commande.pdf")
    assert refused.status_code == 409
    assert "La commande n'est pas encore passée" in html.unescape(refused.text)
