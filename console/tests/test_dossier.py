"""The dossier of a purchase (issue #20) in-process: facilities and budget played by the fake,
the steps in the purchase's order with their authors, correlated by the order and receipt ids;
what a service does not show the person is said; polling stops once the purchase is paid."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi.testclient import TestClient

from .conftest import FakeServices, problem, sign_in

REQUISITION = {
    "id": 3,
    "unit_code": "DR-PDL",
    "subject": "Lampes de bureau",
    "fiscal_year": 2026,
    "action": "08",
    "budget_title": "T3",
    "kind": "supplies",
    "status": "received",
    "channel": None,
    "procedure": None,
    "thresholds_from": None,
    "purchase_category": None,
    "estimated_value_ht": None,
    "threshold_ht": None,
    "split_flagged": False,
    "procedure_note": None,
    "tender_reference": None,
    "cancel_reason": None,
    "version": 5,
    "amount_ht": "500.00",
    "amount_ttc": "600.00",
    "requested_by": "req-pdl",
    "approved_by": "acheteur",
    "approved_by_delegation_of": None,
    "order_id": "BC-2026-7",
    "ordered_on": "2026-12-01",
    "commitment_id": "12",
    "rejection_reason": None,
    "lines": [],
}


def audit_entry(n: int, action: str, actor: str, at: str, status: str | None = None) -> dict:
    changes = {"status": {"before": None, "after": status}} if status else {}
    return {
        "id": n,
        "at": at,
        "actor": actor,
        "by_delegation_of": None,
        "request_id": f"ev-{n}" if actor.startswith("event:") else f"rq-{n}",
        "resource": "requisition",
        "resource_id": "3",
        "action": action,
        "changes": changes,
        "prev_hash": "",
        "hash": "",
    }


FACILITIES_AUDIT = [
    audit_entry(1, "insert", "req-pdl", "2026-12-01T09:00:00+00:00", "draft"),
    audit_entry(2, "update", "req-pdl", "2026-12-01T09:05:00+00:00", "submitted"),
    audit_entry(3, "update", "acheteur", "2026-12-01T10:00:00+00:00", "approved"),
    audit_entry(4, "update", "acheteur", "2026-12-01T10:01:00+00:00", "awaiting_commitment"),
    audit_entry(
        5, "update", "event:budget.commitment_recorded", "2026-12-01T10:01:09+00:00", "confirmed"
    ),
    audit_entry(6, "update", "req-pdl", "2026-12-02T08:00:00+00:00", "received"),
]
BUDGET_AUDIT = [audit_entry(40, "insert", "event:purchase.ordered", "2026-12-01T10:01:05+00:00")]
COMMITMENT = {
    "id": 12,
    "unit_code": "DR-PDL",
    "fiscal_year": 2026,
    "action": "08",
    "sub_action": None,
    "title": "T3",
    "supplier": None,
    "description": "Lampes",
    "source": "purchase_order",
    "status": "active",
    "initial_ae": "600.00",
    "version": 1,
    "purchase_order_id": "BC-2026-7",
    "ae": "600.00",
    "created_by": "facilities-svc",
    "created_at": "2026-12-01T10:01:05+00:00",
    "by_delegation_of": None,
}
SERVICE_DONE = {
    "id": 8,
    "commitment_id": 12,
    "unit_code": "DR-PDL",
    "source": "receipt",
    "comment": None,
    "amount": "600.00",
    "certified_on": "2026-12-02",
    "recorded_at": "2026-12-02T08:00:04+00:00",
    "certified_by": "facilities-svc",
    "receipt_id": "BC-2026-7-R5",
    "by_delegation_of": None,
}
INVOICE = {
    "id": 21,
    "commitment_id": 12,
    "unit_code": "DR-PDL",
    "fiscal_year": 2026,
    "amount_ht": "500.00",
    "period_start": "2026-12-02",
    "suspended_on": None,
    "suspension_reason": None,
    "missing_documents": None,
    "documents_received_on": None,
    "rejection_reason": None,
    "paid_on": None,
    "days_to_pay": None,
    "days_late": None,
    "late_interest": None,
    "late_fee": None,
    "created_by": "cpf-comptable",
    "created_at": "2026-12-02T09:00:00+00:00",
    "version": 2,
    "number": "F-1",
    "supplier": "Luminaires de Loire",
    "amount_ttc": "600.00",
    "received_on": "2026-12-02",
    "due_on": "2027-01-01",
    "status": "to_pay",
    "payment_requested_by": "pdl-ordonnateur",
    "payment_requested_on": "2026-12-02",
    "payment_requested_by_delegation_of": None,
}
PAYMENT = {
    "id": 30,
    "invoice_id": 21,
    "commitment_id": 12,
    "unit_code": "DR-PDL",
    "advance": "0.00",
    "paid_on": "2026-12-03",
    "interest": "0.00",
    "fixed_fee": "0.00",
    "amount": "600.00",
    "days_to_pay": 1,
    "days_late": 0,
    "paid_by": "cpf-comptable",
    "recorded_at": "2026-12-03T11:00:00+00:00",
}
RECEIPT = {
    "id": 5,
    "requisition_id": 3,
    "unit_code": "DR-PDL",
    "received_on": "2026-12-02",
    "received_by": "req-pdl",
    "amount_ht": "500.00",
    "amount_ttc": "600.00",
    "note": None,
    "lines": [],
}


def page_of(items: list[Any]) -> dict[str, Any]:
    return {"items": items, "next_cursor": None}


def services(fake: FakeServices, *, paid: bool) -> None:
    def audit(request: httpx.Request) -> httpx.Response:
        if request.url.params["resource"] == "requisition":
            return httpx.Response(200, json=page_of(FACILITIES_AUDIT))
        return httpx.Response(200, json=page_of(BUDGET_AUDIT))

    fake.on("GET", "/requisitions/3", REQUISITION)
    fake.on("GET", "/requisitions/3/receipts", [RECEIPT])
    fake.on("GET", "/audit", audit)
    fake.on("GET", "/commitments", page_of([COMMITMENT]))
    fake.on("GET", "/service-done", page_of([SERVICE_DONE]))
    status = "paid" if paid else "to_pay"
    fake.on("GET", "/invoices", page_of([{**INVOICE, "status": status}]))
    fake.on("GET", "/payments", page_of([PAYMENT] if paid else []))


def steps_of(html: str) -> list[str]:
    import re

    return re.findall(r'<strong class="sg-dossier__what">([^<]+)</strong>', html)


def test_the_dossier_follows_the_purchase_across_services(
    console: TestClient, fake: FakeServices
) -> None:
    services(fake, paid=False)
    sign_in(console, role="sg.auditor", unit="SG")
    page = console.get("/dossier/achat/3")
    assert page.status_code == 200, page.text
    assert steps_of(page.text) == [
        "Demande créée",
        "Demande soumise à l&#39;acheteur",
        "Demande approuvée",
        "Commande passée, envoyée au budget",
        "Engagement juridique enregistré",  # 10:01:05, before facilities heard of it (10:01:09)
        "Commande confirmée : l&#39;engagement est reçu par les achats",
        "Livraison réceptionnée",
        "Service fait certifié",
        "Facture enregistrée par le comptable",
        "Paiement demandé par l&#39;ordonnateur",
    ]
    assert "le budget, à réception de la commande" in page.text
    assert "Enregistré à la réception de l'événement purchase.ordered n° ev-40" in page.text
    assert "engagement n° 12 (commande n° BC-2026-7)" in page.text
    assert "service fait n° 8 (réception n° 5)" in page.text
    assert "Paiement — <em>pas encore</em>" in page.text
    assert 'hx-get="/dossier/achat/3/etapes"' in page.text  # polling while unpaid
    [listed] = [r for r in fake.requests if r.url.path == "/commitments"]
    assert listed.url.params["purchase_order_id"] == "BC-2026-7"

    services(fake, paid=True)
    block = console.get("/dossier/achat/3/etapes")
    assert steps_of(block.text)[-1] == "Facture payée"
    assert "cpf-comptable" in block.text
    assert "hx-get" not in block.text  # paid: the polling stops
    assert 'id="dossier-termine"' in block.text


def test_what_a_service_does_not_show_the_person_is_said(
    console: TestClient, fake: FakeServices
) -> None:
    services(fake, paid=False)
    forbidden = problem(403, "missing-role", "non")
    fake.on("GET", "/audit", lambda _: forbidden)
    fake.on("GET", "/commitments", lambda _: forbidden)
    sign_in(console, role="facilities.requester", unit="DR-PDL")
    page = console.get("/dossier/achat/3")
    assert page.status_code == 200, page.text
    # without the audit trail, the record's own authors
    assert steps_of(page.text)[:3] == [
        "Demande créée",
        "Demande approuvée",
        "Commande passée, envoyée au budget",
    ]
    assert "ne vous les montre pas" in page.text
    assert "Engagement — <em>pas encore</em>" in page.text
    assert console.get("/dossier/achat/3", follow_redirects=False).status_code == 200
    sign_in(console, role="budget.officer", unit="DR-PDL")
    assert console.get("/dossier/achat/3").status_code == 403
