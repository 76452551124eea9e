"""Helpers of the pages: the service client of the signed-in person."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from sg_console.services import Services
from sg_console.signin import SignIn
from sg_console.web import Renderer, SignInRequired, session_of


async def client(request: Request, service: str) -> Any:
    """The generated client of ``service`` with the person's (fresh) token."""
    session = session_of(request)
    if session is None or not session.signed_in:
        raise SignInRequired
    signin: SignIn = request.app.state.signin
    token = await signin.access_token(session)
    if token is None:
        session.person = session.tokens = None
        raise SignInRequired
    services: Services = request.app.state.services
    return services.client(service, token, request)


def renderer(request: Request) -> Renderer:
    r: Renderer = request.app.state.renderer
    return r


def as_dict(parsed: Any) -> dict[str, Any]:
    """A generated model as a plain dict (money stays a decimal string)."""
    result: dict[str, Any] = parsed.to_dict()
    return result
