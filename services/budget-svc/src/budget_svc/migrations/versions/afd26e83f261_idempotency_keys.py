"""idempotency keys

Revision ID: afd26e83f261
Revises: 0bd7a06238f4
Create Date: 2026-12-02 20:30:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "afd26e83f261"
down_revision: str | None = "0bd7a06238f4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_idempotency_key_v1()


def downgrade() -> None:
    migration_ops.drop_idempotency_key_v1()
