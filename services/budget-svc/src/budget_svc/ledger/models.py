"""Budget lines and the ledger of credit movements, from which every balance is computed."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, String, UniqueConstraint
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


def _money() -> Decimal:
    return Field(default=Decimal("0.00"), max_digits=14, decimal_places=2)


def _sum() -> Decimal:
    """A line's running sum of one movement column (0 for a new line, and for existing rows)."""
    return Field(
        default=Decimal("0.00"),
        max_digits=14,
        decimal_places=2,
        sa_column_kwargs={"server_default": "0"},
    )


class BudgetLine(BudgetTable, table=True):
    """Ligne budgétaire: unit × fiscal year × action × title (the unit of availability).

    Locked (``SELECT … FOR UPDATE``) by every operation that consumes credits, so two
    concurrent commitments can never take more than is available. ``availability_sequence``
    counts the ``budget.availability_changed`` snapshots published for the line (0: never).
    The six sums of its movements are kept here, moved by the same statement that numbers the
    snapshot (``ledger.service.record``), so a balance costs one row however long the ledger;
    ``ledger.service.drifted_lines`` checks them against the movements.
    """

    __tablename__ = "budget_line"
    __table_args__ = (
        UniqueConstraint("unit_code", "fiscal_year", "action", "title", name="uq_budget_line"),
    )
    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    action: str = Field(max_length=8)
    title: str = Field(max_length=4)
    availability_sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    allocated_ae: Decimal = _sum()
    allocated_cp: Decimal = _sum()
    frozen_ae: Decimal = _sum()
    frozen_cp: Decimal = _sum()
    committed_ae: Decimal = _sum()
    paid_cp: Decimal = _sum()


class BudgetMovement(BudgetTable, table=True):
    """One credit movement on a line (deltas). Never updated or deleted: reversed by another.

    allocated: dotations, transfers, cancellations; frozen: reserve; committed_ae: legal
    commitments; paid_cp: payments (spending chain, part 2); late-payment interest and fee
    (``late_payment_charges``) consume both committed_ae and paid_cp.
    """

    __tablename__ = "budget_movement"
    id: int | None = Field(default=None, primary_key=True)
    line_id: int = Field(foreign_key="budget_line.id", index=True)
    kind: str = Field(sa_column=Column(String(32), nullable=False))
    allocated_ae: Decimal = _money()
    allocated_cp: Decimal = _money()
    frozen_ae: Decimal = _money()
    frozen_cp: Decimal = _money()
    committed_ae: Decimal = _money()
    paid_cp: Decimal = _money()
    allocation_id: int | None = Field(default=None, index=True)
    reserve_operation_id: int | None = Field(default=None)
    transfer_id: int | None = Field(default=None)
    commitment_id: int | None = Field(default=None, index=True)
    reason: str | None = Field(default=None, max_length=500)
    occurred_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    recorded_by: str = Field(max_length=100)
