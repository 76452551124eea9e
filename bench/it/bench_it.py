"""it-svc: its busiest reads (inventory list, load of the centres, compliance) and writes
(lifecycle transition, seat assignment).

    uv run python bench/it/bench_it.py --items 500 --requests 200

Starts it-svc with uvicorn on a free 127.0.0.1 port, on a SQLite file in a temporary directory
(events off: the outbox rows are still written in each transaction), seeds items over the
regional directorates, a licence, IT staff (through the ``agent.assigned`` handler) with
allocations and demand lines on the four CNI, then measures with concurrent httpx clients:

1. read  ``GET /items?unit_code=…&status=in_stock`` (a technician's list, scope in the query);
2. read  ``GET /workload/load`` for every CNI over 12 months (allocations, capacity, demand);
3. read  ``GET /policy/compliance?unit_code=…`` (items of a DR against the catalogue);
4. write ``POST /items/{id}/transitions`` in_stock → deployed (``it.asset_registered`` is not
   re-emitted; lifecycle check, If-Match);
5. write ``POST /licences/{id}/assignments`` (seat count under lock).

Prints requests/s and p50/p95/p99 latency, appends a JSON line to ``bench/results/it.jsonl``.
Bounded: a fixed number of requests, a deadline on seeding and on the server's stop.
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
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from it_svc.app import SERVICE, create_app
from it_svc.settings import ItSettings
from sg_common.auth.dev import mint_token
from sg_common.db import Database
from sg_common.events import EventEnvelope
from sg_common.events.catalogue import topic_for
from sg_common.events.consumer import apply_event
from sg_common.events.testing import wait_for
from sg_contracts.hr import AgentAssignedV1

RESULTS = Path(__file__).resolve().parents[1] / "results" / "it.jsonl"
CENTRES = ["CNI-LILLE", "CNI-METZ", "CNI-NANTES", "CNI-ORLEANS"]
UNITS = ["DR-BRE-SES", "DR-NOR-SES", "DR-OCC-SES", "DR-ARA-SES", "DR-HDF-SED"]
MODELS = [
    ("hardware", "Dell Latitude 5440", None),
    ("software", "Windows", "10"),
    ("software", "Windows", "11"),
    ("hardware", "Raspberry Pi", None),
]
MONTHS = [f"2027-{m:02d}" for m in range(1, 13)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def seed_items(http: httpx.AsyncClient, n: int) -> list[int]:
    ids = []
    for i in range(n):
        kind, model, version = MODELS[i % len(MODELS)]
        r = await http.post(
            "/items",
            json={
                "kind": kind,
                "name": f"item {i}",
                "model": model,
                "model_version": version,
                "unit_code": UNITS[i % len(UNITS)],
                "site": "bench",
                "serial": f"SN-{i:06d}",
            },
        )
        r.raise_for_status()
        ids.append(int(r.json()["id"]))
    return ids


async def seed_staff(database: Database, http: httpx.AsyncClient, agents: int) -> None:
    """Agents in the CNI (handler), each allocated to its centre every month, and demand."""
    for a in range(agents):
        envelope = EventEnvelope.new(
            AgentAssignedV1(
                assignment_id=f"as-{a}",
                agent_id=f"AG{a:04d}",
                unit_code=CENTRES[a % 4],
                start_date=date(2026, 1, 1),
                quotite=Decimal("0.80") if a % 5 == 0 else Decimal("1.00"),
            ),
            subject=f"AG{a:04d}",
        )
        await apply_event(
            database,
            "it",
            SERVICE.event_handlers[envelope.type],
            envelope,
            topic=topic_for(envelope.type),
            partition=0,
            offset=0,
        )
    for a in range(agents):
        for month in MONTHS:
            (
                await http.post(
                    "/staff-allocations",
                    json={
                        "agent_id": f"AG{a:04d}",
                        "month": month,
                        "centre_code": CENTRES[a % 4],
                        "share": "0.90",
                    },
                )
            ).raise_for_status()
    for k, month in enumerate(MONTHS):
        for c in CENTRES:
            (
                await http.post(
                    "/workload/demands",
                    json={
                        "centre_code": c,
                        "month": month,
                        "person_days": str(100 + 10 * k),
                        "project": "bench",
                    },
                )
            ).raise_for_status()


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
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--agents", type=int, default=40)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--deadline-s", type=float, default=300.0)
    args = parser.parse_args()
    args.items = max(args.items, args.requests)  # one transition per item

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/it.db"
        settings = ItSettings(
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
            token = mint_token(subject="bench", roles=["it.manager"], units=["DI"])
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}",
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            ) as http:
                ids = await asyncio.wait_for(seed_items(http, args.items), args.deadline_s)
                database = Database(url)
                try:
                    await asyncio.wait_for(seed_staff(database, http, args.agents), args.deadline_s)
                finally:
                    await database.dispose()
                licence = await http.post(
                    "/licences",
                    json={
                        "unit_code": "DI",
                        "software": "R",
                        "licence_type": "site",
                        "seats": args.requests + 10,
                    },
                )
                licence.raise_for_status()
                lid = licence.json()["id"]
                tech = mint_token(subject="tech", roles=["it.technician"], units=["DR-BRE"])
                tech_headers = {"Authorization": f"Bearer {tech}"}
                results = [
                    await measure(
                        "read_items_of_a_unit",
                        args.requests,
                        args.concurrency,
                        lambda _: http.get(
                            "/items?unit_code=DR-BRE-SES&status=in_stock&limit=50",
                            headers=tech_headers,
                        ),
                    ),
                    await measure(
                        "read_load_4_centres_12_months",
                        args.requests,
                        args.concurrency,
                        lambda _: http.get("/workload/load?first_month=2027-01&last_month=2027-12"),
                    ),
                    await measure(
                        "read_compliance_of_a_unit",
                        args.requests,
                        args.concurrency,
                        lambda i: http.get(f"/policy/compliance?unit_code={UNITS[i % len(UNITS)]}"),
                    ),
                    await measure(
                        "write_deploy_item",
                        args.requests,
                        args.concurrency,
                        lambda i: http.post(
                            f"/items/{ids[i]}/transitions",
                            json={"to_status": "deployed", "assigned_agent_id": f"A{i}"},
                            headers={"If-Match": '"1"'},
                        ),
                    ),
                    await measure(
                        "write_assign_seat",
                        args.requests,
                        args.concurrency,
                        lambda i: http.post(
                            f"/licences/{lid}/assignments", json={"agent_id": f"A{i}"}
                        ),
                    ),
                ]
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
                        "items": args.items,
                        "agents": args.agents,
                    }
                )
                + "\n"
            )


if __name__ == "__main__":
    asyncio.run(main())
