"""documents (sg_common.documents: attached files and their bytes)

Revision ID: d76b933a037c
Revises: 4d9499d5de3d
Create Date: 2026-12-03 08:43:16.003902
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "d76b933a037c"
down_revision: str | None = "4d9499d5de3d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_document_tables_v1()


def downgrade() -> None:
    migration_ops.drop_document_tables_v1()
