"""audit log (sg_common.audit: the hash-chained audit trail)

Revision ID: 1dccf7a24155
Revises: 311876a3fade
Create Date: 2026-12-03 07:29:10.396847
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "1dccf7a24155"
down_revision: str | None = "311876a3fade"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_audit_log_v1()


def downgrade() -> None:
    migration_ops.drop_audit_log_v1()
