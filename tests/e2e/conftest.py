"""The e2e suite fixture: started once per backend for the module's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sg_common.testing import postgres_test_url

from .suite import Suite, start_suite, stop_suite


def _backends() -> list[str]:
    return ["sqlite", "postgresql"] if postgres_test_url() else ["sqlite"]


@pytest.fixture(scope="session", params=_backends())
def suite(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    backend: str = request.param
    workdir: Path = tmp_path_factory.mktemp(f"suite-{backend}")
    pg = postgres_test_url()
    running = start_suite(workdir, backend, pg)
    try:
        yield running
    finally:
        stop_suite(running, pg)
