"""Sign-in (provider or persona), the provider's callback, sign-out."""

from __future__ import annotations

from typing import Annotated

import structlog
from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from sg_console.pages.common import renderer
from sg_console.sessions import SessionStore
from sg_console.signin import PERSONAS, ROLES, SignIn, SignInError
from sg_console.web import ensure_session, redirect, safe_next, session_of

log = structlog.get_logger("sg_console.auth")
router = APIRouter()


def _signin(request: Request) -> SignIn:
    signin: SignIn = request.app.state.signin
    return signin


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/connexion")
async def sign_in_page(
    request: Request, suivant: str = "/", erreur: str = "", deconnecte: str = ""
) -> Response:
    session = ensure_session(request)
    signin = _signin(request)
    return renderer(request).page(
        request,
        "signin.html",
        title="Se connecter",
        next_url=safe_next(suivant),
        oidc=signin.oidc_enabled,
        personas=PERSONAS if signin.settings.personas_enabled else [],
        roles=ROLES,
        error=erreur or None,
        signed_out=bool(deconnecte),
        signed_in=session.signed_in,
    )


@router.post("/connexion/profil")
async def sign_in_persona(
    request: Request,
    role: Annotated[str, Form()],
    unit: Annotated[str, Form()],
    suivant: Annotated[str, Form()] = "/",
) -> Response:
    signin = _signin(request)
    role, unit = role.strip(), unit.strip().upper()
    if role not in ROLES or not unit or len(unit) > 40:
        return renderer(request).page(
            request,
            "signin.html",
            status_code=422,
            title="Se connecter",
            next_url=safe_next(suivant),
            oidc=signin.oidc_enabled,
            personas=PERSONAS if signin.settings.personas_enabled else [],
            roles=ROLES,
            error="Choisissez un rôle de la liste et une unité.",
            signed_in=False,
        )
    try:
        person, tokens = signin.persona(role, unit)
    except SignInError as exc:
        return renderer(request).page(
            request, "error.html", status_code=403, title="Connexion refusée", message=str(exc)
        )
    store: SessionStore = request.state.session_store
    session = store.renew(ensure_session(request))
    session.person, session.tokens = person, tokens
    log.info("signed_in", subject=person.subject, via="persona", role=role, unit=unit)
    return redirect(safe_next(suivant))


@router.get("/connexion/oidc")
async def sign_in_oidc(request: Request, suivant: str = "/") -> Response:
    signin = _signin(request)
    if not signin.oidc_enabled:
        return redirect("/connexion")
    session = ensure_session(request)
    try:
        url = await signin.authorization_url(
            session, base_url=_base_url(request), next_url=safe_next(suivant)
        )
    except SignInError as exc:
        return renderer(request).page(
            request, "error.html", status_code=503, title="Connexion impossible", message=str(exc)
        )
    return RedirectResponse(url, status_code=303)


@router.get("/callback")
async def callback(request: Request) -> Response:
    signin = _signin(request)
    session = session_of(request)
    if session is None or not signin.oidc_enabled:
        return redirect("/connexion?erreur=" + "La connexion a expiré : recommencez.")
    try:
        person, tokens, next_url = await signin.complete(
            session, base_url=_base_url(request), params=dict(request.query_params)
        )
    except SignInError as exc:
        return renderer(request).page(
            request, "error.html", status_code=400, title="Connexion impossible", message=str(exc)
        )
    store: SessionStore = request.state.session_store
    session = store.renew(session)
    session.person, session.tokens = person, tokens
    log.info("signed_in", subject=person.subject, via="oidc")
    return redirect(safe_next(next_url))


@router.post("/deconnexion")
async def sign_out(request: Request) -> Response:
    signin = _signin(request)
    session = session_of(request)
    provider_logout = None
    if session is not None:
        provider_logout = await signin.logout_url(session.tokens)
        signin.forget(session)
        store: SessionStore = request.state.session_store
        store.delete(session)
        request.state.session = None
        log.info("signed_out", subject=session.person.subject if session.person else None)
    return redirect(provider_logout or "/connexion?deconnecte=1")
