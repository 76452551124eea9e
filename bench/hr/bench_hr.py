"""hr-svc: its busiest reads (agent directory of a DR, ETPT statement of a DR for a year) and
writes (assignment with the 100 % check, enrolment in a session with waitlist).

    uv run python bench/hr/bench_hr.py --agents 400 --requests 200

Starts hr-svc with uvicorn on a free 127.0.0.1 port, on a SQLite file in a temporary directory
(events off: the outbox rows are still written in each transaction), hires agents over the
services of five regional directorates, each with a year of assignments (a part-time change
mid-year), a course and a session, then measures with concurrent httpx clients:

1. read  ``GET /agents?unit_code=<DR>&include_descendants=true`` as a non-HR user (minimal view);
2. read  ``GET /etpt/<DR>/2026`` as the DR's HR officer (assignments × quotité × days, 12 months);
3. write ``POST /agents/{id}/assignments`` (overlap and quotité check, ``agent.assigned`` outbox);
4. write ``POST /training/sessions/{id}/enrolments`` (capacity count, waitlist).

Prints requests/s and p50/p95/p99 latency, appends JSON lines to ``bench/results/hr.jsonl``.
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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from hr_svc.app import create_app
from hr_svc.settings import HrSettings
from sg_common.auth.dev import mint_token
from sg_common.events.testing import wait_for

RESULTS = Path(__file__).resolve().parents[1] / "results" / "hr.jsonl"
DRS = ["DR-BRE", "DR-NOR", "DR-OCC", "DR-ARA", "DR-HDF"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def headers(role: str | None, unit: str) -> dict[str, str]:
    token = mint_token(subject=f"bench-{role}", roles=[role] if role else [], units=[unit])
    return {"Authorization": f"Bearer {token}"}


async def seed(http: httpx.AsyncClient, agents: int) -> list[int]:
    """Agents over the DRs' services, each full time then 80 % from July."""
    ids = []
    for i in range(agents):
        unit = f"{DRS[i % len(DRS)]}-{'SES' if i % 2 else 'SED'}"
        r = await http.post(
            "/agents",
            json={
                "matricule": f"B{i:06d}",
                "last_name": f"Agent{i}",
                "first_name": "Bench",
                "birth_date": "1980-01-01",
                "category": "ABC"[i % 3],
                "corps": "Attaché",
                "grade": "Attaché",
                "status": "titulaire",
                "quotite": "1.00",
                "unit_code": unit,
                "hired_on": "2020-01-01",
            },
        )
        r.raise_for_status()
        agent_id = int(r.json()["id"])
        ids.append(agent_id)
        for body in (
            {"unit_code": unit, "start_date": "2026-01-01", "end_date": "2026-06-30"},
            {"unit_code": unit, "start_date": "2026-07-01", "quotite": "0.80"},
        ):
            (await http.post(f"/agents/{agent_id}/assignments", json=body)).raise_for_status()
    return ids


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
    parser.add_argument("--agents", type=int, default=400)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--deadline-s", type=float, default=300.0)
    args = parser.parse_args()
    args.agents = max(args.agents, args.requests)  # one assignment and one enrolment per agent

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/hr.db"
        settings = HrSettings(
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
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}",
                headers=headers("hr.manager", "DRH"),
                timeout=60,
            ) as http:
                ids = await asyncio.wait_for(seed(http, args.agents), args.deadline_s)
                course = await http.post(
                    "/training/courses",
                    json={
                        "code": "BENCH",
                        "title": "Bench",
                        "domain": "bench",
                        "duration_hours": "7",
                        "cost": "100.00",
                    },
                )
                course.raise_for_status()
                session = await http.post(
                    "/training/sessions",
                    json={
                        "course_id": course.json()["id"],
                        "unit_code": "DRH-FORM",
                        "start_date": "2026-09-01",
                        "end_date": "2026-09-02",
                        "place": "Montrouge",
                        "capacity": args.requests // 2,
                    },
                )
                session.raise_for_status()
                sid = session.json()["id"]
                reader = headers(None, "DR-BRE")
                officer = headers("hr.officer", "DR-BRE")
                results = [
                    await measure(
                        "read_agents_of_a_dr_minimal_view",
                        args.requests,
                        args.concurrency,
                        lambda _: http.get(
                            "/agents?unit_code=DR-BRE&include_descendants=true&limit=50",
                            headers=reader,
                        ),
                    ),
                    await measure(
                        "read_etpt_of_a_dr_for_a_year",
                        args.requests,
                        args.concurrency,
                        lambda _: http.get("/etpt/DR-BRE/2026", headers=officer),
                    ),
                    await measure(
                        "write_assignment_with_quotite_check",
                        args.requests,
                        args.concurrency,
                        lambda i: http.post(
                            f"/agents/{ids[i]}/assignments",
                            json={
                                "unit_code": "DRH-FORM",
                                "start_date": "2026-09-01",
                                "end_date": "2026-09-30",
                                "quotite": "0.20",
                            },
                        ),
                    ),
                    await measure(
                        "write_enrolment_with_waitlist",
                        args.requests,
                        args.concurrency,
                        lambda i: http.post(
                            f"/training/sessions/{sid}/enrolments", json={"agent_id": ids[i]}
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
                        "agents": args.agents,
                    }
                )
                + "\n"
            )


if __name__ == "__main__":
    asyncio.run(main())
