"""What every page shares: the session, the person, CSRF, the menu, rendering, security headers.

* **Session**: :class:`SessionMiddleware` loads the session named by the cookie (or none) into
  ``request.state.session``; a page that needs one (a form, a sign-in) creates it, and the
  cookie is set on the way out.
* **CSRF**: the synchronizer-token pattern (OWASP's first recommendation where the server keeps
  sessions): each session has a random token, every form carries it in a hidden field and htmx
  sends it as ``X-CSRF-Token`` (``hx-headers`` on ``<body>``); every request other than
  GET/HEAD/OPTIONS must present it (compared in constant time) and, when the browser sends
  ``Origin``, come from this origin. No library: the check is ten lines over the session the
  console already keeps, where a double-submit library would add a second cookie to protect.
* **Headers**: a Content-Security-Policy without ``unsafe-inline`` (scripts and styles only from
  the console's own files; no inline script, style or event handler anywhere in the templates),
  ``frame-ancestors 'none'``, no referrer outside, no caching of pages.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sg_console import formatting
from sg_console.sessions import Person, Session, SessionStore
from sg_console.settings import ConsoleSettings

TEMPLATES_DIR = Path(__file__).parent / "templates"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
COOKIE = "sg_console_session"


def cookie_name(settings: ConsoleSettings) -> str:
    # __Host-: Secure, path /, no Domain: the cookie cannot be set by a sibling subdomain
    return f"__Host-{COOKIE}" if settings.cookie_secure else COOKIE


def templates() -> Jinja2Templates:
    env = Jinja2Templates(directory=str(TEMPLATES_DIR))
    env.env.filters["euros"] = formatting.euros
    env.env.filters["date_fr"] = formatting.french_date
    env.env.filters["number_fr"] = formatting.number
    return env


def content_security_policy(settings: ConsoleSettings) -> str:
    form_action = "'self'"
    if settings.oidc_issuer:  # sign-out posts here, then redirects to the provider
        parts = urlsplit(settings.oidc_issuer)
        form_action += f" {parts.scheme}://{parts.netloc}"
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            f"form-action {form_action}",
            "frame-ancestors 'none'",
        ]
    )


class SessionMiddleware:
    """Loads the session and sets the cookie and the security headers (pure ASGI)."""

    def __init__(self, app: ASGIApp, *, settings: ConsoleSettings, store: SessionStore) -> None:
        self.app = app
        self.settings = settings
        self.store = store
        self.cookie = cookie_name(settings)
        self.csp = content_security_policy(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        loaded = self.store.get(request.cookies.get(self.cookie))
        loaded_id = loaded.id if loaded is not None else None
        state = scope.setdefault("state", {})
        state["session"] = loaded
        state["session_store"] = self.store
        static = scope["path"].startswith("/static/")

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                session: Session | None = scope["state"].get("session")
                if session is not None and session.id != loaded_id:
                    headers.append((b"set-cookie", self._cookie(session.id).encode("latin-1")))
                elif loaded_id is not None and session is None:
                    headers.append((b"set-cookie", self._cookie("", max_age=0).encode("latin-1")))
                headers += [
                    (b"content-security-policy", self.csp.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                ]
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_wrapper)

    def _cookie(self, value: str, max_age: int | None = None) -> str:
        parts = [f"{self.cookie}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        if self.settings.cookie_secure:
            parts.append("Secure")
        return "; ".join(parts)


def session_of(request: Request) -> Session | None:
    session: Session | None = request.state.session
    return session


def ensure_session(request: Request) -> Session:
    """The request's session, created when there is none (a form needs its CSRF token)."""
    session = session_of(request)
    if session is None:
        store: SessionStore = request.state.session_store
        session = store.create()
        request.state.session = session
    return session


class CsrfRefused(Exception):
    """A state-changing request without the session's CSRF token (or from another origin)."""


async def check_csrf(request: Request) -> None:
    """FastAPI dependency of every route: non-safe methods need the session's token."""
    if request.method in SAFE_METHODS:
        return
    session = session_of(request)
    origin = request.headers.get("origin")
    if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
        raise CsrfRefused("origin")
    presented = request.headers.get("x-csrf-token")
    if presented is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get("csrf_token")
            presented = value if isinstance(value, str) else None
    if (
        session is None
        or not presented
        or not secrets.compare_digest(presented, session.csrf_token)
    ):
        raise CsrfRefused("token")


class SignInRequired(Exception):
    """No signed-in person: go to the sign-in page, then come back."""


@dataclass(frozen=True)
class MenuItem:
    label: str
    href: str
    roles: tuple[str, ...]
    section: str


#: The menu: an entry shows when the person holds one of its roles (sg.admin sees all).
MENU = [
    MenuItem("Accueil", "/", (), "home"),
    MenuItem("Ce qui m'attend", "/a-faire", (), "notifications"),
    MenuItem("Tableau de bord", "/tableau-de-bord", ("sg.auditor",), "dashboard"),
    MenuItem(
        "Crédits",
        "/budget/credits",
        ("budget.officer", "budget.manager", "budget.controller", "sg.auditor"),
        "budget",
    ),
    MenuItem(
        "Engagements",
        "/budget/engagements",
        ("budget.officer", "budget.manager", "budget.controller", "sg.auditor"),
        "commitments",
    ),
    MenuItem(
        "Arbitrages", "/dpg/demandes", ("budget.manager", "budget.controller"), "dpg-requests"
    ),
    MenuItem("Réserve", "/dpg/reserve", ("budget.manager", "budget.controller"), "dpg-reserve"),
    MenuItem(
        "Exécution", "/dpg/execution", ("budget.manager", "budget.controller"), "dpg-execution"
    ),
    MenuItem("Factures", "/cpf/factures", ("budget.accountant",), "cpf"),
    MenuItem(
        "Balance",
        "/cpf/balance",
        ("budget.accountant", "budget.manager", "budget.controller"),
        "balance",
    ),
    MenuItem(
        "Achats",
        "/achats/demandes",
        ("facilities.requester", "facilities.buyer", "facilities.manager", "sg.auditor"),
        "purchases",
    ),
    MenuItem("Agents", "/rh/agents", ("hr.manager", "hr.officer", "sg.auditor"), "hr-agents"),
    MenuItem("ETPT", "/rh/etpt", ("hr.manager", "hr.officer", "sg.auditor"), "hr-etpt"),
    MenuItem(
        "Formations",
        "/rh/formations",
        ("hr.manager", "hr.officer", "hr.trainer", "sg.auditor"),
        "hr-training",
    ),
    MenuItem(
        "Formations obligatoires",
        "/rh/conformite",
        ("hr.manager", "hr.officer", "hr.trainer", "sg.auditor"),
        "hr-compliance",
    ),
    MenuItem(
        "Dialogue social",
        "/rh/dialogue-social",
        ("hr.manager", "hr.officer", "sg.auditor"),
        "hr-unions",
    ),
    MenuItem(
        "Occupation", "/dsg/occupation", ("facilities.manager", "sg.auditor"), "dsg-occupancy"
    ),
    MenuItem("DUERP", "/dsg/duerp", ("facilities.manager", "sg.auditor"), "dsg-duerp"),
    MenuItem("Incidents", "/dsg/incidents", ("facilities.manager", "sg.auditor"), "dsg-incidents"),
    MenuItem("Registre SST", "/dsg/registre", ("facilities.manager", "sg.auditor"), "dsg-register"),
    MenuItem("Plan de charge", "/di/charge", ("it.manager", "it.planner", "sg.auditor"), "it-load"),
    MenuItem(
        "Inventaire",
        "/di/inventaire",
        ("it.manager", "it.technician", "it.planner", "sg.auditor"),
        "it-inventory",
    ),
    MenuItem(
        "Licences",
        "/di/licences",
        ("it.manager", "it.technician", "it.planner", "sg.auditor"),
        "it-licences",
    ),
    MenuItem(
        "Portefeuille",
        "/production/portefeuille",
        ("production.manager", "production.lead", "production.contributor", "sg.auditor"),
        "production-portfolio",
    ),
    MenuItem(
        "Améliorations",
        "/production/ameliorations",
        ("production.manager", "production.lead", "production.contributor", "sg.auditor"),
        "production-improvements",
    ),
    MenuItem(
        "Opérations à risque",
        "/production/risques",
        ("production.manager", "production.lead", "production.contributor", "sg.auditor"),
        "production-risks",
    ),
]


#: a menu longer than this is grouped by département (drop-down lists), so that it fits the
#: width of the page (the SG's readers see every page)
MENU_FLAT_MAX = 9
#: département of an entry, by the start of its address
DEPARTMENTS = [
    (("/budget", "/dpg", "/cpf"), "Budget"),
    (("/rh",), "Ressources humaines"),
    (("/achats", "/dsg"), "Moyens généraux"),
    (("/di",), "Informatique"),
    (("/production",), "Production"),
]


@dataclass(frozen=True)
class NavEntry:
    """A link of the menu, or a département's drop-down list of links."""

    label: str
    items: tuple[MenuItem, ...]
    key: str = ""

    def current(self, section: str) -> bool:
        return any(item.section == section for item in self.items)


def navigation(menu: list[MenuItem]) -> list[NavEntry]:
    """The menu as shown: flat when short, else grouped by département."""
    if len(menu) <= MENU_FLAT_MAX:
        return [NavEntry(item.label, (item,)) for item in menu]
    entries: list[NavEntry] = []
    grouped: dict[str, list[MenuItem]] = {}
    for item in menu:
        label = next((name for prefixes, name in DEPARTMENTS if item.href.startswith(prefixes)), "")
        if not label:
            entries.append(NavEntry(item.label, (item,)))
            continue
        if label not in grouped:
            grouped[label] = []
            entries.append(NavEntry(label, (), key=f"menu-{len(grouped)}"))
        grouped[label].append(item)
    return [NavEntry(e.label, tuple(grouped[e.label]), e.key) if e.key else e for e in entries]


def menu_for(person: Person | None) -> list[MenuItem]:
    if person is None:
        return []
    return [item for item in MENU if not item.roles or person.has(*item.roles)]


def person_of(request: Request) -> Person:
    session = session_of(request)
    if session is None or not session.signed_in or session.person is None:
        raise SignInRequired
    return session.person


class Forbidden(Exception):
    """The person's roles do not allow this page."""


def require(*roles: str) -> Callable[[Request], Awaitable[Person]]:
    """A dependency: the signed-in person, holding one of ``roles`` (any role when none)."""

    async def dependency(request: Request) -> Person:
        person = person_of(request)
        if roles and not person.has(*roles):
            raise Forbidden
        return person

    return dependency


class Renderer:
    """Renders a template with what every page needs."""

    def __init__(self, settings: ConsoleSettings) -> None:
        self.settings = settings
        self.templates = templates()

    def page(
        self,
        request: Request,
        name: str,
        *,
        status_code: int = 200,
        section: str = "",
        **context: Any,
    ) -> HTMLResponse:
        session = session_of(request)
        person = session.person if session is not None and session.signed_in else None
        flashes = session.pop_flashes() if session is not None else []
        return self.templates.TemplateResponse(
            request,
            name,
            {
                "settings": self.settings,
                "person": person,
                "menu": navigation(menu_for(person)),
                "section": section,
                "csrf_token": session.csrf_token if session is not None else "",
                "flashes": flashes,
                **context,
            },
            status_code=status_code,
        )


def redirect(url: str, request: Request | None = None) -> Response:
    """A 303 redirect (or, for htmx, ``HX-Redirect``)."""
    if request is not None and request.headers.get("hx-request") == "true":
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


def safe_next(value: str | None) -> str:
    """A local path to go back to after sign-in (never another site)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def sign_in_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"/connexion?suivant={quote(safe_next(target), safe='')}"


def form_values(form: Iterable[tuple[str, Any]]) -> dict[str, str]:
    return {k: v for k, v in form if isinstance(v, str) and k != "csrf_token"}
