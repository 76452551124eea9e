"""The console: server time per page (p50/p95) on the demo data, as people open them.

    make run            # in one terminal
    make demo           # in another, once
    uv run python bench/console/bench_pages.py --requests 40

Signs personas in through the picker (development), then opens each page of the journeys
``--requests`` times, one after another (after 3 warm-up requests), and measures the time from
request to full response on the loopback: the console's own work plus its calls to the
services, which is what a person waits for. Prints p50/p95/max per page and appends a JSON line
per page to ``bench/results/console.jsonl``. Bounded: a fixed number of requests, each with a
timeout. Goal (issue #19): p95 < 150 ms on SQLite.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

RESULTS = Path(__file__).resolve().parents[1] / "results" / "console.jsonl"
YEAR = 2026

#: (role, unit) → the pages that persona opens
PAGES = {
    ("budget.officer", "DR-BRE"): [
        "/",
        f"/budget/engagements?exercice={YEAR}",
        f"/budget/engagements.csv?exercice={YEAR}",
        "/budget/engagements/nouveau",
    ],
    ("budget.manager", "DPG-BUDGET"): [
        "/",
        "/dpg/demandes?statut=tout",
        f"/dpg/reserve?exercice={YEAR}",
        f"/dpg/execution?exercice={YEAR}",
    ],
    ("budget.accountant", "DPG-CPF"): ["/cpf/factures", "/cpf/balance"],
    ("facilities.requester", "DR-BRE"): ["/achats/demandes", "/achats/demandes/nouvelle"],
}


def sign_in(http: httpx.Client, role: str, unit: str) -> None:
    page = http.get("/connexion")
    page.raise_for_status()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the sign-in page"
    answer = http.post(
        "/connexion/profil", data={"role": role, "unit": unit, "csrf_token": token.group(1)}
    )
    assert answer.status_code == 303, answer.text[:300]


def measure(http: httpx.Client, path: str, requests: int) -> list[float]:
    for _ in range(3):
        http.get(path).raise_for_status()
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        response = http.get(path)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    print(f"{'persona':<32} {'page':<40} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    with RESULTS.open("a") as out:
        for (role, unit), paths in PAGES.items():
            with httpx.Client(base_url=args.url, timeout=30, follow_redirects=False) as http:
                sign_in(http, role, unit)
                for path in paths:
                    times = measure(http, path, args.requests)
                    p50, p95 = statistics.median(times), percentile(times, 95)
                    print(f"{role + '@' + unit:<32} {path:<40} {p50:8.1f} {p95:8.1f} "
                          f"{max(times):8.1f}")  # fmt: skip
                    out.write(
                        json.dumps(
                            {
                                "at": datetime.now(UTC).isoformat(),
                                "machine": platform.node(),
                                "persona": f"{role}@{unit}",
                                "page": path,
                                "requests": len(times),
                                "p50_ms": round(p50, 1),
                                "p95_ms": round(p95, 1),
                                "max_ms": round(max(times), 1),
                            }
                        )
                        + "\n"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
