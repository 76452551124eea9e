"""LOLF budget structure (reference data): programme, actions, sub-actions, titles, fiscal years."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, String
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class Programme(BudgetTable, table=True):
    """Programme LOLF (220 « Statistiques et études économiques »)."""

    __tablename__ = "budget_programme"
    code: str = Field(primary_key=True, max_length=8)
    label: str = Field(max_length=200)


class BudgetAction(BudgetTable, table=True):
    """Action of a programme (01, 08, 09)."""

    __tablename__ = "budget_action"
    code: str = Field(primary_key=True, max_length=8)
    programme_code: str = Field(foreign_key="budget_programme.code", max_length=8)
    label: str = Field(max_length=200)


class SubAction(BudgetTable, table=True):
    """Sous-action of an action (``01-01``)."""

    __tablename__ = "budget_sub_action"
    code: str = Field(primary_key=True, max_length=8)
    action_code: str = Field(foreign_key="budget_action.code", max_length=8, index=True)
    label: str = Field(max_length=200)


class BudgetTitleRef(BudgetTable, table=True):
    """Titre budgétaire (T2 staff, T3 running costs, T5 investment, T6 grants)."""

    __tablename__ = "budget_title"
    code: str = Field(primary_key=True, max_length=4)
    label: str = Field(max_length=200)
    title_class: str = Field(sa_column=Column(String(8), nullable=False))


class FiscalYear(BudgetTable, table=True):
    """Exercice budgétaire: open or closed, with its reserve rates (mise en réserve)."""

    __tablename__ = "fiscal_year"
    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    status: str = Field(sa_column=Column(String(8), nullable=False))
    reserve_rate_t2: Decimal = Field(max_digits=6, decimal_places=4)
    reserve_rate_other: Decimal = Field(max_digits=6, decimal_places=4)
    reserve_applied_at: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), nullable=True)
    )
    version: int = 1
