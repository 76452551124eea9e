"""outbox and inbox

Revision ID: f34cff4f1fa4
Revises: 5be621311844
Create Date: 2026-11-25 23:26:04.993254
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "f34cff4f1fa4"
down_revision: str | None = "5be621311844"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_event_tables_v1()


def downgrade() -> None:
    migration_ops.drop_event_tables_v1()
