"""Budget envelopes of IT units, as budget notified them (``budget.allocated``)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlmodel import Field

from it_svc.models import ItTable


class BudgetEnvelope(ItTable, table=True):
    """One dotation notified by budget-svc (DPG) to a unit: the IT side's copy, read-only."""

    __tablename__ = "budget_envelope"

    allocation_id: str = Field(primary_key=True, max_length=64)
    unit_code: str = Field(index=True, max_length=32)
    fiscal_year: int = Field(index=True)
    action: str = Field(max_length=8)
    title: str = Field(max_length=4)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
    notified_at: datetime
