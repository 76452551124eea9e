"""audit log (sg_common.audit: the hash-chained audit trail)

Revision ID: 4d9499d5de3d
Revises: 712384011c4c
Create Date: 2026-12-03 07:29:29.846491
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "4d9499d5de3d"
down_revision: str | None = "712384011c4c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_audit_log_v1()


def downgrade() -> None:
    migration_ops.drop_audit_log_v1()
