"""Route matching that skips a router whose paths cannot match the request.

FastAPI (0.16x) keeps each included router as one route of the app and matches a request by
asking every included router in turn, each trying its routes one by one (about 4 µs a route
here), and then again inside the router it picked. A budget request for ``/commitments/{id}``
tried 41 routes across ten routers before its own. :func:`guard_included_routers` gives each
included router the first path segments of its routes (``commitments``), so a router whose
segments do not include the request's answers "no match" at once. A router with a route whose
first segment is a parameter, or with anything but plain API routes, is left as it is.

This reaches into FastAPI's ``_IncludedRouter`` (a private class, FastAPI pinned by the
lockfile): ``libs/common/tests/core/test_routing.py`` fails when an upgrade changes it.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import (
    APIRoute,
    _IncludedRouter,  # FastAPI's lazily included router (0.16x)
)
from starlette.routing import Match
from starlette.types import Scope


def _first_segment(path: str) -> str:
    return path.lstrip("/").split("/", 1)[0]


def _request_segment(scope: Scope) -> str:
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if root_path and path.startswith(root_path):
        path = path[len(root_path) :]
    return _first_segment(path)


def route_segments(router: Any) -> frozenset[str] | None:
    """The literal first segments of an included router's paths, or None when it cannot be
    guarded (a parameter first, a nested router, a mount)."""
    prefix = router.include_context.prefix
    segments: set[str] = set()
    for route in router.original_router.routes:
        if not isinstance(route, APIRoute):
            return None
        first = _first_segment(prefix + route.path)
        if "{" in first:
            return None
        segments.add(first)
    return frozenset(segments)


class GuardedIncludedRouter(_IncludedRouter):
    """An included router that answers "no match" when the request's first path segment is
    none of its routes'."""

    sg_segments: frozenset[str] = frozenset()

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if _request_segment(scope) not in self.sg_segments:
            return Match.NONE, {}
        return super().matches(scope)


def guard_included_routers(app: FastAPI) -> int:
    """Guard every included router of ``app`` that can be; returns how many were."""
    guarded = 0
    for route in app.router.routes:
        if type(route) is not _IncludedRouter:
            continue
        segments = route_segments(route)
        if segments is None:
            continue
        route.__class__ = GuardedIncludedRouter
        assert isinstance(route, GuardedIncludedRouter)
        route.sg_segments = segments
        guarded += 1
    return guarded
