"""outbox acks per record batch

Revision ID: 221ff0109672
Revises: 423ea45a8a56
Create Date: 2026-11-30 16:00:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "221ff0109672"
down_revision: str | None = "423ea45a8a56"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.outbox_acks_v2()


def downgrade() -> None:
    migration_ops.drop_outbox_acks_v2()
