"""budget structure, forecasts, allocations, reserve, transfers, staffing, commitments

Revision ID: 57f96eee4b2f
Revises: 973286bc1f33
Create Date: 2026-11-26 00:04:17.818697
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "57f96eee4b2f"
down_revision: str | None = "973286bc1f33"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "budget_allocation_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("requested_ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("requested_cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("justification", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("granted_ae", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("granted_cp", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("decision_reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("allocation_id", sa.Integer(), nullable=True),
        sa.Column("submitted_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_allocation_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_allocation_request_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_allocation_request_status"), ["status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_allocation_request_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "budget_etpt_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("etpt", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_code", "year", "month", name="uq_budget_etpt_report"),
    )
    with op.batch_alter_table("budget_etpt_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_etpt_report_unit_code"), ["unit_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_budget_etpt_report_year"), ["year"], unique=False)

    op.create_table(
        "budget_forecast",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "unit_code", "fiscal_year", "action", "title", name="uq_budget_forecast"
        ),
    )
    with op.batch_alter_table("budget_forecast", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_forecast_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_forecast_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_code", "fiscal_year", "action", "title", name="uq_budget_line"),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_budget_line_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "budget_programme",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "budget_staff_assignment",
        sa.Column("assignment_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("agent_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("quotite", sa.Numeric(precision=4, scale=2), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("assignment_id"),
    )
    with op.batch_alter_table("budget_staff_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_staff_assignment_agent_id"), ["agent_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_staff_assignment_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "budget_staff_ceiling",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("etpt_ceiling", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("set_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_code", "fiscal_year", name="uq_budget_staff_ceiling"),
    )
    with op.batch_alter_table("budget_staff_ceiling", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_staff_ceiling_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_staff_ceiling_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "budget_title",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("title_class", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "budget_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("from_unit", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("from_action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("from_title", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("to_unit", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("to_action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("to_title", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_transfer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_transfer_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_transfer_from_unit"), ["from_unit"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_budget_transfer_to_unit"), ["to_unit"], unique=False)

    op.create_table(
        "fiscal_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("reserve_rate_t2", sa.Numeric(precision=6, scale=4), nullable=False),
        sa.Column("reserve_rate_other", sa.Numeric(precision=6, scale=4), nullable=False),
        sa.Column("reserve_applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "budget_action",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("programme_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_code"],
            ["budget_programme.code"],
        ),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "budget_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("reserve_applied", sa.Boolean(), nullable=False),
        sa.Column("notified_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("notified_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["budget_line.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("request_id"),
    )
    with op.batch_alter_table("budget_allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_allocation_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_budget_allocation_line_id"), ["line_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_budget_allocation_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "budget_commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("sub_action", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("purchase_order_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("supplier", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("initial_ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["budget_line.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("purchase_order_id"),
    )
    with op.batch_alter_table("budget_commitment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_commitment_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_budget_commitment_line_id"), ["line_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_commitment_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_budget_commitment_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "budget_forecast_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forecast_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("previous_ae", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("previous_cp", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("revised_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("revised_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["forecast_id"],
            ["budget_forecast.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_forecast_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_forecast_revision_forecast_id"), ["forecast_id"], unique=False
        )

    op.create_table(
        "budget_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("allocated_ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("allocated_cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("frozen_ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("frozen_cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("committed_ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("paid_cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("allocation_id", sa.Integer(), nullable=True),
        sa.Column("reserve_operation_id", sa.Integer(), nullable=True),
        sa.Column("transfer_id", sa.Integer(), nullable=True),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["budget_line.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_movement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_movement_allocation_id"), ["allocation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_movement_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_budget_movement_line_id"), ["line_id"], unique=False)

    op.create_table(
        "budget_commitment_operation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ae_delta", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("ae_after", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["budget_commitment.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_commitment_operation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_commitment_operation_commitment_id"),
            ["commitment_id"],
            unique=False,
        )

    op.create_table(
        "budget_reserve_operation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("allocation_id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ae", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cp", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["budget_allocation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_reserve_operation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_reserve_operation_allocation_id"), ["allocation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_reserve_operation_fiscal_year"), ["fiscal_year"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_budget_reserve_operation_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "budget_sub_action",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("action_code", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_code"],
            ["budget_action.code"],
        ),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("budget_sub_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_sub_action_action_code"), ["action_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("budget_sub_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_sub_action_action_code"))

    op.drop_table("budget_sub_action")
    with op.batch_alter_table("budget_reserve_operation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_reserve_operation_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_reserve_operation_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_budget_reserve_operation_allocation_id"))

    op.drop_table("budget_reserve_operation")
    with op.batch_alter_table("budget_commitment_operation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_commitment_operation_commitment_id"))

    op.drop_table("budget_commitment_operation")
    with op.batch_alter_table("budget_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_movement_line_id"))
        batch_op.drop_index(batch_op.f("ix_budget_movement_commitment_id"))
        batch_op.drop_index(batch_op.f("ix_budget_movement_allocation_id"))

    op.drop_table("budget_movement")
    with op.batch_alter_table("budget_forecast_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_forecast_revision_forecast_id"))

    op.drop_table("budget_forecast_revision")
    with op.batch_alter_table("budget_commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_commitment_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_commitment_status"))
        batch_op.drop_index(batch_op.f("ix_budget_commitment_line_id"))
        batch_op.drop_index(batch_op.f("ix_budget_commitment_fiscal_year"))

    op.drop_table("budget_commitment")
    with op.batch_alter_table("budget_allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_allocation_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_allocation_line_id"))
        batch_op.drop_index(batch_op.f("ix_budget_allocation_fiscal_year"))

    op.drop_table("budget_allocation")
    op.drop_table("budget_action")
    op.drop_table("fiscal_year")
    with op.batch_alter_table("budget_transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_transfer_to_unit"))
        batch_op.drop_index(batch_op.f("ix_budget_transfer_from_unit"))
        batch_op.drop_index(batch_op.f("ix_budget_transfer_fiscal_year"))

    op.drop_table("budget_transfer")
    op.drop_table("budget_title")
    with op.batch_alter_table("budget_staff_ceiling", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_staff_ceiling_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_staff_ceiling_fiscal_year"))

    op.drop_table("budget_staff_ceiling")
    with op.batch_alter_table("budget_staff_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_staff_assignment_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_staff_assignment_agent_id"))

    op.drop_table("budget_staff_assignment")
    op.drop_table("budget_programme")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_line_fiscal_year"))

    op.drop_table("budget_line")
    with op.batch_alter_table("budget_forecast", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_forecast_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_forecast_fiscal_year"))

    op.drop_table("budget_forecast")
    with op.batch_alter_table("budget_etpt_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_etpt_report_year"))
        batch_op.drop_index(batch_op.f("ix_budget_etpt_report_unit_code"))

    op.drop_table("budget_etpt_report")
    with op.batch_alter_table("budget_allocation_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_allocation_request_unit_code"))
        batch_op.drop_index(batch_op.f("ix_budget_allocation_request_status"))
        batch_op.drop_index(batch_op.f("ix_budget_allocation_request_fiscal_year"))

    op.drop_table("budget_allocation_request")
