"""Authentication (bearer JWTs verified with PyJWT) and authorisation (roles, org-unit scope).

Routes take ``AccessDep`` (or ``Caller`` / ``Scope``): ``authorize`` admits the caller and
computes the org scope from the service's permission table (``sg_common.auth.permissions``);
the app factory builds the ``TokenVerifier``. Development tokens: ``sg_common.auth.dev`` and the
``sg-token`` command. Rules: ``docs/auth.md``.
"""

from sg_common.auth.deps import (
    ADMIN_ROLE,
    AUDITOR_ROLE,
    SAFE_METHODS,
    CurrentPrincipal,
    MissingRole,
    bearer_scheme,
    current_principal,
    role_check_passes,
)
from sg_common.auth.permissions import (
    AccessDep,
    Caller,
    Permission,
    PermissionTable,
    Reach,
    Scope,
    authorize,
)
from sg_common.auth.principal import Principal
from sg_common.auth.scope import OrgScope, OrgScopeSource, OutOfScope
from sg_common.auth.tokens import ASYMMETRIC_ALGORITHMS, TokenVerifier

__all__ = [
    "ADMIN_ROLE",
    "ASYMMETRIC_ALGORITHMS",
    "AUDITOR_ROLE",
    "SAFE_METHODS",
    "AccessDep",
    "Caller",
    "CurrentPrincipal",
    "MissingRole",
    "OrgScope",
    "OrgScopeSource",
    "OutOfScope",
    "Permission",
    "PermissionTable",
    "Principal",
    "Reach",
    "Scope",
    "TokenVerifier",
    "authorize",
    "bearer_scheme",
    "current_principal",
    "role_check_passes",
]
