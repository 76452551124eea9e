"""Minting development tokens with the repository's dev key (refused outside development).

``mint_token`` signs any claims with any key (tests use it to forge bad tokens too);
``mint_dev_token`` is the guarded entry point used by ``sg-token``: it refuses unless
``settings.env`` is development, and follows the settings' issuer, audience and claim paths so
the token verifies against a service configured the same way.

Times are wall-clock (``time.time()``), like the verifier's, not the suite's freezable clock.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import jwt

from sg_common.settings import (
    DEV_ISSUER,
    DEV_KEY_ID,
    DEV_PRIVATE_KEY_FILE,
    ServiceSettings,
)

DEFAULT_AUDIENCE = "sg-suite"


def _as_list(values: Iterable[str] | str) -> list[str]:
    # A bare string is one value, not its characters.
    return [values] if isinstance(values, str) else list(values)


def _set_claim(claims: dict[str, Any], path: str, value: Any) -> None:
    """Put ``value`` at a dotted ``path`` (``realm_access.roles``) of ``claims``."""
    *parents, leaf = path.split(".")
    node = claims
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[leaf] = value


def mint_token(
    *,
    subject: str,
    roles: Iterable[str] | str = (),
    units: Iterable[str] | str = (),
    name: str | None = None,
    ttl_seconds: int = 3600,
    issuer: str = DEV_ISSUER,
    audience: str = DEFAULT_AUDIENCE,
    private_key_pem: bytes | None = None,
    key_id: str = DEV_KEY_ID,
    algorithm: str = "RS256",
    now: datetime | float | None = None,
    extra_claims: Mapping[str, Any] | None = None,
    roles_claim: str = "roles",
    units_claim: str = "units",
) -> str:
    """A signed JWT.

    Defaults: the repository's dev key (kid ``sg-dev-1``), the dev issuer, audience
    ``sg-suite``, issued now and valid ``ttl_seconds`` (negative for an already expired one).
    ``now`` pins the issue time (a datetime or epoch seconds). ``extra_claims`` are merged last
    and may override anything.
    """
    if isinstance(now, datetime):
        issued_at = int(now.timestamp())
    else:
        issued_at = int(now if now is not None else time.time())
    claims: dict[str, Any] = {
        "sub": subject,
        "iss": issuer,
        "aud": audience,
        "iat": issued_at,
        "nbf": issued_at,
        "exp": issued_at + ttl_seconds,
        "jti": uuid.uuid4().hex,
    }
    _set_claim(claims, roles_claim, _as_list(roles))
    _set_claim(claims, units_claim, _as_list(units))
    if name:
        claims["name"] = name
    claims.update(extra_claims or {})
    key = private_key_pem if private_key_pem is not None else DEV_PRIVATE_KEY_FILE.read_bytes()
    return jwt.encode(claims, key, algorithm=algorithm, headers={"kid": key_id})


def mint_dev_token(
    settings: ServiceSettings,
    *,
    subject: str,
    roles: Iterable[str] | str,
    units: Iterable[str] | str,
    name: str | None = None,
    ttl_seconds: int = 3600,
    extra_claims: Mapping[str, Any] | None = None,
) -> str:
    """A dev-key token for these settings' issuer, audience and claim paths.

    Raises ``RuntimeError`` unless ``settings.env`` is development: the dev key is public, so
    its tokens prove nothing anywhere else.
    """
    if not settings.is_development:
        raise RuntimeError(
            f"refusing to mint a development token with env={settings.env.value}; "
            "development tokens are for SG_ENV=development only"
        )
    if ttl_seconds <= 0:
        raise ValueError("ttl_seconds must be positive")
    return mint_token(
        subject=subject,
        roles=roles,
        units=units,
        name=name,
        ttl_seconds=ttl_seconds,
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        extra_claims=extra_claims,
        roles_claim=settings.jwt_roles_claim,
        units_claim=settings.jwt_units_claim,
    )
