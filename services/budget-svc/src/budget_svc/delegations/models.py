"""hr's délégations de signature, kept from its events (``delegation.granted`` / ``.revoked``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class SignatureDelegation(BudgetTable, table=True):
    """A délégation de signature: ``delegate_login`` (a token's ``sub``) may sign ``acts`` for
    ``unit_codes`` and their sub-units, in the name of ``delegator_login``, from
    ``valid_from`` to ``valid_to``, and no longer from ``revoked_on``."""

    __tablename__ = "budget_signature_delegation"
    id: str = Field(primary_key=True, max_length=64, description="hr's delegation id.")
    delegator_login: str = Field(max_length=100)
    delegator_role: str = Field(max_length=64)
    delegate_login: str = Field(max_length=100, index=True)
    acts: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    unit_codes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    valid_from: date
    valid_to: date
    revoked_on: date | None = None
    legal_basis: str | None = Field(default=None, max_length=300)
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
