"""production-svc: its busiest read (portfolio and capacity risk) and write (reschedule).

    uv run python bench/production/bench_production.py --operations 40 --requests 200

Starts production-svc with uvicorn on a free 127.0.0.1 port, on a SQLite file in a temporary
directory (events off: the outbox rows are still written in each transaction), seeds operations
with phases, needs and plan lines, then measures with concurrent httpx clients:

1. read  ``GET /portfolio`` over 12 months (every operation, its phases and needs);
2. read  ``GET /operations/{id}/risk`` (needs against the plan de charge and staff);
3. write ``POST /operations/{id}/schedule`` moving two phases (validation, needs and milestones
   shifted, ``operation.scheduled`` in the outbox).

Prints requests/s and p50/p95/p99 latency, appends a JSON line to
``bench/results/production.jsonl``. Bounded: a fixed number of requests, a server deadline.
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
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from production_svc.app import SERVICE, create_app
from production_svc.settings import ProductionSettings
from sg_common.auth.dev import mint_token
from sg_common.db import Database
from sg_common.events import EventEnvelope
from sg_common.events.catalogue import topic_for
from sg_common.events.consumer import apply_event
from sg_common.events.testing import wait_for
from sg_common.months import shift_month
from sg_contracts.it import WorkloadPlannedV1

RESULTS = Path(__file__).resolve().parents[1] / "results" / "production.jsonl"
CENTRES = ["CNI-NANTES", "CNI-LILLE", "CNI-METZ", "CNI-ORLEANS"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def seed(http: httpx.AsyncClient, n: int) -> list[int]:
    """n scheduled operations of three phases with staff and IT needs."""
    ids = []
    for i in range(n):
        start = date(2027, 1, 4) + timedelta(days=7 * (i % 20))
        r = await http.post(
            "/operations",
            json={
                "code": f"OP-{i:04d}",
                "name": f"Enquête {i}",
                "kind": "household_survey" if i % 3 else "census",
                "lead_unit": "DSDS-EMPLOI",
                "participating_units": ["DR-BRE", "DR-NOR", "DR-OCC"],
            },
        )
        r.raise_for_status()
        op = r.json()["id"]
        ids.append(op)
        phases = [
            ("build", start, start + timedelta(days=59), []),
            ("collect", start + timedelta(days=60), start + timedelta(days=150), ["build"]),
            ("process", start + timedelta(days=151), start + timedelta(days=240), ["collect"]),
        ]
        for code, s, e, deps in phases:
            (
                await http.post(
                    f"/operations/{op}/phases",
                    json={
                        "phase_code": code,
                        "start": s.isoformat(),
                        "end": e.isoformat(),
                        "depends_on": deps,
                    },
                )
            ).raise_for_status()
            months = sorted(
                {(s + timedelta(days=d)).strftime("%Y-%m") for d in range(0, (e - s).days + 1, 10)}
            )
            (
                await http.put(
                    f"/operations/{op}/phases/{code}/needs",
                    json={
                        "staff": [
                            {"unit_code": u, "staff_days": "30"} for u in ("DR-BRE", "DR-NOR")
                        ],
                        "it": [
                            {"centre_code": CENTRES[i % 4], "month": m, "person_days": "12.5"}
                            for m in months
                        ],
                    },
                    headers={"If-Match": '"1"'},
                )
            ).raise_for_status()
        (await http.post(f"/operations/{op}/schedule", json={})).raise_for_status()
    return ids


async def seed_plan(database: Database) -> None:
    """Plan de charge lines for every centre and month of 2027-2028, through the handler."""
    for centre in CENTRES:
        for k in range(24):
            month = shift_month("2027-01", k)
            envelope = EventEnvelope.new(
                WorkloadPlannedV1(
                    plan_id="PDC",
                    plan_version=1,
                    centre_code=centre,
                    month=month,
                    capacity=Decimal(400),
                    demand=Decimal(300 + 10 * k),
                    load=Decimal(300 + 10 * k) / 400,
                ),
                subject=centre,
            )
            await apply_event(
                database,
                "production",
                SERVICE.event_handlers[envelope.type],
                envelope,
                topic=topic_for(envelope.type),
                partition=0,
                offset=0,
            )


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


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=40)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--deadline-s", type=float, default=300.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/production.db"
        settings = ProductionSettings(
            _env_file=None,
            env="development",
            database_url=url,
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
            token = mint_token(subject="bench", roles=["production.manager"], units=["DOMP"])
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}",
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            ) as http:
                ids = await asyncio.wait_for(seed(http, args.operations), args.deadline_s)
                database = Database(url)
                try:
                    await seed_plan(database)
                finally:
                    await database.dispose()
                results = [
                    await measure(
                        "read_portfolio_12_months",
                        args.requests,
                        args.concurrency,
                        lambda _: http.get("/portfolio?from=2027-01&to=2027-12"),
                    ),
                    await measure(
                        "read_operation_risk",
                        args.requests,
                        args.concurrency,
                        lambda i: http.get(f"/operations/{ids[i % len(ids)]}/risk"),
                    ),
                ]
                shifts: dict[int, int] = {}

                async def reschedule(i: int) -> httpx.Response:
                    op = ids[i % len(ids)]
                    phases = (await http.get(f"/operations/{op}/phases")).json()
                    by = {p["phase_code"]: p for p in phases}
                    step = 1 if shifts.get(op, 0) % 2 == 0 else -1
                    shifts[op] = shifts.get(op, 0) + 1
                    body = {
                        "phases": [
                            {
                                "phase_code": code,
                                "start": str(
                                    date.fromisoformat(by[code]["start"]) + timedelta(step)
                                ),
                                "end": str(date.fromisoformat(by[code]["end"]) + timedelta(step)),
                            }
                            for code in ("collect", "process")
                        ],
                        "reason": "bench",
                    }
                    return await http.post(f"/operations/{op}/schedule", json=body)

                # one writer per operation at a time: concurrency bounded by the operations
                results.append(
                    await measure(
                        "write_reschedule",
                        args.requests,
                        min(args.concurrency, len(ids)),
                        reschedule,
                    )
                )
        finally:
            server.should_exit = True
            await asyncio.wait_for(serving, 30)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("a") as out:
        for r in results:
            out.write(
                json.dumps(
                    r
                    | {
                        "at": datetime.now(UTC).isoformat(timespec="seconds"),
                        "machine": platform.machine(),
                        "python": platform.python_version(),
                        "operations": args.operations,
                    }
                )
                + "\n"
            )


if __name__ == "__main__":
    asyncio.run(main())
