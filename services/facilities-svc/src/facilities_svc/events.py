"""The handler table of facilities-svc: what it consumes, from each domain's ``handlers.py``.

Each domain publishes from its own ``events.py`` and handles what it consumes in its own
``handlers.py``; this module only puts the tables together for the consumer.
"""

from facilities_svc.budgetview import handlers as budgetview
from facilities_svc.purchases import handlers as purchases
from facilities_svc.realestate import handlers as realestate
from facilities_svc.workconditions import handlers as workconditions
from sg_common.events import EventHandlers

EVENT_HANDLERS = EventHandlers.combine(
    budgetview.HANDLERS,
    purchases.HANDLERS,
    realestate.HANDLERS,
    workconditions.HANDLERS,
)
