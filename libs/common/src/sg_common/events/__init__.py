"""Domain events: envelope, catalogue, outbox + relay, inbox + consumer, dead letters."""

from sg_common.events.consumer import EventConsumer, Handler
from sg_common.events.envelope import EventEnvelope, EventPayload, current_traceparent
from sg_common.events.handlers import EventHandlers, PayloadHandler
from sg_common.events.relay import OutboxRelay
from sg_common.events.store import InboxMessage, OutboxMessage, publish

__all__ = [
    "EventConsumer",
    "EventEnvelope",
    "EventHandlers",
    "EventPayload",
    "Handler",
    "InboxMessage",
    "OutboxMessage",
    "OutboxRelay",
    "PayloadHandler",
    "current_traceparent",
    "publish",
]
