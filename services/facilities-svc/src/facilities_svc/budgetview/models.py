"""The projection of budget's lines: each line's figures as of its latest snapshot."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from facilities_svc.models import FacilitiesTable


def _money() -> Decimal:
    return Field(max_digits=14, decimal_places=2)


class BudgetLineView(FacilitiesTable, table=True):
    """Budget's figures of one line (unit × fiscal year × action × title) as of the snapshot
    with the highest ``sequence`` received (``budget.availability_changed``)."""

    __tablename__ = "budget_line_view"
    __table_args__ = (
        UniqueConstraint("unit_code", "fiscal_year", "action", "title", name="uq_budget_line_view"),
    )

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int
    action: str = Field(max_length=20)
    title: str = Field(max_length=2)
    sequence: int
    allocated_ae: Decimal = _money()
    allocated_cp: Decimal = _money()
    frozen_ae: Decimal = _money()
    frozen_cp: Decimal = _money()
    committed_ae: Decimal = _money()
    paid_cp: Decimal = _money()
    available_ae: Decimal = _money()
    available_cp: Decimal = _money()
    as_of: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
