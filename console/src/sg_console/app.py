"""The console's FastAPI app (composition root): settings, sessions, sign-in, pages, errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import structlog
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from sg_common.observability import Metrics, RequestContextMiddleware, configure_logging
from sg_console import vendor
from sg_console.pages import (
    auth,
    budget,
    cpf,
    dashboard,
    dossier,
    dpg,
    dsg,
    files,
    home,
    hr,
    it,
    notifications,
    production,
    purchases,
    unions,
)
from sg_console.services import ServiceRefusal, Services, ServiceUnavailable
from sg_console.sessions import SessionStore
from sg_console.settings import ConsoleSettings
from sg_console.signin import SignIn
from sg_console.web import (
    CsrfRefused,
    Forbidden,
    Renderer,
    SessionMiddleware,
    SignInRequired,
    check_csrf,
    redirect,
    session_of,
    sign_in_url,
)

log = structlog.get_logger("sg_console.app")

ASSETS_DIR = Path(__file__).parent / "assets"


def create_app(
    settings: ConsoleSettings | None = None, *, services: Services | None = None
) -> FastAPI:
    settings = settings or ConsoleSettings()
    configure_logging(level=settings.log_level, json=settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await app.state.services.aclose()

    app = FastAPI(
        lifespan=lifespan,
        title="sg-suite — console",
        version=settings.version,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(check_csrf)],
    )
    store = SessionStore(
        idle_seconds=settings.session_idle_minutes * 60,
        max_seconds=settings.session_max_hours * 3600,
    )
    app.state.settings = settings
    app.state.sessions = store
    app.state.signin = SignIn(settings)
    app.state.services = services or Services(settings)
    app.state.renderer = Renderer(settings)

    app.add_middleware(SessionMiddleware, settings=settings, store=store)
    app.add_middleware(RequestContextMiddleware, metrics=Metrics("console"))

    app.mount("/static/app", StaticFiles(directory=ASSETS_DIR), name="assets")
    vendor.VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    app.mount("/static/vendor", StaticFiles(directory=vendor.VENDOR_DIR), name="vendor")

    health = APIRouter()

    @health.get("/health/live", include_in_schema=False)
    async def live() -> dict[str, str]:
        return {"status": "ok"}

    @health.get("/health/ready", include_in_schema=False)
    async def ready() -> Response:
        if not (vendor.VENDOR_DIR / "dsfr" / "dsfr.min.css").exists():
            return JSONResponse(
                {"status": "unready", "reason": "assets missing: make console-assets"}, 503
            )
        return JSONResponse({"status": "ok"})

    @health.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    app.include_router(health)
    pages = (auth, home, notifications, budget, cpf, dpg, purchases, hr, dashboard, dsg, it)
    for module in (*pages, production, unions, files):
        app.include_router(module.router)
    app.include_router(dossier.router)  # issue #20: one purchase across services
    _install_error_pages(app)
    return app


def _install_error_pages(app: FastAPI) -> None:
    renderer: Renderer = app.state.renderer

    @app.exception_handler(SignInRequired)
    async def sign_in(request: Request, exc: SignInRequired) -> Response:  # noqa: ARG001 (Starlette's exception handler signature)
        return redirect(sign_in_url(request), request)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:  # noqa: ARG001 (Starlette's exception handler signature)
        return renderer.page(
            request,
            "error.html",
            status_code=403,
            title="Accès refusé",
            message="Votre rôle ne donne pas accès à cette page.",
        )

    @app.exception_handler(CsrfRefused)
    async def csrf(request: Request, exc: CsrfRefused) -> Response:
        log.warning("csrf_refused", path=request.url.path, reason=str(exc))
        return renderer.page(
            request,
            "error.html",
            status_code=403,
            title="La page a expiré",
            message="Le formulaire n'a pas été accepté (page trop ancienne ou venue d'ailleurs). "
            "Rechargez la page et recommencez.",
        )

    @app.exception_handler(ServiceRefusal)
    async def refusal(request: Request, exc: ServiceRefusal) -> Response:
        if exc.status == 401:
            session = session_of(request)
            if session is not None:
                session.person = session.tokens = None
            return redirect(sign_in_url(request), request)
        return renderer.page(
            request,
            "error.html",
            status_code=exc.status if 400 <= exc.status < 500 else 502,
            title=exc.title,
            message=exc.detail,
        )

    @app.exception_handler(ServiceUnavailable)
    async def unavailable(request: Request, exc: ServiceUnavailable) -> Response:
        log.warning("service_unavailable", service=exc.service, reason=exc.reason)
        return renderer.page(
            request,
            "error.html",
            status_code=503,
            title="Service momentanément indisponible",
            message=f"{exc.label[0].upper()}{exc.label[1:]} ne répond pas. "
            "Réessayez dans quelques instants.",
        )

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> Response:  # noqa: ARG001 (Starlette's exception handler signature)
        return renderer.page(
            request,
            "error.html",
            status_code=404,
            title="Page introuvable",
            message="Cette adresse ne correspond à aucune page de la console.",
        )

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:  # noqa: ARG001 (Starlette's exception handler signature)
        log.exception("console_error", path=request.url.path)
        return renderer.page(
            request,
            "error.html",
            status_code=500,
            title="Erreur inattendue",
            message="Une erreur inattendue s'est produite ; elle a été journalisée. "
            "Réessayez ou revenez à l'accueil.",
        )
