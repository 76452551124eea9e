"""notifications (sg_common.notifications: notifications, read state, digest subscriptions)

Revision ID: a1c3e5f70b21
Revises: b2a919d8c9c2
Create Date: 2026-12-03 08:45:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "a1c3e5f70b21"
down_revision: str | None = "b2a919d8c9c2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_notification_tables_v1()


def downgrade() -> None:
    migration_ops.drop_notification_tables_v1()
