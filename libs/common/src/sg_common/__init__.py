"""sg_common: the shared platform of the sg-suite services.

Settings, database, org tree, auth, errors, events (envelope, outbox, inbox), the app factory
and the pytest plugin. A service holds only its domain; every generic mechanism lives here once.
"""

__version__ = "0.1.0"
