"""audit log (sg_common.audit: the hash-chained audit trail)

Revision ID: 736caa2b3d13
Revises: 492c612a8fd2
Create Date: 2026-12-03 07:29:48.504141
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "736caa2b3d13"
down_revision: str | None = "492c612a8fd2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_audit_log_v1()


def downgrade() -> None:
    migration_ops.drop_audit_log_v1()
