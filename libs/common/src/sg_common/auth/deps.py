"""FastAPI dependencies: the current principal, role checks and the org scope.

* ``CurrentPrincipal``: 401 problem when the bearer token is missing or invalid.
* ``require_roles("budget.officer", ...)``: 403 ``missing-role`` unless the caller holds one.
  ``sg.admin`` passes every role check; ``sg.auditor`` passes on safe methods (GET, HEAD) only.
* ``org_scope("budget.controller")``: the caller's scope; the listed roles see every unit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sg_common.auth.principal import Principal
from sg_common.auth.scope import OrgScope
from sg_common.auth.tokens import TokenVerifier
from sg_common.errors import Forbidden, Unauthorized
from sg_common.settings import ServiceSettings

ADMIN_ROLE = "sg.admin"
AUDITOR_ROLE = "sg.auditor"

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="bearerAuth",
    description="A JWT from the identity provider (development: `make token`).",
)


class MissingRole(Forbidden):
    type_slug = "missing-role"
    title = "Missing role"


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> Principal:
    """The verified caller of this request."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("missing bearer token")
    verifier: TokenVerifier = request.app.state.token_verifier
    principal = await verifier.verify(credentials.credentials)
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_roles(*roles: str) -> Callable[..., Awaitable[Principal]]:
    """A dependency that lets through callers holding one of ``roles``."""

    async def dependency(request: Request, principal: CurrentPrincipal) -> Principal:
        if principal.has_any_role(*roles, ADMIN_ROLE):
            return principal
        if AUDITOR_ROLE in principal.roles and request.method in ("GET", "HEAD"):
            return principal
        raise MissingRole(f"this action needs one of the roles: {', '.join(roles)}")

    dependency.__name__ = f"require_{'_or_'.join(r.replace('.', '_') for r in roles)}"
    return dependency


def org_scope(*all_seeing_roles: str) -> Callable[..., Awaitable[OrgScope]]:
    """A dependency giving the caller's org scope; ``all_seeing_roles`` see every unit."""

    async def dependency(request: Request, principal: CurrentPrincipal) -> OrgScope:
        settings: ServiceSettings = request.app.state.settings
        return OrgScope.for_principal(
            principal,
            request.app.state.org_tree,
            sg_wide_roles=settings.sg_wide_roles,
            all_seeing_roles=all_seeing_roles,
        )

    return dependency


ScopeDep = Annotated[OrgScope, Depends(org_scope())]
