"""The shared tables of documents: ``document`` (what is attached to which record) and
``document_blob`` (the bytes, when the database is the store). Created in every service by
``sg_common.migration_ops.create_document_tables_v1``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel
from sqlmodel.sql.sqltypes import UTCDateTime

from sg_common.clock import utcnow


class Document(SQLModel, table=True):
    """A file attached to a record of the service (never edited; a new version is a new row)."""

    __tablename__ = "document"
    __table_args__ = (Index("ix_document_record", "record_kind", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    record_kind: str = Field(max_length=40)
    record_id: str = Field(max_length=80)
    filename: str = Field(max_length=200)
    content_type: str = Field(max_length=120)
    size: int
    sha256: str = Field(max_length=64)
    storage: str = Field(max_length=20)
    uploaded_by: str = Field(max_length=255)
    uploaded_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime()))


class DocumentBlob(SQLModel, table=True):
    """The bytes of a file, addressed by their SHA-256 (the same file attached twice is kept
    once)."""

    __tablename__ = "document_blob"

    sha256: str = Field(max_length=64, primary_key=True)
    content: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))
