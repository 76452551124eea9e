"""Who is acting in the current task: set by the HTTP middleware, the token check and the
event consumer; read when the transaction's audit rows are appended."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

#: The actor of writes made outside any request or event (start-up reference data, scripts).
SYSTEM_ACTOR = "system"


@dataclass
class AuditContext:
    """Mutable on purpose: the request's context is created by the outermost middleware and
    completed (``actor``) once the token is verified, deeper in the same request."""

    actor: str | None = None
    request_id: str | None = None


_current: ContextVar[AuditContext | None] = ContextVar("sg_audit_context", default=None)


def current_audit_context() -> AuditContext:
    """The acting context, or the system's when none is set."""
    return _current.get() or AuditContext(actor=SYSTEM_ACTOR)


@contextmanager
def acting(actor: str | None = None, *, request_id: str | None = None) -> Iterator[AuditContext]:
    """Writes made in the block are recorded as made by ``actor`` under ``request_id``."""
    context = AuditContext(actor=actor, request_id=request_id)
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


def note_actor(subject: str) -> None:
    """The request's caller is now known (called when its token is verified)."""
    context = _current.get()
    if context is not None:
        context.actor = subject
