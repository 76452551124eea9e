"""audit log (sg_common.audit: the hash-chained audit trail)

Revision ID: 36e5dc9cb9d8
Revises: 3861a494f865
Create Date: 2026-12-03 07:29:19.469965
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "36e5dc9cb9d8"
down_revision: str | None = "3861a494f865"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_audit_log_v1()


def downgrade() -> None:
    migration_ops.drop_audit_log_v1()
