"""General accounting (double entry, accrual): chart of accounts, journal entries and their
lines, accounting periods. Entries are immutable; corrections are reversal entries."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, String
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class Account(BudgetTable, table=True):
    """An account of the (minimal) chart of accounts of the State."""

    __tablename__ = "budget_account"
    code: str = Field(primary_key=True, max_length=16)
    label: str = Field(max_length=200)
    kind: str = Field(sa_column=Column(String(16), nullable=False))


class JournalEntry(BudgetTable, table=True):
    """A balanced journal entry (écriture), never updated or deleted."""

    __tablename__ = "budget_journal_entry"
    id: int | None = Field(default=None, primary_key=True)
    entry_date: date = Field(index=True)
    period: str = Field(max_length=7, index=True)
    label: str = Field(max_length=500)
    source: str = Field(sa_column=Column(String(32), nullable=False, index=True))
    source_id: str | None = Field(default=None, max_length=64, index=True)
    unit_code: str | None = Field(default=None, max_length=32, index=True)
    commitment_id: int | None = Field(default=None, index=True)
    reverses_id: int | None = Field(
        default=None, foreign_key="budget_journal_entry.id", unique=True
    )
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class EntryLine(BudgetTable, table=True):
    """One debit or credit of an entry on an account."""

    __tablename__ = "budget_entry_line"
    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="budget_journal_entry.id", index=True)
    account_code: str = Field(foreign_key="budget_account.code", max_length=16, index=True)
    debit: Decimal = Field(default=Decimal("0.00"), max_digits=14, decimal_places=2)
    credit: Decimal = Field(default=Decimal("0.00"), max_digits=14, decimal_places=2)


class AccountingPeriod(BudgetTable, table=True):
    """A closed accounting period (YYYY-MM): no new entry may be dated in it."""

    __tablename__ = "budget_accounting_period"
    period: str = Field(primary_key=True, max_length=7)
    closed_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    closed_by: str = Field(max_length=100)
