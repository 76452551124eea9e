"""facilities-svc: its busiest reads (requisition list, occupancy) and writes (requisition, order).

    uv run python bench/facilities/bench_facilities.py --requisitions 200 --requests 200

Starts facilities-svc with uvicorn on a free 127.0.0.1 port, on a SQLite file in a temporary
directory (events off: ``purchase.ordered`` rows are still written to the outbox in each
transaction), seeds a catalogue, requisitions and a real-estate portfolio, then measures with
concurrent httpx clients:

1. read  ``GET /requisitions?limit=50`` (a page of orders with their lines, scoped);
2. read  ``GET /occupancy`` (m² SUN per workstation per building and unit);
3. write ``POST /requisitions`` (three lines priced from the catalogue);
4. write submit → approve → order of a draft (procedure chosen, ``purchase.ordered`` outboxed).

Prints requests/s and p50/p95/p99 latency, appends a JSON line to
``bench/results/facilities.jsonl``. Bounded: a fixed number of requests, a server deadline.
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

from facilities_svc.app import create_app
from facilities_svc.settings import FacilitiesSettings
from sg_common.auth.dev import mint_token
from sg_common.events.testing import wait_for

RESULTS = Path(__file__).resolve().parents[1] / "results" / "facilities.jsonl"
UNITS = ["DESE-CN", "DESE-CONJ", "DSDS-EMPLOI", "DR-BRE-SED", "DR-NOR-SES"]
ITEMS = [
    ("UGAP-LAPTOP", "850.00", "ugap", "it_equipment"),
    ("UGAP-SCREEN", "199.99", "ugap", "it_equipment"),
    ("DAE-CHAIR", "310.00", "interministerial", "furniture"),
    ("OWN-PAPER", "4.20", "own_contract", "supplies"),
    ("OPEN-AUDIT", "18000.00", "open_market", "services"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def requisition_body(i: int) -> dict[str, Any]:
    return {
        "unit_code": UNITS[i % len(UNITS)],
        "subject": f"Besoin {i}",
        "fiscal_year": 2026,
        "action": "01",
        "budget_title": "T3",
        "kind": "supplies",
        "lines": [
            {"item_code": ITEMS[(i + k) % len(ITEMS)][0], "quantity": 1 + (i + k) % 7}
            for k in range(3)
        ],
    }


async def seed(buyer: httpx.AsyncClient, manager: httpx.AsyncClient, n: int) -> None:
    for code, price, channel, category in ITEMS:
        r = await buyer.post(
            "/catalogue",
            json={
                "code": code,
                "label": code,
                "category": category,
                "channel": channel,
                "unit_price_ht": price,
                "vat_rate": "0.20",
            },
        )
        r.raise_for_status()
    for i in range(n):
        (await manager.post("/requisitions", json=requisition_body(i))).raise_for_status()
    for b in range(20):
        site = await manager.post(
            "/sites",
            json={
                "code": f"S{b}",
                "name": f"Site {b}",
                "city": "Montrouge",
                "unit_code": "DSG-IMMO",
            },
        )
        site.raise_for_status()
        building = await manager.post(
            "/buildings",
            json={
                "site_id": site.json()["id"],
                "code": f"B{b}",
                "name": f"Bâtiment {b}",
                "floors": 6,
                "tenure": "leased",
            },
        )
        building.raise_for_status()
        for s in range(25):
            (
                await manager.post(
                    "/spaces",
                    json={
                        "building_id": building.json()["id"],
                        "code": f"B{b}-{s}",
                        "floor": s % 6,
                        "kind": "office",
                        "sun_m2": f"{10 + (b + s) % 15}.50",
                        "workstations": 1 + s % 3,
                        "unit_code": UNITS[s % len(UNITS)],
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


def client(port: int, roles: list[str], units: list[str], sub: str) -> httpx.AsyncClient:
    token = mint_token(subject=sub, roles=roles, units=units)
    return httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requisitions", type=int, default=200)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--deadline-s", type=float, default=300.0)
    args = parser.parse_args()

    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/facilities.db"
        settings = FacilitiesSettings(
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
            async with (
                client(port, ["facilities.buyer"], ["DSG-ACHATS"], "bench-buyer") as buyer,
                client(port, ["facilities.manager"], ["DSG"], "bench-manager") as manager,
                client(port, ["facilities.requester"], ["DESE"], "bench-requester") as unit,
            ):
                await asyncio.wait_for(seed(buyer, manager, args.requisitions), args.deadline_s)
                results.append(
                    await measure(
                        "read_requisitions_page_50",
                        args.requests,
                        args.concurrency,
                        lambda _: unit.get("/requisitions?limit=50"),
                    )
                )
                results.append(
                    await measure(
                        "read_occupancy",
                        args.requests,
                        args.concurrency,
                        lambda _: manager.get("/occupancy"),
                    )
                )
                created: list[int] = []

                async def create(i: int) -> httpx.Response:
                    r = await manager.post("/requisitions", json=requisition_body(i))
                    if r.status_code == 201:
                        created.append(r.json()["id"])
                    return r

                results.append(
                    await measure(
                        "write_create_requisition", args.requests, args.concurrency, create
                    )
                )

                async def order(i: int) -> httpx.Response:
                    rid = created[i]
                    for who, step, body in (
                        (manager, "submit", None),
                        (buyer, "approve", None),
                        (buyer, "order", {"tender_reference": "AO-BENCH"}),
                    ):
                        r = await who.post(f"/requisitions/{rid}/{step}", json=body)
                        if r.status_code >= 400:
                            return r
                    return r

                results.append(
                    await measure(
                        "write_submit_approve_order", len(created), args.concurrency, order
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
                        "requisitions": args.requisitions,
                    }
                )
                + "\n"
            )


if __name__ == "__main__":
    asyncio.run(main())
