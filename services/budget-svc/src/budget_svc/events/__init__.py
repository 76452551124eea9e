"""Events of budget-svc: what it publishes and the handler table of what it consumes."""
