"""audit log (sg_common.audit: the hash-chained audit trail)

Revision ID: 32cf56b9761a
Revises: f0c15de3f231
Create Date: 2026-12-03 07:29:39.816962
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "32cf56b9761a"
down_revision: str | None = "f0c15de3f231"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_audit_log_v1()


def downgrade() -> None:
    migration_ops.drop_audit_log_v1()
