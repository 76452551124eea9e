"""The handler table of it-svc: event type → handler, in one visible place."""

from sg_common.app import EventHandler

EVENT_HANDLERS: dict[str, EventHandler] = {}
