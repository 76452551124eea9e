"""documents (sg_common.documents: attached files and their bytes)

Revision ID: b2a919d8c9c2
Revises: 1dccf7a24155
Create Date: 2026-12-03 08:43:10.094805
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "b2a919d8c9c2"
down_revision: str | None = "1dccf7a24155"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_document_tables_v1()


def downgrade() -> None:
    migration_ops.drop_document_tables_v1()
