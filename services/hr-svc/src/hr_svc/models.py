"""The table base of hr-svc: its own SQLAlchemy registry and metadata.

Every table of the service derives from :class:`HrTable` so its metadata holds this
service's tables only (shared tables such as the outbox live in ``SQLModel.metadata``).
"""

from sqlalchemy.orm import registry
from sqlmodel import SQLModel


class HrTable(SQLModel, registry=registry()):
    """Base of hr-svc tables (use with ``table=True``)."""


metadata = HrTable.metadata
