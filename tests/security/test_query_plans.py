"""Every list filter the API offers reads through an index (issue #24), on PostgreSQL.

Generically from the OpenAPI documents: each list (an operation taking ``sort``) is called by a
role its permission row admits, once without filters and once with each filter; every SELECT
it runs is explained by PostgreSQL with sequential scans disabled (``enable_seqscan = off``:
the planner then scans a table only when no index can serve the query, whatever the table's
size). A ``Seq Scan`` in any plan fails the test with the list, the filter and the table.
SQLite plans by other rules and is not checked here.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event

from sg_common.app import ServiceDefinition
from sg_common.testing.databases import postgres_test_url, test_database

from .test_authorization_matrix import SERVICES, _headers, _sample, _url, started_app
from .test_exports import _lists, _reader

#: the paging, sorting and format parameters: every list has them, they filter nothing
NOT_FILTERS = {"cursor", "limit", "sort", "count", "format"}
#: a value a filter's own rule accepts where the matrix's sample does not
VALUES = {("facilities", "unit_code"): "SG"}  # logistics and social service: central units only
#: the scans accepted, each with its reason
ACCEPTED = {
    # hr's delegations de signature (a few hundred rows a year): the acts and the units are
    # JSON lists, read by containment, which only a GIN index over jsonb would serve
    ("hr", "/delegations", "act"): "JSON list of acts",
    ("hr", "/delegations", "unit_code"): "JSON list of units",
}


@pytest.fixture
async def pg_service_app(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[ServiceDefinition, FastAPI]]:
    if postgres_test_url() is None:
        pytest.skip("SG_TEST_POSTGRES_URL is not set")
    async with (
        test_database("postgresql", tmp_path) as database,
        started_app(request.param, database.url, tmp_path) as started,
    ):
        yield started


def _value(schema: dict[str, Any], components: dict[str, Any]) -> str:
    """A value the filter accepts: the matrix's samples, with references and lists resolved,
    ``true`` for a yes/no filter, and a bounded number within its bounds."""
    options = [
        components[o["$ref"].rsplit("/", 1)[1]] if "$ref" in o else o
        for o in schema.get("anyOf", [schema])
    ]
    options = [o.get("items", o) if o.get("type") == "array" else o for o in options]
    options = [components[o["$ref"].rsplit("/", 1)[1]] if "$ref" in o else o for o in options]
    if any(o.get("type") == "boolean" for o in options):
        return "true"
    bounded = [o for o in options if o.get("type") == "integer" and "maximum" in o]
    if bounded:
        return str(bounded[0].get("minimum", bounded[0]["maximum"]))
    if any(o.get("format") == "date-time" for o in options):
        return "2026-01-01T00:00:00Z"
    concrete = next((o for o in options if o.get("type") != "null"), options[0])
    if concrete.get("type") == "string" and "enum" not in concrete and "pattern" in concrete:
        return {"^\\d{4}$": "2026"}.get(concrete["pattern"], _sample(concrete))
    return _sample(concrete)


def _seq_scans(plan: dict[str, Any]) -> list[str]:
    found = [plan["Relation Name"]] if plan.get("Node Type") == "Seq Scan" else []
    for child in plan.get("Plans", []):
        found += _seq_scans(child)
    return found


@pytest.mark.parametrize("pg_service_app", SERVICES, indirect=True)
async def test_every_list_filter_reads_through_an_index(
    pg_service_app: tuple[ServiceDefinition, FastAPI],
) -> None:
    definition, app = pg_service_app
    engine = app.state.database.engine.sync_engine
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:  # noqa: ARG001 (SQLAlchemy's before_cursor_execute signature)
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    cache: dict[tuple[str, ...], dict[str, str]] = {}
    transport = httpx.ASGITransport(app=app)
    calls: list[tuple[str, str, int, list[tuple[str, Any]]]] = []
    event.listen(engine, "before_cursor_execute", capture)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            components = app.openapi().get("components", {}).get("schemas", {})
            for path, operation in _lists(app):
                if "{" in path:
                    continue  # a list under one record: filtered by its key (a foreign key index)
                url = _url(path, operation)
                headers = _headers(_reader(definition, operation["operationId"]), cache)
                query = [p for p in operation.get("parameters", []) if p["in"] == "query"]
                required = {
                    p["name"]: _sample(p.get("schema", {})) for p in query if p.get("required")
                }
                filters = [p for p in query if p["name"] not in NOT_FILTERS | set(required)]
                variants = [("", required)] + [
                    (
                        p["name"],
                        {
                            **required,
                            p["name"]: VALUES.get((definition.name, p["name"]))
                            or _value(p.get("schema", {}), components),
                        },
                    )
                    for p in filters
                ]
                for name, params in variants:
                    statements.clear()
                    answer = await client.get(
                        url, params={**params, "count": "true"}, headers=headers
                    )
                    calls.append((path, name, answer.status_code, list(statements)))
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert calls
    problems = []
    async with app.state.database.engine.connect() as conn:
        await conn.exec_driver_sql("SET enable_seqscan = off")
        for path, name, status, captured in calls:
            if status != 200:
                problems.append(f"{path} (filter {name}): answered {status}, not exercised")
            for statement, parameters in captured:
                explained = await conn.exec_driver_sql(
                    f"EXPLAIN (FORMAT JSON) {statement}", parameters
                )
                plan = explained.scalar_one()
                plan = json.loads(plan) if isinstance(plan, str) else plan
                if (definition.name, path, name) in ACCEPTED:
                    continue
                for table in _seq_scans(plan[0]["Plan"]):
                    what = f"filter {name}" if name else "no filter"
                    problems.append(f"{path} ({what}, {status}): {table} scanned")
        await conn.rollback()
    assert not problems, "\n".join(sorted(set(problems)))
