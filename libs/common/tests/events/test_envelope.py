"""Envelope, catalogue and outbox without a broker."""

from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from sg_common.events import EventEnvelope, OutboxMessage, current_traceparent, publish
from sg_common.events.catalogue import all_events, json_schema, lookup, topic_for
from sg_common.events.envelope import EnvelopeError, UnknownEventVersion
from sg_common.testing import test_database
from sg_contracts.budget import BudgetAllocatedV1

from .helpers import EvTable, allocated


def test_round_trip_keeps_attributes_and_money_as_strings() -> None:
    env = EventEnvelope.new(allocated(1), subject="DPG")
    headers = dict(env.headers())
    assert headers["ce_type"] == b"budget.allocated"
    assert headers["ce_source"] == b"/sg-suite/budget"
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_sgschemaversion"] == b"1"
    assert headers["content-type"] == b"application/json"
    assert b'"ae":"1001.00"' in env.value()
    back = EventEnvelope.decode(env.headers(), env.value())
    assert back.id == env.id
    assert back.data == env.data
    assert isinstance(back.data, BudgetAllocatedV1)
    assert back.data.ae == Decimal("1001.00")


def test_trace_continues_from_the_current_context() -> None:
    parent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    token = current_traceparent.set(parent)
    try:
        env = EventEnvelope.new(allocated(1), subject="DPG")
    finally:
        current_traceparent.reset(token)
    assert env.traceparent is not None
    assert env.traceparent.split("-")[1] == "0af7651916cd43dd8448eb211c80319c"
    assert env.traceparent != parent


def test_decode_refuses_bad_messages() -> None:
    env = EventEnvelope.new(allocated(1), subject="DPG")
    with pytest.raises(EnvelopeError, match="not JSON"):
        EventEnvelope.decode(env.headers(), b"{not json")
    with pytest.raises(EnvelopeError, match="does not match"):
        EventEnvelope.decode(env.headers(), b'{"allocation_id": 3}')
    two = [(k, b"2" if k == "ce_sgschemaversion" else v) for k, v in env.headers()]
    with pytest.raises(UnknownEventVersion):
        EventEnvelope.decode(two, env.value())
    with pytest.raises(EnvelopeError, match="missing CloudEvents headers"):
        EventEnvelope.decode([], env.value())


def test_catalogue() -> None:
    types = {m.event_type for m in all_events()}
    for required in (
        "budget.allocated",
        "purchase.ordered",
        "purchase.received",
        "training.completed",
        "agent.assigned",
        "operation.scheduled",
        "workload.planned",
        "improvement.proposed",
        "budget.commitment_recorded",
        "budget.commitment_rejected",
    ):
        assert required in types
    assert lookup("budget.allocated", 1) is BudgetAllocatedV1
    assert lookup("budget.allocated", 9) is None
    assert topic_for("purchase.ordered") == "sg.facilities.events"
    assert json_schema(BudgetAllocatedV1)["title"] == "budget.allocated v1"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_rolled_back_write_publishes_nothing(backend: str, tmp_path: Path) -> None:
    from sg_common.db import Database
    from sg_common.testing import create_schema_objects, postgres_test_url

    if backend == "postgresql" and postgres_test_url() is None:
        pytest.skip("SG_TEST_POSTGRES_URL is not set")
    async with test_database(backend, tmp_path) as reserved:
        await create_schema_objects(reserved.url, [EvTable.metadata])
        db = Database(reserved.url)

        async def failing_write() -> None:
            async with db.transaction() as session:
                await publish(session, allocated(1), subject="DPG")
                raise RuntimeError("the state change failed")

        with pytest.raises(RuntimeError):
            await failing_write()
        async with db.transaction() as session:
            await publish(session, allocated(2), subject="DPG")
        async with db.transaction(write=False) as session:
            rows = (await session.exec(select(OutboxMessage))).all()
        await db.dispose()
    assert [r.event_type for r in rows] == ["budget.allocated"]
    assert '"allocation_id":"DPG-2"' in rows[0].payload
    assert rows[0].topic == "sg.budget.events"
    assert rows[0].sent_at is None


def newer_producer_value(env: EventEnvelope, **added: object) -> bytes:
    """The payload as a newer producer (same major, one more optional field) would send it."""
    import json

    payload = json.loads(env.value())
    return json.dumps({**payload, **added}).encode()


def test_an_old_consumer_ignores_a_field_a_newer_producer_added() -> None:
    # The compatibility rule lets 1.1 add an optional field; a 1.0 consumer must read it.
    env = EventEnvelope.new(allocated(1), subject="DPG")
    newer = [(k, b"1.1" if k == "ce_sgschemaversion" else v) for k, v in env.headers()]
    back = EventEnvelope.decode(newer, newer_producer_value(env, reserve_ratio="0.05"))
    assert back.data == env.data
    assert back.schema_version == 1
    # Tolerance is for additions only: a missing or retyped field still refuses.
    with pytest.raises(EnvelopeError, match="does not match"):
        EventEnvelope.decode(newer, newer_producer_value(env, ae="not money"))


def test_a_producer_cannot_send_a_field_its_model_does_not_declare() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        BudgetAllocatedV1(**allocated(1).model_dump(), reserve_ratio="0.05")  # type: ignore[call-arg]


def test_published_schemas_let_consumers_ignore_additions() -> None:
    # A schema with additionalProperties: false would make an old consumer that validates
    # against it refuse every payload of a newer minor version.
    def closed(node: object) -> bool:
        if isinstance(node, dict):
            return node.get("additionalProperties") is False or any(map(closed, node.values()))
        if isinstance(node, list):
            return any(map(closed, node))
        return False

    assert [m.event_type for m in all_events() if closed(json_schema(m))] == []
