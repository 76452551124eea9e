"""outbox acks per record batch

Revision ID: 3350c3796aec
Revises: 58f877cc99bf
Create Date: 2026-11-30 16:00:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "3350c3796aec"
down_revision: str | None = "58f877cc99bf"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.outbox_acks_v2()


def downgrade() -> None:
    migration_ops.drop_outbox_acks_v2()
