"""What every budget domain shares: roles, the org scope, amount types, the budget title enum."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from fastapi import Depends
from pydantic import Field

from sg_common.api import Money, Text
from sg_common.auth import OrgScope, Principal, org_scope, require_roles

#: DPG budget division: arbitrates, notifies allocations, manages the reserve; sees everything.
MANAGER = "budget.manager"
#: A unit's budget officer: forecasts, requests and commitments for the units of their token.
OFFICER = "budget.officer"
#: Contrôle de gestion / CBCM: reads everything, changes nothing.
CONTROLLER = "budget.controller"
#: CPF / comptable: invoices, payments, general accounting; serves every unit (all-seeing).
ACCOUNTANT = "budget.accountant"
#: Service tokens of the other services: read availability across units.
SERVICE_READERS = ("facilities.service", "hr.service", "it.service", "production.service")

ZERO = Decimal("0.00")

Scope = Annotated[OrgScope, Depends(org_scope(MANAGER, CONTROLLER, *SERVICE_READERS))]
Manager = Annotated[Principal, Depends(require_roles(MANAGER))]
Writer = Annotated[Principal, Depends(require_roles(MANAGER, OFFICER))]
Reader = Annotated[Principal, Depends(require_roles(MANAGER, OFFICER, CONTROLLER))]
AvailabilityReader = Annotated[
    Principal, Depends(require_roles(MANAGER, OFFICER, CONTROLLER, *SERVICE_READERS))
]

#: Scope of the spending chain, accounting and execution: the CPF sees every unit.
SpendingScope = Annotated[OrgScope, Depends(org_scope(MANAGER, CONTROLLER, ACCOUNTANT))]
#: Ordonnateur: certifies service fait, sets advance terms, requests payment.
Ordonnateur = Annotated[Principal, Depends(require_roles(MANAGER, OFFICER))]
#: Comptable (CPF): registers and processes invoices, pays, keeps the accounts.
Accountant = Annotated[Principal, Depends(require_roles(ACCOUNTANT))]
SpendingReader = Annotated[
    Principal, Depends(require_roles(MANAGER, OFFICER, CONTROLLER, ACCOUNTANT))
]
AccountingReader = Annotated[Principal, Depends(require_roles(MANAGER, CONTROLLER, ACCOUNTANT))]

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
