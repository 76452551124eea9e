"""Where a test run's time goes, by area: printed after ``--durations`` (CI's log has both).

An area is a service, a directory of the library's or the suite's tests, or an e2e run
(``tests/e2e [production-apache]``): setup, call and teardown of each test, session fixtures
included (they count in the first test that needs them). The ``sg_common`` plugin registers
``AreaTimes`` when ``--durations`` is given.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import PurePosixPath

import pytest

_RUN = re.compile(r"\[(?:.*-)?((?:sqlite|postgresql|production)-(?:tansu|apache))(?:-.*)?\]$")


def area_of(nodeid: str) -> str:
    """``services/budget-svc``, ``libs/common/tests/events``, ``tests/e2e [sqlite-tansu]``…"""
    path = nodeid.split("::", 1)[0]
    parts = PurePosixPath(path).parts
    if parts[:3] == ("libs", "common", "tests") and len(parts) > 4:
        area = "/".join(parts[:4])
    elif parts[:1] in (("services",), ("console",), ("tests",)) and len(parts) > 2:
        area = "/".join(parts[:2])
    else:
        area = "/".join(parts[:-1]) or path
    run = _RUN.search(nodeid)
    return f"{area} [{run.group(1)}]" if run and area == "tests/e2e" else area


class AreaTimes:
    """Sums each test's setup, call and teardown by area; prints the table at the end."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.tests: defaultdict[str, int] = defaultdict(int)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        area = area_of(report.nodeid)
        self.seconds[area] += report.duration
        if report.when == "call":
            self.tests[area] += 1

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self.seconds:
            return
        whole = sum(self.seconds.values())
        width = max(map(len, self.seconds))
        terminalreporter.write_sep("=", "time by area (setup + call + teardown)")
        for area, seconds in sorted(self.seconds.items(), key=lambda kv: -kv[1]):
            share, tests = seconds / whole, self.tests[area]
            terminalreporter.write_line(
                f"{seconds:8.1f}s {share:6.1%}  {area:<{width}} {tests:5d} tests"
            )
        terminalreporter.write_line(f"{whole:8.1f}s in all")
