"""Versioned DDL of the shared tables, written once and called from each service's migrations.

Every service owns its database, so each has its own Alembic history; the tables the library
defines (``org_unit``, ``outbox``, ``inbox``) are created by the functions here, one per schema
version, so the five histories cannot drift apart. A change to a shared table adds a new
function (``*_v2``) and a migration in every service that calls it; never edit a released one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString, UTCDateTime


def create_org_unit_v1() -> None:
    op.create_table(
        "org_unit",
        sa.Column("code", AutoString(length=32), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("name", AutoString(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("central", "regional", "national_centre", name="orgkind"),
            nullable=False,
        ),
        sa.Column("parent_code", AutoString(length=32), nullable=True),
        sa.Column("site", AutoString(length=80), nullable=True),
        sa.PrimaryKeyConstraint("code", "valid_from"),
    )
    with op.batch_alter_table("org_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_org_unit_parent_code"), ["parent_code"], unique=False)


def drop_org_unit_v1() -> None:
    with op.batch_alter_table("org_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_org_unit_parent_code"))
    op.drop_table("org_unit")
    sa.Enum(name="orgkind").drop(op.get_bind(), checkfirst=True)


def create_event_tables_v1() -> None:
    """The transactional outbox and the consumers' inbox."""
    op.create_table(
        "inbox",
        sa.Column("consumer", AutoString(length=100), nullable=False),
        sa.Column("event_id", AutoString(length=64), nullable=False),
        sa.Column("event_type", AutoString(length=100), nullable=False),
        sa.Column("topic", AutoString(length=200), nullable=False),
        sa.Column("partition", sa.Integer(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("consumer", "event_id"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("event_id", AutoString(length=64), nullable=False),
        sa.Column("event_type", AutoString(length=100), nullable=False),
        sa.Column("topic", AutoString(length=200), nullable=False),
        sa.Column("key", AutoString(length=200), nullable=False),
        sa.Column("headers", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("partition", sa.Integer(), nullable=True),
        sa.Column("offset", sa.BigInteger(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", AutoString(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_partition", ["topic", "partition", "offset"], unique=False)
        batch_op.create_index("ix_outbox_pending", ["sent_at", "id"], unique=False)


def drop_event_tables_v1() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending")
        batch_op.drop_index("ix_outbox_partition")
    op.drop_table("outbox")
    op.drop_table("inbox")


def outbox_acks_v2() -> None:
    """Acknowledged offsets per record batch (``outbox_ack``) instead of per outbox row.

    The relay sends record batches, one per partition; recording one ``outbox_ack`` row per
    batch replaces a per-row update of ``partition`` and ``offset`` (which grew every row in
    place). Pending rows get a partial index, so marking a row sent drops one index entry.
    Offsets recorded before this version are not carried over: rows sent before the upgrade are
    not re-sent if a broker loses them after it.
    """
    unsent = sa.text("sent_at IS NULL")
    op.create_table(
        "outbox_ack",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("topic", AutoString(length=200), nullable=False),
        sa.Column("partition", sa.Integer(), nullable=False),
        sa.Column("first_offset", sa.BigInteger(), nullable=False),
        sa.Column("last_offset", sa.BigInteger(), nullable=False),
        sa.Column("ids", sa.Text(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outbox_ack", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbox_ack_partition", ["topic", "partition", "last_offset"], unique=False
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending")
        batch_op.drop_index("ix_outbox_partition")
        batch_op.drop_column("offset")
        batch_op.drop_column("partition")
        batch_op.create_index(
            "ix_outbox_unsent", ["id"], unique=False, sqlite_where=unsent, postgresql_where=unsent
        )


def drop_outbox_acks_v2() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_unsent")
        batch_op.add_column(sa.Column("partition", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("offset", sa.BigInteger(), nullable=True))
        batch_op.create_index("ix_outbox_partition", ["topic", "partition", "offset"], unique=False)
        batch_op.create_index("ix_outbox_pending", ["sent_at", "id"], unique=False)
    with op.batch_alter_table("outbox_ack", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_ack_partition")
    op.drop_table("outbox_ack")


def create_idempotency_key_v1() -> None:
    """The answers kept for ``Idempotency-Key`` (sg_common.idempotency), per caller and key."""
    op.create_table(
        "idempotency_key",
        sa.Column("principal", AutoString(length=255), nullable=False),
        sa.Column("key", AutoString(length=255), nullable=False),
        sa.Column("method", AutoString(length=10), nullable=False),
        sa.Column("path", AutoString(length=2000), nullable=False),
        sa.Column("request_hash", AutoString(length=64), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("headers", AutoString(length=4000), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("principal", "key"),
    )
    with op.batch_alter_table("idempotency_key", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_idempotency_key_expires_at"), ["expires_at"], unique=False
        )


def drop_idempotency_key_v1() -> None:
    with op.batch_alter_table("idempotency_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_key_expires_at"))
    op.drop_table("idempotency_key")


def create_audit_log_v1() -> None:
    """The hash-chained audit trail (sg_common.audit.chain): one row per row written."""
    op.create_table(
        "audit_log",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", AutoString(length=255), nullable=False),
        sa.Column("by_delegation_of", AutoString(length=100), nullable=True),
        sa.Column("request_id", AutoString(length=128), nullable=True),
        sa.Column("resource", AutoString(length=100), nullable=False),
        sa.Column("resource_id", AutoString(length=200), nullable=False),
        sa.Column("action", AutoString(length=10), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("prev_hash", AutoString(length=64), nullable=False),
        sa.Column("hash", AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_actor"), ["actor"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_resource"), ["resource"], unique=False)


def drop_audit_log_v1() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_resource"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_actor"))
    op.drop_table("audit_log")


def audit_resource_id_index_v2() -> None:
    """The audit trail read by one record (``GET /audit?resource_id=``) through an index."""
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_resource_id"), ["resource_id"], unique=False)


def drop_audit_resource_id_index_v2() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_resource_id"))


def create_document_tables_v1() -> None:
    """Documents attached to records and their bytes (sg_common.documents)."""
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", AutoString(length=40), nullable=False),
        sa.Column("record_id", AutoString(length=80), nullable=False),
        sa.Column("filename", AutoString(length=200), nullable=False),
        sa.Column("content_type", AutoString(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", AutoString(length=64), nullable=False),
        sa.Column("storage", AutoString(length=20), nullable=False),
        sa.Column("uploaded_by", AutoString(length=255), nullable=False),
        sa.Column("uploaded_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index("ix_document_record", ["record_kind", "record_id"], unique=False)
    op.create_table(
        "document_blob",
        sa.Column("sha256", AutoString(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )


def drop_document_tables_v1() -> None:
    op.drop_table("document_blob")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_record")
    op.drop_table("document")


def create_notification_tables_v1() -> None:
    """Notifications, their read state per person and the e-mail digest's subscriptions
    (sg_common.notifications)."""
    op.create_table(
        "notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", AutoString(length=200), nullable=False),
        sa.Column("kind", AutoString(length=64), nullable=False),
        sa.Column("title", AutoString(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("resource", AutoString(length=100), nullable=False),
        sa.Column("resource_id", AutoString(length=200), nullable=False),
        sa.Column("role", AutoString(length=100), nullable=True),
        sa.Column("unit_code", AutoString(length=32), nullable=True),
        sa.Column("subject", AutoString(length=255), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notification_created_at"), ["created_at"])
        batch_op.create_index(batch_op.f("ix_notification_kind"), ["kind"])
        batch_op.create_index(batch_op.f("ix_notification_role"), ["role"])
        batch_op.create_index(batch_op.f("ix_notification_subject"), ["subject"])
        batch_op.create_index(batch_op.f("ix_notification_unit_code"), ["unit_code"])
    op.create_table(
        "notification_read",
        sa.Column("notification_id", sa.Integer(), nullable=False),
        sa.Column("subject", AutoString(length=255), nullable=False),
        sa.Column("read_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["notification_id"], ["notification.id"]),
        sa.PrimaryKeyConstraint("notification_id", "subject"),
    )
    op.create_table(
        "notification_subscription",
        sa.Column("subject", AutoString(length=255), nullable=False),
        sa.Column("email", AutoString(length=320), nullable=False),
        sa.Column("roles", sa.Text(), nullable=False),
        sa.Column("units", sa.Text(), nullable=False),
        sa.Column("subscribed_at", UTCDateTime(), nullable=False),
        sa.Column("last_sent_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("subject"),
    )


def drop_notification_tables_v1() -> None:
    op.drop_table("notification_subscription")
    op.drop_table("notification_read")
    with op.batch_alter_table("notification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notification_unit_code"))
        batch_op.drop_index(batch_op.f("ix_notification_subject"))
        batch_op.drop_index(batch_op.f("ix_notification_role"))
        batch_op.drop_index(batch_op.f("ix_notification_kind"))
        batch_op.drop_index(batch_op.f("ix_notification_created_at"))
    op.drop_table("notification")


def create_received_delegation_table_v1(table: str) -> None:
    """A service's copy of hr's délégations de signature (``sg_common.delegations``'s
    ``ReceivedDelegation`` columns) under its own table name."""
    op.create_table(
        table,
        sa.Column("id", AutoString(length=64), nullable=False),
        sa.Column("delegator_login", AutoString(length=100), nullable=False),
        sa.Column("delegator_role", AutoString(length=64), nullable=False),
        sa.Column("delegate_login", AutoString(length=100), nullable=False),
        sa.Column("acts", sa.JSON(), nullable=False),
        sa.Column("unit_codes", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("legal_basis", AutoString(length=300), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_delegate_login"), ["delegate_login"])


def drop_received_delegation_table_v1(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f(f"ix_{table}_delegate_login"))
    op.drop_table(table)
