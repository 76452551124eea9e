"""outbox and inbox

Revision ID: 69c6607ed710
Revises: 62b6c53ba37a
Create Date: 2026-11-25 23:26:07.621293
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "69c6607ed710"
down_revision: str | None = "62b6c53ba37a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_event_tables_v1()


def downgrade() -> None:
    migration_ops.drop_event_tables_v1()
