"""`make help` lists every target of the Makefile: .PHONY ones and any other rule."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _targets(makefile: str) -> set[str]:
    phony = set()
    for line in makefile.splitlines():
        if line.startswith(".PHONY:"):
            phony |= set(line.removeprefix(".PHONY:").split())
    rules = set(re.findall(r"^([a-z0-9][a-z0-9-]*):(?!=)", makefile, re.M))
    return phony | rules


def _help(makefile: Path) -> set[str]:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make not installed")
    result = subprocess.run(
        [make, "--no-print-directory", "-f", str(makefile), "help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(re.findall(r"^\s+make (\S+)", result.stdout, re.M))


def test_make_help_lists_every_target() -> None:
    makefile = ROOT / "Makefile"
    targets = _targets(makefile.read_text())
    assert {"help", "run", "test", "k8s"} <= targets
    missing = targets - _help(makefile)
    assert not missing, f"add a `## description` to: {sorted(missing)}"


def test_a_target_without_description_is_caught(tmp_path: Path) -> None:
    text = (ROOT / "Makefile").read_text()
    broken = tmp_path / "Makefile"
    broken.write_text(text.replace("bench: sync ## ", "bench: sync # ", 1))
    assert "bench" in _targets(broken.read_text()) - _help(broken)
