"""Events of it-svc: what it publishes and the handler table of what it consumes."""
