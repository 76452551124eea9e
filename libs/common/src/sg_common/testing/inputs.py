"""Nonsense inputs every request must refuse with a 422 problem (CONVENTIONS.md, strict inputs).

Each value is the raw JSON text of a field, so numbers a Python float cannot hold (``1e-400``)
reach the service as a client would send them.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

#: The error types of each kind of nonsense (``errors[].type`` of the 422 problem).
DATE_ERRORS = frozenset({"date_type", "date_format", "date_out_of_window"})
TEXT_ERRORS = frozenset({"control_character", "string_pattern_mismatch"})
AMOUNT_ERRORS = frozenset({"decimal_max_places", "decimal_max_digits", "inexact_number"})

#: A date from a number (``0`` was read as 1970-01-01), outside the window, or a datetime.
NONSENSE_DATES = [
    "0",
    "1700000000",
    '"0001-01-01"',
    '"9999-12-31"',
    '"1970-01-01"',
    '"2026-03-16T00:00:00"',
    '"16/03/2026"',
]
#: Control characters in free text: NUL (PostgreSQL refuses it), BEL, ESC, DEL, C1 NEL.
CONTROL_TEXTS = ['"a\\u0000b"', '"a\\u0007b"', '"a\\u001bb"', '"a\\u007fb"', '"a\\u0085b"']
#: Amounts with more than 2 decimals, as strings and as numbers (a float would round them).
NONSENSE_AMOUNTS = [
    '"0.0000000001"',
    '"12.345"',
    "12.345",
    "12.3400000000000000001",
    "0." + "0" * 400 + "1",
    "1e-400",
    "1e400",
]


def with_raw(body: dict[str, Any], path: str, raw: str) -> bytes:
    """``body`` as JSON with the field at ``path`` (dotted, list indexes as numbers) set to the
    raw JSON text ``raw``."""
    marker = "\u2063sg-raw\u2063"
    copy: Any = json.loads(json.dumps(body))
    parts = path.split(".")
    target = copy
    for part in parts[:-1]:
        target = target[int(part)] if isinstance(target, list) else target[part]
    last = parts[-1]
    if isinstance(target, list):
        target[int(last)] = marker
    else:
        target[last] = marker
    return json.dumps(copy).replace(json.dumps(marker), raw).encode()


async def refused(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    body: dict[str, Any],
    path: str,
    raw: str,
    headers: dict[str, str],
    errors: frozenset[str],
) -> dict[str, Any]:
    """Send ``body`` with ``path`` set to ``raw``; assert a 422 validation problem whose errors
    include one of the types ``errors`` (not a domain refusal), and return it."""
    response = await client.request(
        method,
        url,
        content=with_raw(body, path, raw),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 422, f"{path}={raw}: {response.status_code} {response.text}"
    assert response.headers["content-type"].startswith("application/problem+json")
    problem: dict[str, Any] = response.json()
    found = {error["type"] for error in problem.get("errors", [])}
    assert found & errors, f"{path}={raw}: {problem}"
    return problem
