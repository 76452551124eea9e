"""The event envelope: CloudEvents 1.0 in Kafka binary mode, JSON payload.

Attributes travel as Kafka headers (``ce_id``, ``ce_source``, ``ce_type``, ``ce_time``,
``ce_subject``, ``ce_specversion``, ``content-type``, ``ce_sgschemaversion`` and the W3C
``traceparent``); the value is the payload's JSON; the key is the subject (aggregate id), so one
aggregate's events stay in one partition, in order.
"""

from __future__ import annotations

import json
import secrets
import uuid
from contextvars import ContextVar
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from sg_common.clock import utcnow

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/json"
H_ID, H_SOURCE, H_TYPE, H_TIME = "ce_id", "ce_source", "ce_type", "ce_time"
H_SUBJECT, H_SPEC, H_CONTENT = "ce_subject", "ce_specversion", "content-type"
H_SCHEMA, H_TRACE = "ce_sgschemaversion", "traceparent"

#: The trace of the work in progress (an HTTP request, or the event being handled).
current_traceparent: ContextVar[str | None] = ContextVar("sg_traceparent", default=None)


class EventPayload(BaseModel):
    """Base of every event payload: one subclass per event type and major version."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_type: ClassVar[str]
    version: ClassVar[int] = 1
    producer: ClassVar[str]


class EnvelopeError(Exception):
    """A message that cannot become an event (it goes to the dead-letter topic)."""


class UnknownEventVersion(EnvelopeError):
    """An event whose major schema version this consumer does not know."""


def new_traceparent(parent: str | None = None) -> str:
    """A W3C traceparent continuing ``parent``'s trace with a new span, or a new trace."""
    trace_id = secrets.token_hex(16)
    flags = "01"
    if parent:
        parts = parent.split("-")
        if len(parts) == 4 and len(parts[1]) == 32:
            trace_id, flags = parts[1], parts[3]
    return f"00-{trace_id}-{secrets.token_hex(8)}-{flags}"


def _traceparent_for_new_event() -> str:
    """The active OpenTelemetry span's context if tracing is on, else the propagated one."""
    from sg_common.tracing import active_traceparent

    return active_traceparent() or new_traceparent(current_traceparent.get())


class EventEnvelope(BaseModel):
    """An event with its CloudEvents attributes and its validated payload."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    id: str
    type: str
    source: str
    subject: str
    time: datetime
    schema_version: int
    data: EventPayload
    traceparent: str | None = None

    @classmethod
    def new(
        cls,
        payload: EventPayload,
        *,
        subject: str,
        source_service: str | None = None,
        event_id: str | None = None,
        time: datetime | None = None,
    ) -> EventEnvelope:
        return cls(
            id=event_id or str(uuid.uuid4()),
            type=payload.event_type,
            source=f"/sg-suite/{source_service or payload.producer}",
            subject=subject,
            time=time or utcnow(),
            schema_version=payload.version,
            data=payload,
            traceparent=_traceparent_for_new_event(),
        )

    def headers(self) -> list[tuple[str, bytes]]:
        pairs = [
            (H_ID, self.id),
            (H_SOURCE, self.source),
            (H_TYPE, self.type),
            (H_TIME, self.time.isoformat()),
            (H_SUBJECT, self.subject),
            (H_SPEC, SPEC_VERSION),
            (H_CONTENT, CONTENT_TYPE),
            (H_SCHEMA, str(self.schema_version)),
        ]
        if self.traceparent:
            pairs.append((H_TRACE, self.traceparent))
        return [(k, v.encode()) for k, v in pairs]

    def value(self) -> bytes:
        return self.data.model_dump_json().encode()

    @classmethod
    def decode(cls, headers: Any, value: bytes | None) -> EventEnvelope:
        """Rebuild an envelope from Kafka headers and value (raises EnvelopeError)."""
        from sg_common.events.catalogue import lookup

        h = {k: (v.decode() if isinstance(v, bytes) else str(v)) for k, v in (headers or ())}
        missing = [k for k in (H_ID, H_SOURCE, H_TYPE, H_TIME, H_SUBJECT, H_SPEC) if k not in h]
        if missing:
            raise EnvelopeError(f"missing CloudEvents headers: {', '.join(missing)}")
        if h[H_SPEC] != SPEC_VERSION:
            raise EnvelopeError(f"unsupported specversion {h[H_SPEC]}")
        try:
            major = int(h.get(H_SCHEMA, "1").split(".")[0])
        except ValueError as exc:
            raise EnvelopeError(f"bad schema version {h.get(H_SCHEMA)!r}") from exc
        model = lookup(h[H_TYPE], major)
        if model is None:
            raise UnknownEventVersion(f"unknown event {h[H_TYPE]} version {major}")
        try:
            # A tolerant reader: a newer minor version may add optional fields (the compatibility
            # rule allows it), so a consumer ignores what it does not know. Producers stay strict:
            # the models forbid extra fields when an event is built.
            data = model.model_validate(json.loads(value or b""), extra="ignore")
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise EnvelopeError(f"payload is not JSON: {exc}") from exc
        except ValidationError as exc:
            raise EnvelopeError(f"payload does not match {model.__name__}: {exc}") from exc
        try:
            time = datetime.fromisoformat(h[H_TIME])
        except ValueError as exc:
            raise EnvelopeError(f"bad ce_time {h[H_TIME]!r}") from exc
        return cls(
            id=h[H_ID],
            type=h[H_TYPE],
            source=h[H_SOURCE],
            subject=h[H_SUBJECT],
            time=time,
            schema_version=major,
            data=data,
            traceparent=h.get(H_TRACE),
        )
