"""documents (sg_common.documents: attached files and their bytes)

Revision ID: 04bb40147784
Revises: 36e5dc9cb9d8
Create Date: 2026-12-03 08:43:23.747867
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "04bb40147784"
down_revision: str | None = "36e5dc9cb9d8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_document_tables_v1()


def downgrade() -> None:
    migration_ops.drop_document_tables_v1()
