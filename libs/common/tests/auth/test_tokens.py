"""Token verification through a small FastAPI app: every way a token can be wrong is a 401."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import jwt
import pytest

from sg_common.auth import TokenVerifier
from sg_common.auth.dev import mint_token
from sg_common.errors import Unauthorized
from sg_common.settings import DEV_KEY_ID, DEV_PRIVATE_KEY_FILE
from sg_common.testing.forge import dev_public_pem

from .support import (
    assert_401,
    call,
    claims,
    count_calls,
    ec_pem,
    forge_hs256,
    make_app,
    make_settings,
    rsa_pem,
    unsigned,
)


async def test_valid_token_gives_the_principal() -> None:
    token = mint_token(
        subject="alice",
        name="Alice Martin",
        roles=["budget.officer", "hr.reader"],
        units=["DPG", "DRH"],
    )
    response = await call(make_app(), token)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["sub"] == "alice"
    assert body["name"] == "Alice Martin"
    assert body["roles"] == ["budget.officer", "hr.reader"]
    assert body["units"] == ["DPG", "DRH"]
    assert body["token_id"]
    assert body["stored"] is True


@pytest.mark.parametrize(
    ("kwargs", "detail"),
    [
        pytest.param({"ttl_seconds": -120}, "expired", id="expired"),
        pytest.param({"audience": "another-app"}, "wrong audience", id="audience"),
        pytest.param({"issuer": "https://evil.example"}, "wrong issuer", id="issuer"),
        pytest.param({"key_id": "unknown-kid"}, "signing key (kid) is unknown", id="kid"),
        pytest.param({"private_key_pem": rsa_pem()}, "bad signature", id="other-key"),
        # "now" is set when the test runs, not when it is collected: a run longer than ten
        # minutes made a token minted "600 s ahead" at collection time valid again.
        pytest.param({"now": 600.0}, "not valid yet", id="future"),
    ],
)
async def test_invalid_tokens_are_401(kwargs: dict[str, Any], detail: str) -> None:
    if "now" in kwargs:
        kwargs = {**kwargs, "now": time.time() + kwargs["now"]}
    token = mint_token(subject="mallory", roles=["sg.admin"], **kwargs)
    response = await call(make_app(), token)
    assert_401(response, detail, token)
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


async def test_alg_none_is_refused() -> None:
    token = unsigned(claims())
    assert_401(await call(make_app(), token), "unsupported token algorithm 'none'", token)


async def test_hs256_signed_with_the_public_key_is_refused() -> None:
    """The classic confusion attack: HMAC keyed with the (public) RSA key's PEM."""
    token = forge_hs256(dev_public_pem(), claims())
    assert_401(await call(make_app(), token), "unsupported token algorithm 'HS256'", token)


async def test_hs256_is_refused_even_when_configured() -> None:
    settings = make_settings(jwt_algorithms=["RS256", "HS256", "none"])
    token = forge_hs256(dev_public_pem(), claims())
    assert_401(await call(make_app(settings), token), "'HS256'", token)
    assert_401(await call(make_app(settings), unsigned(claims())), "'none'")
    assert TokenVerifier(settings).algorithms == {"RS256"}


def test_no_asymmetric_algorithm_configured_fails_at_start() -> None:
    with pytest.raises(ValueError, match="no accepted asymmetric algorithm"):
        TokenVerifier(make_settings(jwt_algorithms=["HS256"]))


async def test_algorithm_must_match_the_key() -> None:
    # An ES256 token claiming the dev RSA key's kid: ES256 is accepted, but not with that key.
    token = mint_token(subject="m", private_key_pem=ec_pem(), algorithm="ES256")
    assert_401(await call(make_app(), token), "does not match its signing key", token)


async def test_algorithm_not_in_settings_is_refused() -> None:
    token = mint_token(subject="m", algorithm="RS512")
    assert_401(await call(make_app(), token), "unsupported token algorithm 'RS512'", token)


@pytest.mark.parametrize("missing", ["exp", "iat", "sub", "iss", "aud"])
async def test_required_claims(missing: str) -> None:
    payload = claims()
    del payload[missing]
    token = jwt.encode(
        payload, DEV_PRIVATE_KEY_FILE.read_bytes(), algorithm="RS256", headers={"kid": DEV_KEY_ID}
    )
    assert_401(await call(make_app(), token), f"lacks the required '{missing}' claim", token)


async def test_missing_header_is_401_with_challenge() -> None:
    response = await call(make_app(), None)
    assert_401(response, "missing bearer token")
    assert response.headers["www-authenticate"] == 'Bearer realm="sg-suite"'


async def test_other_scheme_is_missing_bearer() -> None:
    response = await call(make_app(), None, headers={"Authorization": "Basic YWxpY2U6cHc="})
    assert_401(response, "missing bearer token")


@pytest.mark.parametrize("garbage", ["not-a-jwt", "a.b.c", "e30.e30.", "%%%.%%%.%%%", "...."])
async def test_malformed_tokens(garbage: str) -> None:
    response = await call(make_app(), None, headers={"Authorization": f"Bearer {garbage}"})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_missing_kid() -> None:
    token = jwt.encode(claims(), DEV_PRIVATE_KEY_FILE.read_bytes(), algorithm="RS256")
    assert_401(await call(make_app(), token), "no key id (kid)", token)


async def test_id_tokens_are_refused() -> None:
    token = mint_token(subject="k", extra_claims={"typ": "ID"})
    assert_401(await call(make_app(), token), "only access tokens", token)


async def test_odd_claim_types_do_not_crash() -> None:
    token = mint_token(
        subject="odd",
        extra_claims={"name": 42, "roles": ["budget.officer", 7, {"x": 1}], "units": "DPG"},
    )
    response = await call(make_app(), token)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["name"] is None
    assert body["roles"] == ["budget.officer"]
    assert body["units"] == ["DPG"]


async def test_leeway() -> None:
    # Issued an hour and ten seconds ago for an hour: expired 10 s ago.
    token = mint_token(subject="a", now=time.time() - 3610, ttl_seconds=3600)
    lenient = make_settings(jwt_leeway_seconds=30)
    strict = make_settings(jwt_leeway_seconds=0)
    assert (await call(make_app(lenient), token)).status_code == 200
    assert_401(await call(make_app(strict), token), "expired", token)


async def test_keycloak_roles_claim_path() -> None:
    keycloak = make_settings(jwt_roles_claim="realm_access.roles")
    token = mint_token(
        subject="k",
        roles=["ignored.here"],
        units=["DPG"],
        extra_claims={"realm_access": {"roles": ["hr.officer", "offline_access"]}},
    )
    body = (await call(make_app(keycloak), token)).json()
    assert body["roles"] == ["hr.officer", "offline_access"]
    assert body["units"] == ["DPG"]


async def test_keycloak_list_audience_and_username() -> None:
    token = mint_token(
        subject="k",
        extra_claims={"aud": ["account", "sg-suite"], "preferred_username": "kbrun"},
    )
    body = (await call(make_app(), token)).json()
    assert body["name"] == "kbrun"


async def test_login_is_the_configured_claim_else_the_subject() -> None:
    """A real provider's ``sub`` is opaque: the person's directory login comes from
    ``preferred_username`` (or the claim ``jwt_login_claim`` names), else ``sub``."""
    verifier = TokenVerifier(make_settings())
    opaque = "b3a9d6e2-0002-4c1e-9a10-000000000002"
    named = await verifier.verify(
        mint_token(subject=opaque, extra_claims={"preferred_username": "alice.bre"})
    )
    assert (named.subject, named.login) == (opaque, "alice.bre")
    for extra in ({}, {"preferred_username": "  "}, {"preferred_username": 7}):
        bare = await verifier.verify(mint_token(subject=opaque, extra_claims=extra))
        assert bare.login == opaque, extra
    custom = TokenVerifier(make_settings(jwt_login_claim="ext.uid"))
    nested = await custom.verify(
        mint_token(
            subject=opaque,
            extra_claims={"preferred_username": "alice.bre", "ext": {"uid": "amartin"}},
        )
    )
    assert nested.login == "amartin"


async def test_verifier_directly() -> None:
    verifier = TokenVerifier(make_settings())
    principal = await verifier.verify(mint_token(subject="s", roles="budget.officer", units="DPG"))
    assert principal.roles == frozenset({"budget.officer"})
    assert principal.units == ("DPG",)
    with pytest.raises(Unauthorized) as caught:
        await verifier.verify("x.y.z")
    assert caught.value.detail == "the bearer token is malformed"


def test_bad_jwks_file_fails_at_start(tmp_path: Any) -> None:
    path = tmp_path / "jwks.json"
    path.write_text('{"keys": [{"kty": "oct", "k": "c2VjcmV0", "kid": "hmac"}]}')
    with pytest.raises(ValueError, match="no asymmetric signing key"):
        TokenVerifier(make_settings(jwks_file=path))
    with pytest.raises(ValueError, match="cannot load"):
        TokenVerifier(make_settings(jwks_file=tmp_path / "absent.json"))


async def test_a_verified_token_is_trusted_again_without_a_second_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    verifier = TokenVerifier(make_settings())
    calls = count_calls(verifier, "_verify", monkeypatch)
    token = mint_token(subject="s", roles="budget.officer", units="DPG")
    first = await verifier.verify(token)
    again = await verifier.verify(token)
    assert again == first
    assert calls == [token]  # one signature check for two requests
    other = mint_token(subject="t", roles="hr.officer", units="DRH")
    assert (await verifier.verify(other)).subject == "t"
    assert calls == [token, other]


async def test_the_cache_never_outlives_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    verifier = TokenVerifier(make_settings(jwt_leeway_seconds=0))
    calls = count_calls(verifier, "_verify", monkeypatch)
    token = mint_token(subject="s", ttl_seconds=2)  # iat is whole seconds: 1 to 2 s left
    await verifier.verify(token)
    expires = jwt.decode(token, options={"verify_signature": False})["exp"]
    await asyncio.sleep(expires - time.time() + 0.2)  # past exp: the cached entry is dropped
    with pytest.raises(Unauthorized) as caught:
        await verifier.verify(token)
    assert caught.value.detail == "the token has expired"
    assert calls == [token, token]


async def test_the_cache_can_be_switched_off_and_refusals_are_never_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    verifier = TokenVerifier(make_settings(jwt_verified_cache_s=0))
    calls = count_calls(verifier, "_verify", monkeypatch)
    token = mint_token(subject="s")
    await verifier.verify(token)
    await verifier.verify(token)
    assert calls == [token, token]
    cached = TokenVerifier(make_settings())
    wrong_audience = mint_token(subject="s", audience="another-app")
    for _ in range(2):
        with pytest.raises(Unauthorized, match="audience"):
            await cached.verify(wrong_audience)
    assert not cached._verified


async def test_the_cache_keeps_the_most_recently_used_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sg_common.auth.tokens.VERIFIED_CACHE_SIZE", 2)
    verifier = TokenVerifier(make_settings())
    a, b, c = (mint_token(subject=s) for s in "abc")
    for token in (a, b, a, c):  # a used again after b: b is the least recently used
        await verifier.verify(token)
    assert list(verifier._verified) == [a, c]
