"""Spending chain schemas: service fait, advance terms, invoices (CPF worklist), payments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import NonNegativeMoney, PositiveMoney, Reason
from sg_common.api import BusinessDate, Line, Money, Page, Text


class InvoiceStatus(StrEnum):
    RECEIVED = "received"
    SUSPENDED = "suspended"
    TO_PAY = "to_pay"
    PAID = "paid"
    REJECTED = "rejected"


class ServiceDoneSource(StrEnum):
    API = "api"
    RECEIPT = "receipt"
    TRAINING = "training"


class Network(StrEnum):
    CENTRAL = "central"
    REGIONAL = "regional"


class ServiceDoneCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"amount": "4000.00", "certified_on": "2026-03-16", "comment": "Lot 1 livré"}
            ]
        },
    )
    amount: PositiveMoney = Field(description="Part of the commitment delivered (TTC).")
    certified_on: BusinessDate | None = Field(default=None, description="Defaults to today.")
    comment: Text | None = Field(default=None, max_length=500)


class ServiceDonePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    commitment_id: int
    unit_code: str
    amount: Money
    certified_on: date
    source: ServiceDoneSource
    receipt_id: str | None
    comment: str | None
    certified_by: str
    by_delegation_of: str | None = Field(
        default=None,
        description="Signed by delegation: the delegator's login (délégation de signature).",
    )
    delegation_id: str | None = Field(default=None, description="hr's delegation id.")
    recorded_at: datetime


class ServiceDonePage(Page[ServiceDonePublic]):
    pass


class AdvanceTermsUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"ceiling": "3000.00", "reason": "Avance de 30 % prévue au marché"}]
        },
    )
    ceiling: NonNegativeMoney = Field(description="Most that may be paid before service fait.")
    reason: Reason


class AdvanceTermsPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    commitment_id: int
    ceiling: Money
    reason: str
    set_by: str
    set_at: datetime


class CommitmentSpending(BaseModel):
    """Where a commitment stands in the spending chain."""

    commitment_id: int
    unit_code: str
    ae: Money
    service_done: Money = Field(description="Cumulative service fait certified.")
    paid_cp: Money = Field(description="Cumulative CP paid (≤ ae).")
    advance_ceiling: Money
    remaining_to_pay: Money = Field(description="ae − paid: CP still to pay on the commitment.")
    invoices: int


class InvoiceCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "commitment_id": 1,
                    "supplier": "Imprimerie de l'Ouest",
                    "number": "F-2026-0042",
                    "amount_ht": "3333.33",
                    "amount_ttc": "4000.00",
                    "received_on": "2026-03-10",
                }
            ]
        },
    )
    commitment_id: int
    supplier: Line = Field(min_length=2, max_length=200)
    number: Line = Field(min_length=1, max_length=64)
    amount_ht: PositiveMoney
    amount_ttc: PositiveMoney
    received_on: BusinessDate = Field(
        description="Receipt of the invoice: starts the payment period."
    )


class InvoiceSuspension(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "reason": "RIB du fournisseur manquant",
                    "missing_documents": "RIB, attestation d'assurance",
                }
            ]
        },
    )
    reason: Reason
    missing_documents: Text = Field(min_length=2, max_length=500)


class InvoiceDocuments(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"received_on": "2026-03-20"}]}
    )
    received_on: BusinessDate | None = Field(
        default=None, description="When the missing documents arrived (default today)."
    )


class InvoiceRejection(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reason": "Facture en double"}]}
    )
    reason: Reason


class PaymentRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{}]})
    comment: Text | None = Field(default=None, max_length=500)


class InvoicePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    commitment_id: int
    unit_code: str
    fiscal_year: int
    supplier: str
    number: str
    amount_ht: Money
    amount_ttc: Money
    received_on: date
    status: InvoiceStatus
    period_start: date = Field(description="Receipt, or arrival of documents after suspension.")
    due_on: date = Field(description="period_start + 30 days (délai global de paiement).")
    days_remaining: int | None = Field(
        default=None, description="Days until due_on (negative: late); none once closed."
    )
    late: bool = False
    suspended_on: date | None
    suspension_reason: str | None
    missing_documents: str | None
    documents_received_on: date | None
    payment_requested_by: str | None
    payment_requested_on: date | None
    payment_requested_by_delegation_of: str | None = Field(
        default=None,
        description="Payment requested by delegation: the delegator's login.",
    )
    payment_request_delegation_id: str | None = Field(
        default=None, description="hr's delegation id of the payment request."
    )
    payment_request_comment: str | None = Field(
        default=None, description="The ordonnateur's comment to the accountant, with the request."
    )
    rejection_reason: str | None
    paid_on: date | None
    days_to_pay: int | None
    days_late: int | None
    late_interest: Money | None
    late_fee: Money | None
    created_by: str
    created_at: datetime
    version: int


class InvoicePage(Page[InvoicePublic]):
    pass


class PaymentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    invoice_id: int
    commitment_id: int
    unit_code: str
    amount: Money
    advance: Money = Field(description="Part paid before service fait (avance).")
    paid_on: date
    days_to_pay: int
    days_late: int
    interest: Money
    fixed_fee: Money
    paid_by: str
    recorded_at: datetime


class PaymentPage(Page[PaymentPublic]):
    pass


class PaymentTime(BaseModel):
    """Average payment time of a unit in a month (by payment date)."""

    unit_code: str
    month: str
    payments: int
    average_days_to_pay: Decimal
    late_payments: int


class LatePaymentRateCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "valid_from": "2026-07-01",
                    "ecb_rate": "2.150",
                    "margin_points": "8.000",
                    "fixed_fee": "40.00",
                }
            ]
        },
    )
    valid_from: BusinessDate
    ecb_rate: Decimal = Field(ge=-5, le=50, decimal_places=3)
    margin_points: Decimal = Field(default=Decimal("8.000"), ge=0, le=50, decimal_places=3)
    fixed_fee: NonNegativeMoney = Decimal("40.00")


class LatePaymentRatePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    valid_from: date
    ecb_rate: Decimal
    margin_points: Decimal
    fixed_fee: Money


class TrainingChargePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    completion_id: str
    agent_id: str
    unit_code: str
    course_code: str
    cost: Money
    completed_on: date
    commitment_id: int
    overrun: bool = Field(description="Booked although the line had not enough AE/CP.")
    recorded_at: datetime


class TrainingChargePage(Page[TrainingChargePublic]):
    pass
