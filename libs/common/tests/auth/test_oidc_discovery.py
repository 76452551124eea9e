"""SG_OIDC_ISSUER: keys found through the issuer's discovery document, against the real dev IdP
(oidc-provider), including key rotation; and discovery's refusals (another issuer, down)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sg_common.auth import TokenVerifier
from sg_common.auth.discovery import DiscoveryError, OidcDiscovery
from sg_common.errors import Unauthorized
from sg_common.events.broker import free_port
from sg_common.settings import InsecureSettingsError, ServiceSettings
from sg_common.testing.oidc import DevIdp, running_dev_idp


def settings(**values: Any) -> ServiceSettings:
    return ServiceSettings(_env_file=None, **values)


async def refused(verifier: TokenVerifier, token: str) -> str:
    with pytest.raises(Unauthorized) as caught:
        await verifier.verify(token)
    return str(caught.value.detail)


async def test_keys_and_issuer_come_from_discovery(oidc_provider: DevIdp) -> None:
    verifier = TokenVerifier(settings(oidc_issuer=oidc_provider.issuer))
    principal = await verifier.verify(oidc_provider.service_token("it"))
    assert principal.subject == "it-svc"
    assert principal.roles == frozenset({"it.service"})
    assert principal.units == ("SG",)
    user = await verifier.verify(oidc_provider.user_token("hugo.drh").access_token)
    assert user.name == "Hugo Lefèvre"
    assert (user.roles, user.units) == (frozenset({"hr.manager"}), ("DRH",))


async def test_jwks_url_wins_over_discovery_and_the_issuer_is_still_checked(
    oidc_provider: DevIdp,
) -> None:
    jwks_uri = oidc_provider.discovery()["jwks_uri"]
    verifier = TokenVerifier(
        settings(oidc_issuer="https://elsewhere.example/realms/sg", jwks_url=jwks_uri)
    )
    detail = await refused(verifier, oidc_provider.service_token("it"))
    assert "issuer" in detail
    plain = TokenVerifier(settings(jwks_url=jwks_uri, jwt_issuer=oidc_provider.issuer))
    assert (await plain.verify(oidc_provider.service_token("it"))).subject == "it-svc"


@pytest.fixture(scope="module")
def rotating_provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevIdp]:
    """A provider of this module's own: rotating keys would disturb other tests."""
    with running_dev_idp(tmp_path_factory.mktemp("rotating-idp")) as idp:
        yield idp


async def test_rotation_new_tokens_verify_old_ones_while_their_key_is_published(
    rotating_provider: DevIdp,
) -> None:
    idp = rotating_provider
    verifier = TokenVerifier(
        settings(oidc_issuer=idp.issuer, jwks_refresh_cooldown_s=0, jwks_cache_s=1)
    )
    before = idp.service_token("facilities")
    assert (await verifier.verify(before)).subject == "facilities-svc"

    rotated = idp.rotate_keys()
    assert len(rotated["published"]) == 2
    after = idp.service_token("facilities")
    assert (await verifier.verify(after)).subject == "facilities-svc"  # unknown kid: refetched
    assert (await verifier.verify(before)).subject == "facilities-svc"  # old key still published

    idp.retire_keys()
    await asyncio.sleep(1.1)  # the cached key set expires (jwks_cache_s=1)
    assert "signing key (kid) is unknown" in await refused(verifier, before)
    assert (await verifier.verify(after)).subject == "facilities-svc"


async def test_an_unknown_kid_refetches_at_most_once_per_cooldown(
    rotating_provider: DevIdp,
) -> None:
    idp = rotating_provider
    verifier = TokenVerifier(settings(oidc_issuer=idp.issuer, jwks_refresh_cooldown_s=60))
    assert await verifier.verify(idp.service_token("hr"))
    idp.rotate_keys()
    # the key set was fetched a moment ago: no refetch yet, the new key is not known
    assert "signing key (kid) is unknown" in await refused(verifier, idp.service_token("hr"))


def discovery_answering(document: dict[str, Any]) -> OidcDiscovery:
    return OidcDiscovery(
        transport=httpx.MockTransport(lambda _: httpx.Response(200, json=document))
    )


async def test_a_discovery_document_for_another_issuer_is_refused() -> None:
    discovery = discovery_answering(
        {"issuer": "https://evil.example", "jwks_uri": "https://evil.example/jwks"}
    )
    with pytest.raises(DiscoveryError, match="evil"):
        await discovery.metadata("https://idp.example/realms/sg")
    verifier = TokenVerifier(
        settings(oidc_issuer="https://idp.example/realms/sg"), discovery=discovery
    )
    from sg_common.auth.dev import mint_token

    token = mint_token(subject="x", issuer="https://idp.example/realms/sg")
    assert "unavailable" in await refused(verifier, token)


async def test_discovery_is_cached() -> None:
    calls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(
            200,
            json={
                "issuer": "https://idp.example",
                "jwks_uri": "https://idp.example/jwks",
                "token_endpoint": "https://idp.example/token",
            },
        )

    discovery = OidcDiscovery(transport=httpx.MockTransport(answer))
    for _ in range(3):
        metadata = await discovery.metadata("https://idp.example")
    assert metadata.token_endpoint == "https://idp.example/token"
    assert calls == ["https://idp.example/.well-known/openid-configuration"]


async def test_an_unreachable_issuer_answers_401_not_500() -> None:
    issuer = f"http://127.0.0.1:{free_port()}"
    verifier = TokenVerifier(settings(oidc_issuer=issuer))
    from sg_common.auth.dev import mint_token

    assert "unavailable" in await refused(verifier, mint_token(subject="x", issuer=issuer))


def test_outside_development_an_issuer_is_enough() -> None:
    configured = settings(
        env="production", secret_key="a-production-secret", oidc_issuer="https://idp.example/sg"
    )
    assert configured.effective_jwt_issuer == "https://idp.example/sg"
    with pytest.raises(InsecureSettingsError, match="SG_JWKS_FILE is the development"):
        settings(env="production", secret_key="a-production-secret", jwt_issuer="https://x")


async def test_the_service_token_endpoint_comes_from_discovery(oidc_provider: DevIdp) -> None:
    from sg_common.service_clients import ServiceTokens

    configured = settings(service_name="production", **oidc_provider.settings_for("production"))
    assert configured.oidc_token_url is None
    token = await ServiceTokens().token(configured)
    principal = await TokenVerifier(configured).verify(token)
    assert (principal.subject, principal.roles) == (
        "production-svc",
        frozenset({"production.service"}),
    )
