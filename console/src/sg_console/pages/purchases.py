"""Purchases pages (journey 4: a unit's requester and the purchasing office's buyer): create a
requisition from the catalogue with the unit's available AE in view, submit, approve, order,
see budget's answer arrive without reloading, record the receipt (service fait in budget).

**Live update by htmx polling**, not server-sent events: the answer comes from budget to
facilities over Kafka, and the console is on neither the broker nor any event stream — it only
has the services' APIs. Polling the requisition (``hx-trigger="every Ns"``, only while it waits
for budget, and stopped by the answer replacing the polled block) costs one small GET every
``SG_POLL_INTERVAL_S`` per open page, needs no long-lived connection through the ingress, works
behind several console replicas, and falls back to a plain reload link.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from facilities_client.api.purchases import (
    purchases_approve_requisition,
    purchases_budget_availability,
    purchases_create_receipt,
    purchases_create_requisition,
    purchases_get_requisition,
    purchases_list_catalogue_items,
    purchases_list_requisitions,
    purchases_order_requisition,
    purchases_purchase_order_pdf,
    purchases_refuse_requisition,
    purchases_submit_requisition,
)
from facilities_client.models import (
    BudgetTitle,
    Decision,
    LineCreate,
    OrderRequest,
    PurchaseKind,
    ReceiptCreate,
    ReceiptLineCreate,
    RequisitionCreate,
)
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sg_console.pages.common import REFUSALS, act, as_dict, client, form_page, renderer
from sg_console.pages.files import stream_file
from sg_console.services import ServiceRefusal, call
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, redirect, require

router = APIRouter(prefix="/achats")

PEOPLE = ("facilities.requester", "facilities.buyer", "facilities.manager", "sg.auditor")
WRITERS = ("facilities.requester", "facilities.buyer", "facilities.manager")
BUYERS = ("facilities.buyer", "facilities.manager")
TITLES = [t.value for t in BudgetTitle]
#: What a requisition buys: the procurement thresholds differ (fournitures, services, travaux).
KINDS = {"supplies": "Fournitures", "services": "Services", "works": "Travaux"}
STATUS = {
    "draft": ("brouillon", "info"),
    "submitted": ("soumise", "new"),
    "approved": ("approuvée", "success"),
    "refused": ("refusée", "error"),
    "awaiting_commitment": ("en attente du budget", "warning"),
    "confirmed": ("commandée, engagement enregistré", "success"),
    "rejected": ("rejetée par le budget", "error"),
    "partially_received": ("reçue en partie", "info"),
    "received": ("reçue", "success"),
    "cancelled": ("annulée", "error"),
}
LINES_IN_FORM = 3


async def _facilities(request: Request) -> Any:
    return await client(request, "facilities")


async def _catalogue(request: Request) -> list[dict[str, Any]]:
    async with await _facilities(request) as facilities:
        response = await call(
            purchases_list_catalogue_items,
            service="facilities",
            client=facilities,
            active=True,
            limit=200,
        )
    items: list[dict[str, Any]] = as_dict(response.parsed)["items"]
    return sorted(items, key=lambda item: item["label"])


async def _availability(request: Request, unit: str, year: int) -> list[dict[str, Any]]:
    async with await _facilities(request) as facilities:
        response = await call(
            purchases_budget_availability,
            service="facilities",
            client=facilities,
            unit_code=unit,
            fiscal_year=year,
        )
    lines: list[dict[str, Any]] = as_dict(response.parsed)["items"]
    return lines


@router.get("/demandes")
async def requisitions(
    request: Request,
    person: Annotated[Person, Depends(require(*PEOPLE))],
    statut: str = "",
    exercice: str = "",
) -> Response:
    params: dict[str, Any] = {"limit": 200}
    if statut in STATUS:
        from facilities_client.models import RequisitionStatus

        params["status"] = RequisitionStatus(statut)
    if exercice.isdigit():
        params["fiscal_year"] = int(exercice)
    async with await _facilities(request) as facilities:
        response = await call(
            purchases_list_requisitions, service="facilities", client=facilities, **params
        )
    items = sorted(as_dict(response.parsed)["items"], key=lambda r: r["id"], reverse=True)
    return renderer(request).page(
        request,
        "purchases/requisitions.html",
        title="Demandes d'achat",
        section="purchases",
        items=items,
        statuses=STATUS,
        filters={"statut": statut, "exercice": exercice},
        can_create=person.has(*WRITERS),
    )


def _form(
    request: Request,
    person: Person,
    catalogue: list[dict[str, Any]],
    availability: list[dict[str, Any]],
    values: dict[str, str],
    **form: Any,
) -> Response:
    return form_page(
        request,
        "purchases/requisition_form.html",
        title="Nouvelle demande d'achat",
        section="purchases",
        values=values,
        catalogue=catalogue,
        availability=availability,
        units=person.units,
        titles=TITLES,
        kinds=KINDS,
        rows=range(LINES_IN_FORM),
        **form,
    )


@router.get("/demandes/nouvelle")
async def new_requisition(
    request: Request, person: Annotated[Person, Depends(require(*WRITERS))]
) -> Response:
    ensure_session(request)
    year = date.today().year
    values = {"unite": person.unit, "exercice": str(year), "action": "08", "titre": "T3"}
    values.update({k: v for k, v in request.query_params.items() if k in ("unite", "exercice")})
    year = int(values["exercice"]) if values["exercice"].isdigit() else year
    return _form(
        request,
        person,
        await _catalogue(request),
        await _availability(request, values["unite"], year),
        values,
    )


@router.post("/demandes/nouvelle")
async def create_requisition(
    request: Request, person: Annotated[Person, Depends(require(*WRITERS))]
) -> Response:
    values = form_values((await request.form()).multi_items())
    errors: dict[str, str] = {}
    lines: list[LineCreate] = []
    for row in range(LINES_IN_FORM):
        code = values.get(f"article-{row}", "")
        quantity = values.get(f"quantite-{row}", "").strip()
        if not code and not quantity:
            continue
        if not code or not quantity.isdigit() or int(quantity) <= 0:
            errors[f"ligne-{row}"] = "Choisissez un article et une quantité entière positive."
            continue
        lines.append(LineCreate(item_code=code, quantity=int(quantity)))
    if not lines and not errors:
        errors["ligne-0"] = "Ajoutez au moins un article."
    if not values.get("objet", "").strip():
        errors["objet"] = "Décrivez l'objet de la demande."
    if not values.get("exercice", "").isdigit():
        errors["exercice"] = "Saisissez une année, par exemple 2026."
    if values.get("titre") not in TITLES:
        errors["titre"] = "Choisissez un titre."
    if values.get("nature", "supplies") not in KINDS:
        errors["nature"] = "Choisissez fournitures, services ou travaux."
    year = int(values["exercice"]) if values.get("exercice", "").isdigit() else date.today().year
    unit = values.get("unite", person.unit)
    if errors:
        return _form(
            request,
            person,
            await _catalogue(request),
            await _availability(request, unit, year),
            values,
            errors=errors,
            status_code=422,
        )
    body = RequisitionCreate(
        unit_code=unit,
        subject=values["objet"].strip(),
        fiscal_year=year,
        action=values.get("action", "08").strip(),
        budget_title=BudgetTitle(values["titre"]),
        kind=PurchaseKind(values.get("nature", "supplies")),
        lines=lines,
    )
    try:
        async with await _facilities(request) as facilities:
            response = await call(
                purchases_create_requisition,
                service="facilities",
                client=facilities,
                expect=(201,),
                body=body,
            )
    except ServiceRefusal as refusal:
        if refusal.status not in REFUSALS:
            raise
        return _form(
            request,
            person,
            await _catalogue(request),
            await _availability(request, unit, year),
            values,
            refusal=refusal,
            status_code=refusal.status,
        )
    created = as_dict(response.parsed)
    ensure_session(request).flash(f"Demande n° {created['id']} créée (brouillon).")
    return redirect(f"/achats/demandes/{created['id']}", request)


async def _requisition(request: Request, requisition_id: int) -> dict[str, Any]:
    async with await _facilities(request) as facilities:
        response = await call(
            purchases_get_requisition,
            service="facilities",
            client=facilities,
            requisition_id=requisition_id,
        )
    return as_dict(response.parsed)


def _context(person: Person, requisition: dict[str, Any]) -> dict[str, Any]:
    return {
        "r": requisition,
        "statuses": STATUS,
        "is_buyer": person.has(*BUYERS),
        "can_write": person.has(*WRITERS),
        "waiting": requisition["status"] == "awaiting_commitment",
    }


@router.get("/demandes/{requisition_id}")
async def requisition(
    request: Request, requisition_id: int, person: Annotated[Person, Depends(require(*PEOPLE))]
) -> Response:
    ensure_session(request)
    found = await _requisition(request, requisition_id)
    availability = []
    if found["status"] in ("draft", "submitted", "approved"):
        availability = await _availability(request, found["unit_code"], found["fiscal_year"])
    return renderer(request).page(
        request,
        "purchases/requisition.html",
        title=f"Demande n° {found['id']}",
        section="purchases",
        availability=availability,
        poll_s=request.app.state.settings.poll_interval_s,
        **_context(person, found),
    )


@router.get(
    "/demandes/{requisition_id}/bon-de-commande.pdf", dependencies=[Depends(require(*PEOPLE))]
)
async def purchase_order_pdf(request: Request, requisition_id: int) -> Response:
    """The bon de commande facilities issues once the order is placed (docs/documents.md)."""
    return await stream_file(
        request, "facilities", purchases_purchase_order_pdf, requisition_id=requisition_id
    )


@router.get("/demandes/{requisition_id}/etat")
async def requisition_state(
    request: Request, requisition_id: int, person: Annotated[Person, Depends(require(*PEOPLE))]
) -> Response:
    """The polled block: the requisition's state and what can be done now."""
    found = await _requisition(request, requisition_id)
    return renderer(request).page(
        request,
        "purchases/_state.html",
        poll_s=request.app.state.settings.poll_interval_s,
        **_context(person, found),
    )


async def _transition(
    request: Request,
    requisition_id: int,
    operation: Any,
    message: str,
    **kwargs: Any,
) -> Response:
    return await act(
        request,
        "facilities",
        operation,
        done=message,
        then=f"/achats/demandes/{requisition_id}",
        requisition_id=requisition_id,
        **kwargs,
    )


@router.post("/demandes/{requisition_id}/soumettre", dependencies=[Depends(require(*WRITERS))])
async def submit(request: Request, requisition_id: int) -> Response:
    return await _transition(
        request, requisition_id, purchases_submit_requisition, "Demande soumise à l'acheteur."
    )


@router.post("/demandes/{requisition_id}/approuver", dependencies=[Depends(require(*BUYERS))])
async def approve(request: Request, requisition_id: int) -> Response:
    return await _transition(
        request, requisition_id, purchases_approve_requisition, "Demande approuvée."
    )


@router.post("/demandes/{requisition_id}/refuser", dependencies=[Depends(require(*BUYERS))])
async def refuse(request: Request, requisition_id: int) -> Response:
    reason = form_values((await request.form()).multi_items()).get("motif", "").strip()
    return await _transition(
        request,
        requisition_id,
        purchases_refuse_requisition,
        "Demande refusée.",
        body=Decision(reason=reason or "Refusée par l'acheteur"),
    )


@router.post("/demandes/{requisition_id}/commander", dependencies=[Depends(require(*BUYERS))])
async def order(request: Request, requisition_id: int) -> Response:
    return await _transition(
        request,
        requisition_id,
        purchases_order_requisition,
        "Commande passée : le budget engage les AE.",
        body=OrderRequest(),
    )


@router.post("/demandes/{requisition_id}/reception", dependencies=[Depends(require(*WRITERS))])
async def receive(request: Request, requisition_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    lines = [
        ReceiptLineCreate(line_id=int(key.removeprefix("recu-")), quantity=int(value))
        for key, value in values.items()
        if key.startswith("recu-") and key[5:].isdigit() and value.strip().isdigit()
        and int(value) > 0
    ]  # fmt: skip
    if not lines:
        ensure_session(request).flash("Indiquez au moins une quantité reçue.", "error")
        return redirect(f"/achats/demandes/{requisition_id}", request)
    return await _transition(
        request,
        requisition_id,
        purchases_create_receipt,
        "Réception enregistrée : le service fait est transmis au budget.",
        body=ReceiptCreate(lines=lines),
    )
