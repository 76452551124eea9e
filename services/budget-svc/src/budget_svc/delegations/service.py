"""Who signs an ordonnateur's act: the holder of the role, or a delegate of one.

The acts of the ordonnateur — the legal commitment, the certification of service fait and the
payment request — are signed by a ``budget.manager`` or the ``budget.officer`` of the unit, or
by a person holding a délégation de signature from one of them (recorded by hr-svc, received
as ``delegation.granted`` / ``delegation.revoked``). The mechanism (dates, units, the act
recording in whose name it was signed) is ``sg_common.delegations``; budget's own rule is that
a comptable (``budget.accountant``) never signs an ordonnateur's act, delegated or not.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import Depends

from budget_svc.delegations.models import SignatureDelegation
from budget_svc.roles import ACCOUNTANT, MANAGER, OFFICER
from sg_common.auth.deps import MissingRole
from sg_common.auth.permissions import AccessDep
from sg_common.delegations import Delegations, NoDelegation, Signature, Signer, signer

__all__ = ["DELEGATIONS", "Act", "NoDelegation", "Signatory", "Signature", "Signer"]

#: Who signs the ordonnateur's acts in their own right.
ORDONNATEUR_ROLES = (MANAGER, OFFICER)


class Act(StrEnum):
    """The ordonnateur's acts a delegation may cover (hr's ``DelegableAct``)."""

    COMMIT = "budget.commit"
    CERTIFY_SERVICE_FAIT = "budget.certify_service_fait"
    REQUEST_PAYMENT = "budget.request_payment"


DELEGATIONS = Delegations(
    model=SignatureDelegation,
    acts=frozenset(a.value for a in Act),
    own_roles=ORDONNATEUR_ROLES,
)
widen = DELEGATIONS.widen
sign = DELEGATIONS.sign
record_granted = DELEGATIONS.record_granted
record_revoked = DELEGATIONS.record_revoked


async def ordonnateur(access: AccessDep) -> Signer:
    """The caller of an ordonnateur's act: an ordonnateur when one of the act's roles admitted
    them; a comptable without that role is refused (403 missing-role)."""
    caller = signer(access)
    if not caller.holds_role and caller.principal.has_any_role(ACCOUNTANT):
        raise MissingRole(
            "the comptable cannot sign an ordonnateur's act, even by delegation",
            extra={"required_roles": list(ORDONNATEUR_ROLES)},
        )
    return caller


#: An ordonnateur's act: the role, or (checked by :func:`sign`) a delegation.
Signatory = Annotated[Signer, Depends(ordonnateur)]
