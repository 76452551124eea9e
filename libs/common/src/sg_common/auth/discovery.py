"""OpenID Connect discovery: an issuer's ``/.well-known/openid-configuration``.

With ``SG_OIDC_ISSUER`` set, a service finds there the JWKS URL it verifies tokens with and the
token endpoint of its own client credentials. The document's ``issuer`` must be exactly the
configured one (OpenID Connect Discovery 1.0, section 4.3), else it is refused. A good answer is
cached (``ttl_seconds``); a failure is not, so the next call tries again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx
import structlog

log = structlog.get_logger("sg_common.auth.discovery")

WELL_KNOWN = "/.well-known/openid-configuration"


class DiscoveryError(RuntimeError):
    """The issuer's discovery document is unreachable, malformed or for another issuer."""


@dataclass(frozen=True)
class ProviderMetadata:
    """What the suite uses of an OpenID provider's metadata."""

    issuer: str
    jwks_uri: str
    token_endpoint: str | None = None
    #: where people sign in (authorization code flow) and sign out (RP-initiated logout)
    authorization_endpoint: str | None = None
    end_session_endpoint: str | None = None


def discovery_url(issuer: str) -> str:
    return issuer.rstrip("/") + WELL_KNOWN


class OidcDiscovery:
    """Fetches and caches discovery documents, per issuer."""

    def __init__(
        self,
        *,
        ttl_seconds: float = 3600,
        timeout_seconds: float = 5,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.ttl_seconds = ttl_seconds
        self.timeout_seconds = timeout_seconds
        self.transport = transport
        # No lock: this object is process-wide and outlives event loops (an asyncio.Lock binds
        # to one); two concurrent first fetches are harmless, the last one is kept.
        self._cache: dict[str, tuple[ProviderMetadata, float]] = {}

    async def metadata(self, issuer: str) -> ProviderMetadata:
        """The issuer's metadata; raises :class:`DiscoveryError`."""
        cached = self._cache.get(issuer)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        metadata = await self._fetch(issuer)
        self._cache[issuer] = (metadata, time.monotonic() + self.ttl_seconds)
        return metadata

    async def _fetch(self, issuer: str) -> ProviderMetadata:
        url = discovery_url(issuer)
        try:
            async with httpx.AsyncClient(
                timeout=self.timeout_seconds, transport=self.transport
            ) as http:
                response = await http.get(url, headers={"Accept": "application/json"})
            response.raise_for_status()
            document = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("oidc_discovery_failed", url=url, error=repr(exc))
            raise DiscoveryError(f"cannot read the OIDC discovery document {url}: {exc}") from exc
        if not isinstance(document, dict):
            raise DiscoveryError(f"the OIDC discovery document {url} is not a JSON object")
        if document.get("issuer") != issuer:
            log.warning("oidc_discovery_wrong_issuer", url=url, issuer=document.get("issuer"))
            raise DiscoveryError(
                f"the OIDC discovery document {url} is for issuer {document.get('issuer')!r}, "
                f"not {issuer!r}"
            )
        jwks_uri = document.get("jwks_uri")
        if not isinstance(jwks_uri, str) or not jwks_uri.startswith(("https://", "http://")):
            raise DiscoveryError(f"the OIDC discovery document {url} has no usable jwks_uri")

        def endpoint(name: str) -> str | None:
            value = document.get(name)
            return value if isinstance(value, str) else None

        return ProviderMetadata(
            issuer=issuer,
            jwks_uri=jwks_uri,
            token_endpoint=endpoint("token_endpoint"),
            authorization_endpoint=endpoint("authorization_endpoint"),
            end_session_endpoint=endpoint("end_session_endpoint"),
        )


#: The process-wide discovery cache (the verifier and the service token cache share it).
oidc_discovery = OidcDiscovery()
