"""notifications (sg_common.notifications: notifications, read state, digest subscriptions)

Revision ID: e5a7c9db4f65
Revises: a2d9cc2ea0fa
Create Date: 2026-12-03 08:45:00.000000
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "e5a7c9db4f65"
down_revision: str | None = "a2d9cc2ea0fa"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_notification_tables_v1()


def downgrade() -> None:
    migration_ops.drop_notification_tables_v1()
