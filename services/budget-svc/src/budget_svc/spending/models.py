"""The spending chain on a commitment: service fait, invoices, payments; advance terms and the
dated late-payment parameters; the training charges booked at completion before issue #21."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, String
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


def _money() -> Decimal:
    return Field(default=Decimal("0.00"), max_digits=14, decimal_places=2)


class AdvanceTerms(BudgetTable, table=True):
    """A commitment that allows an advance (avance) before service fait, up to a ceiling."""

    __tablename__ = "budget_advance_terms"
    commitment_id: int = Field(foreign_key="budget_commitment.id", primary_key=True)
    ceiling: Decimal = Field(max_digits=14, decimal_places=2)
    reason: str = Field(max_length=500)
    set_by: str = Field(max_length=100)
    set_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class ServiceDone(BudgetTable, table=True):
    """Service fait: the certification that (part of) the commitment was delivered."""

    __tablename__ = "budget_service_done"
    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="budget_commitment.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    amount: Decimal = Field(max_digits=14, decimal_places=2)
    certified_on: date
    source: str = Field(sa_column=Column(String(16), nullable=False))
    receipt_id: str | None = Field(default=None, max_length=64, unique=True)
    comment: str | None = Field(default=None, max_length=500)
    certified_by: str = Field(max_length=100)
    by_delegation_of: str | None = Field(default=None, max_length=100)
    delegation_id: str | None = Field(default=None, max_length=64)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Invoice(BudgetTable, table=True):
    """A supplier invoice on a commitment, processed by the CPF.

    ``period_start`` is the receipt date, or the date the missing documents arrived after the
    (single) suspension; ``due_on`` = ``period_start`` + the délai global de paiement.
    """

    __tablename__ = "budget_invoice"
    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="budget_commitment.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    supplier: str = Field(max_length=200)
    number: str = Field(max_length=64)
    amount_ht: Decimal = Field(max_digits=14, decimal_places=2)
    amount_ttc: Decimal = Field(max_digits=14, decimal_places=2)
    received_on: date
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    period_start: date
    due_on: date = Field(index=True)
    suspended_on: date | None = None
    suspension_reason: str | None = Field(default=None, max_length=500)
    missing_documents: str | None = Field(default=None, max_length=500)
    documents_received_on: date | None = None
    payment_requested_by: str | None = Field(default=None, max_length=100)
    payment_requested_on: date | None = None
    payment_requested_by_delegation_of: str | None = Field(default=None, max_length=100)
    payment_request_delegation_id: str | None = Field(default=None, max_length=64)
    payment_request_comment: str | None = Field(default=None, max_length=500)
    rejection_reason: str | None = Field(default=None, max_length=500)
    paid_on: date | None = None
    days_to_pay: int | None = None
    days_late: int | None = None
    late_interest: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    late_fee: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    created_by: str = Field(max_length=100)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class Payment(BudgetTable, table=True):
    """A payment of an invoice by the CPF (consumes CP); ``advance`` is the part paid before
    service fait (within the commitment's advance ceiling)."""

    __tablename__ = "budget_payment"
    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="budget_invoice.id", unique=True)
    commitment_id: int = Field(foreign_key="budget_commitment.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    amount: Decimal = Field(max_digits=14, decimal_places=2)
    advance: Decimal = _money()
    paid_on: date
    days_to_pay: int
    days_late: int = Field(default=0, index=True)
    interest: Decimal = _money()
    fixed_fee: Decimal = _money()
    paid_by: str = Field(max_length=100)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class LatePaymentRate(BudgetTable, table=True):
    """Dated parameters of late-payment interest: the ECB main refinancing rate in force from
    ``valid_from`` (first day of a semester), the legal margin (8 points) and the fixed fee."""

    __tablename__ = "budget_late_payment_rate"
    valid_from: date = Field(primary_key=True)
    ecb_rate: Decimal = Field(max_digits=6, decimal_places=3)
    margin_points: Decimal = Field(max_digits=6, decimal_places=3)
    fixed_fee: Decimal = Field(max_digits=14, decimal_places=2)


class TrainingCharge(BudgetTable, table=True):
    """A training cost from hr's ``training.completed`` booked on T3, action 09 of the unit,
    at completion (history: since issue #21 a session is committed when it is confirmed, see
    ``budget_svc.training``; no new rows are written)."""

    __tablename__ = "budget_training_charge"
    id: int | None = Field(default=None, primary_key=True)
    completion_id: str = Field(max_length=64, unique=True)
    agent_id: str = Field(max_length=64)
    unit_code: str = Field(max_length=32, index=True)
    course_code: str = Field(max_length=64)
    cost: Decimal = Field(max_digits=14, decimal_places=2)
    completed_on: date
    commitment_id: int = Field(foreign_key="budget_commitment.id")
    overrun: bool = False
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
