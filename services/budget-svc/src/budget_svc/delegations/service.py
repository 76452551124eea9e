"""Who signs an ordonnateur's act: the holder of the role, or a delegate of one.

The acts of the ordonnateur — the legal commitment, the certification of service fait and the
payment request — are signed by a ``budget.manager`` or the ``budget.officer`` of the unit, or
by a person holding a délégation de signature from one of them (recorded by hr-svc, received
as ``delegation.granted`` / ``delegation.revoked``). A delegation applies to the acts it names,
for its units and their sub-units, on the days from ``valid_from`` to ``valid_to`` (and before
its revocation): it is checked at the act's date, and the act records in whose name it was
signed. A comptable (``budget.accountant``) never signs an ordonnateur's act, delegated or not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated

import structlog
from fastapi import Depends
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.common import ACCOUNTANT, MANAGER, OFFICER, actor
from budget_svc.delegations.models import SignatureDelegation
from sg_common.auth import OrgScope, Principal
from sg_common.auth.deps import MissingRole
from sg_common.auth.permissions import AccessDep
from sg_common.clock import utcnow
from sg_common.contracts.hr import DelegationGrantedV1, DelegationRevokedV1
from sg_common.errors import Forbidden
from sg_common.org import OrgTree

log = structlog.get_logger("budget_svc.delegations")

#: Who signs the ordonnateur's acts in their own right.
ORDONNATEUR_ROLES = (MANAGER, OFFICER)


class Act(StrEnum):
    """The ordonnateur's acts a delegation may cover (hr's ``DelegableAct``)."""

    COMMIT = "budget.commit"
    CERTIFY_SERVICE_FAIT = "budget.certify_service_fait"
    REQUEST_PAYMENT = "budget.request_payment"


KNOWN_ACTS = frozenset(a.value for a in Act)


class NoDelegation(Forbidden):
    """Neither the ordonnateur's role for the unit nor a delegation valid for the act."""

    type_slug = "no-delegation"
    title = "Neither the ordonnateur's role nor a délégation de signature for this act"


@dataclass(frozen=True)
class Signer:
    """The caller of an ordonnateur's act, and whether they hold the role themselves."""

    principal: Principal
    ordonnateur: bool


@dataclass(frozen=True)
class Signature:
    """Who signed, and in whose name when by delegation (delegator's login, delegation id)."""

    signed_by: str
    by_delegation_of: str | None = None
    delegation_id: str | None = None


async def signer(access: AccessDep) -> Signer:
    """The caller of an act the permission table marks delegable: an ordonnateur when one of
    the act's roles admitted them; a comptable without that role is refused (403 missing-role)."""
    principal = access.principal
    ordonnateur = bool(access.roles)
    if not ordonnateur and principal.has_any_role(ACCOUNTANT):
        raise MissingRole(
            "the comptable cannot sign an ordonnateur's act, even by delegation",
            extra={"required_roles": list(ORDONNATEUR_ROLES)},
        )
    return Signer(principal=principal, ordonnateur=ordonnateur)


#: An ordonnateur's act: the role, or (checked by :func:`sign`) a delegation.
Signatory = Annotated[Signer, Depends(signer)]


def applies(row: SignatureDelegation, day: date) -> bool:
    """Whether ``row`` is in force on ``day`` (within its dates, before its revocation)."""
    revoked = row.revoked_on is not None and day >= row.revoked_on
    return row.valid_from <= day <= row.valid_to and not revoked


async def held(
    session: AsyncSession, *, login: str, act: Act | None = None
) -> list[SignatureDelegation]:
    """The delegations to ``login`` (naming ``act``, if given), whatever their dates, oldest
    first."""
    stmt = (
        select(SignatureDelegation)
        .where(SignatureDelegation.delegate_login == login)
        .order_by(SignatureDelegation.valid_from, SignatureDelegation.id)  # type: ignore[arg-type]
    )
    return [row for row in (await session.exec(stmt)).all() if act is None or act in row.acts]


async def widen(
    session: AsyncSession, *, scope: OrgScope, signer: Signer, tree: OrgTree, act: Act
) -> OrgScope:
    """``scope`` plus the units of the caller's delegations for ``act``: a delegate finds the
    records of the units they sign for (the date is checked when they sign: 403). A caller
    with neither the role nor any delegation for the act is refused here (403
    ``no-delegation``), before any record is looked up."""
    if scope.visible is None:
        return scope
    rows = await held(session, login=signer.principal.subject, act=act)
    if not signer.ordonnateur and not rows:
        raise NoDelegation(
            f"{act.value} needs the role {' or '.join(ORDONNATEUR_ROLES)} or a délégation de "
            f"signature for that act: {actor(signer.principal)} has neither",
            extra={"act": act.value},
        )
    units = tree.subtree_codes([code for row in rows for code in row.unit_codes])
    return OrgScope(scope.visible | units)


async def sign(
    session: AsyncSession,
    *,
    signer: Signer,
    scope: OrgScope,
    act: Act,
    unit_code: str,
    days: Iterable[date],
    tree: OrgTree,
) -> Signature:
    """The signature of ``act`` on ``unit_code``, dated ``days`` (the act's date and, when it
    bears an earlier one, the day it is signed): the caller's own when they hold the role for
    the unit, else by the delegation in force on every one of those days (403 otherwise)."""
    who = actor(signer.principal)
    if signer.ordonnateur and scope.allows(unit_code):
        return Signature(signed_by=who)
    dates = sorted(set(days))
    for row in await held(session, login=signer.principal.subject, act=act):
        if all(
            applies(row, day) and unit_code in tree.subtree_codes(row.unit_codes, day)
            for day in dates
        ):
            return Signature(
                signed_by=who, by_delegation_of=row.delegator_login, delegation_id=row.id
            )
    if signer.ordonnateur:
        scope.check(unit_code)  # 403 out-of-scope, as for any write outside one's units
    on = " and ".join(str(day) for day in dates)
    raise NoDelegation(
        f"{act.value} on {unit_code} needs the role {' or '.join(ORDONNATEUR_ROLES)} for the "
        f"unit, or a délégation de signature for that act and unit in force on {on}: "
        f"{who} has neither",
        extra={"act": act.value, "unit_code": unit_code, "dates": [str(d) for d in dates]},
    )


async def record_granted(session: AsyncSession, data: DelegationGrantedV1) -> None:
    """Keep (or replace) hr's delegation."""
    row = await session.get(SignatureDelegation, data.delegation_id)
    if row is None:
        row = SignatureDelegation(
            id=data.delegation_id,
            delegator_login=data.delegator_login,
            delegator_role=data.delegator_role,
            delegate_login=data.delegate_login,
            valid_from=data.valid_from,
            valid_to=data.valid_to,
            received_at=utcnow(),
        )
    row.delegator_login = data.delegator_login[:100]
    row.delegator_role = data.delegator_role[:64]
    row.delegate_login = data.delegate_login[:100]
    row.acts = [a for a in data.acts if a in KNOWN_ACTS]
    row.unit_codes = list(data.unit_codes)
    row.valid_from, row.valid_to = data.valid_from, data.valid_to
    row.legal_basis = data.legal_basis[:300] if data.legal_basis else None
    session.add(row)
    await session.flush()


async def record_revoked(session: AsyncSession, data: DelegationRevokedV1) -> None:
    """End hr's delegation from ``revoked_on`` (the earliest revocation wins). A revocation
    that overtakes its grant (replayed from the dead letters) is kept on an empty row that
    covers no act until the grant fills it in, revocation included."""
    row = await session.get(SignatureDelegation, data.delegation_id)
    if row is None:
        log.warning("delegation_revoked_before_granted", delegation_id=data.delegation_id)
        row = SignatureDelegation(
            id=data.delegation_id,
            delegator_login="",
            delegator_role="",
            delegate_login="",
            valid_from=data.revoked_on,
            valid_to=data.revoked_on,
            received_at=utcnow(),
        )
    if row.revoked_on is None or data.revoked_on < row.revoked_on:
        row.revoked_on = data.revoked_on
    session.add(row)
    await session.flush()
