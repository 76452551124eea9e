"""IT policy tables: the catalogue of standards (hardware models, software versions)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from it_svc.models import ItTable


class CatalogueStandard(ItTable, table=True):
    """A standard of the politique informatique: approved, tolerated or forbidden."""

    __tablename__ = "it_standard"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20, index=True)
    model: str = Field(max_length=120, index=True)
    model_version: str | None = Field(
        default=None, max_length=40, description="None: every version of the model."
    )
    status: str = Field(max_length=20, index=True)
    note: str | None = Field(default=None, max_length=500)
    created_at: datetime
    updated_at: datetime
    version: int = 1
