"""Délégations de signature as a consuming service keeps and checks them (issue #21, item 7).

hr-svc records the délégations (``delegation.granted`` / ``delegation.revoked``); each service
where a delegable act is signed keeps those naming its acts in its own table (a subclass of
:class:`ReceivedDelegation` with its table name) and checks them with :class:`Delegations`,
built with its acts and the roles that sign them in their own right:

* the permission table marks the act ``delegable=True`` (a caller holding none of its roles is
  admitted with no role and an empty scope);
* :meth:`Delegations.widen` adds the units of the caller's delegations for the act to their
  scope, so a delegate finds the record (403 ``no-delegation`` at once for a caller with
  neither the role nor any delegation for the act);
* :meth:`Delegations.sign` returns the :class:`Signature` to record: the caller's own when they
  hold the role for the unit, else by the delegation in force on every day the act bears (403
  ``no-delegation`` otherwise).

A delegation applies to the acts it names, for its units and their sub-units, on the days from
``valid_from`` to ``valid_to`` (and before ``revoked_on``). The service's own rules (who may
never sign, even by delegation) stay in the service, in front of :func:`signer`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Generic, Protocol, TypeVar

import structlog
from fastapi import Depends
from sqlalchemy import JSON
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.sqltypes import UTCDateTime

from sg_common.auth import OrgScope, Principal
from sg_common.auth.permissions import Access, AccessDep
from sg_common.clock import utcnow
from sg_common.errors import Forbidden
from sg_common.org import OrgTree

log = structlog.get_logger("sg_common.delegations")


class GrantedDelegation(Protocol):
    """What hr's ``delegation.granted`` event says (``sg_contracts.hr.DelegationGrantedV1``)."""

    @property
    def delegation_id(self) -> str: ...
    @property
    def delegator_login(self) -> str: ...
    @property
    def delegator_role(self) -> str: ...
    @property
    def delegate_login(self) -> str: ...
    @property
    def acts(self) -> Sequence[str]: ...
    @property
    def unit_codes(self) -> Sequence[str]: ...
    @property
    def valid_from(self) -> date: ...
    @property
    def valid_to(self) -> date: ...
    @property
    def legal_basis(self) -> str | None: ...


class RevokedDelegation(Protocol):
    """What hr's ``delegation.revoked`` event says (``sg_contracts.hr.DelegationRevokedV1``)."""

    @property
    def delegation_id(self) -> str: ...
    @property
    def revoked_on(self) -> date: ...


class ReceivedDelegation(SQLModel):
    """The columns of a délégation de signature received from hr (not a table: each service
    subclasses it with its own table base and ``__tablename__``).

    ``delegate_login`` may sign ``acts`` (those of the service only) for ``unit_codes`` and
    their sub-units, in the name of ``delegator_login``, from ``valid_from`` to ``valid_to``,
    and no longer from ``revoked_on``. The logins are the agents' logins (the token's
    :attr:`~sg_common.auth.Principal.login`)."""

    id: str = Field(primary_key=True, max_length=64, description="hr's delegation id.")
    delegator_login: str = Field(max_length=100)
    delegator_role: str = Field(max_length=64)
    delegate_login: str = Field(max_length=100, index=True)
    acts: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    unit_codes: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)
    valid_from: date
    valid_to: date
    revoked_on: date | None = None
    legal_basis: str | None = Field(default=None, max_length=300)
    received_at: datetime = Field(sa_type=UTCDateTime, nullable=False)


D = TypeVar("D", bound=ReceivedDelegation)


class NoDelegation(Forbidden):
    """Neither the role that signs the act for the unit nor a delegation valid for it."""

    type_slug = "no-delegation"
    title = "Neither the signing role nor a délégation de signature for this act"


@dataclass(frozen=True)
class Signer:
    """The caller of a delegable act, and whether one of the act's roles admitted them."""

    principal: Principal
    holds_role: bool

    @property
    def login(self) -> str:
        """The caller's directory login: how hr names the delegate (``delegate_login``)."""
        return self.principal.login[:100]

    @property
    def actor(self) -> str:
        """Who acts, as the services' history columns record a person (the token's ``sub``,
        which notifications and the audit trail address)."""
        return self.principal.subject[:100]


def signer(access: Access) -> Signer:
    """The caller of an act the permission table marks delegable."""
    return Signer(principal=access.principal, holds_role=bool(access.roles))


async def _signatory(access: AccessDep) -> Signer:
    return signer(access)


#: The caller of a delegable act: the role, or (checked by :meth:`Delegations.sign`) a
#: delegation. A service with its own refusals builds its own on :func:`signer`.
Signatory = Annotated[Signer, Depends(_signatory)]


@dataclass(frozen=True)
class Signature:
    """Who signed, and in whose name when by delegation (delegator's login, delegation id)."""

    signed_by: str
    by_delegation_of: str | None = None
    delegation_id: str | None = None


def applies(row: ReceivedDelegation, day: date) -> bool:
    """Whether ``row`` is in force on ``day`` (within its dates, before its revocation)."""
    revoked = row.revoked_on is not None and day >= row.revoked_on
    return row.valid_from <= day <= row.valid_to and not revoked


@dataclass(frozen=True)
class Delegations(Generic[D]):
    """One service's received délégations: its table, its acts, its own-right roles."""

    model: type[D]
    #: The acts of this service a delegation may cover (others in an event are dropped).
    acts: Collection[str]
    #: The roles that sign these acts in their own right (for the messages).
    own_roles: tuple[str, ...]

    def _needs(self) -> str:
        return " or ".join(self.own_roles)

    async def held(self, session: AsyncSession, *, login: str, act: str | None = None) -> list[D]:
        """The delegations to ``login`` (naming ``act``, if given), whatever their dates,
        oldest first."""
        stmt = (
            select(self.model)
            .where(col(self.model.delegate_login) == login)
            .order_by(col(self.model.valid_from), col(self.model.id))
        )
        rows = (await session.exec(stmt)).all()
        return [row for row in rows if act is None or act in row.acts]

    async def widen(
        self, session: AsyncSession, *, scope: OrgScope, signer: Signer, tree: OrgTree, act: str
    ) -> OrgScope:
        """``scope`` plus the units of the caller's delegations for ``act``: a delegate finds
        the records of the units they sign for (the date is checked when they sign: 403). A
        caller with neither the role nor any delegation for the act is refused here (403
        ``no-delegation``), before any record is looked up."""
        if scope.visible is None:
            return scope
        rows = await self.held(session, login=signer.login, act=act)
        if not signer.holds_role and not rows:
            raise NoDelegation(
                f"{act} needs the role {self._needs()} or a délégation de signature for that "
                f"act: {signer.login} has neither",
                extra={"act": str(act)},
            )
        units = tree.subtree_codes([code for row in rows for code in row.unit_codes])
        return OrgScope(scope.visible | units)

    async def sign(
        self,
        session: AsyncSession,
        *,
        signer: Signer,
        scope: OrgScope,
        act: str,
        unit_code: str,
        days: Iterable[date],
        tree: OrgTree,
    ) -> Signature:
        """The signature of ``act`` on ``unit_code``, dated ``days`` (the act's date and, when
        it bears an earlier one, the day it is signed): the caller's own when they hold the
        role for the unit, else by the delegation in force on every one of those days (403
        otherwise)."""
        who = signer.actor
        if signer.holds_role and scope.allows(unit_code):
            return Signature(signed_by=who)
        dates = sorted(set(days))
        for row in await self.held(session, login=signer.login, act=act):
            if all(
                applies(row, day) and unit_code in tree.subtree_codes(row.unit_codes, day)
                for day in dates
            ):
                return Signature(
                    signed_by=who, by_delegation_of=row.delegator_login, delegation_id=row.id
                )
        if signer.holds_role:
            scope.check(unit_code)  # 403 out-of-scope, as for any write outside one's units
        on = " and ".join(str(day) for day in dates)
        raise NoDelegation(
            f"{act} on {unit_code} needs the role {self._needs()} for the unit, or a "
            f"délégation de signature for that act and unit in force on {on}: {signer.login} "
            "has neither",
            extra={"act": str(act), "unit_code": unit_code, "dates": [str(d) for d in dates]},
        )

    async def record_granted(self, session: AsyncSession, data: GrantedDelegation) -> None:
        """Keep (or replace) hr's delegation, with the acts of this service only."""
        row = await session.get(self.model, data.delegation_id)
        if row is None:
            row = self.model(
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
        row.acts = [a for a in data.acts if a in self.acts]
        row.unit_codes = list(data.unit_codes)
        row.valid_from, row.valid_to = data.valid_from, data.valid_to
        row.legal_basis = data.legal_basis[:300] if data.legal_basis else None
        session.add(row)
        await session.flush()

    async def record_revoked(self, session: AsyncSession, data: RevokedDelegation) -> None:
        """End hr's delegation from ``revoked_on`` (the earliest revocation wins). A revocation
        that overtakes its grant (replayed from the dead letters) is kept on an empty row that
        covers no act until the grant fills it in, revocation included."""
        row = await session.get(self.model, data.delegation_id)
        if row is None:
            log.warning("delegation_revoked_before_granted", delegation_id=data.delegation_id)
            row = self.model(
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
