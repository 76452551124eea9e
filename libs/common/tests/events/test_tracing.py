"""One trace from an HTTP call through the outbox and the broker into the consumer, and on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from fastapi import APIRouter
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from sg_common.app import ServiceDefinition, create_service_app
from sg_common.deps import SessionDep
from sg_common.events import publish
from sg_common.events.broker import EmbeddedBroker
from sg_common.events.envelope import EventEnvelope
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import broker_settings, create_schema_objects
from sg_common.tracing import build_tracer_provider

from .helpers import EvTable, allocated
from .test_service_helpers import EchoSettings, record_and_answer

router = APIRouter(prefix="/allocate", tags=["allocate"])


@router.post("/{seq}", status_code=202)
async def allocate(seq: int, session: SessionDep) -> dict[str, str]:
    await publish(session, allocated(seq, "DR-PDL"), subject="DR-PDL")
    return {"status": "published"}


TRACED = ServiceDefinition(
    name="echo",
    title="Echo",
    description="publishes and answers allocations",
    settings_class=EchoSettings,
    metadata=EvTable.metadata,
    migrations_dir=Path(__file__).parent / "no-migrations",
    routers=[router],
    event_handlers={"budget.allocated": record_and_answer},
)


def _trace_id(traceparent: str) -> str:
    return traceparent.split("-")[1]


def _span_id(traceparent: str) -> str:
    return traceparent.split("-")[2]


@pytest.mark.broker
async def test_a_consumed_event_continues_the_producers_trace(
    fresh_broker: EmbeddedBroker, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'echo.db'}"
    await create_schema_objects(url, [EvTable.metadata])
    settings = EchoSettings(
        _env_file=None,
        database_url=url,
        auto_migrate=False,
        log_json=False,
        log_level="WARNING",
        **broker_settings(fresh_broker),
    )
    exporter = InMemorySpanExporter()
    provider = build_tracer_provider(settings, exporter=exporter)
    app = create_service_app(TRACED, settings, tracer_provider=provider)
    async with LifespanManager(app, startup_timeout=60, shutdown_timeout=30):
        await wait_for(lambda: app.state.events.health()["ready"], what="events ready")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            response = await http.post("/allocate/7")
        assert response.status_code == 202

        found: dict[str, Any] = {}

        async def answered() -> bool:
            for r in await read_topic(fresh_broker.bootstrap, "sg.budget.events"):
                env = EventEnvelope.decode(r.headers, r.value)
                found[env.type] = env
            return "budget.commitment_recorded" in found

        await wait_for(answered, timeout=30, what="the consumer's answer")

    spans = exporter.get_finished_spans()
    [server] = [s for s in spans if s.kind is SpanKind.SERVER and "/allocate" in s.name]
    [consumer] = [s for s in spans if s.kind is SpanKind.CONSUMER]
    trace_id = f"{server.context.trace_id:032x}"
    allocated_tp = found["budget.allocated"].traceparent
    answer_tp = found["budget.commitment_recorded"].traceparent
    # the event carries the HTTP request's trace ...
    assert _trace_id(allocated_tp) == trace_id
    # ... the consumer span continues it, as a child of the span that published ...
    assert f"{consumer.context.trace_id:032x}" == trace_id
    assert consumer.parent is not None
    assert f"{consumer.parent.span_id:016x}" == _span_id(allocated_tp)
    assert consumer.name == "process budget.allocated"
    assert consumer.attributes is not None
    assert consumer.attributes["messaging.consumer.group.name"] == "echo"
    # ... and what the handler published continues from the consumer span
    assert _trace_id(answer_tp) == trace_id
    assert _span_id(answer_tp) == f"{consumer.context.span_id:016x}"


async def test_without_opentelemetry_an_incoming_traceparent_still_reaches_the_event(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'echo.db'}"
    await create_schema_objects(url, [EvTable.metadata])
    settings = EchoSettings(
        _env_file=None,
        database_url=url,
        auto_migrate=False,
        events_enabled=False,
        log_json=False,
        log_level="WARNING",
    )
    app = create_service_app(TRACED, settings)
    assert app.state.tracer_provider is None  # off by default
    caller = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    async with LifespanManager(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            response = await http.post("/allocate/1", headers={"traceparent": caller})
            assert response.status_code == 202
        from sg_common.testing import ServiceEvents

        [event] = await ServiceEvents(app).published("budget.allocated")
    assert event.traceparent is not None
    assert _trace_id(event.traceparent) == "0af7651916cd43dd8448eb211c80319c"
    assert _span_id(event.traceparent) != "b7ad6b7169203331"  # a new span of the same trace


_GLOBAL_PROVIDER_PROBE = """
import asyncio
import httpx
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from sg_common.app import create_service_app
from sg_common.serve import load_service

exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
definition = load_service("it")
app = create_service_app(
    definition, definition.settings_class(auto_migrate=False, events_enabled=False)
)

async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as c:
        status = (await c.get("/health/live")).status_code
    print(status, sorted(span.name for span in exporter.get_finished_spans()))

asyncio.run(main())
"""


def test_a_global_tracer_provider_gets_no_spans_of_fastapi_s_own() -> None:
    """Tracing is ``sg_common.tracing``'s (an exporter in the settings). FastAPI's native
    OpenTelemetry hooks are off: a tracer provider installed globally (an agent's
    auto-instrumentation, a library) gets no request spans beside ours, and no request pays
    FastAPI's check of the global providers. In a process of its own: the global provider can
    be set once per process."""
    out = subprocess.run(
        [sys.executable, "-c", _GLOBAL_PROVIDER_PROBE],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert out.strip().splitlines()[-1] == "200 []"
