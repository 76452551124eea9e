"""idempotency keys

Revision ID: dc9fa8821c0c
Revises: 77518d9dd6ae
Create Date: 2026-12-02 20:30:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "dc9fa8821c0c"
down_revision: str | None = "77518d9dd6ae"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_idempotency_key_v1()


def downgrade() -> None:
    migration_ops.drop_idempotency_key_v1()
