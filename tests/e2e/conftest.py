"""The e2e suite fixture: started once per backend for the module's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sg_common.events.testing import test_brokers
from sg_common.testing import postgres_test_url

from .suite import Suite, start_suite, stop_suite


def _backends() -> list[str]:
    return ["sqlite", "postgresql"] if postgres_test_url() else ["sqlite"]


def _runs() -> list[tuple[str, str]]:
    """(database backend, broker): every backend on Tansu; on Apache Kafka (SG_TEST_BROKERS),
    PostgreSQL when configured (the production pairing), else SQLite."""
    runs = [(backend, "tansu") for backend in _backends()] if "tansu" in test_brokers() else []
    if "apache" in test_brokers():
        runs.append((_backends()[-1], "apache"))
    return runs


@pytest.fixture(scope="session", params=_runs(), ids=lambda run: "-".join(run))
def suite(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    backend, broker = request.param
    workdir: Path = tmp_path_factory.mktemp(f"suite-{backend}-{broker}")
    pg = postgres_test_url()
    running = start_suite(workdir, backend, pg, broker_kind=broker)
    try:
        yield running
    finally:
        stop_suite(running, pg)
