"""Bearer token verification with PyJWT: asymmetric signatures only, keys from a JWKS.

Keys come from an OIDC JWKS URL — ``SG_JWKS_URL`` (Keycloak's
``.../protocol/openid-connect/certs``), or the ``jwks_uri`` of ``SG_OIDC_ISSUER``'s discovery
document, read at the first token — through ``jwt.PyJWKClient``: the key set is cached
(``SG_JWKS_CACHE_S``), and an unknown ``kid`` triggers one refetch (at most one per
``SG_JWKS_REFRESH_COOLDOWN_S``, so random kids cannot hammer the identity provider). That refetch
is what makes key rotation work: a token signed with a new key is verified as soon as the
provider publishes it, and tokens signed with an older key verify as long as the provider still
publishes that key. Without a URL or issuer, keys come from a local JWKS file loaded once
(development). Precedence: ``jwks_url``, then ``oidc_issuer``, then ``jwks_file``; the expected
``iss`` is ``oidc_issuer`` when set, else ``jwt_issuer``.

Checks, in order: the header parses; ``alg`` is an accepted *asymmetric* algorithm (``none`` and
every ``HS*`` are refused before any key is looked up, even if configured — this closes the
"HS256 signed with the public key" confusion attack); the ``kid`` names a known signing key
whose algorithm is the token's; the signature; ``exp``, ``iat``, ``sub``, ``iss``, ``aud`` are
present; issuer and audience match; expiry and not-before hold, with the configured leeway.
Every failure is a 401 problem whose detail says what is wrong; the token itself is never
echoed or logged.

A token verified once is trusted again, for the same string, for ``SG_JWT_VERIFIED_CACHE_S``
(60 s) and never past its ``exp``: a service's callers send the same token with every request
until it expires, and the signature check is most of what authenticating a request costs. With
keys from a provider the bound is at most the key set's own cache (``SG_JWKS_CACHE_S``), so a
key withdrawn by the provider stops being trusted no later than it did without this cache. At most
``VERIFIED_CACHE_SIZE`` tokens are kept (least recently used out first); a refused token is
never cached.

Time is the wall clock (PyJWT's), not the suite's freezable clock: a frozen test clock must not
make real tokens expire.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

import jwt
import structlog
from jwt import PyJWK, PyJWKClient, PyJWKSet

from sg_common.auth.discovery import DiscoveryError, OidcDiscovery, oidc_discovery
from sg_common.auth.principal import Principal
from sg_common.errors import Unauthorized
from sg_common.settings import ServiceSettings

log = structlog.get_logger("sg_common.auth")

#: The only algorithms a token may use (public-key signatures).
ASYMMETRIC_ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)

#: Keycloak puts a ``typ`` claim in its tokens; only access tokens may call an API.
_NON_ACCESS_TOKEN_TYPES = frozenset({"ID", "Refresh", "Logout", "Offline"})

#: The most verified tokens a verifier remembers (a few hundred bytes each).
VERIFIED_CACHE_SIZE = 4096

#: RFC 6750: a presented but invalid token answers ``error="invalid_token"``.
_INVALID_TOKEN_CHALLENGE = 'Bearer realm="sg-suite", error="invalid_token"'  # noqa: S105


def _is_symmetric_or_none(alg: str) -> bool:
    return alg.strip().lower() == "none" or alg.strip().upper().startswith("HS")


def _invalid(detail: str) -> Unauthorized:
    return Unauthorized(detail, headers={"WWW-Authenticate": _INVALID_TOKEN_CHALLENGE})


def claim_at(claims: dict[str, Any], path: str) -> Any:
    """The value at a dotted ``path`` (``realm_access.roles``) of the claims, or ``None``."""
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _strings(value: Any) -> list[str]:
    """A claim holding a string or a list of strings, as a list (other items are dropped)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str) and item]
    return []


def load_jwks_file(path: Path) -> dict[str, PyJWK]:
    """The asymmetric signing keys of a JWKS file, by ``kid``."""
    try:
        data = json.loads(path.read_text("utf-8"))
        key_set = PyJWKSet.from_dict(data)
    except (OSError, ValueError, jwt.PyJWTError) as exc:
        raise ValueError(f"cannot load the JWKS file {path}: {exc}") from exc
    keys = {
        key.key_id: key
        for key in key_set.keys
        if key.key_id
        and key.public_key_use in ("sig", None)
        and key.algorithm_name in ASYMMETRIC_ALGORITHMS
    }
    if not keys:
        raise ValueError(f"the JWKS file {path} holds no asymmetric signing key with a kid")
    return keys


class TokenVerifier:
    """Verifies bearer tokens against the configured issuer, audience, algorithms and keys.

    Built once per app (``app.state.token_verifier``); safe to share between requests.
    """

    def __init__(
        self,
        settings: ServiceSettings,
        *,
        jwks_cache_seconds: float | None = None,
        jwks_refresh_cooldown_seconds: float | None = None,
        jwks_timeout_seconds: float = 5,
        discovery: OidcDiscovery | None = None,
    ) -> None:
        self.settings = settings
        self.issuer = settings.effective_jwt_issuer
        self._jwks_cache_seconds = (
            settings.jwks_cache_s if jwks_cache_seconds is None else jwks_cache_seconds
        )
        self._cooldown_seconds = (
            settings.jwks_refresh_cooldown_s
            if jwks_refresh_cooldown_seconds is None
            else jwks_refresh_cooldown_seconds
        )
        self._jwks_timeout_seconds = jwks_timeout_seconds
        self._discovery = discovery or oidc_discovery
        self._discovery_lock = asyncio.Lock()
        self._discovery_failed_at: float | None = None
        ignored = [a for a in settings.jwt_algorithms if a not in ASYMMETRIC_ALGORITHMS]
        if ignored:
            log.warning("jwt_algorithms_ignored", ignored=ignored, reason="not asymmetric")
        self.algorithms = frozenset(settings.jwt_algorithms) & ASYMMETRIC_ALGORITHMS
        if not self.algorithms:
            raise ValueError(
                "jwt_algorithms holds no accepted asymmetric algorithm "
                f"(one of {', '.join(sorted(ASYMMETRIC_ALGORITHMS))})"
            )
        #: token → (its principal, the wall-clock time until which it is trusted unchecked)
        self._verified: OrderedDict[str, tuple[Principal, float]] = OrderedDict()
        # never longer than a fetched key set is kept: a withdrawn key stops being trusted
        # within SG_JWKS_CACHE_S, as it did before the cache (a key file does not change)
        self._verified_cache_s = (
            min(settings.jwt_verified_cache_s, self._jwks_cache_seconds)
            if settings.jwks_url or settings.oidc_issuer
            else settings.jwt_verified_cache_s
        )
        self._jwks_client: PyJWKClient | None = None
        self._file_keys: dict[str, PyJWK] = {}
        if settings.jwks_url:
            self._jwks_client = self._client_for(settings.jwks_url, "jwks_url")
        elif settings.oidc_issuer:
            pass  # the JWKS URL comes from discovery, at the first token (_discovered_client)
        elif settings.jwks_file is not None:
            self._file_keys = load_jwks_file(settings.jwks_file)
        else:
            log.warning("no_signing_keys", reason="none of jwks_url, oidc_issuer, jwks_file is set")

    def _client_for(self, url: str, what: str) -> PyJWKClient:
        options: dict[str, Any] = {}
        if "cooldown_duration" in inspect.signature(PyJWKClient).parameters:  # recent PyJWT only
            options["cooldown_duration"] = self._cooldown_seconds
        try:
            return PyJWKClient(
                url,
                cache_jwk_set=True,
                lifespan=self._jwks_cache_seconds,
                # No per-kid LRU cache: it never expires, so a key removed from the JWKS
                # (compromised, rotated away) would stay trusted.
                cache_keys=False,
                timeout=self._jwks_timeout_seconds,
                **options,
            )
        except jwt.PyJWKClientError as exc:
            raise ValueError(f"invalid {what}: {exc}") from exc

    async def _discovered_client(self, issuer: str) -> PyJWKClient:
        """The JWKS client of the issuer's discovered ``jwks_uri`` (401 while unavailable)."""
        async with self._discovery_lock:
            if self._jwks_client is not None:
                return self._jwks_client
            failed_at = self._discovery_failed_at
            if failed_at is not None and time.monotonic() - failed_at < self._cooldown_seconds:
                raise _invalid("the identity provider's signing keys are unavailable")
            try:
                metadata = await self._discovery.metadata(issuer)
                self._jwks_client = self._client_for(metadata.jwks_uri, "discovered jwks_uri")
            except (DiscoveryError, ValueError) as exc:
                self._discovery_failed_at = time.monotonic()
                log.warning("oidc_discovery_unavailable", issuer=issuer, error=str(exc))
                raise _invalid("the identity provider's signing keys are unavailable") from exc
            log.info("oidc_discovered", issuer=issuer, jwks_uri=metadata.jwks_uri)
            return self._jwks_client

    async def _signing_key(self, kid: str) -> PyJWK:
        client = self._jwks_client
        if client is None and self.settings.oidc_issuer and not self.settings.jwks_url:
            client = await self._discovered_client(self.settings.oidc_issuer)
        if client is None:
            key = self._file_keys.get(kid)
            if key is None:
                raise _invalid("the token's signing key (kid) is unknown")
            return key
        try:
            # PyJWKClient refetches the key set once when the kid is not in the cached set.
            return await asyncio.to_thread(client.get_signing_key, kid)
        except jwt.PyJWKClientConnectionError as exc:
            log.warning("jwks_unavailable", url=client.uri, error=str(exc))
            raise _invalid("the identity provider's signing keys are unavailable") from exc
        except jwt.PyJWKClientError as exc:
            raise _invalid("the token's signing key (kid) is unknown") from exc
        except jwt.PyJWTError as exc:  # a malformed key set
            log.warning("jwks_invalid", url=client.uri, error=str(exc))
            raise _invalid("the identity provider's signing keys are unusable") from exc

    async def verify(self, token: str) -> Principal:
        """The principal of a valid token; otherwise a 401 problem saying what is wrong."""
        now = time.time()
        cached = self._verified.get(token)
        if cached is not None:
            if now < cached[1]:
                self._verified.move_to_end(token)
                return cached[0]
            del self._verified[token]
        try:
            principal = await self._verify(token)
        except Unauthorized as exc:
            log.info("token_rejected", reason=exc.detail)
            raise
        if self._verified_cache_s > 0:
            # the claims were just verified: reading exp again needs no signature check
            expires = jwt.decode(token, options={"verify_signature": False})["exp"]
            self._verified[token] = (principal, min(float(expires), now + self._verified_cache_s))
            if len(self._verified) > VERIFIED_CACHE_SIZE:
                self._verified.popitem(last=False)
        return principal

    async def _verify(self, token: str) -> Principal:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise _invalid("the bearer token is malformed") from exc
        alg = header.get("alg")
        if not isinstance(alg, str) or _is_symmetric_or_none(alg) or alg not in self.algorithms:
            shown = repr(alg)[:32] if isinstance(alg, str) else "missing"
            raise _invalid(f"unsupported token algorithm {shown}")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise _invalid("the token has no key id (kid) header")
        key = await self._signing_key(kid)
        if key.algorithm_name != alg:
            raise _invalid(f"token algorithm {alg} does not match its signing key")
        claims = self._decode(token, key, alg)
        if claims.get("typ") in _NON_ACCESS_TOKEN_TYPES:
            raise _invalid("only access tokens are accepted (this is an ID or refresh token)")
        subject = claims["sub"]
        if not isinstance(subject, str) or not subject.strip():
            raise _invalid("the token's subject (sub) is empty")
        name = claims.get("name") or claims.get("preferred_username")
        login = claim_at(claims, self.settings.jwt_login_claim)
        return Principal(
            subject=subject,
            login=login.strip() if isinstance(login, str) and login.strip() else subject,
            name=name if isinstance(name, str) else None,
            roles=frozenset(_strings(claim_at(claims, self.settings.jwt_roles_claim))),
            units=tuple(dict.fromkeys(_strings(claim_at(claims, self.settings.jwt_units_claim)))),
            token_id=claims.get("jti") if isinstance(claims.get("jti"), str) else None,
            email=claims.get("email") if isinstance(claims.get("email"), str) else None,
        )

    def _decode(self, token: str, key: PyJWK, alg: str) -> dict[str, Any]:
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key=key,
                algorithms=[alg],
                audience=self.settings.jwt_audience,
                issuer=self.issuer,
                leeway=self.settings.jwt_leeway_seconds,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise _invalid("the token has expired") from exc
        except jwt.ImmatureSignatureError as exc:
            raise _invalid("the token is not valid yet (nbf or iat in the future)") from exc
        except jwt.InvalidAudienceError as exc:
            raise _invalid("the token has the wrong audience (aud)") from exc
        except jwt.InvalidIssuerError as exc:
            raise _invalid("the token has the wrong issuer (iss)") from exc
        except jwt.MissingRequiredClaimError as exc:
            raise _invalid(f"the token lacks the required {exc.claim!r} claim") from exc
        except jwt.InvalidSignatureError as exc:
            raise _invalid("the token has a bad signature") from exc
        except jwt.InvalidAlgorithmError as exc:
            raise _invalid(f"unsupported token algorithm {alg!r}") from exc
        except jwt.DecodeError as exc:
            raise _invalid("the bearer token is malformed") from exc
        except jwt.PyJWTError as exc:
            raise _invalid("the bearer token is invalid") from exc
        return claims
