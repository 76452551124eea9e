"""CPF pages (journey 3, the accountant of the centre de prestations financières): the payment
worklist ordered by due date with the days left under the 30-day délai global de paiement,
suspensions and late interest; register, pay, suspend (documents awaited), documents received,
reject; the trial balance."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from budget_client.api.accounting import accounting_trial_balance
from budget_client.api.cpf import (
    cpf_attach_invoice_document,
    cpf_create_invoice,
    cpf_download_invoice_document,
    cpf_get_invoice,
    cpf_invoice_documents,
    cpf_list_invoice_documents,
    cpf_list_invoices,
    cpf_pay_invoice,
    cpf_reject_invoice,
    cpf_suspend_invoice,
)
from budget_client.models import (
    BodyCpfAttachInvoiceDocument,
    InvoiceCreate,
    InvoiceDocuments,
    InvoiceRejection,
    InvoiceStatus,
    InvoiceSuspension,
)
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sg_console.formatting import euros, parse_amount, parse_date
from sg_console.pages.budget import INVOICE_STATUS_LABELS, all_pages
from sg_console.pages.common import REFUSALS, act, as_dict, client, form_page, read, renderer
from sg_console.pages.files import Export, exports, stream_file, upload
from sg_console.services import ServiceRefusal, call
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, redirect, require

router = APIRouter(prefix="/cpf")

ACCOUNTANTS = ("budget.accountant",)
READERS = ("budget.accountant", "budget.manager", "budget.controller", "sg.auditor")
OPEN = ("received", "suspended", "to_pay")
#: who attaches a document to an invoice in the console (budget also lets a unit's officer)
ATTACHERS = ("budget.accountant", "budget.manager")


def _invoice_params(unite: str, retard: str) -> dict[str, Any]:
    """The worklist's filters as budget's parameters (the page and its exports)."""
    params: dict[str, Any] = {"sort": "due_on"}
    if unite.strip():
        params["unit_code"] = unite.strip().upper()
    if retard == "1":
        params["late"] = True
    return params


def _invoice_export_params(request: Request) -> dict[str, Any]:
    """The worklist's filters for its export: a single state is budget's ``status``; the open
    invoices (three states, which budget's list does not filter together) export every state."""
    q = request.query_params
    params = _invoice_params(q.get("unite", ""), q.get("retard", ""))
    if q.get("etat") in INVOICE_STATUS_LABELS:
        params["status"] = InvoiceStatus(q["etat"])
    return params


exports("factures", Export("budget", cpf_list_invoices, READERS, _invoice_export_params))


@router.get("/factures")
async def worklist(
    request: Request,
    person: Annotated[Person, Depends(require(*READERS))],
    etat: str = "ouvertes",
    unite: str = "",
    retard: str = "",
) -> Response:
    params = _invoice_params(unite, retard)
    items = await all_pages(
        cpf_list_invoices, request, request.app.state.settings.list_cap, **params
    )
    if etat == "ouvertes":
        items = [i for i in items if i["status"] in OPEN]
    elif etat in INVOICE_STATUS_LABELS:
        items = [i for i in items if i["status"] == etat]
    items.sort(key=lambda i: (i["due_on"], i["id"]))
    return renderer(request).page(
        request,
        "cpf/worklist.html",
        title="Factures à traiter",
        section="cpf",
        items=items,
        statuses=INVOICE_STATUS_LABELS,
        filters={"etat": etat, "unite": unite, "retard": retard},
        export_query=urlencode({"etat": etat, "unite": unite, "retard": retard}),
        can_act=person.has(*ACCOUNTANTS),
    )


def _invoice_form(request: Request, values: dict[str, str], **form: Any) -> Response:
    return form_page(
        request,
        "cpf/invoice_form.html",
        title="Enregistrer une facture",
        section="cpf",
        values=values,
        **form,
    )


@router.get("/factures/nouvelle", dependencies=[Depends(require(*ACCOUNTANTS))])
async def new_invoice(request: Request) -> Response:
    ensure_session(request)
    values = {
        "recue": date.today().isoformat(),
        "engagement": request.query_params.get("engagement", ""),
    }
    return _invoice_form(request, values)


@router.post("/factures/nouvelle", dependencies=[Depends(require(*ACCOUNTANTS))])
async def create_invoice(request: Request) -> Response:
    values = form_values((await request.form()).multi_items())
    errors: dict[str, str] = {}
    ht, ttc = parse_amount(values.get("ht", "")), parse_amount(values.get("ttc", ""))
    received = parse_date(values.get("recue", ""))
    if not values.get("engagement", "").strip().isdigit():
        errors["engagement"] = "Saisissez le numéro de l'engagement."
    for key, amount in (("ht", ht), ("ttc", ttc)):
        if amount is None or amount <= 0:
            errors[key] = "Saisissez un montant positif en euros."
    if received is None:
        errors["recue"] = "Saisissez une date au format jj/mm/aaaa."
    for key in ("fournisseur", "numero"):
        if not values.get(key, "").strip():
            errors[key] = "Champ obligatoire."
    if errors:
        return _invoice_form(request, values, errors=errors, status_code=422)
    assert ht is not None
    assert ttc is not None
    assert received is not None
    body = InvoiceCreate(
        commitment_id=int(values["engagement"]),
        supplier=values["fournisseur"].strip(),
        number=values["numero"].strip(),
        amount_ht=str(ht),
        amount_ttc=str(ttc),
        received_on=received,
    )
    try:
        async with await client(request, "budget") as budget:
            response = await call(
                cpf_create_invoice, service="budget", client=budget, expect=(201,), body=body
            )
    except ServiceRefusal as refusal:
        if refusal.status not in REFUSALS:
            raise
        return _invoice_form(request, values, refusal=refusal, status_code=refusal.status)
    created = as_dict(response.parsed)
    ensure_session(request).flash(
        f"Facture {created['number']} enregistrée : à payer avant le "
        f"{date.fromisoformat(created['due_on']).strftime('%d/%m/%Y')}."
    )
    return redirect(f"/cpf/factures/{created['id']}", request)


@router.get("/factures/{invoice_id}")
async def invoice(
    request: Request, invoice_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    ensure_session(request)
    found = await read(request, "budget", cpf_get_invoice, invoice_id=invoice_id)
    attached = await read(
        request, "budget", cpf_list_invoice_documents, record_id=invoice_id, limit=200
    )
    return renderer(request).page(
        request,
        "cpf/invoice.html",
        title=f"Facture {as_dict(found.parsed)['number']}",
        section="cpf",
        i=as_dict(found.parsed),
        statuses=INVOICE_STATUS_LABELS,
        can_act=person.has(*ACCOUNTANTS),
        today=date.today().isoformat(),
        attachments=as_dict(attached.parsed)["items"],
        can_attach=person.has(*ATTACHERS),
    )


# ---- the invoice's documents (budget's /invoices/{id}/attachments, docs/documents.md) -------


@router.get(
    "/factures/{invoice_id}/pieces-jointes/{document_id}", dependencies=[Depends(require(*READERS))]
)
async def download_attachment(
    request: Request,
    invoice_id: int,
    document_id: int,
) -> Response:
    return await stream_file(
        request,
        "budget",
        cpf_download_invoice_document,
        record_id=invoice_id,
        document_id=document_id,
    )


@router.post("/factures/{invoice_id}/pieces-jointes", dependencies=[Depends(require(*ATTACHERS))])
async def attach(request: Request, invoice_id: int) -> Response:
    session = ensure_session(request)
    try:
        answer = await upload(
            request,
            "budget",
            cpf_attach_invoice_document,
            BodyCpfAttachInvoiceDocument,
            record_id=invoice_id,
        )
    except ServiceRefusal as refusal:
        if refusal.status not in (*REFUSALS, 413, 415):
            raise
        session.flash(f"{refusal.title} : {refusal.detail}", "error")
    else:
        session.flash(f"Document « {answer.json()['filename']} » joint à la facture.")
    return redirect(f"/cpf/factures/{invoice_id}", request)


async def _act(
    request: Request, invoice_id: int, operation: Any, message: str, **kwargs: Any
) -> Response:
    """A state change of an invoice, with the If-Match of its current version."""
    current = await read(request, "budget", cpf_get_invoice, invoice_id=invoice_id)

    def done(result: Any) -> str:
        paid = as_dict(result)
        if paid.get("days_late"):
            return (
                f"{message} Payée avec {paid['days_late']} jour(s) de retard : intérêts "
                f"moratoires {euros(paid['interest'])} et indemnité forfaitaire "
                f"{euros(paid['fixed_fee'])}."
            )
        return message

    return await act(
        request,
        "budget",
        operation,
        done=done,
        then=f"/cpf/factures/{invoice_id}",
        current=current,
        invoice_id=invoice_id,
        **kwargs,
    )


@router.post("/factures/{invoice_id}/paiement", dependencies=[Depends(require(*ACCOUNTANTS))])
async def pay(request: Request, invoice_id: int) -> Response:
    return await _act(request, invoice_id, cpf_pay_invoice, "Facture payée.")


@router.post("/factures/{invoice_id}/suspension", dependencies=[Depends(require(*ACCOUNTANTS))])
async def suspend(request: Request, invoice_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    body = InvoiceSuspension(
        reason=values.get("motif", "").strip() or "Pièces manquantes",
        missing_documents=values.get("pieces", "").strip() or "Non précisées",
    )
    return await _act(
        request, invoice_id, cpf_suspend_invoice, "Délai de paiement suspendu.", body=body
    )


@router.post("/factures/{invoice_id}/pieces", dependencies=[Depends(require(*ACCOUNTANTS))])
async def documents(request: Request, invoice_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    received = parse_date(values.get("date", "")) or date.today()
    return await _act(
        request,
        invoice_id,
        cpf_invoice_documents,
        "Pièces reçues : un nouveau délai de 30 jours court.",
        body=InvoiceDocuments(received_on=received),
    )


@router.post("/factures/{invoice_id}/rejet", dependencies=[Depends(require(*ACCOUNTANTS))])
async def reject(request: Request, invoice_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    body = InvoiceRejection(reason=values.get("motif", "").strip() or "Rejetée par le CPF")
    return await _act(request, invoice_id, cpf_reject_invoice, "Facture rejetée.", body=body)


@router.get(
    "/balance",
    dependencies=[Depends(require("budget.accountant", "budget.manager", "budget.controller"))],
)
async def trial_balance(
    request: Request,
    du: str = "",
    au: str = "",
) -> Response:
    params: dict[str, Any] = {}
    if du:
        params["period_from"] = du
    if au:
        params["period_to"] = au
    async with await client(request, "budget") as budget:
        response = await call(accounting_trial_balance, service="budget", client=budget, **params)
    return renderer(request).page(
        request,
        "cpf/trial_balance.html",
        title="Balance générale",
        section="balance",
        balance=as_dict(response.parsed),
        filters={"du": du, "au": au},
    )
