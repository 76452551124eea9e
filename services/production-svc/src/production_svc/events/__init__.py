"""Events of production-svc: what it publishes and the handler table of what it consumes."""
