"""What delegations consume from hr: ``delegation.granted`` / ``.revoked``, the délégations de
signature under which a person without the ordonnateur's role signs a commitment, a service
fait or a payment request (``budget_svc.delegations``)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.delegations import service as delegation_service
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.hr import DelegationGrantedV1, DelegationRevokedV1

HANDLERS = EventHandlers()


@HANDLERS.on(DelegationGrantedV1)
async def handle_delegation_granted(
    session: AsyncSession, data: DelegationGrantedV1, _event: EventEnvelope
) -> None:
    """Keep hr's délégation de signature (a replay replaces it, its revocation kept)."""
    await delegation_service.record_granted(session, data)


@HANDLERS.on(DelegationRevokedV1)
async def handle_delegation_revoked(
    session: AsyncSession, data: DelegationRevokedV1, _event: EventEnvelope
) -> None:
    """End a délégation de signature from its revocation date."""
    await delegation_service.record_revoked(session, data)
