"""The hostile suite (``make security``; bounded in ``make test`` and CI): the five services
started as processes (development mode, SQLite, Tansu), attacked over HTTP. See
docs/security.md. Fixtures here are named ``hostile_*`` (other conftest fixtures may join)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..e2e.suite import SERVICES, Suite, start_suite, stop_suite
from .figures import FIGURES, table, write

ROOT = Path(__file__).resolve().parents[2]
FIGURES_FILE = ROOT / ".artifacts" / "security" / "figures.json"


@pytest.fixture(scope="package")
def hostile_suite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Suite]:
    """The five services and the broker, fresh data, development mode (dev-key tokens)."""
    running = start_suite(tmp_path_factory.mktemp("hostile"), "sqlite", broker_kind="tansu")
    try:
        yield running
    finally:
        stop_suite(running)


@pytest.fixture(scope="package")
def hostile_openapi(hostile_suite: Suite) -> dict[str, dict[str, Any]]:
    """Each service's OpenAPI document, as it serves it."""
    import httpx

    return {
        name: httpx.get(f"{hostile_suite.url(name)}/openapi.json", timeout=15).json()
        for name in SERVICES
    }


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.section("hostile suite (docs/security.md)")
    for line in table():
        terminalreporter.write_line(line)
    write(FIGURES_FILE)
    terminalreporter.write_line(f"\nfigures written to {FIGURES_FILE.relative_to(ROOT)}")
