"""Field types and enumerations shared by the domains of hr-svc (its roles: ``hr_svc.roles``)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

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
    """An update body (all fields optional, unknown ones refused). The fields sent are applied
    by the domain's repository (``Repository.patch``), with its one null policy: ``null``
    empties a field that may be empty and is refused (422 ``null-not-allowed``) on one that
    may not."""

    model_config = ConfigDict(extra="forbid")
