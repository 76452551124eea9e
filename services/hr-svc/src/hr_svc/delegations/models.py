"""Délégations de signature: who may sign which acts for which units, in whose name, when."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from hr_svc.models import HrTable


class Delegation(HrTable, table=True):
    """A délégation de signature (the delegator's decision, recorded by the DRH).

    Never deleted: a revocation sets ``revoked_on``, the first day it no longer applies.
    ``delegator_unit_code`` is the delegator's managing unit when it was recorded (the org
    scope of the HR correspondents who read it).
    """

    __tablename__ = "signature_delegation"

    id: int | None = Field(default=None, primary_key=True)
    delegator_id: int = Field(foreign_key="agent.id", index=True)
    delegator_role: str = Field(max_length=64)
    delegator_unit_code: str = Field(max_length=32, index=True)
    delegate_id: int = Field(foreign_key="agent.id", index=True)
    acts: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    unit_codes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    valid_from: date = Field(index=True)
    valid_to: date
    legal_basis: str | None = Field(default=None, max_length=300)
    revoked_on: date | None = None
    revocation_reason: str | None = Field(default=None, max_length=300)
    version: int = 1
    created_at: datetime
    created_by: str = Field(max_length=100)
