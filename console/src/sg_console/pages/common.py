"""Helpers of the pages: the service client of the signed-in person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from sg_console.formatting import euros
from sg_console.services import ServiceRefusal, Services, call
from sg_console.signin import SignIn
from sg_console.web import Renderer, SignInRequired, ensure_session, redirect, session_of


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


#: The refusals a page shows as a message (other statuses are error pages).
REFUSALS = (403, 404, 409, 412, 422)


async def act(
    request: Request,
    service: str,
    operation: Any,
    *,
    done: str | Callable[[Any], str],
    then: str,
    current: Any = None,
    **kwargs: Any,
) -> Response:
    """A change the person asked for, then back to ``then`` with a message.

    ``current``: the record's read response (its ``ETag`` is sent as ``If-Match``). A refusal
    becomes an error message with the service's detail (and budget's figures for
    ``insufficient-ae``); success, ``done`` (a text, or a function of the parsed answer).
    """
    session = ensure_session(request)
    if current is not None:
        kwargs["if_match"] = current.headers.get("etag")
    try:
        async with await client(request, service) as api:
            answer = await call(operation, service=service, client=api, **kwargs)
    except ServiceRefusal as refusal:
        if refusal.status not in REFUSALS:
            raise
        session.flash(f"{refusal.title} : {refusal.detail}", "error")
        figures = refusal.problem
        if refusal.slug == "insufficient-ae" and "available_ae" in figures:
            session.flash(
                f"AE disponibles : {euros(figures['available_ae'])} ; "
                f"montant demandé : {euros(figures.get('requested_ae'))}.",
                "error",
            )
    else:
        session.flash(done(answer.parsed) if callable(done) else done)
    return redirect(then, request)


async def read(request: Request, service: str, operation: Any, **kwargs: Any) -> Any:
    """One read (its response: ``.parsed``, ``.headers``)."""
    async with await client(request, service) as api:
        return await call(operation, service=service, client=api, **kwargs)


def form_page(
    request: Request,
    template: str,
    *,
    title: str,
    section: str,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    refusal: ServiceRefusal | None = None,
    status_code: int = 200,
    **context: Any,
) -> Response:
    """A form page: what was typed (``values``), the field errors, the service's refusal."""
    return renderer(request).page(
        request,
        template,
        status_code=status_code,
        title=title,
        section=section,
        values=values,
        errors=errors or {},
        refusal=refusal,
        **context,
    )
