"""Helpers of the auth tests: a fake org tree, a tiny app using the dependencies, key makers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import httpx
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
from sg_common.settings import ServiceSettings
from sg_common.testing import assert_problem
from sg_common.testing.forge import (  # the forging helpers, shared with tests/security
    claims,
    ec_pem,
    forge_hs256,
    public_jwk,
    rsa_pem,
    unsigned,
)

__all__ = [
    "PARENTS",
    "FakeTree",
    "assert_401",
    "assert_problem",
    "call",
    "claims",
    "ec_pem",
    "forge_hs256",
    "make_app",
    "make_settings",
    "public_jwk",
    "record_table",
    "rsa_pem",
    "unsigned",
]

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


def assert_401(response: httpx.Response, detail: str, token: str | None = None) -> dict[str, Any]:
    body = assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert detail in body["detail"], body["detail"]
    if token:
        assert token not in response.text
        signature = token.split(".")[-1]
        assert not signature or signature not in response.text
    return body


def count_calls(verifier: TokenVerifier, method: str, monkeypatch: Any) -> list[str]:
    """Record the argument of every call of one of the verifier's async steps (``_verify``: a
    full verification; ``_signing_key``: a key lookup), which still runs."""
    calls: list[str] = []
    real = getattr(verifier, method)

    async def counted(argument: str) -> Any:
        calls.append(argument)
        return await real(argument)

    monkeypatch.setattr(verifier, method, counted)
    return calls
