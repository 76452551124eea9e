"""Walking a list the way a client does: page after page by RFC 8288's ``Link: rel="next"``."""

from __future__ import annotations

import re
from typing import Any

import httpx

_NEXT = re.compile(r'<([^>]*)>\s*;\s*rel="next"')


def next_link(response: httpx.Response) -> str | None:
    """The target of the response's ``Link: <...>; rel="next"``, or None (the last page)."""
    found = _NEXT.search(response.headers.get("link", ""))
    return found.group(1) if found else None


async def walk_links(
    client: httpx.AsyncClient, path: str, *, params: dict[str, Any], headers: dict[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(every item, every page body) of a list from ``path`` with ``params``, following ``Link``.

    Each page's ``Link`` must name its ``next_cursor`` (and be absent on the last page).
    """
    items: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    response = await client.get(path, params=params, headers=headers)
    while True:
        assert response.status_code == 200, response.text
        page = response.json()
        pages.append(page)
        items += page["items"]
        link = next_link(response)
        if page["next_cursor"] is None:
            assert link is None, link
            return items, pages
        assert link is not None, "a page with a next_cursor has a Link rel=next"
        assert httpx.URL(link).params["cursor"] == page["next_cursor"]
        response = await client.get(link, headers=headers)
