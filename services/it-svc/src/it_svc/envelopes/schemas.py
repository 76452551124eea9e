"""Budget envelope responses."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from sg_common.api import Money, Page


class BudgetEnvelopePublic(BaseModel):
    """A dotation (AE/CP) notified to a unit for an action and a title."""

    model_config = ConfigDict(from_attributes=True)

    allocation_id: str
    unit_code: str
    fiscal_year: int
    action: str
    title: str
    ae: Money
    cp: Money
    notified_at: datetime


class BudgetEnvelopePage(Page[BudgetEnvelopePublic]):
    pass
