"""Events published by facilities-svc (DSG)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sg_common.events.catalogue import register
from sg_common.events.envelope import EventPayload
from sg_common.fields import EventDate, Money, UnitCode

Category = Literal["furniture", "it_equipment", "supplies", "services"]


class _Facilities(EventPayload):
    producer = "facilities"


class OrderedLine(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    line_id: str
    item_code: str
    category: Category
    description: str
    quantity: int = Field(ge=1)
    unit_price_ht: Money
    amount_ht: Money
    amount_ttc: Money


class ReceivedLine(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    line_id: str
    quantity: int = Field(ge=1)
    amount_ht: Money
    amount_ttc: Money


@register
class PurchaseOrderedV1(_Facilities):
    """An order placed through a State purchasing channel; budget must commit AE."""

    event_type = "purchase.ordered"
    order_id: str
    unit_code: UnitCode
    fiscal_year: int
    action: str
    title: Literal["T3", "T5", "T6"]
    channel: str
    lines: list[OrderedLine]
    amount_ht: Money
    amount_ttc: Money
    kind: Literal["supplies", "services", "works"] | None = Field(
        default=None, description="What the order buys (each kind has its own thresholds)."
    )
    procedure: str | None = Field(
        default=None, description="The award procedure chosen at submission."
    )
    estimated_value_ht: Money | None = Field(
        default=None,
        description="Estimated value of the need of the year the procedure was chosen on.",
    )
    threshold_ht: Money | None = Field(
        default=None, description="The threshold that decided the procedure."
    )
    split_flagged: bool | None = Field(
        default=None,
        description="The order alone would have called for a lighter procedure than its need.",
    )


@register
class PurchaseReceivedV1(_Facilities):
    """Goods receipt (service fait), full or partial."""

    event_type = "purchase.received"
    order_id: str
    receipt_id: str
    unit_code: UnitCode
    lines: list[ReceivedLine]
    amount_ht: Money
    amount_ttc: Money
    received_on: EventDate


@register
class PurchaseCancelledV1(_Facilities):
    """An order cancelled before receipt."""

    event_type = "purchase.cancelled"
    order_id: str
    unit_code: UnitCode
    reason: str


@register
class RegisterEntryAnsweredV1(_Facilities):
    """The DSG answered an entry of a site's health and safety register (status, response)."""

    event_type = "register_entry.answered"
    entry_id: str
    proposal_id: str | None = None
    site: str
    unit_code: UnitCode
    status: Literal["open", "in_progress", "closed"]
    response: str | None = None
    answered_on: EventDate
