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


async def assert_null_refused(
    client: httpx.AsyncClient,
    url: str,
    body: dict[str, Any],
    headers: dict[str, str],
    fields: list[str],
    *,
    read: str | None = None,
) -> None:
    """The PATCH null policy (``sg_common.repository``): ``body`` sent to ``url`` with the
    record's ``If-Match`` is a 422 ``null-not-allowed`` naming ``fields``, and the record read at
    ``read`` (``url`` by default) is unchanged, ETag included."""
    before = await client.get(read or url, headers=headers)
    assert before.status_code == 200, before.text
    etag = before.headers["ETag"]
    response = await client.patch(url, json=body, headers={**headers, "If-Match": etag})
    assert assert_problem(response, 422, "null-not-allowed")["fields"] == fields
    after = await client.get(read or url, headers=headers)
    assert after.headers["ETag"] == etag
    assert after.json() == before.json()
