"""Event contracts of the suite, one module per producing service (imported to register)."""

from sg_common.contracts import budget, facilities, hr, it, production

__all__ = ["budget", "facilities", "hr", "it", "production"]
