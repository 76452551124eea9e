"""initial: shared org units

Revision ID: 5be621311844
Revises:
Create Date: 2026-11-25 05:41:56.043390
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "5be621311844"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_org_unit_v1()


def downgrade() -> None:
    migration_ops.drop_org_unit_v1()
