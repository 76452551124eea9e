"""405 answers that match the OpenAPI document: a complete ``Allow``, and concrete paths first.

Starlette answers 405 from the first route whose path matches, so a path declared by two routes
(``GET`` and ``PATCH /notes/{id}``) listed only one method in ``Allow``. And a method undeclared on
a concrete path (``PATCH /notes/export``) fell through to a templated route that has it
(``PATCH /notes/{id}``), whose parameter then failed: a 422 for what is a 405. OpenAPI matches
concrete paths before templated ones; this middleware does the same, and only when the app has
already answered 405 or 422, so a request that succeeds pays nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from re import Pattern
from typing import Any

from fastapi.routing import iter_route_contexts
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sg_common.errors import problem_response


@dataclass(frozen=True)
class _PathTemplate:
    path: str
    regex: Pattern[str]
    params: int
    methods: frozenset[str]

    @property
    def allow(self) -> str:
        return ", ".join(sorted(self.methods))


def path_templates(routes: list[Any]) -> list[_PathTemplate]:
    """Every path of the app with the methods declared on it, the most specific first."""
    by_path: dict[str, tuple[Pattern[str], int, set[str]]] = {}
    for route in iter_route_contexts(routes):  # through included routers
        if not isinstance(route.original_route, Route) or not route.methods or not route.path:
            continue
        entry = by_path.setdefault(
            route.path, (route.path_regex, len(route.param_convertors), set())
        )
        entry[2].update(route.methods)
    templates = [
        _PathTemplate(path, regex, params, frozenset(methods))
        for path, (regex, params, methods) in by_path.items()
    ]
    # Concrete before templated; among equals, the longer literal text first.
    return sorted(templates, key=lambda t: (t.params, -len(t.path)))


class MethodNotAllowedMiddleware:
    """Turn the app's 405/422 into the 405 the document implies, with a complete ``Allow``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._templates: list[_PathTemplate] | None = None

    def _template_for(self, scope: Scope) -> _PathTemplate | None:
        if self._templates is None:
            self._templates = path_templates(list(scope["app"].routes))
        path = scope.get("path", "")
        return next((t for t in self._templates if t.regex.match(path)), None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        replaced = False

        async def checked_send(message: Message) -> None:
            nonlocal replaced
            if replaced:
                return  # the app's own answer, superseded by the 405 already sent
            if message["type"] == "http.response.start" and message["status"] in (405, 422):
                template = self._template_for(scope)
                if template is not None and scope["method"] not in template.methods:
                    if message["status"] == 422:
                        replaced = True
                        response = problem_response(
                            405,
                            detail=f"{scope['method']} is not allowed on {scope['path']}",
                            instance=scope["path"],
                            headers={"Allow": template.allow},
                        )
                        await response(scope, receive, send)
                        return
                    headers = [(k, v) for k, v in message.get("headers", []) if k != b"allow"]
                    message = {
                        **message,
                        "headers": [*headers, (b"allow", template.allow.encode())],
                    }
            await send(message)

        await self.app(scope, receive, checked_send)
