"""The bon de commande (purchase order form) the SG signs and sends: a PDF built from an order.

What it carries (docs/services/facilities.md, "Bon de commande"): the buyer (the ordering unit,
who asked, who approved), the supplier side as the suite knows it (the purchasing channel and
the contract or tender references), each line (quantity, unit price HT, VAT rate, amounts HT and
TTC), the totals HT, VAT (TTC − HT) and TTC, the budget imputation and budget's commitment
reference (the engagement juridique), and the signature block.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from facilities_svc.purchases.models import Requisition, RequisitionLine
from sg_common.documents.pdf import SignedDocument, euros
from sg_common.errors import BusinessRuleViolation

ISSUER = "INSEE - Secrétariat général - Département des services généraux"
CHANNELS = {
    "ugap": "UGAP (centrale d'achat public)",
    "interministerial": "Marché interministériel",
    "own_contract": "Marché de l'INSEE",
    "open_market": "Hors marché (procédure selon les seuils)",
}


class OrderNotPlaced(BusinessRuleViolation):
    type_slug = "order-not-placed"
    title = "The requisition has not been ordered"


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}".replace(".", ",") + " %"


def render(
    requisition: Requisition,
    lines: Sequence[RequisitionLine],
    contract_references: Sequence[str],
) -> bytes:
    """The bon de commande of an ordered requisition, as PDF bytes (409 before the order)."""
    if requisition.order_id is None or requisition.ordered_on is None:
        raise OrderNotPlaced(
            f"requisition {requisition.id} is {requisition.status}: "
            "a bon de commande exists once it is ordered"
        )
    form = SignedDocument(
        title="Bon de commande",
        reference=requisition.order_id,
        issuer=ISSUER,
        issued_on=requisition.ordered_on,
    )
    supplier = [CHANNELS.get(requisition.channel or "", requisition.channel or "")]
    supplier += [f"Marché : {reference}" for reference in contract_references]
    if requisition.tender_reference:
        supplier.append(f"Consultation : {requisition.tender_reference}")
    form.parties(
        (
            "Acheteur",
            [
                f"Unité : {requisition.unit_code}",
                f"Demandé par : {requisition.requested_by}",
                f"Approuvé par : {requisition.approved_by or '-'}",
            ],
        ),
        ("Fournisseur / titulaire", supplier),
    )
    form.paragraph(f"Objet : {requisition.subject}")
    form.table(
        ["Désignation", "Qté", "PU HT", "TVA", "Montant HT", "Montant TTC"],
        [
            [
                f"{line.item_code} - {line.description}",
                str(line.quantity),
                euros(line.unit_price_ht),
                _percent(line.vat_rate),
                euros(line.amount_ht),
                euros(line.amount_ttc),
            ]
            for line in lines
        ],
        [0.34, 0.07, 0.15, 0.08, 0.18, 0.18],
    )
    form.totals(
        [
            ("Total HT", euros(requisition.amount_ht)),
            ("TVA", euros(requisition.amount_ttc - requisition.amount_ht)),
            ("Total TTC", euros(requisition.amount_ttc)),
        ]
    )
    form.paragraph(
        f"Imputation : exercice {requisition.fiscal_year}, action {requisition.action}, "
        f"titre {requisition.budget_title}. Procédure : {requisition.procedure or '-'}.\n"
        "Engagement juridique : "
        + (requisition.commitment_id or "en attente de l'engagement par le budget")
    )
    form.signature(
        place="Montrouge", on=requisition.ordered_on, signer="Pour l'ordonnateur, l'acheteur"
    )
    return form.output()
