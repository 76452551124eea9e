"""Délégations de signature: recorded by the DRH, published to the services where acts are
signed (budget-svc, facilities-svc), never deleted (a revocation ends one from a date).

hr knows agents and their units, not the roles of the identity provider: the delegator's role
is recorded as the decision states it, and checked against what hr knows. A role delegates
only the acts it signs, those of its own service (``budget.*`` for the ordonnateur's roles,
``facilities.*`` for the purchasing office's). A budget officer delegates only within their
managing unit (they commit for their units only); the DPG's budget manager, the DSG's
facilities manager and a buyer for any unit (their acts reach every unit).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, String, cast, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent
from hr_svc.agents.service import InvalidPeriod
from hr_svc.delegations import events
from hr_svc.delegations.models import Delegation
from hr_svc.delegations.schemas import DelegationCreate, DelegationRevocation, DelegatorRole
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.org import OrgTree
from sg_common.repository import Repository

#: delegations, in scope by their delegator's unit
DELEGATIONS = Repository(Delegation, what="delegation", unit="delegator_unit_code")
#: the agents a delegation names, by the part they play (a 404 says which)
DELEGATORS = Repository(Agent, what="delegator", unit=None)
DELEGATES = Repository(Agent, what="delegate", unit=None)


class SelfDelegation(BusinessRuleViolation):
    type_slug = "self-delegation"
    title = "A person cannot delegate their signature to themselves"


class SubdelegationForbidden(BusinessRuleViolation):
    type_slug = "subdelegation-forbidden"
    title = "A delegate cannot delegate again what they sign by delegation"


class AgentWithoutLogin(BusinessRuleViolation):
    type_slug = "agent-without-login"
    title = "The agent has no login: their signature could not be recognised"


class AgentNotInService(BusinessRuleViolation):
    type_slug = "agent-not-in-service"
    title = "The delegator and the delegate are in service over the whole period"


class OutsideDelegatorUnits(BusinessRuleViolation):
    type_slug = "outside-delegator-units"
    title = "An officer delegates only for their own unit and its sub-units"


class ActNotOfRole(BusinessRuleViolation):
    type_slug = "act-not-of-role"
    title = "A role delegates only the acts it signs: those of its own service"


class RetroactiveDelegation(BusinessRuleViolation):
    type_slug = "retroactive-delegation"
    title = "A delegation applies from the day it is recorded, never before"


class DelegationRevoked(BusinessRuleViolation):
    type_slug = "delegation-revoked"
    title = "The delegation was already revoked"


def ends_on(row: Delegation) -> date:
    """The last day ``row`` applies (its end, or the day before its revocation)."""
    if row.revoked_on is None:
        return row.valid_to
    return min(row.valid_to, date.fromordinal(row.revoked_on.toordinal() - 1))


async def _agent(session: AsyncSession, agent_id: int, agents: Repository[Agent]) -> Agent:
    """The delegator or delegate (404 naming its part), who must have a login."""
    agent = await agents.get(session, agent_id)
    what = agents.what
    if not agent.login:
        raise AgentWithoutLogin(f"{what} {agent_id} has no login", extra={"agent_id": agent_id})
    return agent


def _in_service(agent: Agent, start: date, end: date, what: str) -> None:
    if agent.hired_on > start or (agent.left_on is not None and agent.left_on < end):
        raise AgentNotInService(
            f"{what} {agent.id} is not in service from {start} to {end} "
            f"(hired {agent.hired_on}, left {agent.left_on})",
            extra={"agent_id": agent.id},
        )


async def grant(
    session: AsyncSession, *, data: DelegationCreate, tree: OrgTree, actor: str
) -> Delegation:
    """Record a délégation de signature and publish ``delegation.granted``."""
    if data.valid_to < data.valid_from:
        raise InvalidPeriod(f"valid_to {data.valid_to} is before valid_from {data.valid_from}")
    if data.valid_from < today():
        raise RetroactiveDelegation(
            f"valid_from {data.valid_from} is before today ({today()}): a delegation gives "
            "no power to sign acts already signed"
        )
    if data.delegator_id == data.delegate_id:
        raise SelfDelegation(f"agent {data.delegator_id} is both delegator and delegate")
    delegator = await _agent(session, data.delegator_id, DELEGATORS)
    delegate = await _agent(session, data.delegate_id, DELEGATES)
    for agent, what in ((delegator, "delegator"), (delegate, "delegate")):
        _in_service(agent, data.valid_from, data.valid_to, what)
    acts = list(dict.fromkeys(a.value for a in data.acts))
    foreign = [act for act in acts if act.split(".", 1)[0] != data.delegator_role.service]
    if foreign:
        raise ActNotOfRole(
            f"{data.delegator_role.value} does not sign {', '.join(foreign)}",
            extra={"acts": foreign, "delegator_role": data.delegator_role.value},
        )
    units = list(dict.fromkeys(data.unit_codes))
    for code in units:
        tree.require(code, data.valid_from)
    if data.delegator_role == DelegatorRole.budget_officer:
        own = tree.subtree_codes([delegator.unit_code], data.valid_from)
        outside = [code for code in units if code not in own]
        if outside:
            raise OutsideDelegatorUnits(
                f"{', '.join(outside)} outside {delegator.unit_code}, the delegator's unit",
                extra={"units": outside, "delegator_unit_code": delegator.unit_code},
            )
    held = await covering(
        session, delegate_id=delegator.id, start=data.valid_from, end=data.valid_to
    )
    again = sorted({a for row in held for a in row.acts} & set(acts))
    if again:
        raise SubdelegationForbidden(
            f"agent {delegator.id} signs {', '.join(again)} by delegation over that period: "
            "a delegate cannot delegate it again",
            extra={"acts": again, "delegations": [row.id for row in held]},
        )
    row = Delegation(
        delegator_id=data.delegator_id,
        delegator_role=data.delegator_role.value,
        delegator_unit_code=delegator.unit_code,
        delegate_id=data.delegate_id,
        acts=acts,
        unit_codes=units,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        legal_basis=data.legal_basis,
        created_at=utcnow(),
        created_by=actor[:100],
    )
    session.add(row)
    await session.flush()
    await events.delegation_granted(session, row, delegator=delegator, delegate=delegate)
    return row


async def covering(
    session: AsyncSession, *, delegate_id: int | None, start: date, end: date
) -> list[Delegation]:
    """Delegations to ``delegate_id`` that apply on some day of ``start``..``end``."""
    stmt = select(Delegation).where(
        Delegation.delegate_id == delegate_id,
        col(Delegation.valid_from) <= end,
        col(Delegation.valid_to) >= start,
    )
    return [row for row in (await session.exec(stmt)).all() if ends_on(row) >= start]


def list_filters(
    tree: OrgTree, *, unit_code: str | None, act: str | None, as_of: date | None
) -> list[ColumnElement[bool]]:
    """SQL conditions of the list: delegations covering ``unit_code`` (naming it or an
    ancestor), naming ``act``, applying on ``as_of`` (within their dates, not yet revoked)."""
    conditions: list[ColumnElement[bool]] = []
    if unit_code is not None:
        conditions.append(covers_unit_clause(tree, unit_code, as_of))
    if act is not None:
        conditions.append(names_act_clause(act))
    if as_of is not None:
        revoked = col(Delegation.revoked_on)
        conditions += [
            col(Delegation.valid_from) <= as_of,
            col(Delegation.valid_to) >= as_of,
            or_(revoked.is_(None), revoked > as_of),
        ]
    return conditions


def covers_unit_clause(
    tree: OrgTree, unit_code: str, as_of: date | None = None
) -> ColumnElement[bool]:
    """SQL: the delegation names ``unit_code`` or one of its ancestors (as of ``as_of``,
    default today; its JSON list of codes holds the quoted code)."""
    codes = [unit_code, *(u.code for u in tree.ancestors(unit_code, as_of))]
    text = cast(col(Delegation.unit_codes), String)
    return or_(*(text.like(f'%"{code}"%') for code in codes))


def names_act_clause(act: str) -> ColumnElement[bool]:
    """SQL: the delegation's JSON list of acts holds ``act``."""
    return cast(col(Delegation.acts), String).like(f'%"{act}"%')


async def revoke(
    session: AsyncSession, *, row: Delegation, data: DelegationRevocation
) -> Delegation:
    """End a delegation from ``revoked_on`` (never retroactive) and publish it."""
    if row.revoked_on is not None:
        raise DelegationRevoked(f"delegation {row.id} was revoked from {row.revoked_on}")
    if data.revoked_on < today():
        raise RetroactiveDelegation(
            f"revoked_on {data.revoked_on} is before today ({today()}): acts signed under the "
            "delegation stay valid"
        )
    if data.revoked_on > row.valid_to:
        raise InvalidPeriod(
            f"the delegation already ends on {row.valid_to}, before {data.revoked_on}"
        )
    DELEGATIONS.update(row, revoked_on=data.revoked_on, revocation_reason=data.reason)
    session.add(row)
    await session.flush()
    await events.delegation_revoked(session, row)
    return row


async def end_on_departure(session: AsyncSession, *, agent: Agent) -> list[Delegation]:
    """Revoke, from the day after ``agent.left_on``, every delegation the agent gives or
    receives that would still apply after it, and publish each revocation.

    A departure is a fact, not the delegator's decision: the revocation may be in the past when
    the departure is recorded late (unlike a revocation by decision, never retroactive). It
    changes no act already signed — the consuming services never undo one — but they refuse
    any act dated after the departure from then on. A delegation not yet started is revoked
    too (it never applies); one already revoked later is revoked earlier (consumers keep the
    earliest date).
    """
    assert agent.left_on is not None
    end = agent.left_on
    revoked_on = date.fromordinal(end.toordinal() + 1)
    stmt = select(Delegation).where(
        or_(col(Delegation.delegator_id) == agent.id, col(Delegation.delegate_id) == agent.id),
        col(Delegation.valid_to) > end,
    )
    ended: list[Delegation] = []
    for row in (await session.exec(stmt.order_by(col(Delegation.id)))).all():
        if ends_on(row) <= end:
            continue
        DELEGATIONS.update(
            row,
            revoked_on=revoked_on,
            revocation_reason=f"departure of agent {agent.id} on {end}",
        )
        session.add(row)
        ended.append(row)
    await session.flush()
    for row in ended:
        await events.delegation_revoked(session, row)
    return ended
