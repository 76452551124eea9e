"""The authorisation matrix (issue #18): every operation against its service's permission table.

Generated from each service's OpenAPI document and ``ServiceDefinition.permissions``:

* **the gate**, over HTTP (in-process app, SQLite): every operation × no token, every role and
  a deterministic third of the pairs of roles (each pair on a third of the operations; roles:
  the service's, ``sg.admin``, ``sg.auditor`` and a foreign service account's) answers 401
  without a token, ``403 missing-role`` exactly when the table admits none of the caller's
  roles, and otherwise gets past the gate (never a 500);
* **the reach**, through the same ``grant`` the dependency uses: every operation × every
  admitted role and role pair × own unit / sub-unit / other unit: the scope covers the other
  unit exactly when a role that authorises *this operation* reaches every unit;
* **every write that names a unit in its body** (from its schema's example), over HTTP on
  every service: sent for another directorate by a caller whose authorising roles reach own
  units only (alone or with any role that does not reach every unit there), it never succeeds;
* **writes that name a unit and list filters**, over HTTP on budget (the defect of issue #18):
  an officer, alone or with a read-everywhere role, commits for own unit and sub-unit (201), is
  refused another directorate's (403 out-of-scope), fetches and changes another's records only
  when a role authorising that operation reaches every unit (else 404), and lists only what its
  authorising roles reach.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from fastapi import FastAPI

from sg_common.app import ServiceDefinition, create_service_app
from sg_common.auth import Principal
from sg_common.auth.dev import mint_token
from sg_common.auth.permissions import (
    ANY_AUTHENTICATED,
    EVERY_UNIT,
    Permission,
    PermissionTable,
    grant,
)
from sg_common.errors import Forbidden
from sg_common.org import OrgTree
from sg_common.testing.databases import create_schema_objects

SERVICES = ("budget", "hr", "facilities", "it", "production")
ADMIN, AUDITOR = "sg.admin", "sg.auditor"
READS = {"GET", "HEAD"}
OWN, SUB, OTHER = "DR-BRE", "DR-BRE-SED", "DR-NOR"
PROBLEM_BASE = "https://sg-suite.insee.fr/problems/"


def _definition(name: str) -> ServiceDefinition:
    [ep] = [ep for ep in entry_points(group="sg_suite.services") if ep.name == name]
    definition: ServiceDefinition = ep.load()
    return definition


def _table(definition: ServiceDefinition) -> PermissionTable:
    assert definition.permissions is not None, f"{definition.name} has no permission table"
    return definition.permissions


def _foreign_role(service: str) -> str:
    """A service account role of another service (holds nothing here, except on budget)."""
    return "production.service" if service != "production" else "facilities.service"


def roles_under_test(service: str, table: PermissionTable) -> list[str]:
    return sorted({*table.roles(), ADMIN, AUDITOR, _foreign_role(service)})


def principals(roles: list[str]) -> list[tuple[str, ...]]:
    """Every role alone and every pair of roles."""
    return [(r,) for r in roles] + list(itertools.combinations(roles, 2))


#: Over HTTP, each operation gets every role alone and one pair in PAIR_STRIDE, a different
#: third for consecutive operations, so every pair is still sent to a third of the operations
#: (the reach matrix below takes every pair on every operation).
PAIR_STRIDE = 3


def sampled_principals(roles: list[str], index: int) -> list[tuple[str, ...]]:
    pairs = list(itertools.combinations(roles, 2))
    return [(r,) for r in roles] + [
        pair for n, pair in enumerate(pairs) if (n + index) % PAIR_STRIDE == 0
    ]


def admitted(permission: Permission, roles: Iterable[str], method: str) -> bool:
    """What the table says, read independently of ``grant``."""
    held = set(roles)
    if ANY_AUTHENTICATED in permission.grants or held & set(permission.grants):
        return True
    if not permission.sg_wide:
        return False
    return ADMIN in held or (AUDITOR in held and method in READS)


def reaches_every_unit(permission: Permission, roles: Iterable[str], method: str) -> bool:
    held = set(roles)
    if permission.sg_wide and (ADMIN in held or (AUDITOR in held and method in READS)):
        return True
    return any(
        reach == EVERY_UNIT
        for role, reach in permission.grants.items()
        if role in held or role == ANY_AUTHENTICATED
    )


def _operations(app: FastAPI, table: PermissionTable) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            if operation.get("operationId") in table:
                found.append((method.upper(), path, operation))
    return found


def _sample(schema: dict[str, Any]) -> str:
    options = schema.get("anyOf", [schema])
    schema = next((o for o in options if o.get("type") != "null"), options[0])
    if "enum" in schema:
        return str(schema["enum"][0])
    if schema.get("type") == "integer":
        return "999999"
    if schema.get("format") == "date":
        return "2026-01-01"
    if "pattern" in schema and "d{2}" in schema["pattern"]:
        return "2026-01" if "-" in schema["pattern"] else "08"
    return OWN


def _url(path: str, operation: dict[str, Any]) -> str:
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path":
            value = _sample(parameter.get("schema", {}))
            path = path.replace("{" + parameter["name"] + "}", value)
    return path


@asynccontextmanager
async def started_app(
    name: str, database_url: str, tmp_path: Path
) -> AsyncIterator[tuple[ServiceDefinition, FastAPI]]:
    """Service ``name`` in development mode on ``database_url`` (tables created), started."""
    definition = _definition(name)
    settings = definition.settings_class(
        _env_file=None,
        env="development",
        database_url=database_url,
        data_dir=tmp_path,
        auto_migrate=False,
        events_enabled=False,
        log_json=False,
        log_level="ERROR",
    )
    await create_schema_objects(settings.effective_database_url, [definition.metadata])
    app = create_service_app(definition, settings)
    async with LifespanManager(app, startup_timeout=60, shutdown_timeout=30):
        yield definition, app


@pytest.fixture
async def service_app(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[ServiceDefinition, FastAPI]]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'matrix.db'}"
    async with started_app(request.param, url, tmp_path) as started:
        yield started


def _headers(
    roles: tuple[str, ...], cache: dict[tuple[str, ...], dict[str, str]]
) -> dict[str, str]:
    if roles not in cache:
        token = mint_token(subject="matrix", roles=list(roles), units=[OWN])
        cache[roles] = {"Authorization": f"Bearer {token}"}
    return cache[roles]


def _slug(response: httpx.Response) -> str:
    try:
        return str(response.json().get("type", "")).removeprefix(PROBLEM_BASE)
    except ValueError:
        return ""


@pytest.mark.parametrize("service_app", SERVICES, indirect=True)
async def test_every_operation_admits_exactly_the_roles_of_its_table(
    service_app: tuple[ServiceDefinition, FastAPI],
) -> None:
    definition, app = service_app
    table = _table(definition)
    operations = _operations(app, table)
    # The table and the OpenAPI document name the same operations, each documented from it.
    assert {op["operationId"] for _, _, op in operations} == set(table)
    for _, _, operation in operations:
        documented = operation["x-sg-permissions"]["roles"]
        for role, reach in table[operation["operationId"]].grants.items():
            assert documented[role] == reach.value
        assert "**Roles:**" in operation["description"]

    roles = roles_under_test(definition.name, table)
    cache: dict[tuple[str, ...], dict[str, str]] = {}
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    failures: list[str] = []
    checked = 0
    started = time.perf_counter()
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        for index, (method, path, operation) in enumerate(operations):
            permission = table[operation["operationId"]]
            url = _url(path, operation)
            body: dict[str, Any] | None = {} if method in {"POST", "PUT", "PATCH"} else None
            anonymous = await client.request(method, url, json=body)
            if anonymous.status_code != 401:
                failures.append(f"{method} {path} without a token: {anonymous.status_code}")
            for held in sampled_principals(roles, index):
                response = await client.request(
                    method, url, json=body, headers=_headers(held, cache)
                )
                checked += 1
                refused = response.status_code == 403 and _slug(response) == "missing-role"
                expected = admitted(permission, held, method)
                if permission.delegable and not expected:
                    # an act signed by delegation lets the caller through the table; the
                    # service refuses who holds no delegation (403 no-delegation), and here
                    # an empty body may be refused first (422): never a success
                    refused = response.status_code >= 400
                if expected == refused or response.status_code in (401, 500):
                    failures.append(
                        f"{method} {path} as {'+'.join(held)}: {response.status_code} "
                        f"{_slug(response)} (table: {'allowed' if expected else 'missing-role'})"
                    )
    elapsed = time.perf_counter() - started
    print(f"{definition.name}: {len(operations)} operations, {checked} calls, {elapsed:.1f} s")
    assert not failures, "\n".join(failures[:40])


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_scopes_from_its_authorising_roles_only(service: str) -> None:
    """Own unit, sub-unit, other unit, for every operation × role and role pair."""
    definition = _definition(service)
    table = _table(definition)
    tree = OrgTree.default()
    roles = roles_under_test(service, table)
    for operation_id, permission in table.items():
        for method in ("GET", "POST"):
            for held in principals(roles):
                principal = Principal(subject="matrix", roles=frozenset(held), units=(OWN,))
                where = f"{operation_id} {method} as {'+'.join(held)}"
                if not admitted(permission, held, method):
                    if permission.delegable:
                        # let through with no role and no unit: the service checks the
                        # delegation (budget's delegations.sign)
                        access = grant(
                            permission,
                            principal,
                            method=method,
                            tree=tree,
                            sg_wide_roles=(ADMIN, AUDITOR),
                        )
                        assert not access.roles, where
                        assert not access.scope.allows(OWN), where
                        continue
                    with pytest.raises(Forbidden):
                        grant(
                            permission,
                            principal,
                            method=method,
                            tree=tree,
                            sg_wide_roles=(ADMIN, AUDITOR),
                        )
                    continue
                access = grant(
                    permission, principal, method=method, tree=tree, sg_wide_roles=(ADMIN, AUDITOR)
                )
                assert access.scope.allows(OWN), where
                assert access.scope.allows(SUB), where
                assert access.scope.allows(OTHER) == reaches_every_unit(permission, held, method), (
                    where
                )


# --- budget over HTTP: writes naming a unit, fetches and changes by id, list filters ----------

COMMITMENT: dict[str, Any] = {
    "fiscal_year": 2026,
    "action": "08",
    "title": "T3",
    "ae": "100.00",
    "description": "Marché de mise sous pli",
}
OFFICER_PAIRS = [
    ("budget.officer",),
    ("budget.officer", "budget.controller"),
    ("budget.officer", "budget.accountant"),
    ("budget.officer", "facilities.service"),
    ("budget.officer", "hr.service"),
]


@pytest.mark.parametrize("service_app", ["budget"], indirect=True)
async def test_budget_writes_and_lists_follow_the_authorising_roles(
    service_app: tuple[ServiceDefinition, FastAPI],
) -> None:
    definition, app = service_app
    table = _table(definition)
    cache: dict[tuple[str, ...], dict[str, str]] = {}
    manager = {
        "Authorization": "Bearer "
        + mint_token(subject="dpg", roles=["budget.manager"], units=["DPG-BUDGET"])
    }
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        for unit in (OWN, SUB, OTHER):
            allocated = await client.post(
                "/allocations",
                json={
                    **{k: v for k, v in COMMITMENT.items() if k != "description"},
                    "unit_code": unit,
                    "ae": "100000.00",
                    "cp": "1000.00",
                    "reason": "dotation initiale",
                },
                headers=manager,
            )
            assert allocated.status_code == 201, allocated.text
        theirs = await client.post(
            "/commitments", json={**COMMITMENT, "unit_code": OTHER}, headers=manager
        )
        assert theirs.status_code == 201, theirs.text
        other_id = theirs.json()["id"]
        forecast = await client.post(
            "/forecasts",
            json={
                **{k: v for k, v in COMMITMENT.items() if k != "description"},
                "unit_code": OTHER,
                "ae": "10.00",
                "cp": "10.00",
            },
            headers=manager,
        )
        assert forecast.status_code == 201, forecast.text

        for held in OFFICER_PAIRS:
            who = "+".join(held)
            headers = _headers(held, cache)
            # A write naming a unit in the body: own unit and sub-unit, not another directorate.
            for unit, expected in ((OWN, 201), (SUB, 201), (OTHER, 403)):
                created = await client.post(
                    "/commitments", json={**COMMITMENT, "unit_code": unit}, headers=headers
                )
                assert created.status_code == expected, f"{who} commits for {unit}: {created.text}"
                if expected == 403:
                    assert _slug(created) == "out-of-scope"
            # Reads and writes by id of another directorate's records.
            sees_other = reaches_every_unit(table["commitments-get_commitment"], held, "GET")
            fetched = await client.get(f"/commitments/{other_id}", headers=headers)
            assert fetched.status_code == (200 if sees_other else 404), who
            reduced = await client.post(
                f"/commitments/{other_id}/reduction",
                json={"ae": "1.00", "reason": "élargissement"},
                headers={**headers, "If-Match": theirs.headers["ETag"]},
            )
            assert reduced.status_code == 404, f"{who} reduces another's commitment"
            revised = await client.patch(
                f"/forecasts/{forecast.json()['id']}",
                json={"ae": "1.00", "reason": "élargissement"},
                headers={**headers, "If-Match": forecast.headers["ETag"]},
            )
            assert revised.status_code == 404, f"{who} revises another's forecast"
            # List filters: another directorate's rows only for a role reaching every unit.
            filtered = await client.get(
                "/commitments", params={"unit_code": OTHER}, headers=headers
            )
            assert filtered.status_code == 200
            listed_other = [c["unit_code"] for c in filtered.json()["items"]]
            assert listed_other == ([OTHER] if sees_other else []), who
            everything = await client.get("/commitments", params={"limit": 200}, headers=headers)
            units = {c["unit_code"] for c in everything.json()["items"]}
            assert units == ({OWN, SUB, OTHER} if sees_other else {OWN, SUB}), who


# --- every service: a write naming another unit in its body ------------------------------------


def _unit_writes(app: FastAPI, table: PermissionTable) -> list[tuple[str, str, dict[str, Any]]]:
    """Writes whose body names a unit, with the body of their schema's example."""
    document = app.openapi()
    schemas = document["components"]["schemas"]
    found = []
    for method, path, operation in _operations(app, table):
        content = operation.get("requestBody", {}).get("content", {})
        ref = content.get("application/json", {}).get("schema", {}).get("$ref", "")
        schema = schemas.get(ref.rsplit("/", 1)[-1], {})
        if "unit_code" in schema.get("properties", {}):
            assert schema.get("examples"), f"{operation['operationId']}: no example body"
            found.append(
                (method, _url(path, operation), {**operation, "body": schema["examples"][0]})
            )
    return found


@pytest.mark.parametrize("service_app", SERVICES, indirect=True)
async def test_no_write_names_a_unit_its_authorising_roles_do_not_reach(
    service_app: tuple[ServiceDefinition, FastAPI],
) -> None:
    """Every write with a unit in its body, sent for another directorate (DR-NOR) by a caller
    of DR-BRE whose authorising roles reach own units only — alone, or with any other role
    that does not reach every unit on this operation — never succeeds; the example body for
    the caller's own unit is refused by none of these callers for being out of scope."""
    definition, app = service_app
    table = _table(definition)
    roles = roles_under_test(definition.name, table)
    cache: dict[tuple[str, ...], dict[str, str]] = {}
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    failures: list[str] = []
    refused_out_of_scope = 0
    writes = _unit_writes(app, table)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        for method, url, operation in writes:
            permission = table[operation["operationId"]]
            narrow = [r for r, reach in permission.grants.items() if reach != EVERY_UNIT]
            others = [
                r
                for r in roles
                if r != ADMIN and permission.grants.get(r) != EVERY_UNIT and r not in narrow
            ]
            for role in narrow:
                for held in [(role,)] + [(role, other) for other in others]:
                    headers = _headers(held, cache)
                    body = {**operation["body"], "unit_code": OTHER}
                    response = await client.request(method, url, json=body, headers=headers)
                    if response.status_code < 300 or response.status_code >= 500:
                        failures.append(
                            f"{method} {url} for {OTHER} as {'+'.join(held)}: "
                            f"{response.status_code} {response.text[:200]}"
                        )
                    refused_out_of_scope += _slug(response) == "out-of-scope"
                    own = await client.request(
                        method, url, json={**operation["body"], "unit_code": OWN}, headers=headers
                    )
                    if _slug(own) == "out-of-scope":
                        failures.append(f"{method} {url} for {OWN} as {'+'.join(held)}: refused")
    print(f"{definition.name}: {len(writes)} unit writes, {refused_out_of_scope} out-of-scope")
    assert not failures, "\n".join(failures[:40])
