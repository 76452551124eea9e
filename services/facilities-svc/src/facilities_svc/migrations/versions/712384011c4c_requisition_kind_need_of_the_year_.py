"""requisition kind, need of the year, thresholds per kind (issue #21, item 5)

Requisitions now say what they buy (``kind``: supplies, services or works) and keep what
submission decided on the need of the year (``purchase_category``, ``estimated_value_ht``,
``threshold_ht``, ``split_flagged``, ``procedure_note``). Existing requisitions become
``services`` when every line is a catalogue service, ``supplies`` otherwise (works were not
modelled before); their figures stay empty (decided before the rule).

Procedure thresholds become dated per kind: the table is rebuilt with ``kind`` and a unique
(kind, valid_from) instead of a unique valid_from. The rows there were one table for every kind:
they were the supplies and services figures, so each is kept for ``supplies`` and copied for
``services``; works get no copy (their figures differ) and the shipped works rows are inserted at
start by ``facilities_svc.reference``, like the new 1 April 2026 supplies and services rows.

Revision ID: 712384011c4c
Revises: 2d30434798fc
Create Date: 2026-12-02 19:43:04.027518
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "712384011c4c"
down_revision: str | None = "2d30434798fc"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _threshold_table(name: str, *, per_kind: bool) -> None:
    columns: list[sa.SchemaItem] = [sa.Column("id", sa.Integer(), nullable=False)]
    if per_kind:
        columns.append(
            sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False)
        )
    columns += [
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("direct_award_below", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("formal_tender_from", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    ]
    if per_kind:
        columns.append(
            sa.UniqueConstraint("kind", "valid_from", name="uq_procedure_threshold_kind_valid_from")
        )
    else:
        columns.append(sa.UniqueConstraint("valid_from"))
    op.create_table(name, *columns)


def upgrade() -> None:
    with op.batch_alter_table("requisition", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind",
                sqlmodel.sql.sqltypes.AutoString(length=10),
                nullable=False,
                server_default="supplies",
            )
        )
        batch_op.add_column(
            sa.Column(
                "purchase_category", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column("estimated_value_ht", sa.Numeric(precision=14, scale=2), nullable=True)
        )
        batch_op.add_column(
            sa.Column("threshold_ht", sa.Numeric(precision=14, scale=2), nullable=True)
        )
        batch_op.add_column(
            sa.Column("split_flagged", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("procedure_note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True)
        )
    op.execute(
        "UPDATE requisition SET kind = 'services' "
        "WHERE EXISTS (SELECT 1 FROM requisition_line l WHERE l.requisition_id = requisition.id) "
        "AND NOT EXISTS (SELECT 1 FROM requisition_line l "
        "WHERE l.requisition_id = requisition.id AND l.category <> 'services')"
    )
    with op.batch_alter_table("requisition", schema=None) as batch_op:
        batch_op.alter_column("kind", server_default=None)
        batch_op.alter_column("split_flagged", server_default=None)

    _threshold_table("procedure_threshold_per_kind", per_kind=True)
    for kind in ("supplies", "services"):
        op.get_bind().execute(
            sa.text(
                "INSERT INTO procedure_threshold_per_kind "
                "(kind, valid_from, direct_award_below, formal_tender_from, note) "
                "SELECT :kind, valid_from, direct_award_below, formal_tender_from, note "
                "FROM procedure_threshold ORDER BY valid_from"
            ),
            {"kind": kind},
        )
    op.drop_table("procedure_threshold")
    op.rename_table("procedure_threshold_per_kind", "procedure_threshold")


def downgrade() -> None:
    _threshold_table("procedure_threshold_one_table", per_kind=False)
    op.execute(
        "INSERT INTO procedure_threshold_one_table "
        "(valid_from, direct_award_below, formal_tender_from, note) "
        "SELECT valid_from, direct_award_below, formal_tender_from, note "
        "FROM procedure_threshold WHERE kind = 'supplies' ORDER BY valid_from"
    )
    op.drop_table("procedure_threshold")
    op.rename_table("procedure_threshold_one_table", "procedure_threshold")

    with op.batch_alter_table("requisition", schema=None) as batch_op:
        batch_op.drop_column("procedure_note")
        batch_op.drop_column("split_flagged")
        batch_op.drop_column("threshold_ht")
        batch_op.drop_column("estimated_value_ht")
        batch_op.drop_column("purchase_category")
        batch_op.drop_column("kind")
