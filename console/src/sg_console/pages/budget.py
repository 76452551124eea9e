"""Budget pages (journey 1, the budget officer of a regional directorate): credits per line with
a chart, commitments (list with filters, sort, pagination and CSV export; record one; its
service fait and payment requests)."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from budget_client.api.audit import audit_list_audit_entries
from budget_client.api.availability import availability_list_availability
from budget_client.api.commitments import (
    commitments_create_commitment,
    commitments_get_commitment,
    commitments_list_commitments,
)
from budget_client.api.cpf import cpf_get_invoice, cpf_list_invoices, cpf_request_payment
from budget_client.api.spending import spending_certify_service_done, spending_commitment_spending
from budget_client.api.structure import structure_get_structure
from budget_client.models import (
    CommitmentCreate,
    CommitmentStatus,
    PaymentRequest,
    ServiceDoneCreate,
    Title,
)
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from sg_console.charts import credits_chart
from sg_console.formatting import french_date, number, parse_amount, parse_date
from sg_console.pages.common import as_dict, client, form_page, renderer
from sg_console.pages.files import Export, exports
from sg_console.services import ServiceRefusal, call
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, person_of, redirect, require

router = APIRouter(prefix="/budget")

READERS = ("budget.officer", "budget.manager", "budget.controller", "sg.auditor")
ORDONNATEURS = ("budget.officer", "budget.manager")
TITLES = [t.value for t in Title]
STATUS_LABELS = {"active": "actif", "cancelled": "annulé"}
INVOICE_STATUS_LABELS = {
    "received": "reçue",
    "suspended": "suspendue",
    "to_pay": "à payer",
    "paid": "payée",
    "rejected": "rejetée",
}
PAGE_SIZE = 20
SORTS = {
    "date": lambda c: (c["created_at"], c["id"]),
    "montant": lambda c: (Decimal(str(c["ae"])), c["id"]),
    "fournisseur": lambda c: ((c.get("supplier") or "").lower(), c["id"]),
    "numero": lambda c: c["id"],
}
#: The same orders asked of budget (its ``sort``), so the pages read up to the cap are the first
#: ones in that order, however many commitments there are; the console then orders them itself
#: the same way (a supplier's case aside).
API_SORTS = {"date": "created_at", "montant": "ae", "fournisseur": "supplier", "numero": "id"}


async def all_pages(
    operation: Any,
    request: Request,
    cap: int,
    *,
    service: str = "budget",
    page_size: int = 200,
    **params: Any,
) -> list[Any]:
    """Every item of a keyset-paginated list of ``service`` (up to ``cap``), ``page_size`` a
    call (the list's maximum: 200 for most, less for lists computed per page)."""
    api = await client(request, service)
    items: list[dict[str, Any]] = []
    # no cursor on the first call: each generated client has its own UNSET sentinel
    cursor: dict[str, Any] = {}  # passed on as **kwargs: the operation's, not call's own
    async with api:
        while len(items) < cap:
            response = await call(
                operation, service=service, client=api, limit=page_size, **cursor, **params
            )
            page = as_dict(response.parsed)
            items.extend(page["items"])
            next_cursor = page.get("next_cursor")
            if not next_cursor:
                break
            cursor = {"cursor": next_cursor}
    return items[:cap]


async def _availability(request: Request, year: int) -> list[dict[str, Any]]:
    lines = await all_pages(
        availability_list_availability,
        request,
        request.app.state.settings.list_cap,
        fiscal_year=year,
    )
    return sorted(lines, key=lambda line: (line["unit_code"], line["action"], line["title"]))


def _totals(lines: list[dict[str, Any]]) -> dict[str, Decimal]:
    keys: tuple[str, ...] = ("allocated_ae", "frozen_ae", "committed_ae", "available_ae")
    keys += ("allocated_cp", "frozen_cp", "paid_cp", "available_cp")
    return {k: sum((Decimal(str(line[k])) for line in lines), Decimal(0)) for k in keys}


async def credits_page(request: Request, person: Person, year: int, section: str) -> Response:
    lines = await _availability(request, year)
    return renderer(request).page(
        request,
        "budget/credits.html",
        title="Crédits de vos lignes",
        section=section,
        year=year,
        years=[year - 1, year, year + 1],
        lines=lines,
        totals=_totals(lines),
        chart=credits_chart(lines) if lines else None,
        can_commit=person.has(*ORDONNATEURS),
    )


@router.get("/credits")
async def credits(
    request: Request,
    person: Annotated[Person, Depends(require(*READERS))],
    exercice: int | None = None,
) -> Response:
    return await credits_page(request, person, exercice or date.today().year, "budget")


# ---- commitments ---------------------------------------------------------------------------


def _filters(request: Request) -> dict[str, str]:
    q = request.query_params
    return {
        "exercice": q.get("exercice", str(date.today().year)),
        "unite": q.get("unite", "").strip().upper(),
        "action": q.get("action", "").strip(),
        "titre": q.get("titre", "") if q.get("titre", "") in TITLES else "",
        "statut": q.get("statut", "") if q.get("statut", "") in STATUS_LABELS else "",
        "texte": q.get("texte", "").strip(),
        "tri": q.get("tri", "date") if q.get("tri", "date") in SORTS else "date",
        "ordre": "asc" if q.get("ordre") == "asc" else "desc",
    }


def _commitment_params(filters: dict[str, str]) -> dict[str, Any]:
    """The list's filters and order as budget's parameters (the page and its exports)."""
    params: dict[str, Any] = {}
    if filters["exercice"].isdigit():
        params["fiscal_year"] = int(filters["exercice"])
    if filters["unite"]:
        params["unit_code"] = filters["unite"]
    if filters["action"]:
        params["action"] = filters["action"]
    if filters["titre"]:
        params["title"] = Title(filters["titre"])
    if filters["statut"]:
        params["status"] = CommitmentStatus(filters["statut"])
    descending = "-" if filters["ordre"] == "desc" else ""
    params["sort"] = descending + API_SORTS[filters["tri"]]
    return params


async def _commitments(request: Request, filters: dict[str, str]) -> list[dict[str, Any]]:
    params = _commitment_params(filters)
    items = await all_pages(
        commitments_list_commitments, request, request.app.state.settings.list_cap, **params
    )
    if filters["texte"]:
        needle = filters["texte"].lower()
        items = [
            c
            for c in items
            if needle in (c.get("description") or "").lower()
            or needle in (c.get("supplier") or "").lower()
        ]
    items.sort(key=SORTS[filters["tri"]], reverse=filters["ordre"] == "desc")
    return items


def _query(filters: dict[str, str], **changes: str | int) -> str:
    from urllib.parse import urlencode

    merged = {**filters, **{k: str(v) for k, v in changes.items()}}
    return urlencode({k: v for k, v in merged.items() if v})


@router.get("/engagements")
async def commitments(
    request: Request, person: Annotated[Person, Depends(require(*READERS))], page: int = 1
) -> Response:
    filters = _filters(request)
    items = await _commitments(request, filters)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    return renderer(request).page(
        request,
        "budget/commitments.html",
        title="Engagements",
        section="commitments",
        filters=filters,
        items=items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
        count=len(items),
        page=page,
        pages=pages,
        query=lambda **changes: _query(filters, **changes),
        titles=TITLES,
        statuses=STATUS_LABELS,
        can_commit=person.has(*ORDONNATEURS),
    )


@router.get("/engagements.csv", dependencies=[Depends(require(*READERS))])
async def commitments_csv(request: Request) -> Response:
    filters = _filters(request)
    items = await _commitments(request, filters)
    out = io.StringIO()
    out.write("\ufeff")  # a BOM: spreadsheets then read the accents as UTF-8
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        ["N°", "Unité", "Exercice", "Action", "Titre", "Fournisseur", "Objet", "AE (€)",
         "AE initiales (€)", "Statut", "Source", "Bon de commande", "Créé le", "Créé par"]
    )  # fmt: skip
    for c in items:
        writer.writerow(
            [c["id"], c["unit_code"], c["fiscal_year"], c["action"], c["title"],
             c.get("supplier") or "", c["description"], number(c["ae"]).replace("\u00a0", ""),
             number(c["initial_ae"]).replace("\u00a0", ""),
             STATUS_LABELS.get(c["status"], c["status"]),
             c["source"], c.get("purchase_order_id") or "", french_date(c["created_at"]),
             c["created_by"]]
        )  # fmt: skip
    name = f"engagements-{filters['exercice']}.csv"
    return StreamingResponse(
        iter([out.getvalue()]),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def _structure(request: Request) -> dict[str, Any]:
    async with await client(request, "budget") as budget:
        response = await call(structure_get_structure, service="budget", client=budget)
    return as_dict(response.parsed)


def _commitment_form(
    request: Request,
    person: Person,
    structure: dict[str, Any],
    values: dict[str, str],
    **form: Any,
) -> Response:
    return form_page(
        request,
        "budget/commitment_form.html",
        title="Enregistrer un engagement",
        section="commitments",
        values=values,
        actions=structure["actions"],
        titles=structure["titles"],
        units=person.units,
        **form,
    )


@router.get("/engagements/nouveau")
async def new_commitment(
    request: Request, person: Annotated[Person, Depends(require(*ORDONNATEURS))]
) -> Response:
    ensure_session(request)
    values = {"unite": person.unit, "exercice": str(date.today().year), "titre": "T3"}
    values.update({k: v for k, v in request.query_params.items() if k in ("action", "titre")})
    return _commitment_form(request, person, await _structure(request), values)


@router.post("/engagements/nouveau")
async def create_commitment(
    request: Request, person: Annotated[Person, Depends(require(*ORDONNATEURS))]
) -> Response:
    values = form_values((await request.form()).multi_items())
    errors: dict[str, str] = {}
    amount = parse_amount(values.get("montant", ""))
    if amount is None or amount <= 0:
        errors["montant"] = "Saisissez un montant positif en euros, par exemple 2 400,00."
    if not values.get("exercice", "").isdigit():
        errors["exercice"] = "Saisissez une année, par exemple 2026."
    if values.get("titre") not in TITLES:
        errors["titre"] = "Choisissez un titre."
    if not values.get("objet", "").strip():
        errors["objet"] = "Décrivez l'objet de l'engagement."
    if not values.get("unite", "").strip():
        errors["unite"] = "Choisissez une unité."
    structure = await _structure(request)
    if errors:
        return _commitment_form(request, person, structure, values, errors=errors, status_code=422)
    assert amount is not None
    body = CommitmentCreate(
        unit_code=values["unite"].strip().upper(),
        fiscal_year=int(values["exercice"]),
        action=values.get("action", ""),
        title=Title(values["titre"]),
        ae=str(amount),
        description=values["objet"].strip(),
        supplier=values.get("fournisseur", "").strip() or None,
    )
    try:
        async with await client(request, "budget") as budget:
            response = await call(
                commitments_create_commitment,
                service="budget",
                client=budget,
                expect=(201,),
                body=body,
            )
    except ServiceRefusal as refusal:
        if refusal.status not in (403, 404, 409, 422):
            raise
        return _commitment_form(
            request, person, structure, values, refusal=refusal, status_code=refusal.status
        )
    created = as_dict(response.parsed)
    ensure_session(request).flash(
        f"Engagement n° {created['id']} enregistré : {number(created['ae'])}\u00a0€ d'AE."
    )
    return redirect(f"/budget/engagements/{created['id']}", request)


exports(
    "engagements",
    Export(
        "budget",
        commitments_list_commitments,
        READERS,
        lambda request: _commitment_params(_filters(request)),
    ),
)


# ---- a commitment's history (budget's audit trail, docs/audit.md) ---------------------------

#: who reads budget's audit trail (its ``GET /audit``; ``sg.admin`` as every role)
AUDIT_READERS = ("budget.manager", "sg.auditor")
AUDIT_ACTIONS = {"insert": "Création", "update": "Modification", "delete": "Suppression"}
#: the commitment's columns in French (those the trail records; technical ones left out)
COMMITMENT_FIELDS = {
    "unit_code": "Unité",
    "fiscal_year": "Exercice",
    "action": "Action",
    "sub_action": "Sous-action",
    "title": "Titre",
    "purchase_order_id": "Bon de commande",
    "supplier": "Fournisseur",
    "description": "Objet",
    "source": "Origine",
    "status": "Statut",
    "initial_ae": "AE initiales",
    "ae": "AE",
    "created_by": "Créé par",
    "by_delegation_of": "Par délégation de",
    "created_at": "Créé le",
}
AMOUNT_FIELDS = ("ae", "initial_ae")
SOURCE_LABELS = {"api": "saisie", "purchase_order": "bon de commande", "training": "formation"}


def _shown(field: str, value: Any) -> str:
    """A value of the trail as people read it (amounts, statuses and dates in French)."""
    if value is None or value == "":
        return "—"
    if field in AMOUNT_FIELDS:
        return f"{number(value)}\u00a0€"
    if field == "status":
        return STATUS_LABELS.get(str(value), str(value))
    if field == "source":
        return SOURCE_LABELS.get(str(value), str(value))
    if field == "created_at":
        return french_date(value)
    return str(value)


def history(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The trail's entries of a commitment as the page shows them: when, who (and by delegation
    of whom), what, and each field's before → after in French."""
    shown = []
    for entry in entries:
        changes = entry.get("changes") or {}
        fields = [
            {
                "label": label,
                "before": _shown(key, changes[key].get("before")),
                "after": _shown(key, changes[key].get("after")),
            }
            for key, label in COMMITMENT_FIELDS.items()
            if isinstance(changes.get(key), dict)
            # a creation lists the values set, not the empty ones
            and not (entry["action"] == "insert" and changes[key].get("after") in (None, ""))
        ]
        shown.append(
            {
                "id": entry["id"],
                "at": entry["at"],
                "actor": entry["actor"],
                "by_delegation_of": entry.get("by_delegation_of"),
                "action": AUDIT_ACTIONS.get(entry["action"], entry["action"]),
                "insert": entry["action"] == "insert",
                "fields": fields,
            }
        )
    return shown


async def _history(request: Request, commitment_id: int) -> list[dict[str, Any]] | None:
    """The commitment's history for those who read the audit trail (None for the others)."""
    if not person_of(request).has(*AUDIT_READERS):
        return None
    entries = await all_pages(
        audit_list_audit_entries,
        request,
        request.app.state.settings.list_cap,
        page_size=100,
        resource="budget_commitment",
        resource_id=str(commitment_id),
        sort="id",
    )
    return history(entries)


async def _commitment_view(request: Request, commitment_id: int) -> dict[str, Any]:
    async with await client(request, "budget") as budget:
        commitment = await call(
            commitments_get_commitment, service="budget", client=budget, commitment_id=commitment_id
        )
        spending = await call(
            spending_commitment_spending,
            service="budget",
            client=budget,
            commitment_id=commitment_id,
        )
        invoices = await call(
            cpf_list_invoices, service="budget", client=budget, commitment_id=commitment_id
        )
    return {
        "commitment": as_dict(commitment.parsed),
        "spending": as_dict(spending.parsed),
        "invoices": as_dict(invoices.parsed)["items"],
        "history": await _history(request, commitment_id),
    }


def _commitment_page(
    request: Request,
    person: Person,
    view: dict[str, Any],
    *,
    values: dict[str, str] | None = None,
    refusal: ServiceRefusal | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    commitment = view["commitment"]
    return renderer(request).page(
        request,
        "budget/commitment.html",
        status_code=status_code,
        title=f"Engagement n° {commitment['id']}",
        section="commitments",
        statuses=STATUS_LABELS,
        invoice_statuses=INVOICE_STATUS_LABELS,
        can_act=person.has(*ORDONNATEURS) and commitment["status"] == "active",
        values=values or {"date": date.today().isoformat()},
        refusal=refusal,
        errors=errors or {},
        **view,
    )


@router.get("/engagements/{commitment_id}")
async def commitment(
    request: Request, commitment_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    ensure_session(request)
    return _commitment_page(request, person, await _commitment_view(request, commitment_id))


@router.post("/engagements/{commitment_id}/service-fait")
async def certify_service_done(
    request: Request,
    commitment_id: int,
    person: Annotated[Person, Depends(require(*ORDONNATEURS))],
) -> Response:
    values = form_values((await request.form()).multi_items())
    amount = parse_amount(values.get("montant", ""))
    certified_on = parse_date(values.get("date", "")) if values.get("date") else date.today()
    errors = {}
    if amount is None or amount <= 0:
        errors["montant"] = "Saisissez un montant positif en euros."
    if certified_on is None:
        errors["date"] = "Saisissez une date au format jj/mm/aaaa."
    if not errors:
        assert amount is not None
        assert certified_on is not None
        body = ServiceDoneCreate(
            amount=str(amount),
            certified_on=certified_on,
            comment=values.get("commentaire", "").strip() or None,
        )
        try:
            async with await client(request, "budget") as budget:
                await call(
                    spending_certify_service_done,
                    service="budget",
                    client=budget,
                    expect=(201,),
                    commitment_id=commitment_id,
                    body=body,
                )
        except ServiceRefusal as refusal:
            if refusal.status not in (403, 404, 409, 422):
                raise
            view = await _commitment_view(request, commitment_id)
            return _commitment_page(
                request, person, view, values=values, refusal=refusal, status_code=refusal.status
            )
        ensure_session(request).flash(f"Service fait certifié : {number(amount)}\u00a0€.")
        return redirect(f"/budget/engagements/{commitment_id}", request)
    view = await _commitment_view(request, commitment_id)
    return _commitment_page(request, person, view, values=values, errors=errors, status_code=422)


@router.post("/factures/{invoice_id}/demande-paiement")
async def request_payment(
    request: Request, invoice_id: int, person: Annotated[Person, Depends(require(*ORDONNATEURS))]
) -> Response:
    comment = str((await request.form()).get("commentaire") or "").strip()
    async with await client(request, "budget") as budget:
        current = await call(
            cpf_get_invoice, service="budget", client=budget, invoice_id=invoice_id
        )
        invoice = as_dict(current.parsed)
        try:
            await call(
                cpf_request_payment,
                service="budget",
                client=budget,
                invoice_id=invoice_id,
                body=PaymentRequest(comment=comment) if comment else PaymentRequest(),
                if_match=current.headers.get("etag"),
            )
        except ServiceRefusal as refusal:
            if refusal.status not in (403, 404, 409, 412, 422):
                raise
            view = await _commitment_view(request, invoice["commitment_id"])
            return _commitment_page(request, person, view, refusal=refusal, status_code=409)
    ensure_session(request).flash(
        f"Paiement demandé pour la facture {invoice['number']} de {invoice['supplier']}."
    )
    return redirect(f"/budget/engagements/{invoice['commitment_id']}", request)
