"""Request and response bodies of purchases."""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import BusinessDate, Line, Money, Page, Text, UnitCode


class Category(StrEnum):
    furniture = "furniture"
    it_equipment = "it_equipment"
    supplies = "supplies"
    services = "services"


class PurchaseKind(StrEnum):
    """Nature du marché: fournitures, services ou travaux (each has its own thresholds)."""

    supplies = "supplies"
    services = "services"
    works = "works"


class Channel(StrEnum):
    """Canal d'achat de l'Etat."""

    ugap = "ugap"
    interministerial = "interministerial"
    own_contract = "own_contract"
    open_market = "open_market"


class Procedure(StrEnum):
    """Procédure: commande sur centrale/marché existant, ou seuils pour le marché ouvert."""

    ugap_order = "ugap_order"
    interministerial_contract = "interministerial_contract"
    own_contract_order = "own_contract_order"
    direct_award = "direct_award"
    adapted_procedure = "adapted_procedure"
    tender = "tender"


class RequisitionStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    approved = "approved"
    refused = "refused"
    awaiting_commitment = "awaiting_commitment"
    confirmed = "confirmed"
    rejected = "rejected"
    partially_received = "partially_received"
    received = "received"
    cancelled = "cancelled"


class BudgetTitle(StrEnum):
    T3 = "T3"
    T5 = "T5"
    T6 = "T6"


# catalogue -----------------------------------------------------------------------------------
class CatalogueItemCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "UGAP-LAPTOP-14",
                    "label": "Ordinateur portable 14 pouces",
                    "category": "it_equipment",
                    "channel": "ugap",
                    "unit_price_ht": "850.00",
                    "vat_rate": "0.20",
                }
            ]
        },
    )
    code: Line = Field(min_length=1, max_length=40)
    label: Line = Field(min_length=1, max_length=200)
    category: Category
    channel: Channel
    contract_reference: Line | None = Field(default=None, max_length=80)
    unit_price_ht: Money = Field(gt=0)
    vat_rate: Decimal = Field(ge=0, le=1, decimal_places=4)


class CatalogueItemUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"unit_price_ht": "870.00"}]}
    )
    label: Line | None = Field(default=None, min_length=1, max_length=200)
    channel: Channel | None = None
    contract_reference: Line | None = Field(default=None, max_length=80)
    unit_price_ht: Money | None = Field(default=None, gt=0)
    vat_rate: Decimal | None = Field(default=None, ge=0, le=1, decimal_places=4)
    active: bool | None = None


class CatalogueItemPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    code: str
    label: str
    category: Category
    channel: Channel
    contract_reference: str | None
    unit_price_ht: Money
    vat_rate: Decimal
    active: bool
    version: int


class CatalogueItemPage(Page[CatalogueItemPublic]):
    pass


# thresholds ----------------------------------------------------------------------------------
class ThresholdCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "supplies",
                    "valid_from": "2026-04-01",
                    "direct_award_below": "60000.00",
                    "formal_tender_from": "140000.00",
                    "note": "Décret n° 2025-1386 (R. 2122-8), avis seuils 2026-2027",
                }
            ]
        },
    )
    kind: PurchaseKind
    valid_from: BusinessDate
    direct_award_below: Money = Field(gt=0)
    formal_tender_from: Money = Field(gt=0)
    note: Text | None = Field(default=None, max_length=200)


class ThresholdPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    kind: PurchaseKind
    valid_from: date
    direct_award_below: Money
    formal_tender_from: Money
    note: str | None


class ProcedureChoice(BaseModel):
    """The procedure an amount and channel call for on a date."""

    amount_ht: Money
    channel: Channel
    kind: PurchaseKind
    procedure: Procedure
    thresholds_from: date | None


# requisitions --------------------------------------------------------------------------------
class LineCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    item_code: Line = Field(min_length=1, max_length=40)
    quantity: int = Field(ge=1, le=100_000)


class RequisitionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DESE-CN",
                    "subject": "Renouvellement des portables de la division",
                    "fiscal_year": 2026,
                    "action": "01",
                    "budget_title": "T5",
                    "kind": "supplies",
                    "lines": [{"item_code": "UGAP-LAPTOP-14", "quantity": 12}],
                }
            ]
        },
    )
    unit_code: UnitCode
    subject: Line = Field(min_length=1, max_length=200)
    fiscal_year: int = Field(ge=2000, le=2100)
    action: Line = Field(min_length=1, max_length=20)
    budget_title: BudgetTitle = BudgetTitle.T3
    kind: PurchaseKind = Field(
        description="What the requisition buys: supplies, services or works (each kind has "
        "its own procedure thresholds)."
    )
    lines: list[LineCreate] = Field(min_length=1, max_length=200)


class RequisitionUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"subject": "Portables (12)"}]}
    )
    subject: Line | None = Field(default=None, min_length=1, max_length=200)
    action: Line | None = Field(default=None, min_length=1, max_length=20)
    budget_title: BudgetTitle | None = None
    kind: PurchaseKind | None = None
    tender_reference: Line | None = Field(default=None, max_length=80)
    lines: list[LineCreate] | None = Field(default=None, min_length=1, max_length=200)


class LinePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    item_code: str
    category: Category
    description: str
    channel: Channel
    quantity: int
    unit_price_ht: Money
    vat_rate: Decimal
    amount_ht: Money
    amount_ttc: Money
    received_quantity: int


class RequisitionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    subject: str
    fiscal_year: int
    action: str
    budget_title: BudgetTitle
    kind: PurchaseKind
    status: RequisitionStatus
    channel: Channel | None
    procedure: Procedure | None
    thresholds_from: date | None
    purchase_category: Category | None = Field(
        description="The purchase category whose need of the year decided the procedure "
        "(none when the requisition's own total decided, or on a framework channel)."
    )
    estimated_value_ht: Money | None = Field(
        description="Estimated value of the need the procedure was chosen on, at submission: "
        "every similar need of the year (same purchase category, kind and fiscal year, bought "
        "on the open market by the whole institute), this requisition included; or its own "
        "total when larger. None before submission and on a framework channel."
    )
    threshold_ht: Money | None = Field(
        description="The threshold that decided: the highest one the estimated value reaches, "
        "or, below both, the no-publicity threshold it stays under."
    )
    split_flagged: bool = Field(
        description="True when this requisition alone would have called for a lighter "
        "procedure than the need of the year (fractionnement): the procedure follows the need."
    )
    procedure_note: str | None
    tender_reference: str | None
    amount_ht: Money
    amount_ttc: Money
    requested_by: str
    approved_by: str | None = Field(
        description="Who approved (or refused) the requisition (the login of their token)."
    )
    approved_by_delegation_of: str | None = Field(
        default=None,
        description="In whose name, when approved or refused by délégation de signature.",
    )
    order_id: str | None
    ordered_on: date | None
    commitment_id: str | None
    rejection_reason: str | None = Field(
        description="Why budget refused the commitment, or why the approver refused."
    )
    cancel_reason: str | None
    version: int
    lines: list[LinePublic] = []


class RequisitionPage(Page[RequisitionPublic]):
    pass


class Decision(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Besoin non justifié"}]}
    )
    reason: Line = Field(min_length=1, max_length=500)


class OrderRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"tender_reference": "AO-2026-014"}]}
    )
    tender_reference: Line | None = Field(default=None, max_length=80)


class ReceiptLineCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    line_id: int
    quantity: int = Field(ge=1)


class ReceiptCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "received_on": "2026-03-20",
                    "lines": [{"line_id": 1, "quantity": 6}],
                    "note": "Première livraison",
                }
            ]
        },
    )
    received_on: BusinessDate | None = None
    lines: list[ReceiptLineCreate] = Field(min_length=1, max_length=200)
    note: Text | None = Field(default=None, max_length=500)


class ReceiptLinePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    line_id: int
    quantity: int
    amount_ht: Money
    amount_ttc: Money


class ReceiptPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    requisition_id: int
    unit_code: str
    received_on: date
    received_by: str
    amount_ht: Money
    amount_ttc: Money
    note: str | None
    lines: list[ReceiptLinePublic] = []


class AvailabilityLine(BaseModel):
    """AE of a unit for an action and a title: notified, committed, awaiting, available."""

    unit_code: str
    fiscal_year: int
    action: str
    title: str
    ae_allocated: Money
    cp_allocated: Money
    ae_committed: Money
    ae_awaiting_commitment: Money
    ae_available: Money


class Availability(BaseModel):
    """A unit's AE by action and title. ``source`` is ``budget`` when the figures come from
    budget-svc's API (the reference), ``events`` when budget could not answer and they are
    estimated from its ``budget.allocated`` notifications and this service's orders."""

    source: Literal["budget", "events"] = "events"
    items: list[AvailabilityLine]
