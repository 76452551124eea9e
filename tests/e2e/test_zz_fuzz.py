"""Bad input gets a clear 4xx, never a 500: schemathesis fuzzes every operation of every
service of the running suite (runs last in the e2e module order: it writes random data)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .suite import SERVICES, Suite

pytestmark = pytest.mark.e2e

BIN = Path(sys.executable).parent


@pytest.mark.parametrize("name", SERVICES)
def test_no_request_makes_a_server_error(suite: Suite, name: str, tmp_path: Path) -> None:
    if suite.production or suite.broker.kind == "apache":
        pytest.skip("HTTP fuzzing depends on neither broker nor mode: run on development Tansu")
    token = suite.headers("sg.admin")["Authorization"]
    result = subprocess.run(
        [
            str(BIN / "schemathesis"),
            "run",
            f"{suite.url(name)}/openapi.json",
            "-H",
            f"Authorization: {token}",
            "--checks",
            "not_a_server_error",
            "--phases",
            "examples,fuzzing",
            "--max-examples",
            "4",
            "--seed",
            "20261126",
            "--max-failures",
            "5",
            "--no-color",
        ],
        cwd=tmp_path,  # schemathesis writes its own state there
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "passed" in result.stdout
