"""budget-svc: its busiest read (availability of a line) and write (legal commitment).

    uv run python bench/budget/bench_budget.py --lines 100 --requests 300

Starts budget-svc with uvicorn on a free 127.0.0.1 port, on a SQLite file in a temporary
directory (events off: ``budget.commitment_recorded`` rows are still written to the outbox in
each transaction), seeds allocations on ``--lines`` budget lines (units × actions × titles), then
measures with concurrent httpx clients:

1. read  ``GET /availability/{unit}/2026/{action}/{title}`` (what facilities and the
   front-ends ask before ordering; sums the line's ledger);
2. read  ``GET /availability?limit=50`` (a page of lines in a DR officer's scope);
3. write ``POST /commitments`` (locks the line, checks available AE, ledger movement, outbox);
4. read  ``GET /invoices?due_within=15&limit=50`` (the CPF worklist of invoices at risk);
5. write ``POST /invoices/{id}/payment`` (separation check, CP ≤ AE, service fait, CP available
   on the locked line, late interest, ledger movement, three accounting entries, outbox), on
   invoices prepared beforehand (commitment, service fait, invoice, payment request).

Prints requests/s and p50/p95/p99 latency, appends a JSON line per scenario to
``bench/results/budget.jsonl``. Bounded: a fixed number of requests, a deadline on seeding.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import socket
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from budget_svc.app import create_app
from budget_svc.settings import BudgetSettings
from sg_common.auth.dev import mint_token
from sg_common.events.testing import wait_for

RESULTS = Path(__file__).resolve().parents[1] / "results" / "budget.jsonl"
UNITS = [
    "DR-BRE", "DR-BRE-SED", "DR-BRE-SES", "DR-NOR", "DR-NOR-SES", "DSG", "DI", "DRH",
    "DESE-CN", "DSDS-EMPLOI",
]  # fmt: skip
ACTIONS = ["01", "08", "09"]
TITLES = ["T3", "T5", "T6", "T2"]


def lines(n: int) -> list[tuple[str, str, str]]:
    combos = [(u, a, t) for t in TITLES for a in ACTIONS for u in UNITS]
    return combos[: max(1, min(n, len(combos)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def seed(manager: httpx.AsyncClient, budget_lines: list[tuple[str, str, str]]) -> None:
    for unit, action, title in budget_lines:
        r = await manager.post(
            "/allocations",
            json={
                "unit_code": unit,
                "fiscal_year": 2026,
                "action": action,
                "title": title,
                "ae": "10000000.00",
                "cp": "9000000.00",
                "reason": "Dotation initiale (bench)",
            },
        )
        r.raise_for_status()
    (
        await manager.post("/fiscal-years/2026/reserve", json={"reason": "Réserve"})
    ).raise_for_status()


async def prepare_invoices(
    manager: httpx.AsyncClient,
    officer: httpx.AsyncClient,
    accountant: httpx.AsyncClient,
    n: int,
) -> list[int]:
    """``n`` invoices ready to pay on DR-BRE's 08/T3 line (one commitment of 20 invoices)."""
    (
        await manager.post(
            "/allocations",
            json={
                "unit_code": "DR-BRE",
                "fiscal_year": 2026,
                "action": "08",
                "title": "T6",
                "ae": "90000000.00",
                "cp": "90000000.00",
                "reason": "Dotation (bench paiements)",
            },
        )
    ).raise_for_status()
    received = (datetime.now(UTC).date().replace(day=1)).isoformat()
    invoices: list[int] = []
    commitment_id = 0
    for i in range(n):
        if i % 20 == 0:
            r = await officer.post(
                "/commitments",
                json={
                    "unit_code": "DR-BRE",
                    "fiscal_year": 2026,
                    "action": "08",
                    "title": "T6",
                    "ae": "2000.00",
                    "description": f"Marché {i} (bench)",
                },
            )
            r.raise_for_status()
            commitment_id = r.json()["id"]
            (
                await officer.post(
                    f"/commitments/{commitment_id}/service-done", json={"amount": "2000.00"}
                )
            ).raise_for_status()
        r = await accountant.post(
            "/invoices",
            json={
                "commitment_id": commitment_id,
                "supplier": "Bench SA",
                "number": f"B-{i}",
                "amount_ht": "83.33",
                "amount_ttc": "100.00",
                "received_on": received,
            },
        )
        r.raise_for_status()
        invoice_id = r.json()["id"]
        (
            await officer.post(
                f"/invoices/{invoice_id}/payment-request", json={}, headers={"If-Match": '"1"'}
            )
        ).raise_for_status()
        invoices.append(invoice_id)
    return invoices


async def measure(
    name: str, n: int, concurrency: int, call: Callable[[int], Awaitable[httpx.Response]]
) -> dict[str, Any]:
    latencies: list[float] = []
    queue = iter(range(n))

    async def worker() -> None:
        for i in queue:
            t0 = time.perf_counter()
            r = await call(i)
            latencies.append(time.perf_counter() - t0)
            if r.status_code >= 400:
                raise RuntimeError(f"{name}: {r.status_code} {r.text[:200]}")

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - t0
    result = {
        "scenario": name,
        "requests": n,
        "concurrency": concurrency,
        "rps": round(n / elapsed, 1),
        "p50_ms": round(pct(latencies, 0.50), 2),
        "p95_ms": round(pct(latencies, 0.95), 2),
        "p99_ms": round(pct(latencies, 0.99), 2),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 2),
    }
    print(json.dumps(result))
    return result


def client(port: int, roles: list[str], units: list[str], sub: str) -> httpx.AsyncClient:
    token = mint_token(subject=sub, roles=roles, units=units)
    return httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lines", type=int, default=100)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--deadline-s", type=float, default=300.0)
    args = parser.parse_args()

    budget_lines = lines(args.lines)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = BudgetSettings(
            _env_file=None,
            env="development",
            database_url=f"sqlite+aiosqlite:///{tmp}/budget.db",
            data_dir=Path(tmp),
            auto_migrate=True,
            events_enabled=False,
            log_json=False,
            log_level="WARNING",
        )
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
        )
        serving = asyncio.create_task(server.serve())
        try:
            await wait_for(lambda: server.started, timeout=60, what="the server to start")
            async with (
                client(port, ["budget.manager"], ["DPG-BUDGET"], "bench-manager") as manager,
                client(port, ["budget.officer"], ["DR-BRE"], "bench-officer") as officer,
                client(port, ["facilities.service"], [], "facilities-svc") as facilities,
            ):
                await asyncio.wait_for(seed(manager, budget_lines), args.deadline_s)

                def line_url(i: int) -> str:
                    unit, action, title = budget_lines[i % len(budget_lines)]
                    return f"/availability/{unit}/2026/{action}/{title}"

                results.append(
                    await measure(
                        "read_availability_line",
                        args.requests,
                        args.concurrency,
                        lambda i: facilities.get(line_url(i)),
                    )
                )
                results.append(
                    await measure(
                        "read_availability_page_50",
                        args.requests,
                        args.concurrency,
                        lambda _: officer.get("/availability?limit=50"),
                    )
                )

                def commitment(i: int) -> dict[str, Any]:
                    unit, action, title = budget_lines[i % len(budget_lines)]
                    return {
                        "unit_code": unit,
                        "fiscal_year": 2026,
                        "action": action,
                        "title": title,
                        "ae": f"{100 + i % 900}.50",
                        "description": f"Engagement {i}",
                    }

                results.append(
                    await measure(
                        "write_commitment",
                        args.requests,
                        args.concurrency,
                        lambda i: manager.post("/commitments", json=commitment(i)),
                    )
                )
                accountant_client = client(port, ["budget.accountant"], ["DPG-CPF"], "bench-cpf")
                async with accountant_client as accountant:
                    invoices = await asyncio.wait_for(
                        prepare_invoices(manager, officer, accountant, args.requests),
                        args.deadline_s,
                    )
                    results.append(
                        await measure(
                            "read_cpf_worklist_at_risk",
                            args.requests,
                            args.concurrency,
                            lambda _: accountant.get("/invoices?due_within=15&limit=50"),
                        )
                    )
                    results.append(
                        await measure(
                            "write_payment",
                            len(invoices),
                            args.concurrency,
                            lambda i: accountant.post(
                                f"/invoices/{invoices[i]}/payment", headers={"If-Match": '"2"'}
                            ),
                        )
                    )
        finally:
            server.should_exit = True
            await asyncio.wait_for(serving, 30)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "lines": len(budget_lines),
    }
    with RESULTS.open("a") as out:
        for r in results:
            out.write(json.dumps({**meta, **r}) + "\n")


if __name__ == "__main__":
    asyncio.run(main())
