"""Tracing with OpenTelemetry: one trace from an HTTP call, through the outbox and the broker,
into every service that consumes the event — and whatever those handlers publish in turn.

* Off by default. ``SG_OTEL_EXPORTER_OTLP_ENDPOINT`` (e.g. ``http://otel-collector:4318``) turns
  it on: spans are batched and exported over OTLP/HTTP.
* HTTP: FastAPI's server spans (health and metrics excluded); httpx client spans for calls
  between services.
* Events: :func:`publish` stores the active span's W3C ``traceparent`` in the envelope; the
  consumer opens a ``CONSUMER`` span whose parent is that traceparent, and handlers' own events
  carry the consumer span's traceparent. The relay does not create spans of its own (the event's
  trace context is the producing request's, not the relay's).
* Without a configured exporter the traceparent is still propagated (a trace id minted at the
  first hop and continued), so logs and events of one flow share a trace id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    SimpleSpanProcessor,
    SpanExporter,
)
from opentelemetry.trace import SpanKind
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

if TYPE_CHECKING:
    from fastapi import FastAPI

    from sg_common.events.envelope import EventEnvelope
    from sg_common.settings import ServiceSettings

_PROPAGATOR = TraceContextTextMapPropagator()


def build_tracer_provider(
    settings: ServiceSettings, exporter: SpanExporter | None = None
) -> TracerProvider | None:
    """A provider exporting to OTLP (or to ``exporter``, e.g. in-memory in tests); None = off."""
    if exporter is None:
        if not settings.otel_exporter_otlp_endpoint:
            return None
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        endpoint = settings.otel_exporter_otlp_endpoint.rstrip("/") + "/v1/traces"
        processor: Any = BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint))
    else:
        processor = SimpleSpanProcessor(exporter)
    provider = TracerProvider(
        resource=Resource.create(
            {
                "service.name": f"{settings.service_name}-svc",
                "service.namespace": "sg-suite",
                "service.version": settings.version,
                "deployment.environment.name": settings.env.value,
            }
        )
    )
    provider.add_span_processor(processor)
    return provider


def instrument_app(app: FastAPI, provider: TracerProvider) -> None:
    """Server spans for the app's routes; client spans for httpx."""
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    FastAPIInstrumentor.instrument_app(
        app, tracer_provider=provider, excluded_urls="health/live,health/ready,metrics"
    )
    instrumentor = HTTPXClientInstrumentor()
    if not instrumentor.is_instrumented_by_opentelemetry:
        instrumentor.instrument(tracer_provider=provider)


def active_traceparent() -> str | None:
    """The W3C traceparent of the span active now, if any."""
    if not trace.get_current_span().get_span_context().is_valid:
        return None
    carrier: dict[str, str] = {}
    _PROPAGATOR.inject(carrier)
    return carrier.get("traceparent")


@contextmanager
def consume_span(
    provider: TracerProvider | None, envelope: EventEnvelope, *, consumer: str, topic: str
) -> Iterator[None]:
    """A CONSUMER span continuing the event's trace, active while the handler runs."""
    if provider is None:
        yield
        return
    carrier = {"traceparent": envelope.traceparent} if envelope.traceparent else {}
    parent = _PROPAGATOR.extract(carrier)
    tracer = provider.get_tracer("sg_common.events")
    with tracer.start_as_current_span(
        f"process {envelope.type}",
        context=parent,
        kind=SpanKind.CONSUMER,
        attributes={
            "messaging.system": "kafka",
            "messaging.operation.type": "process",
            "messaging.destination.name": topic,
            "messaging.consumer.group.name": consumer,
            "messaging.message.id": envelope.id,
            "messaging.kafka.message.key": envelope.subject,
        },
    ):
        yield
