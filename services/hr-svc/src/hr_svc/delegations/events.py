"""What delegations publish: ``delegation.granted`` / ``.revoked``, to the outbox in the caller's
transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent
from hr_svc.delegations.models import Delegation
from sg_common.events import publish
from sg_contracts.hr import DelegationGrantedV1, DelegationRevokedV1


async def delegation_granted(
    session: AsyncSession, row: Delegation, *, delegator: Agent, delegate: Agent
) -> None:
    """``delegation.granted``: ids and directory logins, acts, units, dates."""
    assert delegator.login is not None
    assert delegate.login is not None
    await publish(
        session,
        DelegationGrantedV1(
            delegation_id=str(row.id),
            delegator_id=str(delegator.id),
            delegator_login=delegator.login,
            delegator_role=row.delegator_role,
            delegate_id=str(delegate.id),
            delegate_login=delegate.login,
            acts=list(row.acts),
            unit_codes=list(row.unit_codes),
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            legal_basis=row.legal_basis,
        ),
        subject=f"delegation-{row.id}",
    )


async def delegation_revoked(session: AsyncSession, row: Delegation) -> None:
    """``delegation.revoked``: the delegation no longer applies from ``revoked_on``."""
    assert row.revoked_on is not None
    await publish(
        session,
        DelegationRevokedV1(delegation_id=str(row.id), revoked_on=row.revoked_on),
        subject=f"delegation-{row.id}",
    )
