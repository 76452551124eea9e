"""hr's délégations de signature, kept from its events (``delegation.granted`` / ``.revoked``)."""

from __future__ import annotations

from budget_svc.models import BudgetTable
from sg_common.delegations import ReceivedDelegation


class SignatureDelegation(BudgetTable, ReceivedDelegation, table=True):
    """A délégation de signature of the ordonnateur's acts (columns: ``ReceivedDelegation``)."""

    __tablename__ = "budget_signature_delegation"
