"""A service's handler table, keyed by payload class: each handler gets its payload typed.

::

    handlers = EventHandlers()

    @handlers.on(BudgetAllocatedV1)
    async def keep_allocation(
        session: AsyncSession, data: BudgetAllocatedV1, event: EventEnvelope
    ) -> None: ...

The table is a ``Mapping[str, Handler]`` by event type (what the consumer, the in-memory bus and
``ServiceDefinition.event_handlers`` take): the wire keeps its type names, the inbox and the
dead letters their paths. The handler of a type receives the envelope's payload, already
validated against the catalogue's class; a payload of a class no handler was registered for (a
major version this service does not handle) raises, so it is retried, then dead-lettered, like
any event a handler cannot apply. Tables of several domains are put together with
:meth:`EventHandlers.combine`; one payload class has one handler per service.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, TypeVar

from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.events.consumer import Handler
from sg_common.events.envelope import EventEnvelope, EventPayload

P = TypeVar("P", bound=EventPayload)

#: A handler of one payload class: the consumer's session, the payload, its envelope.
PayloadHandler = Callable[[AsyncSession, P, EventEnvelope], Awaitable[None]]


class UnhandledPayload(TypeError):
    """An event whose payload class has no handler here (another major version)."""


class EventHandlers(Mapping[str, Handler]):
    """Handlers registered per payload class, seen by event type."""

    def __init__(self) -> None:
        self._by_class: dict[type[EventPayload], PayloadHandler[Any]] = {}
        self._by_type: dict[str, Handler] = {}

    def on(self, payload: type[P]) -> Callable[[PayloadHandler[P]], PayloadHandler[P]]:
        """Register the decorated function as the handler of ``payload`` (once per class)."""

        def register(handler: PayloadHandler[P]) -> PayloadHandler[P]:
            self._add(payload, handler)
            return handler

        return register

    @classmethod
    def combine(cls, *tables: EventHandlers) -> EventHandlers:
        """One table of several (a service's domains); a payload class handled twice is refused."""
        combined = cls()
        for table in tables:
            for payload, handler in table._by_class.items():
                combined._add(payload, handler)
        return combined

    @property
    def payloads(self) -> list[type[EventPayload]]:
        """The payload classes handled, in registration order."""
        return list(self._by_class)

    def _add(self, payload: type[EventPayload], handler: PayloadHandler[Any]) -> None:
        if payload in self._by_class:
            raise ValueError(
                f"{payload.__name__} ({payload.event_type} v{payload.version}) has two handlers"
            )
        self._by_class[payload] = handler
        self._by_type.setdefault(payload.event_type, self._dispatch)

    async def _dispatch(self, session: AsyncSession, event: EventEnvelope) -> None:
        handler = self._by_class.get(type(event.data))
        if handler is None:
            raise UnhandledPayload(
                f"no handler for {type(event.data).__name__} ({event.type} v{event.schema_version})"
            )
        await handler(session, event.data, event)

    def __getitem__(self, event_type: str) -> Handler:
        return self._by_type[event_type]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_type)

    def __len__(self) -> int:
        return len(self._by_type)
