"""Server-side sessions: the browser holds only a random session id.

The cookie (``sg_console_session``; ``__Host-`` prefixed outside development) is httpOnly,
SameSite=Lax, Secure outside development, and carries 256 random bits and nothing else: the
person's tokens stay in this process, so no token can reach the browser's JavaScript, a log of
cookies or a proxy's cache. A session ends after ``session_idle_minutes`` without a request or
``session_max_hours`` after sign-in, and when the person signs out.

The store is this process's memory: one console replica keeps its sessions (``make run``,
compose); behind several replicas the ingress pins a browser to one (cookie affinity, see
``deploy/k8s``), and a replica that restarts signs its people out — they sign in again, silently
while their provider session lasts. :class:`SessionStore` is the seam for a shared store.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Person:
    """Who is signed in, as their access token says."""

    subject: str
    name: str
    roles: frozenset[str]
    units: tuple[str, ...]

    def has(self, *roles: str) -> bool:
        """Holds one of ``roles`` (``sg.admin`` holds every role, as in the services)."""
        return "sg.admin" in self.roles or bool(self.roles & set(roles))

    @property
    def unit(self) -> str:
        return self.units[0] if self.units else "SG"


@dataclass
class Tokens:
    """The person's tokens (never sent to the browser)."""

    access_token: str
    expires_at: float
    refresh_token: str | None = None
    id_token: str | None = None
    #: "oidc" (the provider) or "dev" (the persona picker: a development token)
    source: str = "oidc"


@dataclass
class Session:
    id: str
    csrf_token: str
    created_at: float
    last_seen: float
    person: Person | None = None
    tokens: Tokens | None = None
    #: the sign-in in progress: state, PKCE verifier, nonce, where to go afterwards
    pending: dict[str, str] = field(default_factory=dict)
    #: messages shown once on the next page: (level, text)
    flashes: list[tuple[str, str]] = field(default_factory=list)
    #: what a refused form held, to show it again after a redirect
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def signed_in(self) -> bool:
        return self.person is not None and self.tokens is not None

    def flash(self, text: str, level: str = "success") -> None:
        self.flashes.append((level, text))

    def pop_flashes(self) -> list[tuple[str, str]]:
        shown, self.flashes = self.flashes, []
        return shown


class SessionStore:
    """Sessions by id, in memory, bounded in time and in count."""

    def __init__(
        self,
        *,
        idle_seconds: float,
        max_seconds: float,
        max_sessions: int = 50_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.idle_seconds = idle_seconds
        self.max_seconds = max_seconds
        self.max_sessions = max_sessions
        self.clock = clock
        self._sessions: dict[str, Session] = {}

    def __len__(self) -> int:
        return len(self._sessions)

    def _expired(self, session: Session, now: float) -> bool:
        return (
            now - session.last_seen > self.idle_seconds
            or now - session.created_at > self.max_seconds
        )

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        session = self._sessions.get(session_id)
        if session is None:
            return None
        now = self.clock()
        if self._expired(session, now):
            del self._sessions[session_id]
            return None
        session.last_seen = now
        return session

    def create(self) -> Session:
        now = self.clock()
        if len(self._sessions) >= self.max_sessions:
            self.purge()
            while len(self._sessions) >= self.max_sessions:  # the oldest go first
                del self._sessions[next(iter(self._sessions))]
        session = Session(
            id=secrets.token_urlsafe(32),
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen=now,
        )
        self._sessions[session.id] = session
        return session

    def renew(self, session: Session) -> Session:
        """A new id (and CSRF token) for the same session: done at sign-in, so that an id
        planted before it (session fixation) is worth nothing after it."""
        self._sessions.pop(session.id, None)
        session.id = secrets.token_urlsafe(32)
        session.csrf_token = secrets.token_urlsafe(32)
        session.created_at = session.last_seen = self.clock()
        self._sessions[session.id] = session
        return session

    def delete(self, session: Session) -> None:
        self._sessions.pop(session.id, None)

    def purge(self) -> int:
        now = self.clock()
        expired = [sid for sid, s in self._sessions.items() if self._expired(s, now)]
        for sid in expired:
            del self._sessions[sid]
        return len(expired)
