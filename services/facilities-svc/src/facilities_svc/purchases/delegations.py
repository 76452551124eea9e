"""Approval of requisitions by délégation de signature (hr's ``delegation.granted``).

The approval (or refusal: the same decision) of a submitted requisition is the purchasing
office's act: the DSG's ``facilities.manager`` or a ``facilities.buyer``, or a person holding a
délégation de signature from one of them for ``facilities.approve_requisition``, for the
requisition's unit (or an ancestor), in force on the day of the decision. The requisition
records who approved and, by delegation, in whose name (``sg_common.delegations``).
"""

from __future__ import annotations

from enum import StrEnum

from facilities_svc.models import FacilitiesTable
from facilities_svc.roles import BUYER, MANAGER
from sg_common.delegations import Delegations, ReceivedDelegation


class FacilitiesSignatureDelegation(FacilitiesTable, ReceivedDelegation, table=True):
    """A délégation de signature of the purchasing office's approvals (hr's, as received)."""

    __tablename__ = "facilities_signature_delegation"


class Act(StrEnum):
    """facilities' acts a delegation may cover (hr's ``DelegableAct``)."""

    APPROVE_REQUISITION = "facilities.approve_requisition"


DELEGATIONS = Delegations(
    model=FacilitiesSignatureDelegation,
    acts=frozenset(a.value for a in Act),
    own_roles=(MANAGER, BUYER),
)
