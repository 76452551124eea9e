"""The handler table of hr-svc: what it consumes, from each domain's ``handlers.py``.

Each domain publishes from its own ``events.py`` and handles what it consumes in its own
``handlers.py``; this module only puts the tables together for the consumer.
"""

from hr_svc.staffing import handlers as staffing
from hr_svc.training import handlers as training
from sg_common.events import EventHandlers

EVENT_HANDLERS = EventHandlers.combine(
    staffing.HANDLERS,
    training.HANDLERS,
)
