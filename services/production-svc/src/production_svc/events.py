"""The handler table of production-svc: what it consumes, from each domain's ``handlers.py``.

Each domain publishes from its own ``events.py`` and handles what it consumes in its own
``handlers.py``; this module only puts the tables together for the consumer.
"""

from production_svc.capacity import handlers as capacity
from production_svc.improvements import handlers as improvements
from sg_common.events import EventHandlers

EVENT_HANDLERS = EventHandlers.combine(
    capacity.HANDLERS,
    improvements.HANDLERS,
)
