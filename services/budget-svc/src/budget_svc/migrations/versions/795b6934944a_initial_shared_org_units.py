"""initial: shared org units

Revision ID: 795b6934944a
Revises:
Create Date: 2026-11-25 05:41:52.031644
"""

from collections.abc import Sequence

from sg_common import migration_ops

revision: str = "795b6934944a"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    migration_ops.create_org_unit_v1()


def downgrade() -> None:
    migration_ops.drop_org_unit_v1()
