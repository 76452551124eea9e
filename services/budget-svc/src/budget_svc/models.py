"""The table base of budget-svc: its own SQLAlchemy registry and metadata.

Every table of the service derives from :class:`BudgetTable` so its metadata holds this
service's tables only (shared tables such as the outbox live in ``SQLModel.metadata``).
"""

from sqlalchemy.orm import registry
from sqlmodel import SQLModel


class BudgetTable(SQLModel, registry=registry()):
    """Base of budget-svc tables (use with ``table=True``)."""


metadata = BudgetTable.metadata
