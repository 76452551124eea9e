"""Token verification, roles and scope through a small FastAPI app."""

import http.server
import json
import threading
import time
from collections.abc import Iterator
from typing import Annotated, Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import Depends, FastAPI
from sqlalchemy import Column, MetaData, String, Table, create_engine, insert, select

from sg_common.auth import CurrentPrincipal, OrgScope, Principal, TokenVerifier, require_roles
from sg_common.auth.cli import main as sg_token
from sg_common.auth.dev import mint_token
from sg_common.errors import install_error_handlers
from sg_common.org import OrgTree
from sg_common.settings import DEV_JWKS_FILE, ServiceSettings


def make_app(settings: ServiceSettings) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)
    app.state.settings = settings
    app.state.token_verifier = TokenVerifier(settings)
    app.state.org_tree = OrgTree.default()

    @app.get("/me")
    async def me(principal: CurrentPrincipal) -> dict[str, Any]:
        return {"sub": principal.subject, "roles": sorted(principal.roles)}

    Officer = Annotated[Principal, Depends(require_roles("budget.officer"))]

    @app.get("/officer")
    async def officer_read(p: Officer) -> dict[str, str]:
        return {"sub": p.subject}

    @app.post("/officer")
    async def officer_write(p: Officer) -> dict[str, str]:
        return {"sub": p.subject}

    return app


@pytest.fixture
def settings() -> ServiceSettings:
    return ServiceSettings(_env_file=None)


async def call(
    app: FastAPI, token: str | None, method: str = "GET", path: str = "/me"
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        return await c.request(method, path, headers=headers)


def assert_401(response: httpx.Response, detail: str) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert detail in response.json()["detail"]


async def test_valid_token(settings: ServiceSettings) -> None:
    token = mint_token(subject="alice", roles=["budget.officer"], units=["DPG"])
    response = await call(make_app(settings), token)
    assert response.json() == {"sub": "alice", "roles": ["budget.officer"]}


@pytest.mark.parametrize(
    ("kwargs", "detail"),
    [
        ({"ttl_seconds": -60}, "expired"),
        ({"audience": "another-app"}, "audience"),
        ({"issuer": "https://evil.example"}, "issuer"),
        ({"key_id": "unknown-kid"}, "signing key is unknown"),
    ],
)
async def test_invalid_tokens(settings: ServiceSettings, kwargs: dict, detail: str) -> None:
    token = mint_token(subject="mallory", **kwargs)
    assert_401(await call(make_app(settings), token), detail)


async def test_token_signed_with_another_key(settings: ServiceSettings) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = other.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert_401(
        await call(make_app(settings), mint_token(subject="m", private_key_pem=pem)), "signature"
    )


async def test_alg_none_refused(settings: ServiceSettings) -> None:
    now = int(time.time())
    claims = {
        "sub": "m",
        "iss": settings.jwt_issuer,
        "aud": "sg-suite",
        "iat": now,
        "exp": now + 60,
    }
    token = jwt.encode(claims, None, algorithm="none", headers={"kid": "sg-dev-1"})
    assert_401(await call(make_app(settings), token), "algorithm 'none'")


async def test_hs256_with_public_key_refused(settings: ServiceSettings) -> None:
    public_jwk = json.loads(DEV_JWKS_FILE.read_text())["keys"][0]
    public_pem = jwt.PyJWK(public_jwk).key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    now = int(time.time())
    claims = {
        "sub": "m",
        "iss": settings.jwt_issuer,
        "aud": "sg-suite",
        "iat": now,
        "exp": now + 60,
    }
    # PyJWT refuses to HMAC-sign with a PEM key: forge the token by hand, as an attacker would.
    import base64
    import hashlib
    import hmac

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "sg-dev-1"}).encode())
    body = b64(json.dumps(claims).encode())
    sig = b64(hmac.new(public_pem, f"{head}.{body}".encode(), hashlib.sha256).digest())
    assert_401(await call(make_app(settings), f"{head}.{body}.{sig}"), "algorithm 'HS256'")


async def test_missing_and_malformed(settings: ServiceSettings) -> None:
    assert_401(await call(make_app(settings), None), "missing bearer token")
    assert_401(await call(make_app(settings), "not-a-jwt"), "malformed")


async def test_leeway_is_bounded(settings: ServiceSettings) -> None:
    token = mint_token(subject="a", ttl_seconds=-10)
    lenient = ServiceSettings(_env_file=None, jwt_leeway_seconds=30)
    strict = ServiceSettings(_env_file=None, jwt_leeway_seconds=0)
    assert (await call(make_app(lenient), token)).status_code == 200
    assert_401(await call(make_app(strict), token), "expired")
    with pytest.raises(ValueError, match="less than or equal to 300"):
        ServiceSettings(_env_file=None, jwt_leeway_seconds=3600)


async def test_keycloak_roles_claim(settings: ServiceSettings) -> None:
    keycloak = ServiceSettings(_env_file=None, jwt_roles_claim="realm_access.roles")
    token = mint_token(subject="k", extra_claims={"realm_access": {"roles": ["hr.officer"]}})
    assert (await call(make_app(keycloak), token)).json()["roles"] == ["hr.officer"]


async def test_roles(settings: ServiceSettings) -> None:
    app = make_app(settings)
    other = mint_token(subject="o", roles=["hr.officer"])
    denied = await call(app, other, path="/officer")
    assert denied.status_code == 403
    assert denied.json()["type"].endswith("/missing-role")
    assert "budget.officer" in denied.json()["detail"]
    admin = mint_token(subject="a", roles=["sg.admin"])
    assert (await call(app, admin, "POST", "/officer")).status_code == 200
    auditor = mint_token(subject="u", roles=["sg.auditor"])
    assert (await call(app, auditor, "GET", "/officer")).status_code == 200
    assert (await call(app, auditor, "POST", "/officer")).status_code == 403


def test_scope_filters_in_sql() -> None:
    tree = OrgTree.default()
    metadata = MetaData()
    records = Table(
        "records", metadata, Column("id", String, primary_key=True), Column("unit_code", String)
    )
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for unit in ("DPG", "DPG-CPF", "DRH", "DR-BRE"):
            conn.execute(insert(records).values(id=unit, unit_code=unit))

    def visible(principal: Principal, **kwargs: Any) -> set[str]:
        scope = OrgScope.for_principal(
            principal, tree, sg_wide_roles=["sg.admin", "sg.auditor"], **kwargs
        )
        with engine.connect() as conn:
            return {
                row.id for row in conn.execute(scope.apply(select(records), records.c.unit_code))
            }

    assert visible(Principal(subject="x", units=("DPG",))) == {"DPG", "DPG-CPF"}
    assert visible(Principal(subject="x", units=("SG",))) == {"DPG", "DPG-CPF", "DRH"}
    assert visible(Principal(subject="x", roles=frozenset({"sg.auditor"}))) == {
        "DPG",
        "DPG-CPF",
        "DRH",
        "DR-BRE",
    }
    assert visible(
        Principal(subject="x", roles=frozenset({"budget.controller"})),
        all_seeing_roles=["budget.controller"],
    ) == {"DPG", "DPG-CPF", "DRH", "DR-BRE"}
    assert visible(Principal(subject="x")) == set()


def test_cli_mints_a_verifiable_token(
    capsys: pytest.CaptureFixture[str], settings: ServiceSettings
) -> None:
    assert sg_token(["--role", "budget.officer,hr.officer", "--unit", "DPG", "--sub", "alice"]) == 0
    token = capsys.readouterr().out.strip()
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["roles"] == ["budget.officer", "hr.officer"]
    assert claims["units"] == ["DPG"]


def test_cli_refuses_outside_development(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SG_ENV", "production")
    assert sg_token(["--role", "sg.admin", "--unit", "SG"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "refusing" in captured.err


@pytest.fixture
def jwks_server() -> Iterator[str]:
    body = DEV_JWKS_FILE.read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/certs"
    finally:
        server.shutdown()


async def test_jwks_url(jwks_server: str) -> None:
    remote = ServiceSettings(_env_file=None, jwks_url=jwks_server, jwks_file=None)
    app = make_app(remote)
    assert (await call(app, mint_token(subject="r"))).status_code == 200
    assert_401(await call(app, mint_token(subject="r", key_id="rotated-away")), "unknown")
