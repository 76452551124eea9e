"""Signing people in and out, and keeping their token fresh.

* **OpenID Connect** (authorization code + PKCE S256, with authlib): ``/connexion/oidc`` sends the
  browser to the provider's authorization endpoint with a fresh ``state``, ``nonce`` and code
  verifier kept in the (server-side) session; ``/callback`` checks the state, exchanges the code
  with the verifier, verifies the ID token (signature from the provider's JWKS, issuer,
  audience, nonce) and the access token (``sg_common``'s verifier: what the services will
  check), then starts a new session id. The access token is refreshed (refresh-token grant)
  when it has less than ``token_refresh_margin_s`` left; when that fails the person signs in
  again. Sign-out forgets the session and sends the browser to the provider's
  ``end_session_endpoint`` (``id_token_hint``), which ends the provider's session too.
* **Personas** (development only): a role and a unit give a development token signed with the
  repository's development key (``sg_common.auth.dev.mint_dev_token``, which refuses outside
  development, as the services refuse that key); re-minted when it is about to expire.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from typing import Any
from urllib.parse import urlencode

import jwt
import structlog
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from sg_common.auth import TokenVerifier
from sg_common.auth.dev import mint_dev_token
from sg_common.auth.discovery import DiscoveryError, ProviderMetadata, oidc_discovery
from sg_common.errors import Unauthorized
from sg_console.sessions import Person, Session, Tokens
from sg_console.settings import ConsoleSettings

log = structlog.get_logger("sg_console.signin")

#: The personas the picker offers in development: (role, unit, label).
PERSONAS: list[tuple[str, str, str]] = [
    ("budget.officer", "DR-BRE", "Ordonnateur budgétaire, direction régionale de Bretagne"),
    ("budget.officer", "DR-NOR", "Ordonnateur budgétaire, direction régionale de Normandie"),
    ("budget.manager", "DPG-BUDGET", "Gestionnaire budgétaire du DPG"),
    ("budget.accountant", "DPG-CPF", "Comptable du centre de prestations financières"),
    ("budget.controller", "DPG-CG", "Contrôle de gestion"),
    ("facilities.requester", "DR-BRE", "Demandeur d'achats, direction régionale de Bretagne"),
    ("facilities.requester", "DR-GES", "Demandeur d'achats, direction régionale du Grand Est"),
    ("facilities.buyer", "DSG-ACHATS", "Acheteur du bureau des achats (DSG)"),
    ("facilities.manager", "DSG", "Responsable des services généraux"),
    ("facilities.social", "DSG-SOCIAL", "Assistante sociale (DSG)"),
    ("hr.manager", "DRH", "Gestionnaire RH (DRH)"),
    ("hr.officer", "DR-BRE", "Correspondant RH, direction régionale de Bretagne"),
    ("hr.trainer", "DRH-FORM", "Bureau de la formation (DRH)"),
    ("it.manager", "DI", "Responsable informatique (DI)"),
    ("it.planner", "DI-PLAN", "Planificateur de la DI"),
    ("it.technician", "DR-BRE", "Technicien informatique, direction régionale de Bretagne"),
    ("production.manager", "DOMP", "Responsable du portefeuille (DOMP)"),
    ("production.lead", "DOMP-METH", "Pilote d'opérations statistiques (DOMP)"),
    ("production.contributor", "DR-BRE", "Unité contributrice, direction régionale de Bretagne"),
    ("sg.auditor", "SG", "Secrétaire général ou auditeur (lecture seule)"),
    ("sg.admin", "SG", "Administrateur"),
]
ROLES = sorted({role for role, _, _ in PERSONAS})


class SignInError(Exception):
    """The sign-in could not complete (shown to the person in French)."""


def _claims(token: str) -> dict[str, Any]:
    # Only after the token was verified or minted here: reading its expiry and claims.
    claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return claims


class SignIn:
    """OpenID Connect client and persona minting for one console."""

    def __init__(self, settings: ConsoleSettings) -> None:
        self.settings = settings
        self.verifier = TokenVerifier(settings) if settings.oidc_issuer else None
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def oidc_enabled(self) -> bool:
        return self.settings.oidc_issuer is not None

    @property
    def client_id(self) -> str:
        return self.settings.oidc_client_id or "sg-web"

    def redirect_uri(self, base_url: str) -> str:
        return base_url.rstrip("/") + self.settings.oidc_redirect_path

    async def metadata(self) -> ProviderMetadata:
        assert self.settings.oidc_issuer is not None
        try:
            return await oidc_discovery.metadata(self.settings.oidc_issuer)
        except DiscoveryError as exc:
            raise SignInError("Le fournisseur d'identité ne répond pas.") from exc

    def _oauth(self, redirect_uri: str | None = None) -> AsyncOAuth2Client:
        secret = self.settings.oidc_client_secret
        return AsyncOAuth2Client(
            client_id=self.client_id,
            client_secret=secret.get_secret_value() if secret else None,
            token_endpoint_auth_method="client_secret_basic" if secret else "none",
            redirect_uri=redirect_uri,
            scope=self.settings.oidc_scope,
            timeout=self.settings.service_call_timeout_s,
        )

    # ---- the code flow -----------------------------------------------------------------

    async def authorization_url(self, session: Session, *, base_url: str, next_url: str) -> str:
        metadata = await self.metadata()
        if metadata.authorization_endpoint is None:
            raise SignInError("Le fournisseur d'identité n'a pas de point d'autorisation.")
        verifier = secrets.token_urlsafe(48)
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        session.pending = {"state": state, "verifier": verifier, "nonce": nonce, "next": next_url}
        async with self._oauth(self.redirect_uri(base_url)) as oauth:
            url, _ = oauth.create_authorization_url(
                metadata.authorization_endpoint,
                state=state,
                nonce=nonce,
                code_challenge=create_s256_code_challenge(verifier),
                code_challenge_method="S256",
                # offline_access (a refresh token) is granted with consent asked: the dev IdP and
                # Keycloak treat the console as first-party and do not show a consent screen
                prompt="consent",
            )
        return str(url)

    async def complete(
        self, session: Session, *, base_url: str, params: dict[str, str]
    ) -> tuple[Person, Tokens, str]:
        """The callback: (person, tokens, where to go)."""
        pending, session.pending = session.pending, {}
        if "error" in params:
            raise SignInError(
                f"Connexion refusée par le fournisseur d'identité ({params.get('error')})."
            )
        if not pending or not secrets.compare_digest(params.get("state", ""), pending["state"]):
            raise SignInError("La connexion a expiré ou ne vient pas de cette page : recommencez.")
        if params.get("iss") and params["iss"] != self.settings.oidc_issuer:
            raise SignInError("La réponse ne vient pas du fournisseur d'identité attendu.")
        metadata = await self.metadata()
        async with self._oauth(self.redirect_uri(base_url)) as oauth:
            try:
                token = await oauth.fetch_token(
                    metadata.token_endpoint,
                    grant_type="authorization_code",
                    code=params.get("code", ""),
                    code_verifier=pending["verifier"],
                )
            except Exception as exc:  # authlib raises OAuthError and httpx errors alike
                log.warning("oidc_code_exchange_failed", error=repr(exc))
                raise SignInError("Le fournisseur d'identité a refusé la connexion.") from exc
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise SignInError("Le fournisseur d'identité n'a pas donné de jeton d'identité.")
        await self._check_id_token(id_token, metadata, nonce=pending["nonce"])
        person, tokens = await self._from_token_response(dict(token))
        return person, tokens, pending.get("next") or "/"

    async def _check_id_token(
        self, id_token: str, metadata: ProviderMetadata, *, nonce: str
    ) -> None:
        try:
            keys = jwt.PyJWKClient(metadata.jwks_uri, cache_keys=False)
            key = await asyncio.to_thread(keys.get_signing_key_from_jwt, id_token)
            claims = jwt.decode(
                id_token,
                key=key,
                algorithms=["RS256", "ES256", "PS256"],
                audience=self.client_id,
                issuer=metadata.issuer,
                leeway=self.settings.jwt_leeway_seconds,
            )
        except jwt.PyJWTError as exc:
            log.warning("oidc_id_token_refused", error=str(exc))
            raise SignInError("Le jeton d'identité est invalide.") from exc
        if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
            raise SignInError("Le jeton d'identité ne correspond pas à cette connexion.")

    async def _from_token_response(self, token: dict[str, Any]) -> tuple[Person, Tokens]:
        access = token.get("access_token")
        if not isinstance(access, str) or self.verifier is None:
            raise SignInError("Le fournisseur d'identité n'a pas donné de jeton d'accès.")
        try:
            principal = await self.verifier.verify(access)
        except Unauthorized as exc:
            raise SignInError(f"Le jeton d'accès est refusé : {exc.detail}") from exc
        expires_at = float(_claims(access).get("exp") or time.time() + 300)
        person = Person(
            subject=principal.subject,
            name=principal.name or principal.subject,
            roles=frozenset(principal.roles),
            units=principal.units,
        )
        refresh = token.get("refresh_token")
        id_token = token.get("id_token")
        tokens = Tokens(
            access_token=access,
            expires_at=expires_at,
            refresh_token=refresh if isinstance(refresh, str) else None,
            id_token=id_token if isinstance(id_token, str) else None,
        )
        return person, tokens

    # ---- personas (development) --------------------------------------------------------

    def persona(self, role: str, unit: str) -> tuple[Person, Tokens]:
        """A development token for a role and a unit (refused outside development)."""
        if not self.settings.personas_enabled:
            raise SignInError("Les profils de démonstration n'existent qu'en développement.")
        label = next((lbl for r, u, lbl in PERSONAS if r == role and u == unit), None)
        subject = f"persona-{role.replace('.', '-')}-{unit.lower()}"
        name = label or f"{role} ({unit})"
        ttl = 3600
        token = mint_dev_token(
            self.settings, subject=subject, roles=[role], units=[unit], name=name, ttl_seconds=ttl
        )
        person = Person(subject=subject, name=name, roles=frozenset({role}), units=(unit,))
        return person, Tokens(access_token=token, expires_at=time.time() + ttl, source="dev")

    # ---- a fresh token for each call ---------------------------------------------------

    async def access_token(self, session: Session) -> str | None:
        """The session's access token, refreshed when about to expire; None when the session
        cannot go on (the person signs in again)."""
        tokens, person = session.tokens, session.person
        if tokens is None or person is None:
            return None
        if tokens.expires_at - time.time() > self.settings.token_refresh_margin_s:
            return tokens.access_token
        lock = self._locks.setdefault(session.id, asyncio.Lock())
        async with lock:
            tokens = session.tokens
            if tokens is None:
                return None
            if tokens.expires_at - time.time() > self.settings.token_refresh_margin_s:
                return tokens.access_token
            if tokens.source == "dev":
                role, unit = next(iter(person.roles)), person.unit
                _, session.tokens = self.persona(role, unit)
                return session.tokens.access_token
            return await self._refresh(session, tokens)

    async def _refresh(self, session: Session, tokens: Tokens) -> str | None:
        if not tokens.refresh_token:
            return None
        metadata = await self.metadata()
        async with self._oauth() as oauth:
            try:
                answer = await oauth.refresh_token(
                    metadata.token_endpoint, refresh_token=tokens.refresh_token
                )
            except Exception as exc:  # an expired or revoked refresh token, the provider down
                log.info("oidc_refresh_failed", error=repr(exc))
                session.tokens = None
                return None
        answer = dict(answer)
        answer.setdefault("refresh_token", tokens.refresh_token)
        answer.setdefault("id_token", tokens.id_token)
        try:
            person, fresh = await self._from_token_response(answer)
        except SignInError:
            session.tokens = None
            return None
        session.person, session.tokens = person, fresh
        log.info("oidc_token_refreshed", subject=person.subject)
        return fresh.access_token

    def forget(self, session: Session) -> None:
        self._locks.pop(session.id, None)

    async def logout_url(self, tokens: Tokens | None) -> str | None:
        """The provider's end-session URL for an OIDC session (None otherwise)."""
        if tokens is None or tokens.source != "oidc" or not self.oidc_enabled:
            return None
        try:
            metadata = await self.metadata()
        except SignInError:
            return None
        if metadata.end_session_endpoint is None:
            return None
        params = {"client_id": self.client_id}
        if self.settings.oidc_post_logout_url:
            params["post_logout_redirect_uri"] = self.settings.oidc_post_logout_url
        if tokens.id_token:
            params["id_token_hint"] = tokens.id_token
        return f"{metadata.end_session_endpoint}?{urlencode(params)}"
