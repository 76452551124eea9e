"""Bearer token verification with PyJWT: asymmetric signatures only, keys from a JWKS.

Keys come from an OIDC JWKS URL (Keycloak's ``.../protocol/openid-connect/certs``), cached and
refetched once on an unknown ``kid``, or from a local JWKS file (development). Issuer, audience,
expiry (with a bounded leeway) are checked; ``alg: none`` and every HMAC algorithm are refused
before any key is used, which closes the "HS256 signed with the public key" confusion attack.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import jwt
from jwt import PyJWK, PyJWKClient, PyJWKSet

from sg_common.auth.principal import Principal
from sg_common.errors import Unauthorized
from sg_common.settings import ServiceSettings

ASYMMETRIC = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)


def _claim(claims: dict[str, Any], path: str) -> Any:
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []


class TokenVerifier:
    """Verifies bearer tokens against the configured issuer, audience and keys."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.algorithms = [a for a in settings.jwt_algorithms if a in ASYMMETRIC]
        self._jwks_client = (
            PyJWKClient(settings.jwks_url, cache_keys=True, lifespan=300)
            if settings.jwks_url
            else None
        )
        self._file_keys: dict[str, PyJWK] | None = None

    def _keys_from_file(self) -> dict[str, PyJWK]:
        if self._file_keys is None:
            if self.settings.jwks_file is None:
                raise Unauthorized("no signing keys are configured")
            data = json.loads(self.settings.jwks_file.read_text("utf-8"))
            self._file_keys = {k.key_id: k for k in PyJWKSet.from_dict(data).keys if k.key_id}
        return self._file_keys

    async def _key(self, kid: str) -> PyJWK:
        if self._jwks_client is not None:
            client = self._jwks_client
            try:
                return await asyncio.to_thread(client.get_signing_key, kid)
            except jwt.PyJWKClientError as exc:
                raise Unauthorized("the token's signing key is unknown") from exc
        key = self._keys_from_file().get(kid)
        if key is None:
            raise Unauthorized("the token's signing key is unknown")
        return key

    async def verify(self, token: str) -> Principal:
        """The principal of a valid token, or a 401 problem saying what is wrong."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError as exc:
            raise Unauthorized("the bearer token is malformed") from exc
        alg = header.get("alg")
        if alg not in self.algorithms:
            raise Unauthorized(f"token algorithm {alg!r} is not accepted")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise Unauthorized("the token has no key id (kid)")
        key = await self._key(kid)
        try:
            claims = jwt.decode(
                token,
                key=key.key,
                algorithms=[str(alg)],
                audience=self.settings.jwt_audience,
                issuer=self.settings.jwt_issuer,
                leeway=self.settings.jwt_leeway_seconds,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("the token has expired") from exc
        except jwt.InvalidAudienceError as exc:
            raise Unauthorized("the token is not meant for this audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise Unauthorized("the token was issued by an unknown issuer") from exc
        except jwt.InvalidSignatureError as exc:
            raise Unauthorized("the token's signature is invalid") from exc
        except jwt.MissingRequiredClaimError as exc:
            raise Unauthorized(f"the token lacks the {exc.claim!r} claim") from exc
        except jwt.PyJWTError as exc:
            raise Unauthorized("the bearer token is invalid") from exc
        return Principal(
            subject=str(claims["sub"]),
            name=claims.get("name") or claims.get("preferred_username"),
            roles=frozenset(_strings(_claim(claims, self.settings.jwt_roles_claim))),
            units=tuple(_strings(_claim(claims, self.settings.jwt_units_claim))),
            token_id=claims.get("jti"),
        )
