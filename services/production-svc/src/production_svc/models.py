"""The table base of production-svc: its own SQLAlchemy registry and metadata.

Every table of the service derives from :class:`ProductionTable` so its metadata holds this
service's tables only (shared tables such as the outbox live in ``SQLModel.metadata``).
"""

from sqlalchemy.orm import registry
from sqlmodel import SQLModel


class ProductionTable(SQLModel, registry=registry()):
    """Base of production-svc tables (use with ``table=True``)."""


metadata = ProductionTable.metadata
