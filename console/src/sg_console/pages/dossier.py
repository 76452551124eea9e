"""The dossier of a purchase (issue #20, « Beyond »): one requisition's whole journey across
services on one timeline — requisition, order, commitment, receipt, service fait, invoice,
payment — with who did what and when.

Assembled from the services' APIs with the person's token, so each service shows what it lets
that person see (a step a service does not show them is said so, never guessed):

* facilities: the requisition (its ``order_id``, ``commitment_id``), its receipts, and its audit
  trail (``GET /audit?resource=requisition``: each status change with its author and time);
* budget: the commitment found by the order (``GET /commitments?purchase_order_id=``), its
  service fait, invoices and payments (``?commitment_id=``), and the commitment's audit trail.

**Correlation** by the ids the events carry: the order id is the subject of
``purchase.ordered`` and budget keeps it as the commitment's ``purchase_order_id``; a
receipt travels as ``purchase.received`` with ``<order id>-R<receipt id>``, budget's service
fait keeps it as ``receipt_id``; a write made by an event is in the audit trail with the actor
``event:<type>`` and the event's id as its ``request_id`` (shown on the step). Steps follow the
purchase's stages in order, and within one stage by time.

**Live**: while the purchase is not finished (paid, or refused, rejected, cancelled), the
timeline block is polled like the requisition's state (``SG_POLL_INTERVAL_S``, htmx), so a step
recorded by another service appears without reloading.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from budget_client.api.audit import audit_list_audit_entries as budget_audit
from budget_client.api.commitments import commitments_list_commitments
from budget_client.api.cpf import cpf_list_invoices, cpf_list_payments
from budget_client.api.spending import spending_list_service_done
from facilities_client.api.audit import audit_list_audit_entries as facilities_audit
from facilities_client.api.purchases import purchases_get_requisition, purchases_list_receipts
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sg_console.formatting import euros, french_date
from sg_console.pages.common import as_dict, read, renderer
from sg_console.pages.purchases import PEOPLE, STATUS
from sg_console.services import SERVICE_LABELS, ServiceRefusal, ServiceUnavailable
from sg_console.web import require

router = APIRouter(prefix="/dossier")

#: the stages of a purchase, in order (a step's place on the timeline)
STAGES = {
    "requisition": "Demande",
    "order": "Commande",
    "commitment": "Engagement",
    "receipt": "Réception",
    "service_done": "Service fait",
    "invoice": "Facture",
    "payment": "Paiement",
}
#: a requisition's status changes, as the audit trail records them: (stage, what happened)
TRANSITIONS = {
    "submitted": ("requisition", "Demande soumise à l'acheteur"),
    "approved": ("requisition", "Demande approuvée"),
    "refused": ("requisition", "Demande refusée"),
    "awaiting_commitment": ("order", "Commande passée, envoyée au budget"),
    "confirmed": ("commitment", "Commande confirmée : l'engagement est reçu par les achats"),
    "rejected": ("commitment", "Commande rejetée par le budget"),
    "cancelled": ("requisition", "Demande annulée"),
}
ENDED = ("refused", "rejected", "cancelled")
#: who wrote, when it was an event or a service rather than a person
EVENT_ACTORS = {
    "event:purchase.ordered": "le budget, à réception de la commande",
    "event:budget.commitment_recorded": "les achats, à réception de l'engagement",
    "event:budget.commitment_rejected": "les achats, à réception du refus du budget",
    "event:purchase.received": "le budget, à réception de la livraison",
    "facilities-svc": "le service des achats",
}


@dataclass
class Step:
    stage: str
    what: str
    when: datetime | date | None
    who: str
    service: str
    reference: str = ""
    detail: str = ""
    event: str = ""
    done: bool = True
    #: a step that follows another within its stage (a payment request after its invoice):
    #: that step's time, and its rank after it
    after: str = ""
    rank: int = 0

    @property
    def sort_key(self) -> tuple[int, str, int]:
        moment = self.when.isoformat() if self.when is not None else ""
        return list(STAGES).index(self.stage), self.after or moment, self.rank


@dataclass
class Dossier:
    requisition: dict[str, Any]
    steps: list[Step] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    #: invoices received, suspended or to pay (not yet paid nor rejected)
    unsettled_invoices: int = 0

    @property
    def finished(self) -> bool:
        status = self.requisition["status"]
        if status in ENDED:
            return True
        paid = any(s.stage == "payment" and s.done for s in self.steps)
        return status == "received" and paid and self.unsettled_invoices == 0


def _moment(value: Any) -> datetime | date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    text = str(value)
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text[:10])
    except ValueError:
        return None


def who(actor: str | None, delegation: str | None = None) -> str:
    if not actor:
        return "—"
    said = EVENT_ACTORS.get(actor, actor)
    if actor.startswith("event:") and actor not in EVENT_ACTORS:
        said = f"le service, à réception de l'événement {actor[6:]}"
    return f"{said} (par délégation de {delegation})" if delegation else said


def event_of(entry: dict[str, Any]) -> str:
    """The event's id when an event made the write (the audit's request id is then its id)."""
    actor = str(entry.get("actor") or "")
    return f"{actor[6:]} n° {entry.get('request_id')}" if actor.startswith("event:") else ""


async def _optional(service: str, hidden: list[str], what: str, call: Awaitable[Any]) -> Any | None:
    """A read that may be refused to this person (403) or fail: the dossier goes on without
    it and says what is not shown."""
    try:
        return (await call).parsed
    except ServiceRefusal as refusal:
        if refusal.status not in (403, 404):
            raise
        hidden.append(f"{what} : {SERVICE_LABELS[service]} ne vous les montre pas.")
    except ServiceUnavailable:
        hidden.append(f"{what} : {SERVICE_LABELS[service]} ne répond pas.")
    return None


def _items(parsed: Any) -> list[dict[str, Any]]:
    if parsed is None:
        return []
    if isinstance(parsed, list):
        return [as_dict(item) for item in parsed]
    items: list[dict[str, Any]] = as_dict(parsed)["items"]
    return items


def requisition_steps(r: dict[str, Any], audit: list[dict[str, Any]] | None) -> list[Step]:
    """The requisition's own steps: from facilities' audit trail when the person may read it
    (each status change, its author and time), else from the record (authors, order date)."""
    rid = f"demande n° {r['id']}"
    if audit is None:
        steps = [
            Step("requisition", "Demande créée", None, who(r["requested_by"]), "facilities", rid)
        ]
        if r.get("approved_by"):
            refused = r["status"] == "refused"
            steps.append(
                Step(
                    "requisition",
                    "Demande refusée" if refused else "Demande approuvée",
                    None,
                    who(r["approved_by"], r.get("approved_by_delegation_of")),
                    "facilities",
                    rid,
                )
            )
        if r.get("order_id"):
            ordered = f"commande n° {r['order_id']}"
            when = _moment(r["ordered_on"])
            what = "Commande passée, envoyée au budget"
            steps.append(Step("order", what, when, "—", "facilities", ordered))
        return steps
    steps = []
    for entry in audit:
        changes = entry.get("changes") or {}
        at = _moment(entry["at"])
        actor = who(entry["actor"], entry.get("by_delegation_of"))
        if entry["action"] == "insert":
            steps.append(Step("requisition", "Demande créée", at, actor, "facilities", rid))
            continue
        status = (changes.get("status") or {}).get("after")
        if status not in TRANSITIONS:
            continue
        stage, what = TRANSITIONS[status]
        reference, detail = rid, ""
        if status == "awaiting_commitment":
            reference = f"commande n° {r['order_id']}"
        if status in ("refused", "rejected"):
            detail = str(r.get("rejection_reason") or "")
        steps.append(Step(stage, what, at, actor, "facilities", reference, detail, event_of(entry)))
    return steps


async def assemble(request: Request, requisition_id: int) -> Dossier:
    found = await read(
        request, "facilities", purchases_get_requisition, requisition_id=requisition_id
    )
    r = as_dict(found.parsed)
    dossier = Dossier(r)
    hidden = dossier.hidden
    audit, receipts = await asyncio.gather(
        _optional(
            "facilities",
            [],  # the audit trail is for the DSG and the auditors: the record stands in for it
            "Le journal d'audit des achats",
            read(
                request,
                "facilities",
                facilities_audit,
                resource="requisition",
                resource_id=str(r["id"]),
                limit=200,
            ),
        ),
        _optional(
            "facilities",
            hidden,
            "Les réceptions",
            read(request, "facilities", purchases_list_receipts, requisition_id=r["id"]),
        ),
    )
    steps = requisition_steps(r, _items(audit) if audit is not None else None)
    for receipt in _items(receipts):
        steps.append(
            Step(
                "receipt",
                "Livraison réceptionnée",
                _moment(receipt["received_on"]),
                who(receipt["received_by"]),
                "facilities",
                f"réception n° {receipt['id']}",
                f"{euros(receipt['amount_ttc'])} TTC",
            )
        )
    if r.get("order_id"):
        steps += await _budget_steps(request, dossier)
    steps.sort(key=lambda s: s.sort_key)
    if r["status"] not in ENDED:
        reached = {s.stage for s in steps}
        steps += [
            Step(stage, label, None, "", "", done=False)
            for stage, label in STAGES.items()
            if stage not in reached
        ]
    dossier.steps = steps
    return dossier


def _by_commitment(request: Request, operation: Any, cid: int) -> Awaitable[Any]:
    return read(request, "budget", operation, commitment_id=cid, limit=200)


async def _budget_steps(request: Request, dossier: Dossier) -> list[Step]:
    """Budget's side, found from the order id (the commitment's ``purchase_order_id``)."""
    r, hidden = dossier.requisition, dossier.hidden
    listed = await _optional(
        "budget",
        hidden,
        "L'engagement, le service fait, les factures et les paiements",
        read(request, "budget", commitments_list_commitments, purchase_order_id=r["order_id"]),
    )
    commitments = _items(listed)
    if not commitments:
        return []
    c = commitments[0]
    cid = int(c["id"])
    audit, done, invoices, payments = await asyncio.gather(
        _optional(
            "budget",
            [],
            "Le journal d'audit du budget",
            read(
                request,
                "budget",
                budget_audit,
                resource="budget_commitment",
                resource_id=str(cid),
                limit=20,
            ),
        ),
        _optional(
            "budget",
            hidden,
            "Le service fait",
            _by_commitment(request, spending_list_service_done, cid),
        ),
        _optional(
            "budget", hidden, "Les factures", _by_commitment(request, cpf_list_invoices, cid)
        ),
        _optional(
            "budget", hidden, "Les paiements", _by_commitment(request, cpf_list_payments, cid)
        ),
    )
    inserted = next((e for e in _items(audit) if e["action"] == "insert"), None)
    steps = [
        Step(
            "commitment",
            "Engagement juridique enregistré",
            _moment(c["created_at"]),
            who(inserted["actor"] if inserted else c["created_by"], c.get("by_delegation_of")),
            "budget",
            f"engagement n° {cid} (commande n° {c['purchase_order_id']})",
            f"{euros(c['ae'])} d'AE",
            event_of(inserted) if inserted else "",
        )
    ]
    for s in _items(done):
        receipt = str(s.get("receipt_id") or "")
        steps.append(
            Step(
                "service_done",
                "Service fait certifié",
                _moment(s["recorded_at"]),
                who(s["certified_by"], s.get("by_delegation_of")),
                "budget",
                f"service fait n° {s['id']}"
                + (f" (réception n° {receipt.rsplit('-R', 1)[-1]})" if "-R" in receipt else ""),
                f"{euros(s['amount'])} le {french_date(s['certified_on'])}",
            )
        )
    for i in _items(invoices):
        if i["status"] not in ("paid", "rejected"):
            dossier.unsettled_invoices += 1
        registered = _moment(i["created_at"])
        steps.append(
            Step(
                "invoice",
                "Facture enregistrée par le comptable",
                registered,
                who(i["created_by"]),
                "budget",
                f"facture {i['number']} de {i['supplier']}",
                f"{euros(i['amount_ttc'])} TTC reçue le {french_date(i['received_on'])}, "
                f"échéance le {french_date(i['due_on'])}",
            )
        )
        if i.get("payment_requested_by"):
            steps.append(
                Step(
                    "invoice",
                    "Paiement demandé par l'ordonnateur",
                    _moment(i["payment_requested_on"]),
                    who(i["payment_requested_by"], i.get("payment_requested_by_delegation_of")),
                    "budget",
                    f"facture {i['number']}",
                    f"« {i['payment_request_comment']} »"
                    if i.get("payment_request_comment")
                    else "",
                    after=registered.isoformat() if registered else "",
                    rank=1,
                )
            )
    for p in _items(payments):
        steps.append(
            Step(
                "payment",
                "Facture payée",
                _moment(p["recorded_at"]),
                who(p["paid_by"]),
                "budget",
                f"paiement n° {p['id']} (facture n° {p['invoice_id']})",
                f"{euros(p['amount'])} en {p['days_to_pay']} jours"
                + (f", {p['days_late']} jours de retard" if p["days_late"] else ""),
            )
        )
    return steps


def _context(request: Request, dossier: Dossier) -> dict[str, Any]:
    return {
        "d": dossier,
        "r": dossier.requisition,
        "stages": STAGES,
        "statuses": STATUS,
        "services": {"facilities": "Achats (DSG)", "budget": "Budget (DPG, CPF)"},
        "poll_s": request.app.state.settings.poll_interval_s,
    }


@router.get("/achat/{requisition_id}", dependencies=[Depends(require(*PEOPLE))])
async def purchase(request: Request, requisition_id: int) -> Response:
    dossier = await assemble(request, requisition_id)
    return renderer(request).page(
        request,
        "dossier/purchase.html",
        title=f"Dossier de la demande n° {requisition_id}",
        section="purchases",
        **_context(request, dossier),
    )


@router.get("/achat/{requisition_id}/etapes", dependencies=[Depends(require(*PEOPLE))])
async def purchase_steps(request: Request, requisition_id: int) -> Response:
    """The polled block: the timeline as it stands now."""
    dossier = await assemble(request, requisition_id)
    return renderer(request).page(request, "dossier/_steps.html", **_context(request, dossier))
