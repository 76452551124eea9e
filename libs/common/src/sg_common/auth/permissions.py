"""The declarative permission model: one table per service, one dependency per request.

Each service declares a :class:`PermissionTable` (its ``permissions.py``, given to its
``ServiceDefinition``): for every operation (by operationId) the roles that may perform it and,
per role, the :class:`Reach` that role grants there. A route takes ``access: Access`` (or the
``Caller`` / ``Scope`` parts of it); :func:`authorize` finds the route's operation in the table
and computes the caller's org scope **only from the roles that authorise this operation**, so
a read-everywhere role never widens a write that another role authorised (issue #18).

The two SG-wide roles are stated once, here: ``sg.admin`` may perform every operation and
reaches every unit; ``sg.auditor`` may perform every read (GET, HEAD) and reaches every unit.
An operation marked ``sg_wide=False`` admits neither (confidential data). Both apply only when
listed in ``settings.sg_wide_roles``.

The table is also the single source of the OpenAPI ``x-sg-permissions`` extension and of the
role line of each operation's description (:func:`document_operation`), and of the tables of
``docs/auth.md`` (``scripts/permissions_doc.py``, ``make docs``). ``create_service_app`` checks
that every operation of the service's routers is in the table, goes through :func:`authorize`,
and that the table names no operation that does not exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.routing import APIRoute, iter_route_contexts

from sg_common.auth.deps import (
    ADMIN_ROLE,
    AUDITOR_ROLE,
    SAFE_METHODS,
    BearerCredentials,
    MissingRole,
    current_principal,
    sg_wide_roles_of,
)
from sg_common.auth.principal import Principal
from sg_common.auth.scope import OrgScope, OrgScopeSource


class Reach(StrEnum):
    """The org units a role reaches on one operation."""

    #: the caller's units (the token's ``units``) and their descendants in the org tree
    OWN_UNITS = "own-units"
    #: every unit
    EVERY_UNIT = "every-unit"


OWN_UNITS = Reach.OWN_UNITS
EVERY_UNIT = Reach.EVERY_UNIT

#: In a table, a grant to any authenticated caller (e.g. "my own agent record").
ANY_AUTHENTICATED = "*"

_READ_METHODS = {"get", "head"}


@dataclass(frozen=True)
class Permission:
    """Who may perform one operation: ``grants`` maps each role to the reach it grants."""

    grants: Mapping[str, Reach]
    #: False for confidential data: neither sg.admin nor sg.auditor passes.
    sg_wide: bool = True
    #: True for an act that may also be signed by delegation: a caller holding none of the
    #: roles is admitted with no role and an empty scope, and the service itself checks that
    #: they hold a delegation for the act (``sg_common.delegations``, 403 otherwise).
    delegable: bool = False

    def __post_init__(self) -> None:
        if not self.grants:
            raise ValueError("a permission grants at least one role")

    def roles(self) -> tuple[str, ...]:
        return tuple(self.grants)


@dataclass(frozen=True)
class Access:
    """What :func:`authorize` gives a route: the caller, the roles that authorised this
    operation and the org scope those roles (and only those) grant."""

    principal: Principal
    scope: OrgScope
    roles: frozenset[str] = field(default_factory=frozenset)


class PermissionTable(Mapping[str, Permission]):
    """operationId → :class:`Permission`, for one service."""

    def __init__(self, operations: Mapping[str, Permission | Mapping[str, Reach]]) -> None:
        self._operations: dict[str, Permission] = {
            operation_id: rule if isinstance(rule, Permission) else Permission(dict(rule))
            for operation_id, rule in operations.items()
        }

    def __getitem__(self, operation_id: str) -> Permission:
        return self._operations[operation_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._operations)

    def __len__(self) -> int:
        return len(self._operations)

    def roles(self) -> tuple[str, ...]:
        """Every role the table names (sorted), ``*`` excluded."""
        named = {role for rule in self._operations.values() for role in rule.grants}
        return tuple(sorted(named - {ANY_AUTHENTICATED}))


def grant(
    permission: Permission,
    principal: Principal,
    *,
    method: str,
    tree: OrgScopeSource,
    sg_wide_roles: Iterable[str],
) -> Access:
    """The caller's :class:`Access` to an operation, or 403 ``missing-role``.

    The scope is every unit when one of the authorising roles reaches every unit, else the
    caller's units and their descendants; roles that do not authorise the operation play no part.
    """
    sg_wide = frozenset(sg_wide_roles) if permission.sg_wide else frozenset()
    reaches: dict[str, Reach] = {
        role: reach for role, reach in permission.grants.items() if role in principal.roles
    }
    if ANY_AUTHENTICATED in permission.grants:
        reaches[ANY_AUTHENTICATED] = permission.grants[ANY_AUTHENTICATED]
    if ADMIN_ROLE in sg_wide and ADMIN_ROLE in principal.roles:
        reaches[ADMIN_ROLE] = EVERY_UNIT
    if AUDITOR_ROLE in sg_wide and AUDITOR_ROLE in principal.roles and method in SAFE_METHODS:
        reaches[AUDITOR_ROLE] = EVERY_UNIT
    if not reaches and permission.delegable:
        return Access(principal=principal, scope=OrgScope(frozenset()))
    if not reaches:
        required = list(permission.grants)
        raise MissingRole(
            f"this action needs one of the roles: {', '.join(required)}",
            extra={"required_roles": required},
        )
    if EVERY_UNIT in reaches.values():
        scope = OrgScope.everything()
    elif not principal.units:
        scope = OrgScope(frozenset())
    else:
        scope = OrgScope(frozenset(tree.subtree_codes(principal.units)))
    return Access(principal=principal, scope=scope, roles=frozenset(reaches))


def operation_id(route: APIRoute) -> str:
    """``<tag>-<function>``: the operationId of a route, stable and readable in clients."""
    tag = str(route.tags[0]) if route.tags else "default"
    return f"{tag}-{route.name}"


def route_operation_id(request: Request) -> str:
    """The operationId of the route serving ``request``."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        raise RuntimeError(f"no route for {request.method} {request.url.path}")
    return operation_id(route)


async def authorize(request: Request, credentials: BearerCredentials) -> Access:
    """The dependency: this operation's :class:`Access` from the service's permission table.

    Computed once per request and kept on ``request.state.access``. ``Caller`` and ``Scope``
    call it rather than depend on it: FastAPI solves a dependency's own sub-dependencies again
    for every dependant naming it, even when its value is cached, so a route taking both would
    solve the chain (access, principal, bearer) twice. Each is one node over the bearer scheme.
    """
    cached = getattr(request.state, "access", None)
    if isinstance(cached, Access):
        return cached
    principal = await current_principal(request, credentials)
    table: PermissionTable | None = getattr(request.app.state, "permissions", None)
    operation_id = route_operation_id(request)
    if table is None or operation_id not in table:
        raise RuntimeError(f"operation {operation_id} is not in the service's permission table")
    access = grant(
        table[operation_id],
        principal,
        method=request.method,
        tree=request.app.state.org_tree,
        sg_wide_roles=sg_wide_roles_of(request),
    )
    request.state.access = access
    return access


async def authorized_principal(request: Request, credentials: BearerCredentials) -> Principal:
    return (await authorize(request, credentials)).principal


async def authorized_scope(request: Request, credentials: BearerCredentials) -> OrgScope:
    return (await authorize(request, credentials)).scope


#: The dependencies that authorise through the table (``create_service_app`` checks that every
#: operation takes one of them).
AUTHORIZING = frozenset({authorize, authorized_principal, authorized_scope})

#: The caller's access to this operation (principal, authorising roles, scope).
AccessDep = Annotated[Access, Depends(authorize)]
#: The caller, once the table admits them to this operation.
Caller = Annotated[Principal, Depends(authorized_principal)]
#: The org scope the roles authorising this operation grant.
Scope = Annotated[OrgScope, Depends(authorized_scope)]


# --- documentation: OpenAPI and docs/auth.md --------------------------------------------------

_REACH_TEXT = {OWN_UNITS: "own units and their sub-units", EVERY_UNIT: "every unit"}


def operations(routers: Iterable[APIRouter]) -> Iterator[tuple[str, str, APIRoute]]:
    """``(operationId, path, route)`` of every documented route of ``routers``."""
    for router in routers:
        for context in iter_route_contexts(router.routes):
            route = context.original_route
            if isinstance(route, APIRoute) and route.include_in_schema:
                yield operation_id(route), context.path or route.path, route


def roles_text(permission: Permission, method: str) -> str:
    """Who may perform an operation, and over which units (for people to read)."""
    parts = [
        f"any authenticated caller ({_REACH_TEXT[reach]})"
        if role == ANY_AUTHENTICATED
        else f"`{role}` ({_REACH_TEXT[reach]})"
        for role, reach in permission.grants.items()
    ]
    if permission.sg_wide:
        parts.append(f"`{ADMIN_ROLE}`")
        if method.lower() in _READ_METHODS:
            parts.append(f"`{AUDITOR_ROLE}`")
    else:
        parts.append(f"not `{ADMIN_ROLE}` nor `{AUDITOR_ROLE}` (confidential)")
    text = ", ".join(parts)
    if permission.delegable:
        text += "; or a delegate of one of them (délégation de signature, checked by the service)"
    return text


def describe(permission: Permission, method: str) -> str:
    """The line an operation's description gets."""
    return f"**Roles:** {roles_text(permission, method)}."


def extension(permission: Permission, method: str) -> dict[str, Any]:
    """The ``x-sg-permissions`` member of an operation."""
    grants = {role: reach.value for role, reach in permission.grants.items()}
    if permission.sg_wide:
        grants[ADMIN_ROLE] = EVERY_UNIT.value
        if method.lower() in _READ_METHODS:
            grants[AUDITOR_ROLE] = EVERY_UNIT.value
    documented: dict[str, Any] = {"roles": grants, "sg_wide": permission.sg_wide}
    if permission.delegable:
        documented["delegable"] = True
    return documented


def document_operation(operation: dict[str, Any], permission: Permission, method: str) -> None:
    """Add the table's entry to an OpenAPI operation (description line and extension)."""
    line = describe(permission, method)
    description = operation.get("description")
    operation["description"] = f"{description}\n\n{line}" if description else line
    operation["x-sg-permissions"] = extension(permission, method)
