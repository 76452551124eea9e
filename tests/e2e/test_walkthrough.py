"""docs/walkthrough.md, word for word: every command of its tour run against a fresh suite,
every output it shows checked."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from .suite import Suite

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "walkthrough.md"
MARK = "@@walkthrough-block-{}@@"


def tour_blocks() -> list[tuple[str, str | None]]:
    """(bash, expected output or None) for each command block of sections 2 to 4."""
    text = DOC.read_text()
    tour = text.split("## 2.", 1)[1].split("## 5.", 1)[0]
    fences = re.findall(r"```(bash|text)\n(.*?)```", tour, re.S)
    blocks: list[tuple[str, str | None]] = []
    for kind, body in fences:
        if kind == "bash":
            blocks.append((body, None))
        else:
            assert blocks, "an output block must follow a command block"
            assert blocks[-1][1] is None, "one output block per command block"
            blocks[-1] = (blocks[-1][0], body)
    return blocks


def test_the_walkthrough_has_a_checked_output_for_every_command_block() -> None:
    blocks = tour_blocks()
    assert len(blocks) >= 10
    assert all(expected is not None for _, expected in blocks)


def test_the_walkthrough_works_word_for_word(suite: Suite) -> None:
    if suite.production:
        pytest.skip("the walkthrough is the development tour (make run, make token)")
    blocks = tour_blocks()
    script = "\n".join(f"echo '{MARK.format(i)}'\n{body}" for i, (body, _) in enumerate(blocks))
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(suite.workdir),
        "BUDGET": suite.url("budget"),
        "HR": suite.url("hr"),
        "FACILITIES": suite.url("facilities"),
        "IT": suite.url("it"),
        "PRODUCTION": suite.url("production"),
    }
    import os

    env["PATH"] = os.environ.get("PATH", env["PATH"])
    result = subprocess.run(
        ["bash", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    parts = re.split(r"@@walkthrough-block-(\d+)@@\n", result.stdout)
    outputs = {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}
    for i, (body, expected) in enumerate(blocks):
        assert i in outputs, f"block {i} did not run:\n{body}\nstderr:\n{result.stderr[-2000:]}"
        assert outputs[i].strip() == (expected or "").strip(), (
            f"block {i} of docs/walkthrough.md:\n{body}\n"
            f"expected:\n{expected}\ngot:\n{outputs[i]}\nstderr:\n{result.stderr[-2000:]}"
        )
