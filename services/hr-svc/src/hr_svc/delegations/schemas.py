"""Request and response models of délégations de signature."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import BusinessDate, Page, Text, UnitCode


class DelegableAct(StrEnum):
    """The acts a délégation de signature may cover: the ordonnateur's acts of budget-svc, the
    approval (or refusal) of a purchase requisition in facilities-svc."""

    budget_commit = "budget.commit"
    budget_certify_service_fait = "budget.certify_service_fait"
    budget_request_payment = "budget.request_payment"
    facilities_approve_requisition = "facilities.approve_requisition"


class DelegatorRole(StrEnum):
    """The role whose acts are delegated: the ordonnateur (DPG manager, a unit's officer), or
    the purchasing office that approves requisitions (the DSG's facilities manager, a buyer)."""

    budget_manager = "budget.manager"
    budget_officer = "budget.officer"
    facilities_manager = "facilities.manager"
    facilities_buyer = "facilities.buyer"

    @property
    def service(self) -> str:
        """The service whose acts this role signs (an act is named ``<service>.<act>``)."""
        return self.value.split(".", 1)[0]


class DelegationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "delegator_id": 12,
                    "delegator_role": "budget.officer",
                    "delegate_id": 15,
                    "acts": ["budget.commit", "budget.certify_service_fait"],
                    "unit_codes": ["DR-ARA"],
                    "valid_from": "2026-03-01",
                    "valid_to": "2026-06-30",
                    "legal_basis": "Décision n° 2026-04 du directeur régional du 20 février 2026",
                }
            ]
        },
    )

    delegator_id: int = Field(description="The agent who holds the role and delegates.")
    delegator_role: DelegatorRole
    delegate_id: int = Field(description="The agent who will sign in the delegator's name.")
    acts: list[DelegableAct] = Field(min_length=1, max_length=len(DelegableAct))
    unit_codes: list[UnitCode] = Field(
        min_length=1, max_length=50, description="Units covered, with their sub-units."
    )
    valid_from: BusinessDate
    valid_to: BusinessDate = Field(description="The last day the delegation applies.")
    legal_basis: Text | None = Field(
        default=None,
        min_length=3,
        max_length=300,
        description="The decision (arrêté, décision) that grants it, and its date.",
    )


class DelegationRevocation(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"revoked_on": "2026-04-20", "reason": "Décision du 15 avril 2026"}]
        },
    )

    revoked_on: BusinessDate = Field(description="The first day the delegation no longer applies.")
    reason: Text = Field(min_length=3, max_length=300)


class DelegationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    delegator_id: int
    delegator_role: DelegatorRole
    delegator_unit_code: str
    delegate_id: int
    acts: list[DelegableAct]
    unit_codes: list[str]
    valid_from: date
    valid_to: date
    legal_basis: str | None
    revoked_on: date | None
    revocation_reason: str | None
    version: int
    created_at: datetime
    created_by: str


class DelegationPage(Page[DelegationPublic]):
    pass
