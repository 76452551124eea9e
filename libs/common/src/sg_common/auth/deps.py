"""FastAPI dependencies: the current principal; the SG-wide roles and the role check rule.

The app factory puts the verifier at ``app.state.token_verifier``, the org tree at
``app.state.org_tree`` and the settings at ``app.state.settings``.

* ``CurrentPrincipal``: the verified caller; 401 problem when the bearer token is missing or
  invalid. OpenAPI declares the ``bearerAuth`` security scheme on every route using it.
* Two SG-wide roles (when listed in ``settings.sg_wide_roles``) are special: ``sg.admin``
  passes every role check; ``sg.auditor`` passes on safe methods (GET, HEAD) only.
  ``role_check_passes`` states that rule for code that checks a role itself.

Routes authorise through their service's permission table (``sg_common.auth.permissions``:
``authorize``, ``AccessDep``, ``Caller``, ``Scope``), never through a role check of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sg_common.audit.context import note_actor
from sg_common.auth.principal import Principal
from sg_common.auth.tokens import TokenVerifier
from sg_common.errors import Forbidden, Unauthorized

#: Passes every role check (if listed in ``settings.sg_wide_roles``).
ADMIN_ROLE = "sg.admin"
#: Passes every role check on safe methods only (if listed in ``settings.sg_wide_roles``).
AUDITOR_ROLE = "sg.auditor"
#: Methods that read only: the auditor's role bypass applies to these.
SAFE_METHODS = frozenset({"GET", "HEAD"})
_DEFAULT_SG_WIDE_ROLES = (ADMIN_ROLE, AUDITOR_ROLE)

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="bearerAuth",
    description=(
        "An access token (JWT) from the identity provider, sent as "
        "`Authorization: Bearer <token>`. In development: `TOKEN=$(sg-token --role ... "
        "--unit ...)`."
    ),
)


class MissingRole(Forbidden):
    """The caller holds none of the roles the action needs."""

    type_slug = "missing-role"
    title = "Missing role"


def sg_wide_roles_of(request: Request) -> Iterable[str]:
    """The SG-wide roles this app honours (``settings.sg_wide_roles``, default both)."""
    settings = getattr(request.app.state, "settings", None)
    roles: Iterable[str] | None = getattr(settings, "sg_wide_roles", None)
    return _DEFAULT_SG_WIDE_ROLES if roles is None else roles


#: The request's ``Authorization`` header as a dependency (OpenAPI's ``bearerAuth`` scheme).
BearerCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]


async def current_principal(request: Request, credentials: BearerCredentials) -> Principal:
    """The verified caller of this request (also stored on ``request.state.principal``)."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise Unauthorized("missing bearer token")
    verifier: TokenVerifier = request.app.state.token_verifier
    principal = await verifier.verify(credentials.credentials)
    request.state.principal = principal
    note_actor(principal.subject)  # the audit trail's "who"
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def role_check_passes(
    principal: Principal, roles: Iterable[str], *, method: str, sg_wide_roles: Iterable[str]
) -> bool:
    """Whether ``principal`` may act when one of ``roles`` is required (see module doc)."""
    if principal.has_any_role(*roles):
        return True
    sg_wide = frozenset(sg_wide_roles)
    if ADMIN_ROLE in sg_wide and ADMIN_ROLE in principal.roles:
        return True
    return AUDITOR_ROLE in sg_wide and AUDITOR_ROLE in principal.roles and method in SAFE_METHODS
