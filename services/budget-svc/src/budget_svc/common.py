"""What the domains of budget-svc share: amount types, the budget title enum, small helpers
(its roles: ``budget_svc.roles``)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from sg_common.api import Money, Text
from sg_common.auth import Principal

ZERO = Decimal("0.00")

#: Who the ledger names for commitments made from facilities' orders.
FACILITIES_ACTOR = "facilities-svc"


PositiveMoney = Annotated[Money, Field(gt=0)]
NonNegativeMoney = Annotated[Money, Field(ge=0)]
Reason = Annotated[Text, Field(min_length=3, max_length=500)]
ActionCode = Annotated[str, Field(pattern=r"^\d{2}$", examples=["01"])]
FiscalYearNumber = Annotated[int, Field(ge=2000, le=2100)]


class Title(StrEnum):
    """LOLF budget titles (titres) of programme 220."""

    T2 = "T2"
    T3 = "T3"
    T5 = "T5"
    T6 = "T6"


def actor(principal: Principal) -> str:
    """Who acted, for history columns."""
    return principal.subject[:100]


def cents(value: Decimal) -> Decimal:
    """Round to the cent (half up, as public accounting does)."""
    return value.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
