"""Events of hr-svc: what it publishes and the handler table of what it consumes."""
