"""Strict inputs, platform-wide (CONVENTIONS.md, "Inputs"; issue #18, 4).

Every request field and query or path parameter of the five services, as the committed OpenAPI
documents state it: a date or date-time carries the window's pattern (``BusinessDate``,
``BusinessDateTime``, or ``HistoricDate`` for facts that may predate the system), and free text
a pattern that refuses control characters (``Line``, ``Text``, or a narrower pattern of its own
such as a code). Numbers need no pattern: ``Money`` refuses a third decimal and the platform
refuses a JSON number a float would change.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from sg_common.fields import (
    BUSINESS_DATE_PATTERN,
    BUSINESS_DATETIME_PATTERN,
    HISTORIC_DATE_PATTERN,
)

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ["budget", "hr", "facilities", "it", "production"]
DATE_PATTERNS = {BUSINESS_DATE_PATTERN, HISTORIC_DATE_PATTERN}
CONTROLS = [chr(c) for c in (*range(0x00, 0x20), 0x7F, 0x85, 0x9F)]
# Multi-line text may hold these (Text); everything else is refused everywhere.
LINE_BREAKS = {"\t", "\n", "\r"}


def _schemas(doc: dict[str, Any], schema: dict[str, Any], where: str, seen: set[str]) -> Any:
    """Yield (where, leaf schema) for every leaf of a request schema."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return
        yield from _schemas(doc, doc["components"]["schemas"][name], where, seen | {name})
        return
    options = schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", [])
    if {"number", "string"} <= {option.get("type") for option in options}:
        return  # a decimal: its string form is parsed as a number, never kept as text
    for option in options:
        yield from _schemas(doc, option, where, seen)
    for name, prop in schema.get("properties", {}).items():
        yield from _schemas(doc, prop, f"{where}.{name}", seen)
    if isinstance(schema.get("items"), dict):
        yield from _schemas(doc, schema["items"], f"{where}[]", seen)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _schemas(doc, schema["additionalProperties"], f"{where}{{}}", seen)
    if schema.get("type") == "string":
        yield where, schema


def _request_inputs(doc: dict[str, Any]) -> Any:
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            op = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", []):
                if parameter["in"] in ("query", "path"):
                    where = f"{op} {parameter['in']} {parameter['name']}"
                    yield from _schemas(doc, parameter["schema"], where, set())
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                yield from _schemas(doc, body["schema"], f"{op} body", set())


def _lax(where: str, schema: dict[str, Any]) -> str | None:
    if "enum" in schema or "const" in schema:
        return None
    if schema.get("format") == "date":
        if schema.get("pattern") not in DATE_PATTERNS:
            return f"{where}: a date without the window (BusinessDate)"
        return None
    if schema.get("format") == "date-time":
        if schema.get("pattern") != BUSINESS_DATETIME_PATTERN:
            return f"{where}: a date-time without the window (BusinessDateTime)"
        return None
    if "format" in schema:
        return f"{where}: format {schema['format']} has no strict type"
    pattern = schema.get("pattern")
    if pattern is None:
        return f"{where}: free text without a pattern (Line or Text)"
    allowed = [c for c in CONTROLS if re.search(pattern, f"a{c}b") or re.search(pattern, c)]
    if set(allowed) - LINE_BREAKS:
        return f"{where}: pattern {pattern!r} lets control characters through"
    return None


@pytest.mark.parametrize("service", SERVICES)
def test_every_request_input_is_strict(service: str) -> None:
    doc = json.loads((ROOT / f"services/{service}-svc/openapi.json").read_text())
    lax = sorted({f for where, s in _request_inputs(doc) if (f := _lax(where, s)) is not None})
    assert lax == [], "\n".join(lax)
