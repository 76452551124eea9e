"""JSON numbers read exactly, or refused (a 422 problem), never silently rounded.

FastAPI reads a JSON body with :func:`json.loads`, which turns every number with a fraction or
an exponent into a binary float *before* any model sees it: ``12.3400000000000000001`` arrives
as ``12.34`` and ``0.000…1`` (below 1e-308) as ``0.0``, so a ``Money`` field, which refuses a
third decimal, cannot see it. This middleware reads JSON bodies first and refuses a number
whose float is not the number written (``Decimal(repr(float(text))) != Decimal(text)``), and
``NaN``/``Infinity``, which JSON does not have. Amounts are best sent as strings (``"12.34"``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sg_common.errors import problem_response

_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})


class InexactNumber(ValueError):
    """A JSON number a float does not hold exactly."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _exact_float(text: str) -> float:
    value = float(text)
    if Decimal(repr(value)) != Decimal(text):
        raise InexactNumber(text)
    return value


def _no_constant(text: str) -> Any:
    raise InexactNumber(text)


def inexact_number(body: bytes) -> str | None:
    """The first number of a JSON body that would not be read exactly, if any."""
    try:
        json.loads(body, parse_float=_exact_float, parse_constant=_no_constant)
    except InexactNumber as exc:
        return exc.text
    except (ValueError, RecursionError):  # not JSON, or nested too deep for the parser:
        return None  # the app answers it as it would anyway (400/422 problem)
    return None


def _is_json(scope: Scope) -> bool:
    headers: Iterable[tuple[bytes, bytes]] = scope.get("headers") or []
    content_type = dict(headers).get(b"content-type", b"").decode("latin-1")
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


class ExactNumbersMiddleware:
    """Refuse a JSON request body holding a number a float would change (422 problem)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _WITH_BODY or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
        text = inexact_number(body)
        if text is not None:
            response = problem_response(
                422,
                title="Request validation failed",
                detail=f"the number {text} cannot be read exactly; send amounts as strings "
                'with at most 2 decimals (e.g. "12.34")',
                instance=scope["path"],
                errors=[
                    {
                        "loc": ["body"],
                        "msg": f"Number {text} cannot be read exactly",
                        "type": "inexact_number",
                    }
                ],
            )
            await response(scope, receive, send)
            return

        async def replay() -> Message:
            if messages:
                return messages.pop(0)
            return await receive()

        await self.app(scope, replay, send)
