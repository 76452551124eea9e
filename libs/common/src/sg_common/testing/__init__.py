"""Test support for every service: database per test (SQLite and PostgreSQL), app, client,
tokens, frozen clock, migration checks. Registered as the pytest plugin ``sg_common``."""

from sg_common.testing.audit import assert_audit_chain_intact, audit_trail
from sg_common.testing.databases import (
    TestDatabase,
    create_schema_objects,
    postgres_test_url,
    test_database,
)
from sg_common.testing.events import ServiceEvents, broker_settings, payload, produce
from sg_common.testing.migrations import assert_migrations_match_models
from sg_common.testing.problems import assert_null_refused, assert_problem

__all__ = [
    "ServiceEvents",
    "TestDatabase",
    "assert_audit_chain_intact",
    "assert_migrations_match_models",
    "assert_null_refused",
    "assert_problem",
    "audit_trail",
    "broker_settings",
    "create_schema_objects",
    "payload",
    "postgres_test_url",
    "produce",
    "test_database",
]
