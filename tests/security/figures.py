"""The hostile suite's figures, gathered by its tests and printed at the end of the run.

Each test adds what it sent and what it found; ``conftest.pytest_terminal_summary`` prints the
table and writes it as JSON (``.artifacts/security/figures.json``) for docs/security.md.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

#: SG_SECURITY_FULL=1 (``make security``): the full run; otherwise the bounded one (CI, make test)
FULL = os.environ.get("SG_SECURITY_FULL", "") not in ("", "0", "false")

#: figures[part][service][name] = number
FIGURES: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
#: findings[part] = lines describing each failure (printed after the table)
FINDINGS: dict[str, list[str]] = defaultdict(list)


def record(part: str, service: str, **numbers: int) -> None:
    for name, value in numbers.items():
        FIGURES[part][service][name] = FIGURES[part][service].get(name, 0) + value


def finding(part: str, line: str) -> None:
    FINDINGS[part].append(line)


def table() -> list[str]:
    """The figures as text lines: one block per part, one row per service and a total."""
    lines = [f"hostile suite figures ({'full' if FULL else 'bounded'} run)"]
    for part, by_service in FIGURES.items():
        columns = sorted({name for numbers in by_service.values() for name in numbers})
        lines.append(f"\n{part}")
        lines.append("  " + f"{'service':<20}" + "".join(f"{c:>16}" for c in columns))
        totals: dict[str, int] = {}
        for service in sorted(by_service):
            numbers = by_service[service]
            row = "".join(f"{numbers.get(c, 0):>16}" for c in columns)
            lines.append(f"  {service:<20}{row}")
            for c in columns:
                totals[c] = totals.get(c, 0) + numbers.get(c, 0)
        lines.append("  " + f"{'total':<20}" + "".join(f"{totals[c]:>16}" for c in columns))
        for line in FINDINGS.get(part, []):
            lines.append(f"  ! {line}")
    return lines


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {
        "run": "full" if FULL else "bounded",
        "figures": {part: dict(by_service) for part, by_service in FIGURES.items()},
        "findings": dict(FINDINGS),
    }
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
