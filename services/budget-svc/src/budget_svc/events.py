"""The handler table of budget-svc: what it consumes, from each domain's ``handlers.py``.

Each domain publishes from its own ``events.py`` and handles what it consumes in its own
``handlers.py``; this module only puts the tables together for the consumer.
"""

from budget_svc.commitments import handlers as commitments
from budget_svc.delegations import handlers as delegations
from budget_svc.programme import handlers as programme
from budget_svc.spending import handlers as spending
from budget_svc.staffing import handlers as staffing
from budget_svc.training import handlers as training
from sg_common.events import EventHandlers

EVENT_HANDLERS = EventHandlers.combine(
    commitments.HANDLERS,
    delegations.HANDLERS,
    programme.HANDLERS,
    spending.HANDLERS,
    staffing.HANDLERS,
    training.HANDLERS,
)
