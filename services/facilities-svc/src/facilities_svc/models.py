"""The table base of facilities-svc: its own SQLAlchemy registry and metadata.

Every table of the service derives from :class:`FacilitiesTable` so its metadata holds this
service's tables only (shared tables such as the outbox live in ``SQLModel.metadata``).
"""

from sqlalchemy.orm import registry
from sqlmodel import SQLModel


class FacilitiesTable(SQLModel, registry=registry()):
    """Base of facilities-svc tables (use with ``table=True``)."""


metadata = FacilitiesTable.metadata
