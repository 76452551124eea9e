"""Authentication (JWT via PyJWT) and authorisation (roles, org-unit scope)."""

from sg_common.auth.deps import (
    ADMIN_ROLE,
    AUDITOR_ROLE,
    CurrentPrincipal,
    MissingRole,
    ScopeDep,
    bearer_scheme,
    current_principal,
    org_scope,
    require_roles,
)
from sg_common.auth.principal import Principal
from sg_common.auth.scope import OrgScope, OrgScopeSource, OutOfScope
from sg_common.auth.tokens import TokenVerifier

__all__ = [
    "ADMIN_ROLE",
    "AUDITOR_ROLE",
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
]
