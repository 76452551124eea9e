"""Keys from a JWKS URL (an identity provider's ``certs`` endpoint) served on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from sg_common.auth import TokenVerifier
from sg_common.auth.dev import mint_token
from sg_common.settings import DEV_JWKS_FILE

from .support import (
    assert_401,
    call,
    count_calls,
    make_app,
    make_settings,
    public_jwk,
    rsa_pem,
)


@dataclass
class JwksServer:
    url: str
    keys: list[dict[str, Any]]
    fetches: list[str] = field(default_factory=list)


@pytest.fixture
def jwks_server() -> Iterator[JwksServer]:
    state = JwksServer(url="", keys=list(json.loads(DEV_JWKS_FILE.read_text())["keys"]))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.fetches.append(self.path)
            body = json.dumps({"keys": state.keys}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_port}/realms/insee/protocol/openid-connect/certs"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def remote_verifier(url: str) -> TokenVerifier:
    # jwks_file keeps its dev default: the URL must win over it.
    return TokenVerifier(make_settings(jwks_url=url), jwks_refresh_cooldown_seconds=0)


async def test_token_verified_through_the_url(jwks_server: JwksServer) -> None:
    app = make_app(verifier=remote_verifier(jwks_server.url))
    token = mint_token(subject="r", roles=["budget.officer"], units=["DPG"])
    response = await call(app, token)
    assert response.status_code == 200, response.text
    assert response.json()["sub"] == "r"
    assert (await call(app, token)).status_code == 200
    assert len(jwks_server.fetches) == 1  # cached


async def test_a_token_seen_before_skips_the_key_lookup_as_with_a_file(
    jwks_server: JwksServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #24: a request costs the same with a JWKS URL as with a file. The URL's key
    lookup runs in a worker thread (PyJWKClient is synchronous); a token verified once is
    trusted again from the verified-token cache, before any key is looked up."""
    verifier = remote_verifier(jwks_server.url)
    lookups = count_calls(verifier, "_signing_key", monkeypatch)
    app = make_app(verifier=verifier)
    token = mint_token(subject="r", roles=["budget.officer"], units=["DPG"])
    for _ in range(3):
        assert (await call(app, token)).status_code == 200
    assert len(lookups) == 1
    assert (await call(app, mint_token(subject="s"))).status_code == 200
    assert len(lookups) == 2  # another token: its own lookup, from the cached key set
    assert len(jwks_server.fetches) == 1


async def test_unknown_kid_refetches_once(jwks_server: JwksServer) -> None:
    app = make_app(verifier=remote_verifier(jwks_server.url))
    assert (await call(app, mint_token(subject="r"))).status_code == 200
    before = len(jwks_server.fetches)
    token = mint_token(subject="r", key_id="rotated-away")
    assert_401(await call(app, token), "signing key (kid) is unknown", token)
    assert len(jwks_server.fetches) == before + 1


async def test_rotated_key_is_picked_up(jwks_server: JwksServer) -> None:
    app = make_app(verifier=remote_verifier(jwks_server.url))
    assert (await call(app, mint_token(subject="r"))).status_code == 200
    new_pem = rsa_pem()
    jwks_server.keys.append(public_jwk(new_pem, "sg-rotated-2"))
    token = mint_token(subject="r", private_key_pem=new_pem, key_id="sg-rotated-2")
    assert (await call(app, token)).status_code == 200


async def test_refetch_is_rate_limited(jwks_server: JwksServer) -> None:
    verifier = TokenVerifier(make_settings(jwks_url=jwks_server.url))  # default cooldown
    app = make_app(verifier=verifier)
    assert (await call(app, mint_token(subject="r"))).status_code == 200
    for n in range(3):
        token = mint_token(subject="r", key_id=f"random-{n}")
        assert_401(await call(app, token), "unknown", token)
    assert len(jwks_server.fetches) == 1


async def test_identity_provider_down() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = make_app(verifier=remote_verifier(f"http://127.0.0.1:{port}/certs"))
    token = mint_token(subject="r")
    assert_401(await call(app, token), "signing keys are unavailable", token)


def test_only_http_urls() -> None:
    with pytest.raises(ValueError, match="jwks_url"):
        TokenVerifier(make_settings(jwks_url="file:///etc/passwd"))
