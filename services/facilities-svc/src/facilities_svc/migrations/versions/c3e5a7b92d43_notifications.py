"""notifications (sg_common.notifications: notifications, read state, digest subscriptions)

Revision ID: c3e5a7b92d43
Revises: d76b933a037c
Create Date: 2026-12-03 08:45:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "c3e5a7b92d43"
down_revision: str | None = "d76b933a037c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_notification_tables_v1()


def downgrade() -> None:
    migration_ops.drop_notification_tables_v1()
