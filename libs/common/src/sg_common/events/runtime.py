"""The event runtime of a service: outbox relay and consumer, started by the app's lifespan.

``start()`` never blocks on the broker: both loops connect (and create topics) in the
background and retry until the broker answers; ``health()`` feeds ``/health/ready``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prometheus_client import CollectorRegistry

from sg_common.db import Database
from sg_common.events.consumer import EventConsumer, Handler
from sg_common.events.relay import OutboxRelay
from sg_common.settings import ServiceSettings


class EventRuntime:
    def __init__(
        self,
        settings: ServiceSettings,
        database: Database,
        handlers: Mapping[str, Handler],
        *,
        registry: CollectorRegistry | None = None,
        tracer_provider: Any = None,
        org_tree: Any = None,
    ) -> None:
        self.relay = OutboxRelay(settings, database, registry=registry)
        self.consumer = (
            EventConsumer(
                settings,
                database,
                handlers,
                registry=registry,
                tracer_provider=tracer_provider,
                org_tree=org_tree,
            )
            if handlers
            else None
        )

    async def start(self) -> None:
        self.relay.start()
        if self.consumer is not None:
            self.consumer.start()

    async def stop(self) -> None:
        if self.consumer is not None:
            await self.consumer.stop()
        await self.relay.stop()

    def health(self) -> dict[str, Any]:
        relay = self.relay.health()
        consumer = self.consumer.health() if self.consumer is not None else None
        ready = bool(relay["connected"]) and (consumer is None or bool(consumer["running"]))
        return {"ready": ready, "relay": relay, "consumer": consumer}
