"""The service-test event helpers: outbox reading, in-process delivery, a real-broker app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from sg_common.app import ServiceDefinition
from sg_common.events import EventEnvelope, publish
from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import read_topic, wait_for
from sg_common.settings import ServiceSettings
from sg_common.testing import ServiceEvents, broker_settings, produce
from sg_contracts.budget import BudgetAllocatedV1, BudgetCommitmentRecordedV1

from .helpers import EvTable, allocated, applied, record


async def record_and_answer(session: Any, event: EventEnvelope) -> None:
    await record(session, event)
    data: BudgetAllocatedV1 = event.data  # type: ignore[assignment]
    await publish(
        session,
        BudgetCommitmentRecordedV1(
            commitment_id=f"c-{data.allocation_id}",
            unit_code=data.unit_code,
            fiscal_year=data.fiscal_year,
            action=data.action,
            title=data.title,
            ae=data.ae,
        ),
        subject=data.allocation_id,
    )


class EchoSettings(ServiceSettings):
    service_name: str = "echo"
    port: int = 8098


ECHO = ServiceDefinition(
    name="echo",
    title="Echo",
    description="answers allocations with commitments",
    settings_class=EchoSettings,
    metadata=EvTable.metadata,
    migrations_dir=Path(__file__).parent / "no-migrations",
    routers=[],
    event_handlers={"budget.allocated": record_and_answer},
)


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return ECHO


async def test_deliver_applies_once_and_published_reads_the_outbox(
    app: FastAPI, service_events: ServiceEvents
) -> None:
    envelope = EventEnvelope.new(allocated(3, "DRH"), subject="DRH")
    assert await service_events.deliver(envelope) == "applied"
    assert await service_events.deliver(envelope) == "duplicate"
    [answer] = await service_events.published("budget.commitment_recorded")
    assert answer.data.commitment_id == "c-DRH-3"  # type: ignore[attr-defined]
    assert answer.subject == "DRH-3"
    assert [r.seq for r in await applied(app.state.database)] == [3]
    with pytest.raises(AssertionError, match="no handler"):
        await service_events.deliver(answer)


@pytest.fixture
def settings_overrides(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Events on over a real broker for the broker test; in-process delivery needs none."""
    if request.node.get_closest_marker("broker") is None:
        return {}
    broker: EmbeddedBroker = request.getfixturevalue("fresh_broker")
    return broker_settings(broker)


@pytest.mark.broker
@pytest.mark.sqlite_only
async def test_an_app_with_events_on_consumes_and_relays_over_the_broker(
    app: FastAPI, fresh_broker: EmbeddedBroker
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="app events ready")
    await produce(fresh_broker, allocated(5, "DSG"), subject="DSG")

    async def answered() -> bool:
        records = await read_topic(fresh_broker.bootstrap, "sg.budget.events")
        return any(b"c-DSG-5" in r.value for r in records)

    await wait_for(answered, timeout=30, what="the answer on the topic")
    assert [r.seq for r in await applied(app.state.database)] == [5]
