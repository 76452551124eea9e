"""The time-by-area table CI prints after the slowest tests."""

from __future__ import annotations

import pytest

from sg_common.testing.timings import area_of

pytest_plugins = ["pytester"]
QUIET = ("-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function")


@pytest.mark.parametrize(
    ("nodeid", "area"),
    [
        ("services/budget-svc/tests/test_api.py::test_x[sqlite]", "services/budget-svc"),
        ("libs/common/tests/events/test_relay.py::test_y", "libs/common/tests/events"),
        ("tests/e2e/test_flows.py::test_flow1[production-apache]", "tests/e2e [production-apache]"),
        (
            "tests/e2e/test_flows.py::test_f[postgresql-tansu-budget]",
            "tests/e2e [postgresql-tansu]",
        ),
        ("tests/security/test_schemathesis.py::test_s[hr-admin]", "tests/security"),
        ("console/tests/test_pages.py::test_home", "console/tests"),
        ("tests/test_readme.py::test_z", "tests"),
    ],
)
def test_each_test_counts_in_its_area(nodeid: str, area: str) -> None:
    assert area_of(nodeid) == area


def test_the_table_sums_setup_call_and_teardown_by_area(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_a="""
        import time, pytest

        @pytest.fixture
        def slow():
            time.sleep(0.2)
            yield
            time.sleep(0.1)

        def test_one(slow):
            time.sleep(0.1)

        def test_two():
            pass
        """
    )
    result = pytester.runpytest("--durations=1", *QUIET)
    result.assert_outcomes(passed=2)
    table = result.outlines[
        result.outlines.index(next(line for line in result.outlines if "time by area" in line))
        + 1 :
    ]
    seconds, share, area, tests = table[0].split()[:4]
    assert area == "test_a.py"
    assert 0.4 <= float(seconds.rstrip("s")) < 1.5
    assert (share, tests) == ("100.0%", "2")


def test_no_table_without_durations(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_a="def test_one():\n    pass\n")
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=1)
    assert not any("time by area" in line for line in result.outlines)
