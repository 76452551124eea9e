"""Helpers of the auth tests: a fake org tree, a tiny app using the dependencies, key makers."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterable
from datetime import date
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from fastapi import FastAPI, Request
from sqlalchemy import Column, Engine, MetaData, String, Table, create_engine, insert, select

from sg_common.auth import CurrentPrincipal, TokenVerifier
from sg_common.auth.permissions import (
    ANY_AUTHENTICATED,
    EVERY_UNIT,
    OWN_UNITS,
    Caller,
    PermissionTable,
    Scope,
    operation_id,
)
from sg_common.errors import install_error_handlers
from sg_common.settings import DEV_ISSUER, ServiceSettings

PROBLEM = "application/problem+json"

#: DG ─┬─ SG ─┬─ DPG ── DPG-CPF
#:     │      └─ DRH
#:     └─ DR-BRE
PARENTS: dict[str, str | None] = {
    "DG": None,
    "SG": "DG",
    "DPG": "SG",
    "DPG-CPF": "DPG",
    "DRH": "SG",
    "DR-BRE": "DG",
}


class FakeTree:
    """Duck-typed ``OrgScopeSource``: the given units plus their descendants."""

    def __init__(self, parents: dict[str, str | None] | None = None) -> None:
        self.parents = parents or PARENTS
        self.calls: list[tuple[tuple[str, ...], date | None]] = []

    def subtree_codes(self, codes: Iterable[str], as_of: date | None = None) -> frozenset[str]:
        wanted = tuple(codes)
        self.calls.append((wanted, as_of))
        found = {c for c in wanted if c in self.parents}
        grew = True
        while grew:
            children = {c for c, p in self.parents.items() if p in found and c not in found}
            found |= children
            grew = bool(children)
        return frozenset(found)


def record_table() -> tuple[Engine, Table]:
    """A SQLite table with one row per unit of the fake tree (``id`` = unit code)."""
    metadata = MetaData()
    records = Table(
        "records", metadata, Column("id", String, primary_key=True), Column("unit_code", String)
    )
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for unit in PARENTS:
            conn.execute(insert(records).values(id=f"rec-{unit}", unit_code=unit))
    return engine, records


#: The test app's table: officers and managers at /officer; anyone signed in elsewhere (own
#: units), and a controller reaching every unit at /controlled-records.
OFFICERS = {"budget.officer": OWN_UNITS, "budget.manager": EVERY_UNIT}
ANYONE = {ANY_AUTHENTICATED: OWN_UNITS}
PERMISSIONS = PermissionTable(
    {
        "default-officer_read": OFFICERS,
        "default-officer_write": OFFICERS,
        "default-list_records": ANYONE,
        "default-controlled_records": {**ANYONE, "budget.controller": EVERY_UNIT},
        "default-write_in_unit": ANYONE,
        "default-read_unit": ANYONE,
    }
)


def make_settings(**overrides: Any) -> ServiceSettings:
    return ServiceSettings(_env_file=None, **overrides)


def make_app(
    settings: ServiceSettings | None = None, verifier: TokenVerifier | None = None
) -> FastAPI:
    settings = settings or make_settings()
    app = FastAPI(generate_unique_id_function=operation_id)
    install_error_handlers(app)
    app.state.permissions = PERMISSIONS
    app.state.settings = settings
    app.state.token_verifier = verifier or TokenVerifier(settings)
    app.state.org_tree = FakeTree()
    engine, records = record_table()

    @app.get("/me")
    async def me(request: Request, principal: CurrentPrincipal) -> dict[str, Any]:
        return {
            "sub": principal.subject,
            "name": principal.name,
            "roles": sorted(principal.roles),
            "units": list(principal.units),
            "token_id": principal.token_id,
            "stored": request.state.principal is principal,
        }

    @app.get("/officer")
    async def officer_read(p: Caller) -> dict[str, str]:
        return {"sub": p.subject}

    @app.post("/officer")
    async def officer_write(p: Caller) -> dict[str, str]:
        return {"sub": p.subject}

    @app.get("/records")
    async def list_records(scope: Scope) -> list[str]:
        with engine.connect() as conn:
            rows = conn.execute(scope.apply(select(records.c.id), records.c.unit_code))
            return sorted(row.id for row in rows)

    @app.get("/controlled-records")
    async def controlled_records(scope: Scope) -> list[str]:
        with engine.connect() as conn:
            rows = conn.execute(scope.apply(select(records.c.id), records.c.unit_code))
            return sorted(row.id for row in rows)

    @app.post("/units/{code}/notes")
    async def write_in_unit(code: str, scope: Scope) -> dict[str, str]:
        scope.check(code)
        return {"unit": code}

    @app.get("/units/{code}")
    async def read_unit(code: str, scope: Scope) -> dict[str, str]:
        scope.check(code, not_found=True, what="unit")
        return {"unit": code}

    return app


async def call(
    app: FastAPI,
    token: str | None,
    method: str = "GET",
    path: str = "/me",
    *,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    sent = dict(headers or {})
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.request(method, path, headers=sent)


def assert_problem(response: httpx.Response, status: int, type_suffix: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["type"].endswith("/" + type_suffix), body["type"]
    return body


def assert_401(response: httpx.Response, detail: str, token: str | None = None) -> dict[str, Any]:
    body = assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert detail in body["detail"], body["detail"]
    if token:
        assert token not in response.text
        signature = token.split(".")[-1]
        assert not signature or signature not in response.text
    return body


def rsa_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def ec_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def public_jwk(private_pem: bytes, kid: str, alg: str = "RS256") -> dict[str, Any]:
    from jwt.algorithms import ECAlgorithm, RSAAlgorithm

    key = serialization.load_pem_private_key(private_pem, password=None)
    algorithm = RSAAlgorithm if isinstance(key, rsa.RSAPrivateKey) else ECAlgorithm
    jwk: dict[str, Any] = algorithm.to_jwk(key.public_key(), as_dict=True)  # type: ignore[arg-type]
    jwk.update(kid=kid, alg=alg, use="sig")
    return jwk


def claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    base: dict[str, Any] = {
        "sub": "mallory",
        "iss": DEV_ISSUER,
        "aud": "sg-suite",
        "iat": now,
        "exp": now + 300,
        "roles": ["sg.admin"],
    }
    base.update(overrides)
    return base


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge_hs256(secret: bytes, payload: dict[str, Any], kid: str = "sg-dev-1") -> str:
    """An HS256 token built by hand, as an attacker would (PyJWT refuses PEM secrets)."""
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
    body = b64url(json.dumps(payload).encode())
    sig = b64url(hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"


def unsigned(payload: dict[str, Any], kid: str = "sg-dev-1") -> str:
    """An ``alg: none`` token."""
    head = b64url(json.dumps({"alg": "none", "typ": "JWT", "kid": kid}).encode())
    return f"{head}.{b64url(json.dumps(payload).encode())}."
