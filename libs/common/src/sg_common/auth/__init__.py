"""Authentication (bearer JWTs verified with PyJWT) and authorisation (roles, org-unit scope).

Routes use ``CurrentPrincipal``, ``require_roles(...)`` and ``org_scope(...)`` / ``ScopeDep``;
the app factory builds the ``TokenVerifier``. Development tokens: ``sg_common.auth.dev`` and the
``sg-token`` command. Rules: ``docs/auth.md``.
"""

from sg_common.auth.deps import (
    ADMIN_ROLE,
    AUDITOR_ROLE,
    SAFE_METHODS,
    CurrentPrincipal,
    MissingRole,
    ScopeDep,
    bearer_scheme,
    current_principal,
    org_scope,
    require_roles,
    role_check_passes,
)
from sg_common.auth.principal import Principal
from sg_common.auth.scope import OrgScope, OrgScopeSource, OutOfScope
from sg_common.auth.tokens import ASYMMETRIC_ALGORITHMS, TokenVerifier

__all__ = [
    "ADMIN_ROLE",
    "ASYMMETRIC_ALGORITHMS",
    "AUDITOR_ROLE",
    "SAFE_METHODS",
    "CurrentPrincipal",
    "MissingRole",
    "OrgScope",
    "OrgScopeSource",
    "OutOfScope",
    "Principal",
    "ScopeDep",
    "TokenVerifier",
    "bearer_scheme",
    "current_principal",
    "org_scope",
    "require_roles",
    "role_check_passes",
]
