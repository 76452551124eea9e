"""documents (sg_common.documents: attached files and their bytes)

Revision ID: a2d9cc2ea0fa
Revises: 736caa2b3d13
Create Date: 2026-12-03 08:43:40.494286
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "a2d9cc2ea0fa"
down_revision: str | None = "736caa2b3d13"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_document_tables_v1()


def downgrade() -> None:
    migration_ops.drop_document_tables_v1()
