"""Datetimes leave every service with their offset, whatever the database.

SQLite keeps no offset: a plain ``DateTime(timezone=True)`` column reads back naive, so a service
answered ``2026-03-01T10:00:00`` on reads and ``2026-03-01T10:00:00Z`` on writes. Every datetime
column is stored through ``UTCDateTime`` (aware in, UTC out), which this test holds for every table
of every service.
"""

from __future__ import annotations

import importlib
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlmodel.sql.sqltypes import UTCDateTime

SERVICES = ["budget", "hr", "facilities", "it", "production"]


@pytest.mark.parametrize("service", SERVICES)
def test_every_datetime_column_reads_back_with_its_offset(service: str) -> None:
    definition = importlib.import_module(f"{service}_svc.app").SERVICE
    naive = [
        f"{table.name}.{column.name}"
        for table in definition.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, sa.DateTime) and not isinstance(column.type, UTCDateTime)
    ]
    assert naive == [], f"datetime columns that read back without offset on SQLite: {naive}"


def test_utc_datetime_reads_back_aware_on_sqlite() -> None:
    # What the rule relies on: the type turns SQLite's naive text back into an aware UTC value.
    column = UTCDateTime()
    stored = column.process_bind_param(datetime(2026, 3, 1, 11, 0, tzinfo=UTC), sqlite.dialect())
    read = column.process_result_value(stored, sqlite.dialect())
    assert read is not None
    assert read.utcoffset() is not None
    assert read == datetime(2026, 3, 1, 11, 0, tzinfo=UTC)
