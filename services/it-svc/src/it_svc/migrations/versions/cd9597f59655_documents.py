"""documents (sg_common.documents: attached files and their bytes)

Revision ID: cd9597f59655
Revises: 32cf56b9761a
Create Date: 2026-12-03 08:43:31.734680
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "cd9597f59655"
down_revision: str | None = "32cf56b9761a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_document_tables_v1()


def downgrade() -> None:
    migration_ops.drop_document_tables_v1()
