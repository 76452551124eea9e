"""outbox and inbox

Revision ID: bcf957039267
Revises: 735075082164
Create Date: 2026-11-25 23:26:10.361637
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "bcf957039267"
down_revision: str | None = "735075082164"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_event_tables_v1()


def downgrade() -> None:
    migration_ops.drop_event_tables_v1()
