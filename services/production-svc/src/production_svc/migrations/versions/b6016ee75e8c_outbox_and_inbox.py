"""outbox and inbox

Revision ID: b6016ee75e8c
Revises: d2ae86f3696b
Create Date: 2026-11-25 23:26:14.425087
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "b6016ee75e8c"
down_revision: str | None = "d2ae86f3696b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_event_tables_v1()


def downgrade() -> None:
    migration_ops.drop_event_tables_v1()
