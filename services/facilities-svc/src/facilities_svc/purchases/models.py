"""Tables of purchases: catalogue, dated procedure thresholds, requisitions/orders, receipts,
and the budget envelope of each unit (fed by ``budget.allocated``)."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from facilities_svc.models import FacilitiesTable
from sg_common.clock import utcnow


class CatalogueItem(FacilitiesTable, table=True):
    """An item or service of the catalogue (bordereau), with its purchasing channel."""

    __tablename__ = "catalogue_item"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    label: str = Field(max_length=200)
    category: str = Field(max_length=20, index=True)
    channel: str = Field(max_length=20, index=True)
    contract_reference: str | None = Field(default=None, max_length=80)
    unit_price_ht: Decimal = Field(max_digits=14, decimal_places=2)
    vat_rate: Decimal = Field(max_digits=5, decimal_places=4)
    active: bool = Field(default=True, index=True)
    version: int = 1


class ProcedureThreshold(FacilitiesTable, table=True):
    """Seuils de procédure d'une nature de marché (fournitures, services, travaux) en vigueur à
    partir d'une date (montants HT)."""

    __tablename__ = "procedure_threshold"
    __table_args__ = (
        UniqueConstraint("kind", "valid_from", name="uq_procedure_threshold_kind_valid_from"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)
    valid_from: date
    direct_award_below: Decimal = Field(max_digits=14, decimal_places=2)
    formal_tender_from: Decimal = Field(max_digits=14, decimal_places=2)
    note: str | None = Field(default=None, max_length=200)


class Requisition(FacilitiesTable, table=True):
    """Demande d'achat of a unit, which becomes a bon de commande when ordered."""

    __tablename__ = "requisition"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    subject: str = Field(max_length=200)
    fiscal_year: int = Field(index=True)
    action: str = Field(max_length=20)
    budget_title: str = Field(max_length=2)
    kind: str = Field(max_length=10)
    status: str = Field(max_length=24, index=True)
    channel: str | None = Field(default=None, max_length=20)
    procedure: str | None = Field(default=None, max_length=24)
    thresholds_from: date | None = None
    purchase_category: str | None = Field(default=None, max_length=20)
    estimated_value_ht: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    threshold_ht: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    split_flagged: bool = False
    procedure_note: str | None = Field(default=None, max_length=500)
    tender_reference: str | None = Field(default=None, max_length=80)
    amount_ht: Decimal = Field(default=Decimal("0.00"), max_digits=14, decimal_places=2)
    amount_ttc: Decimal = Field(default=Decimal("0.00"), max_digits=14, decimal_places=2)
    requested_by: str = Field(max_length=120)
    #: The requester's directory login (``Principal.login``), which a délégation names: a
    #: delegate cannot approve what their delegator requested (``requested_by`` is a ``sub``).
    requested_by_login: str | None = Field(default=None, max_length=120)
    approved_by: str | None = Field(default=None, max_length=120)
    #: The delegator's login when ``approved_by`` decided by délégation de signature.
    approved_by_delegation_of: str | None = Field(default=None, max_length=120)
    order_id: str | None = Field(default=None, max_length=40, unique=True)
    ordered_on: date | None = None
    commitment_id: str | None = Field(default=None, max_length=80)
    rejection_reason: str | None = Field(default=None, max_length=500)
    cancel_reason: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime()))
    version: int = 1


class RequisitionLine(FacilitiesTable, table=True):
    """One line of a requisition: a catalogue item, a quantity, its price."""

    __tablename__ = "requisition_line"

    id: int | None = Field(default=None, primary_key=True)
    requisition_id: int = Field(foreign_key="requisition.id", index=True)
    item_code: str = Field(max_length=40)
    category: str = Field(max_length=20)
    description: str = Field(max_length=200)
    channel: str = Field(max_length=20)
    quantity: int
    unit_price_ht: Decimal = Field(max_digits=14, decimal_places=2)
    vat_rate: Decimal = Field(max_digits=5, decimal_places=4)
    amount_ht: Decimal = Field(max_digits=14, decimal_places=2)
    amount_ttc: Decimal = Field(max_digits=14, decimal_places=2)
    received_quantity: int = 0


class Receipt(FacilitiesTable, table=True):
    """Réception (service fait) of some or all of an order's lines."""

    __tablename__ = "receipt"

    id: int | None = Field(default=None, primary_key=True)
    requisition_id: int = Field(foreign_key="requisition.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    received_on: date
    received_by: str = Field(max_length=120)
    amount_ht: Decimal = Field(max_digits=14, decimal_places=2)
    amount_ttc: Decimal = Field(max_digits=14, decimal_places=2)
    note: str | None = Field(default=None, max_length=500)


class ReceiptLine(FacilitiesTable, table=True):
    __tablename__ = "receipt_line"

    id: int | None = Field(default=None, primary_key=True)
    receipt_id: int = Field(foreign_key="receipt.id", index=True)
    line_id: int = Field(foreign_key="requisition_line.id")
    quantity: int
    amount_ht: Decimal = Field(max_digits=14, decimal_places=2)
    amount_ttc: Decimal = Field(max_digits=14, decimal_places=2)


class BudgetEnvelope(FacilitiesTable, table=True):
    """Dotation of a unit for an action and a title, as notified by ``budget.allocated``."""

    __tablename__ = "budget_envelope"
    __table_args__ = (UniqueConstraint("allocation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    allocation_id: str = Field(max_length=80)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int
    action: str = Field(max_length=20)
    title: str = Field(max_length=2)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
