"""Minting development tokens with the repository's dev key (refused outside development)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

import jwt

from sg_common.settings import (
    DEV_ISSUER,
    DEV_KEY_ID,
    DEV_PRIVATE_KEY_FILE,
    ServiceSettings,
)


def mint_token(
    *,
    subject: str,
    roles: Iterable[str] = (),
    units: Iterable[str] = (),
    name: str | None = None,
    ttl_seconds: int = 3600,
    issuer: str = DEV_ISSUER,
    audience: str = "sg-suite",
    private_key_pem: bytes | None = None,
    key_id: str = DEV_KEY_ID,
    algorithm: str = "RS256",
    issued_at: float | None = None,
    extra_claims: Mapping[str, Any] | None = None,
) -> str:
    """A signed JWT (wall-clock time, not the suite's frozen clock)."""
    now = int(issued_at if issued_at is not None else time.time())
    claims: dict[str, Any] = {
        "sub": subject,
        "iss": issuer,
        "aud": audience,
        "iat": now,
        "nbf": now,
        "exp": now + ttl_seconds,
        "jti": uuid.uuid4().hex,
        "roles": list(roles),
        "units": list(units),
    }
    if name:
        claims["name"] = name
    claims.update(extra_claims or {})
    key = private_key_pem if private_key_pem is not None else DEV_PRIVATE_KEY_FILE.read_bytes()
    return jwt.encode(claims, key, algorithm=algorithm, headers={"kid": key_id})


def mint_dev_token(
    settings: ServiceSettings,
    *,
    subject: str,
    roles: Iterable[str],
    units: Iterable[str],
    name: str | None = None,
    ttl_seconds: int = 3600,
) -> str:
    """A dev token for these settings' issuer and audience; only in development."""
    if not settings.is_development:
        raise RuntimeError(f"refusing to mint a development token with env={settings.env.value}")
    return mint_token(
        subject=subject,
        roles=roles,
        units=units,
        name=name,
        ttl_seconds=ttl_seconds,
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
    )
