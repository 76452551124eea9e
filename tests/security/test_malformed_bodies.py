"""Malformed bodies against every write operation (POST, PUT, PATCH with a JSON body) of each
running service: each answers 4xx problem+json, never a 5xx or a success.

The bodies: invalid JSON, an empty body, the wrong content type, a body over the size limit
(413), deeply nested JSON, duplicate keys, the wrong top-level type, NUL bytes (raw and
escaped), non-UTF-8 bytes, a UTF-8 byte-order mark, a number beyond any float, an integer of
5,000 digits, lone surrogates. Path parameters get a placeholder (``1`` or ``X``): the body must
be refused whatever the path names. The bounded run (CI) sends the 2 MB body to the first
operation of each service; the full run (``make security``) to every one.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ..e2e.suite import SERVICES, Suite
from .figures import FULL, finding, record

pytestmark = pytest.mark.e2e

PROBLEM = "application/problem+json"
JSON = "application/json"
OVER_LIMIT = 2 * 1024 * 1024  # the services' default limit is 1 MiB (SG_MAX_BODY_BYTES)

#: name → (content type, body bytes); every one must be refused with a 4xx problem
BODIES: dict[str, tuple[str, bytes]] = {
    "invalid-json": (JSON, b'{"unit_code": "SG",'),
    "empty": (JSON, b""),
    "not-json-text": (JSON, b"unit_code=SG&amount=1"),
    "wrong-content-type": ("text/plain", b'{"unit_code": "SG"}'),
    "form-content-type": ("application/x-www-form-urlencoded", b"unit_code=SG"),
    "xml": ("application/xml", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e 'e'>]><x>&e;</x>"),
    "deeply-nested-array": (JSON, b"[" * 100_000 + b"]" * 100_000),
    "deeply-nested-object": (JSON, b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    "duplicate-keys": (JSON, b'{"unit_code": "SG", "unit_code": 1, "unit_code": null}'),
    "top-level-array": (JSON, b"[]"),
    "top-level-string": (JSON, b'"SG"'),
    "top-level-number": (JSON, b"42"),
    "top-level-null": (JSON, b"null"),
    "nul-raw": (JSON, b'{"unit_code": "S\x00G"}'),
    "nul-escaped-key": (JSON, b'{"\\u0000": "\\u0000"}'),
    "non-utf8": (JSON, b'{"unit_code": "\xff\xfe\xfd"}'),
    "utf8-bom": (JSON, b'\xef\xbb\xbf{"unit_code": "SG"}'),
    "utf16": (JSON, '{"unit_code": "SG"}'.encode("utf-16")),
    "huge-float": (JSON, b'{"amount": 1e999999, "unit_code": "SG"}'),
    "huge-int": (JSON, b'{"amount": ' + b"9" * 5000 + b', "unit_code": "SG"}'),
    "nan": (JSON, b'{"amount": NaN, "unit_code": "SG"}'),
    "lone-surrogate": (JSON, b'{"unit_code": "\\ud800"}'),
}


def _writes(openapi: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, concrete path) of every operation taking a JSON body."""
    found = []
    for template, item in sorted(openapi["paths"].items()):
        for method in ("post", "put", "patch"):
            operation = item.get(method)
            if operation is None:
                continue
            content = operation.get("requestBody", {}).get("content", {})
            if JSON not in content:
                continue
            path = template
            for parameter in operation.get("parameters", []) + item.get("parameters", []):
                if parameter.get("in") == "path":
                    schema = parameter.get("schema", {})
                    value = "1" if schema.get("type") == "integer" else "X"
                    path = path.replace("{" + parameter["name"] + "}", value)
            found.append((method.upper(), path))
    return found


def _problems(response: httpx.Response, expected: int | None = None) -> list[str]:
    problems = []
    status = response.status_code
    if expected is not None and status != expected:
        problems.append(f"answered {status}, not {expected}")
    elif not 400 <= status < 500:
        problems.append(f"answered {status}")
    if not response.headers.get("content-type", "").startswith(PROBLEM):
        problems.append(f"content-type {response.headers.get('content-type')!r}")
    return problems


@pytest.mark.parametrize("name", SERVICES)
def test_malformed_bodies_are_refused(
    hostile_suite: Suite, hostile_openapi: dict[str, dict[str, Any]], name: str
) -> None:
    writes = _writes(hostile_openapi[name])
    assert writes, f"{name} has no write operation with a JSON body"
    headers = {**hostile_suite.headers("sg.admin", "SG", sub="hostile"), "If-Match": "*"}
    failures: list[str] = []
    sent = 0
    with httpx.Client(base_url=hostile_suite.url(name), timeout=30) as client:
        for index, (method, path) in enumerate(writes):
            for body_name, (content_type, body) in BODIES.items():
                response = client.request(
                    method, path, content=body, headers={**headers, "Content-Type": content_type}
                )
                sent += 1
                for problem in _problems(response):
                    failures.append(f"{name} {method} {path} {body_name}: {problem}")
            if FULL or index == 0:
                response = client.request(
                    method,
                    path,
                    content=b'{"x": "' + b"a" * OVER_LIMIT + b'"}',
                    headers={**headers, "Content-Type": JSON},
                )
                sent += 1
                for problem in _problems(response, 413):
                    failures.append(f"{name} {method} {path} over-limit: {problem}")
    record("malformed bodies", name, operations=len(writes), requests=sent, accepted=len(failures))
    for line in failures:
        finding("malformed bodies", line)
    assert not failures, "\n".join(failures[:60])
