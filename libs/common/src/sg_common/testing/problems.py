"""The one check of an RFC 9457 problem response, for every service's tests."""

from __future__ import annotations

from typing import Any

import httpx

PROBLEM = "application/problem+json"


def assert_problem(
    response: httpx.Response, status: int, slug: str | None = None
) -> dict[str, Any]:
    """``response`` is a problem+json of HTTP ``status`` (also in its ``status`` member), with
    a title and a type URI ending in ``/slug`` when given; returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    body: dict[str, Any] = response.json()
    assert body["status"] == status, body
    assert body["title"], body
    assert body["type"].startswith(("https://", "about:")), body["type"]
    if slug is not None:
        assert body["type"].endswith("/" + slug), body
    return body
