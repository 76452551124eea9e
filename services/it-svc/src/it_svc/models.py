"""The table base of it-svc: its own SQLAlchemy registry and metadata.

Every table of the service derives from :class:`ItTable` so its metadata holds this
service's tables only (shared tables such as the outbox live in ``SQLModel.metadata``).
"""

from sqlalchemy.orm import registry
from sqlmodel import SQLModel


class ItTable(SQLModel, registry=registry()):
    """Base of it-svc tables (use with ``table=True``)."""


metadata = ItTable.metadata
