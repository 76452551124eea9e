"""idempotency keys

Revision ID: f0c15de3f231
Revises: 17249aa0c496
Create Date: 2026-12-02 20:30:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "f0c15de3f231"
down_revision: str | None = "17249aa0c496"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_idempotency_key_v1()


def downgrade() -> None:
    migration_ops.drop_idempotency_key_v1()
