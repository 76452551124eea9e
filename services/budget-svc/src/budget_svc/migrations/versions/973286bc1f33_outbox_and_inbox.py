"""outbox and inbox

Revision ID: 973286bc1f33
Revises: 795b6934944a
Create Date: 2026-11-25 23:26:02.198565
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "973286bc1f33"
down_revision: str | None = "795b6934944a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_event_tables_v1()


def downgrade() -> None:
    migration_ops.drop_event_tables_v1()
