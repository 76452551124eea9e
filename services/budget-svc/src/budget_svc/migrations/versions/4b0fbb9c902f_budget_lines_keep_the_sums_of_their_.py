"""budget lines keep the sums of their movements (filled from the ledger here)

Revision ID: 4b0fbb9c902f
Revises: a1c3e5f70b21
Create Date: 2026-12-03 13:25:39.259003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4b0fbb9c902f"
down_revision: str | None = "a1c3e5f70b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUMS = ("allocated_ae", "allocated_cp", "frozen_ae", "frozen_cp", "committed_ae", "paid_cp")


def upgrade() -> None:
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        for name in SUMS:
            batch_op.add_column(
                sa.Column(
                    name, sa.Numeric(precision=14, scale=2), server_default="0", nullable=False
                )
            )
    # the lines that already have movements start from the ledger's sums (names from SUMS only)
    sums = ", ".join(
        f"{name} = (SELECT coalesce(round(sum(m.{name}), 2), 0) FROM budget_movement m "  # noqa: S608
        "WHERE m.line_id = budget_line.id)"
        for name in SUMS
    )
    op.execute(f"UPDATE budget_line SET {sums}")  # noqa: S608


def downgrade() -> None:
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        for name in reversed(SUMS):
            batch_op.drop_column(name)
