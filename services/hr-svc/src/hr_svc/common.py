"""Field types and enumerations shared by the domains of hr-svc (its roles: ``hr_svc.roles``)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: Quotité: share of a full time, 0.01 to 1.00.
Quotite = Annotated[Decimal, Field(gt=0, le=1, max_digits=3, decimal_places=2)]
Hours = Annotated[Decimal, Field(ge=0, max_digits=8, decimal_places=2)]


class Category(StrEnum):
    """Catégorie de la fonction publique."""

    A = "A"
    B = "B"
    C = "C"


class AgentStatus(StrEnum):
    """Statut: titulaire (civil servant) or contractuel (contract agent)."""

    titulaire = "titulaire"
    contractuel = "contractuel"


class PatchModel(BaseModel):
    """An update body (all fields optional); fields in ``non_nullable`` may be omitted but
    not set to null."""

    model_config = ConfigDict(extra="forbid")
    non_nullable: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _no_nulls(self) -> PatchModel:
        nulls = sorted(
            f for f in self.model_fields_set if f in self.non_nullable and getattr(self, f) is None
        )
        if nulls:
            raise ValueError(f"{', '.join(nulls)} cannot be null (omit the field instead)")
        return self
