"""Schemathesis against each of the five running services: every check (``--checks all``: no
server error, status codes, content types, response headers and schemas as documented,
schema-valid requests accepted and schema-violating ones refused, required headers, methods
and ``Allow``, auth not ignored, use after free, resource availability, object-level
authorization) and every phase (examples, coverage, fuzzing, stateful), as an administrator and
as a regional officer. A failure of any check fails the test.

Expectations tuned in schemathesis.toml (with reasons); the hooks' own check in st_hooks.py;
known findings owned by another branch in schemathesis-baseline.json (each with its reason and
an expiry date).

Bounded here (make test, CI; about 2 minutes on 2 cores): the administrator, phases examples,
fuzzing and stateful, 3 examples per operation. ``make security`` (SG_SECURITY_FULL=1): both
personas, the four phases (the coverage phase alone sends ~2,000 requests per service), 40
examples per operation. The seed is fixed: a run can be replayed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from ..e2e.suite import SERVICES, Suite
from .figures import FULL, finding, record

pytestmark = pytest.mark.e2e

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
SEED = "20261203"
PART = "schemathesis (all checks, " + ("4 phases, 2 personas)" if FULL else "3 phases, admin)")

#: persona → (roles by service, unit): the administrator, and an officer of a regional office
PERSONAS: dict[str, tuple[dict[str, str], str]] = {
    "admin": (dict.fromkeys(SERVICES, "sg.admin"), "SG"),
    "officer": (
        {
            "budget": "budget.officer",
            "hr": "hr.officer",
            "facilities": "facilities.requester",
            "it": "it.technician",
            "production": "production.contributor",
        },
        "DR-BRE",
    ),
}


def _report(report_dir: Path) -> dict:
    (path,) = report_dir.glob("*.json")
    data: dict = json.loads(path.read_text())
    return data


@pytest.mark.parametrize("persona", list(PERSONAS) if FULL else ["admin"])
@pytest.mark.parametrize("name", SERVICES)
def test_schemathesis_finds_nothing(
    hostile_suite: Suite, name: str, persona: str, tmp_path: Path
) -> None:
    roles, unit = PERSONAS[persona]
    token = hostile_suite.headers(roles[name], unit, sub=f"fuzz-{persona}")["Authorization"]
    known = tmp_path / "known.jsonl"
    report_dir = tmp_path / "report"
    command = [
        str(BIN / "schemathesis"),
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "run",
        f"{hostile_suite.url(name)}/openapi.json",
        "-H",
        f"Authorization: {token}",
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful" if FULL else "examples,fuzzing,stateful",
        "--max-examples",
        "40" if FULL else "3",
        "--seed",
        SEED,
        "--baseline",
        str(HERE / "schemathesis-baseline.json"),
        "--request-timeout",
        "20",
        "--no-color",
        "--report",
        "json",
        "--report-dir",
        str(report_dir),
    ]
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": str(HERE / "st_hooks.py"),
        "SG_SECURITY_KNOWN_FILE": str(known),
    }
    result = subprocess.run(
        command,
        cwd=tmp_path,  # schemathesis writes its own state there
        env=env,
        capture_output=True,
        text=True,
        timeout=3600 if FULL else 300,
        check=False,
    )
    report = _report(report_dir)
    failures = report.get("failures", [])
    baseline = report.get("baseline") or {}
    classes = (
        Counter(
            json.loads(line)["class"] for line in known.read_text().splitlines() if line.strip()
        )
        if known.exists()
        else Counter()
    )
    record(
        PART,
        f"{name}/{persona}",
        operations=report["operations"]["tested"],
        test_cases=report["test_cases"]["generated"],
        failures=sum(f["count"] for f in failures),
        known_baseline=int(baseline.get("known") or 0),
        amount_strict=classes["amount-strictness"],
        rule_in_code=classes["rule-in-code"],
        from_response=classes["value-from-response"],
    )
    for f in failures:
        where = ", ".join(f["operations"][:6])
        finding(PART, f"{name}/{persona} {f['code']} {f['title']} x{f['count']}: {where}")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
