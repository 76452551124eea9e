"""Events published by budget-svc (DPG)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from sg_common.contracts._types import Money, UnitCode
from sg_common.events.catalogue import register
from sg_common.events.envelope import EventPayload

Title = Literal["T2", "T3", "T5", "T6"]


class _Budget(EventPayload):
    producer = "budget"


@register
class BudgetAllocatedV1(_Budget):
    """A dotation notified to a unit for an action and a title."""

    event_type = "budget.allocated"
    allocation_id: str
    unit_code: UnitCode
    fiscal_year: int
    action: str
    title: Title
    ae: Money
    cp: Money


@register
class BudgetCommitmentRecordedV1(_Budget):
    """A legal commitment (engagement juridique) consumed AE."""

    event_type = "budget.commitment_recorded"
    commitment_id: str
    purchase_order_id: str | None = None
    unit_code: UnitCode
    fiscal_year: int
    action: str
    title: Title
    ae: Money


@register
class BudgetCommitmentRejectedV1(_Budget):
    """A commitment refused (insufficient AE, unknown allocation...)."""

    event_type = "budget.commitment_rejected"
    purchase_order_id: str
    unit_code: UnitCode
    reason: str
    requested_ae: Money
    available_ae: Money


@register
class BudgetTrainingCommitmentRecordedV1(_Budget):
    """The AE of a training session committed on T3, action 09 (or its commitment revised):
    budget's answer to ``training_session.confirmed``."""

    event_type = "budget.training_commitment_recorded"
    training_session_id: str
    commitment_id: str
    unit_code: UnitCode
    fiscal_year: int
    ae: Money = Field(description="What the session's commitment now holds.")
    available_ae: Money = Field(description="AE still available on the line afterwards.")


@register
class BudgetTrainingCommitmentRejectedV1(_Budget):
    """A training session's commitment (or its raise) refused: budget's answer to
    ``training_session.confirmed``, with its figures."""

    event_type = "budget.training_commitment_rejected"
    training_session_id: str
    unit_code: UnitCode
    fiscal_year: int
    reason: str
    requested_ae: Money
    available_ae: Money
    committed_ae: Money = Field(
        description="What stays committed for the session from an earlier answer (0 if none)."
    )


@register
class BudgetReserveChangedV1(_Budget):
    """Mise en réserve, dégel, surgel or annulation on an allocation."""

    event_type = "budget.reserve_changed"
    operation_id: str
    allocation_id: str
    unit_code: UnitCode
    fiscal_year: int
    kind: Literal["freeze", "release", "extra_freeze", "cancellation"]
    ae: Money
    cp: Money
    reason: str


@register
class BudgetServiceDoneV1(_Budget):
    """Service fait certified on a commitment."""

    event_type = "budget.service_done"
    service_done_id: str
    commitment_id: str
    purchase_order_id: str | None = None
    unit_code: UnitCode
    amount: Money
    certified_on: date


@register
class BudgetInvoicePaidV1(_Budget):
    """An invoice paid by the CPF (consumes CP)."""

    event_type = "budget.invoice_paid"
    invoice_id: str
    commitment_id: str
    unit_code: UnitCode
    amount: Money
    paid_on: date
    days_to_pay: int


@register
class BudgetPaymentLateV1(_Budget):
    """An invoice paid after the délai global de paiement (interest and fee owed)."""

    event_type = "budget.payment_late"
    invoice_id: str
    unit_code: UnitCode
    days_late: int
    interest: Money
    fixed_fee: Money
