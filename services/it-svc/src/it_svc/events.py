"""The handler table of it-svc: what it consumes, from each domain's ``handlers.py``.

Each domain publishes from its own ``events.py`` and handles what it consumes in its own
``handlers.py``; this module only puts the tables together for the consumer.
"""

from it_svc.envelopes import handlers as envelopes
from it_svc.inventory import handlers as inventory
from it_svc.staff import handlers as staff
from it_svc.workload import handlers as workload
from sg_common.events import EventHandlers

EVENT_HANDLERS = EventHandlers.combine(
    envelopes.HANDLERS,
    inventory.HANDLERS,
    staff.HANDLERS,
    workload.HANDLERS,
)
