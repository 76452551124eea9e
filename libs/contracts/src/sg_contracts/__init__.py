"""The suite's event contracts, one module per producing service (imported to register)."""

from sg_contracts import budget, facilities, hr, it, production

__all__ = ["budget", "facilities", "hr", "it", "production"]
