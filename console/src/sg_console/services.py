"""Calls to the five services, through their generated clients, with the person's token.

``await services.client(request, "budget")`` gives the generated ``AuthenticatedClient`` of that
service with the signed-in person's access token (refreshed first when it is about to expire),
the request id, the timeout and the retries of ``sg_common.service_clients`` (idempotent calls
only). :func:`call` runs one generated operation and turns what is not a success into a
:class:`ServiceRefusal` (the service's problem+json, shown as a French message) or a
:class:`ServiceUnavailable` (the service did not answer).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import budget_client
import facilities_client
import hr_client
import httpx
import it_client
import production_client
import structlog
from fastapi import Request

from sg_common.service_clients import RetryTransport
from sg_console.settings import ConsoleSettings

log = structlog.get_logger("sg_console.services")

SERVICES = ("budget", "hr", "facilities", "it", "production")
_PACKAGES = {
    "budget": budget_client,
    "hr": hr_client,
    "facilities": facilities_client,
    "it": it_client,
    "production": production_client,
}
#: how the console names each service to people
SERVICE_LABELS = {
    "budget": "le service budgétaire (DPG)",
    "hr": "le service des ressources humaines (DRH)",
    "facilities": "le service des affaires générales (DSG)",
    "it": "le service informatique (DI)",
    "production": "le service de la production (DOMP)",
}

#: French titles of the rules people meet most (the slug of the problem's ``type``)
RULE_TITLES = {
    "insufficient-ae": "Autorisations d'engagement insuffisantes",
    "insufficient-cp": "Crédits de paiement insuffisants",
    "insufficient-credits": "Crédits insuffisants",
    "fiscal-year-closed": "L'exercice est clos",
    "unknown-fiscal-year": "Exercice inconnu",
    "unknown-action": "Action inconnue du programme 220",
    "service-done-exceeds-commitment": "Le service fait dépasserait l'engagement",
    "separation-of-duties": "Séparation de l'ordonnateur et du comptable",
    "invalid-invoice-status": "Cette facture n'est pas dans un état qui le permet",
    "commitment-cancelled": "L'engagement est annulé",
    "future-date": "La date ne peut pas être dans le futur",
    "out-of-scope": "Hors de votre périmètre",
    "missing-role": "Action non autorisée pour votre rôle",
    "invalid-status-transition": "Cette demande n'est pas dans un état qui le permet",
    "precondition-failed": "Le document a changé entre-temps",
    "concurrent-conflict": "Le document a changé entre-temps",
    "unknown-org-unit": "Unité inconnue",
    "closed-org-unit": "Unité fermée",
    "validation-error": "Saisie invalide",
    "request-already-decided": "La demande a déjà été arbitrée",
    "import-rejected": "Fichier refusé : rien n'a été importé",
    "import-unknown-columns": "Colonnes inconnues ou manquantes dans le fichier",
    "import-malformed": "Le fichier ne se lit pas comme un tableau",
    "import-too-large": "Le fichier a trop de lignes",
    "unsupported-import-type": "Type de fichier non pris en charge (CSV ou Excel attendu)",
    "unsupported-document-type": "Type de document non accepté",
    "document-too-large": "Document trop volumineux",
    "order-not-placed": "La commande n'est pas encore passée",
}
STATUS_TITLES = {
    400: "Demande invalide",
    401: "Votre session a expiré",
    403: "Accès refusé",
    404: "Introuvable",
    409: "Opération refusée",
    412: "Le document a changé entre-temps",
    422: "Saisie invalide",
    428: "Le document a changé entre-temps",
}


@dataclass
class ServiceRefusal(Exception):
    """A service answered with a problem (4xx, or 5xx other than unavailable)."""

    service: str
    status: int
    problem: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return str(self.problem.get("type", "")).rstrip("/").rsplit("/", 1)[-1]

    @property
    def detail(self) -> str:
        detail = self.problem.get("detail")
        if isinstance(detail, str) and detail:
            return detail
        errors = self.problem.get("errors")
        if isinstance(errors, list) and errors:
            return "; ".join(
                f"{'.'.join(str(p) for p in e.get('loc', [])[1:])}: {e.get('msg', '')}"
                for e in errors
                if isinstance(e, dict)
            )
        return str(self.problem.get("title") or HTTPStatus(self.status).phrase)

    @property
    def title(self) -> str:
        return RULE_TITLES.get(self.slug) or STATUS_TITLES.get(
            self.status, "Le service a refusé l'opération"
        )

    def __str__(self) -> str:
        return f"{self.service} {self.status} {self.slug}: {self.detail}"

    @classmethod
    def from_response(cls, service: str, status: int, content: bytes) -> ServiceRefusal:
        try:
            body = json.loads(content or b"{}")
        except ValueError:
            body = {}
        return cls(service, status, body if isinstance(body, dict) else {})


@dataclass
class ServiceUnavailable(Exception):
    """A service did not answer (connection refused, timeout, 502/503/504)."""

    service: str
    reason: str = ""

    @property
    def label(self) -> str:
        return SERVICE_LABELS.get(self.service, self.service)


async def call(
    operation: Any,
    *,
    service: str,
    client: Any,
    expect: Collection[int] = (200, 201),
    **kwargs: Any,
) -> Any:
    """Run a generated operation; its response (``.parsed``, ``.headers``) when the status is
    expected, else :class:`ServiceRefusal` or :class:`ServiceUnavailable`."""
    try:
        response = await operation.asyncio_detailed(client=client, **kwargs)
    except httpx.TimeoutException as exc:
        raise ServiceUnavailable(service, "timeout") from exc
    except httpx.TransportError as exc:
        raise ServiceUnavailable(service, type(exc).__name__) from exc
    status = int(response.status_code)
    if status in expect:
        return response
    if status in (502, 503, 504):
        raise ServiceUnavailable(service, f"HTTP {status}")
    refusal = ServiceRefusal.from_response(service, status, response.content)
    log.info("service_refused", service=service, status=status, type=refusal.slug)
    raise refusal


class _SharedTransport(RetryTransport):
    """The retries over the app's one connection pool, which a client closing does not close
    (``Services.aclose`` does, at shutdown)."""

    async def aclose(self) -> None:
        return None


class Services:
    """Builds each service's generated client for a request, with the person's token.

    One connection pool for the app: a generated client per request is cheap, but a transport
    per request would load the TLS trust store and open new connections every time (measured:
    most of a page's time).
    """

    def __init__(
        self,
        settings: ConsoleSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self.transport = transport or httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20)
        )

    async def aclose(self) -> None:
        await self.transport.aclose()

    def client(self, service: str, token: str, request: Request | None = None) -> Any:
        package = _PACKAGES[service]
        headers: dict[str, str] = {}
        request_id = getattr(request.state, "request_id", None) if request else None
        if request_id:
            headers["X-Request-ID"] = request_id
        return package.AuthenticatedClient(
            base_url=self.settings.service_url(service),
            token=token,
            timeout=httpx.Timeout(self.settings.service_call_timeout_s),
            headers=headers,
            raise_on_unexpected_status=False,
            httpx_args={
                "transport": _SharedTransport(
                    self.transport, attempts=self.settings.service_call_attempts
                )
            },
        )
