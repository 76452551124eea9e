"""idempotency keys

Revision ID: 3d4976940d72
Revises: 95fad4d9dd84
Create Date: 2026-12-02 20:30:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "3d4976940d72"
down_revision: str | None = "95fad4d9dd84"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_idempotency_key_v1()


def downgrade() -> None:
    migration_ops.drop_idempotency_key_v1()
