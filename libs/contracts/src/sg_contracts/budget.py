"""Events published by budget-svc (DPG)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from sg_common.events.catalogue import register
from sg_common.events.envelope import EventPayload
from sg_common.fields import EventDate, Money, UnitCode

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
    certified_on: EventDate


@register
class BudgetInvoicePaidV1(_Budget):
    """An invoice paid by the CPF (consumes CP)."""

    event_type = "budget.invoice_paid"
    invoice_id: str
    commitment_id: str
    unit_code: UnitCode
    amount: Money
    paid_on: EventDate
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


@register
class BudgetAvailabilityChangedV1(_Budget):
    """A budget line's credits after a change (state, not delta): the highest sequence wins."""

    event_type = "budget.availability_changed"
    #: The line's figures (what a consumer keeps from each snapshot).
    FIGURES: ClassVar[tuple[str, ...]] = (
        "allocated_ae",
        "allocated_cp",
        "frozen_ae",
        "frozen_cp",
        "committed_ae",
        "paid_cp",
        "available_ae",
        "available_cp",
    )
    unit_code: UnitCode
    fiscal_year: int
    action: str
    title: Title
    sequence: int = Field(
        ge=1,
        description="Per line, +1 at each change: keep the highest, ignore lower or equal ones.",
    )
    allocated_ae: Money = Field(description="Dotations and transfers, less annulations.")
    allocated_cp: Money
    frozen_ae: Money = Field(description="In reserve (réserve + surgel − dégel − annulation).")
    frozen_cp: Money
    committed_ae: Money = Field(description="AE of legal commitments (and late-payment charges).")
    paid_cp: Money
    available_ae: Money = Field(description="allocated − frozen − committed (may be negative).")
    available_cp: Money = Field(description="allocated − frozen − paid (may be negative).")
    cause: str = Field(
        max_length=32,
        description="The ledger movement that changed it: allocation, transfer_in, transfer_out, "
        "reserve_freeze, reserve_release, reserve_extra_freeze, reserve_cancellation, "
        "commitment, commitment_reduce, commitment_cancel, payment, late_payment_charges, "
        "carry_over_out, carry_over_in; announce: the figures published once, unchanged.",
    )
    reference: str | None = Field(
        default=None,
        max_length=64,
        description="What caused it: allocation-<id>, transfer-<id>, reserve-operation-<id>, "
        "commitment-<id>.",
    )
