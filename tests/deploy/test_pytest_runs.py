"""`make pytest` runs the suite in two runs (scripts/pytest-runs.sh): the in-process tests on
workers, then the tests that start processes, one at a time. Both always run; the first failing
run's status is the script's, and "no tests collected" in one run alone is not a failure.

A stand-in for pytest records its arguments and exits with the status set for its run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "pytest-runs.sh"

STAND_IN = """\
import os, sys
args = sys.argv[1:]
with open(os.environ["CALLS"], "a") as calls:
    calls.write(" ".join(args) + "\\n")
in_process = "not broker and not e2e and not browser" in args
sys.exit(int(os.environ["IN_PROCESS" if in_process else "PROCESSES"]))
"""


def _run(tmp_path: Path, in_process: int, processes: int, **env: str) -> tuple[int, list[str]]:
    if shutil.which("bash") is None:
        pytest.skip("bash not installed")
    stand_in = tmp_path / "pytest_stand_in.py"
    stand_in.write_text(STAND_IN)
    calls = tmp_path / "calls"
    calls.unlink(missing_ok=True)
    result = subprocess.run(
        ["bash", str(SCRIPT), sys.executable, str(stand_in), "-q", "--durations=10"],
        env={
            **os.environ,
            "CALLS": str(calls),
            "IN_PROCESS": str(in_process),
            "PROCESSES": str(processes),
            **env,
        },
        timeout=60,
        check=False,
    )
    return result.returncode, calls.read_text().splitlines()


def test_in_process_tests_on_workers_then_process_tests_alone(tmp_path: Path) -> None:
    status, calls = _run(tmp_path, 0, 0)
    assert status == 0
    assert calls == [
        "-q --durations=10 -n 2 -m not broker and not e2e and not browser",
        "-q --durations=10 -m broker or e2e or browser",
    ]


def test_the_number_of_workers_is_set_by_pytest_workers(tmp_path: Path) -> None:
    _, calls = _run(tmp_path, 0, 0, PYTEST_WORKERS="0")
    assert "-n 0 " in calls[0]


@pytest.mark.parametrize(
    ("in_process", "processes", "expected"),
    [
        (1, 0, 1),  # a failing test in the first run fails the whole
        (0, 1, 1),  # ... and in the second
        (2, 1, 2),  # the first failing run's status
        (5, 0, 0),  # nothing in-process selected (e.g. only e2e tests asked for)
        (0, 5, 0),  # nothing that starts processes selected
        (5, 5, 5),  # nothing selected at all is still an error
        (5, 1, 1),
    ],
)
def test_both_runs_run_and_the_first_failure_decides(
    tmp_path: Path, in_process: int, processes: int, expected: int
) -> None:
    status, calls = _run(tmp_path, in_process, processes)
    assert len(calls) == 2, "the second run runs even when the first failed"
    assert status == expected
