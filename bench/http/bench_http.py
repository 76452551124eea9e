"""The HTTP path of the services against two baselines, driven by wrk (issue #24).

    uv run python bench/http/bench_http.py [--database sqlite|postgresql] [--duration 8] [--reps 3]

Starts, each pinned to core 0 (``taskset``): **B0** (bare FastAPI from memory), **B1** (bare
FastAPI + SQLAlchemy async get-by-id, a naive app; ``bench/http/baselines.py``), budget-svc and
hr-svc as deployed (``sg-service NAME migrate`` first, as the migration Job does, then
``sg-service NAME run`` without auto-migration; development settings, events on through a local
Tansu broker so the relay runs). Seeds them through their APIs, then drives every target with
wrk (``/usr/bin/wrk``, 16 connections, one thread, pinned to core 1) for ``--duration`` seconds,
``--reps`` times, interleaved (B0, B1, then each target, again), so that a slow patch of the
machine hits every target alike. Reports per target the median requests/s and p99 latency,
and its ratios to B0 and B1 computed within each repetition (median of the reps).

Appends one JSON line per target to ``bench/results/http.jsonl`` and prints a Markdown table
for ``docs/performance.md``. Loopback only, bounded (targets × reps × duration), stops every
process it started.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from sg_common.auth.dev import mint_token
from sg_common.events.broker import EmbeddedBroker
from sg_common.testing.databases import test_database

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "results" / "http.jsonl"
YEAR = 2026


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pinned(core: int) -> list[str]:
    """``taskset -c core`` when there are two cores or more to split (else nothing)."""
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", str(core)]
    return []


@dataclass
class Server:
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, log_dir: Path) -> None:
        log = (log_dir / f"{self.name}.log").open("ab")
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(  # noqa: S603
            [*pinned(0), *self.argv],
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def migrate(self, log_dir: Path) -> None:
        """``sg-service NAME migrate``: what the deployment's migration Job runs before the
        service starts (so that the service's start-up and memory are measured as deployed)."""
        with (log_dir / f"{self.name}.log").open("ab") as log:
            subprocess.run(  # noqa: S603
                [*self.argv[:-1], "migrate"],
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
                check=True,
            )

    def ready_after(self, path: str, timeout: float = 120.0) -> float:
        """Seconds from the process's start to the first 200 on ``path`` (polled every 20 ms)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + path, timeout=2).status_code == 200:
                    return time.monotonic() - self.started_at
            except httpx.HTTPError:
                pass
            time.sleep(0.02)
        raise RuntimeError(f"{self.name} was not ready on {path} within {timeout}s")

    def rss_mb(self) -> float:
        """Resident memory of the server and its children (MB)."""
        assert self.process is not None
        pids = [self.process.pid]
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        if children.exists():
            pids += [int(p) for p in children.read_text().split()]
        total_kb = 0
        for pid in pids:
            status = Path(f"/proc/{pid}/status").read_text()
            found = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
            total_kb += int(found.group(1)) if found else 0
        return total_kb / 1024

    def cpu_seconds(self) -> float:
        """User + system CPU time the server has used so far (its threads included)."""
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass(frozen=True)
class Target:
    name: str
    server: str
    path: str
    token: str | None = None
    method: str = "GET"
    body: str | None = None
    connections: int = 16


def service(name: str, database_url: str, data_dir: Path, bootstrap: str) -> Server:
    return Server(
        name,
        [sys.executable, "-m", "sg_common.serve", name, "run"],
        {
            "SG_ENV": "development",
            "SG_DATABASE_URL": database_url,
            "SG_DATA_DIR": str(data_dir / name),
            "SG_AUTO_MIGRATE": "false",  # migrated first, as the deployment's Job does
            "SG_EVENTS_ENABLED": "true",
            "SG_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "SG_KAFKA_ENABLE_IDEMPOTENCE": "false",  # Tansu refuses InitProducerId
            "SG_LOG_LEVEL": "WARNING",
            "SG_LOG_JSON": "true",
            "SG_HOST": "127.0.0.1",
        },
    )


def start_timed(s: Server, tmp: Path) -> float:
    """Start a server (a service migrated first, as deployed) and time it until it is ready."""
    if s.name in ("b0", "b1"):
        s.argv += ["--port", str(s.port)]
    else:
        s.env["SG_PORT"] = str(s.port)
        s.migrate(tmp)
    s.start(tmp)
    return s.ready_after("/items/1" if s.name in ("b0", "b1") else "/health/ready")


def token(sub: str, roles: list[str], units: list[str]) -> str:
    return mint_token(subject=sub, roles=roles, units=units, ttl_seconds=6 * 3600)


def seed(budget: Server, hr: Server, manager: str, officer: str, drh: str) -> dict[str, int]:
    """A line with ample AE, 200 commitments on it, one agent: what the targets read."""
    auth = {"Authorization": f"Bearer {manager}"}
    with httpx.Client(base_url=budget.url, timeout=60) as c:
        c.post(
            "/allocations",
            headers=auth,
            json={
                "unit_code": "DR-BRE",
                "fiscal_year": YEAR,
                "action": "08",
                "title": "T3",
                "ae": "900000000.00",
                "cp": "900000000.00",
                "reason": "Dotation (bench HTTP)",
            },
        ).raise_for_status()
        first = 0
        for i in range(200):
            r = c.post(
                "/commitments",
                headers={"Authorization": f"Bearer {officer}"},
                json={**COMMITMENT, "description": f"Marché {i} (bench HTTP)"},
            )
            r.raise_for_status()
            first = first or int(r.json()["id"])
    with httpx.Client(base_url=hr.url, timeout=60) as c:
        r = c.post(
            "/agents",
            headers={"Authorization": f"Bearer {drh}"},
            json={
                "matricule": "B000001",
                "last_name": "Martin",
                "first_name": "Claire",
                "category": "A",
                "corps": "Attaché de l'Insee",
                "grade": "Attaché principal",
                "echelon": 4,
                "status": "titulaire",
                "quotite": "1.00",
                "unit_code": "DR-BRE-SES",
                "hired_on": "2026-03-01",
            },
        )
        r.raise_for_status()
        agent = int(r.json()["id"])
    return {"commitment": first + 100, "agent": agent}


COMMITMENT = {
    "unit_code": "DR-BRE",
    "fiscal_year": YEAR,
    "action": "08",
    "title": "T3",
    "ae": "10.00",
    "description": "Marché (bench HTTP)",
}

_LUA = """
wrk.method = {method}
wrk.body = {body}
{headers}
"""


def wrk(target: Target, url: str, duration: float, work: Path) -> dict[str, float]:
    """One wrk run: requests/s, p50 and p99 latency (ms), non-2xx responses."""
    headers = {"Content-Type": "application/json"} if target.body else {}
    if target.token:
        headers["Authorization"] = f"Bearer {target.token}"
    script = work / (re.sub(r"\W+", "-", target.name) + ".lua")
    script.write_text(
        _LUA.format(
            method=json.dumps(target.method),
            body=json.dumps(target.body) if target.body else "nil",
            headers="\n".join(
                f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items()
            ),
        )
    )
    out = subprocess.run(  # noqa: S603
        [
            *pinned(1),
            "wrk",
            "-t1",
            f"-c{target.connections}",
            f"-d{max(1, round(duration))}s",
            "--latency",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url + target.path,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=duration + 60,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return {
        "rps": rps,
        "p50_ms": _latency(out, "50%"),
        "p99_ms": _latency(out, "99%"),
        "non_2xx": float(errors.group(1)) if errors else 0.0,
    }


def _latency(out: str, quantile: str) -> float:
    found = re.search(rf"^\s+{re.escape(quantile)}\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
    if found is None:
        return float("nan")
    value, unit = float(found.group(1)), found.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


async def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per wrk run")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--no-writes", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk not found: apt-get install -y wrk (see bench/README.md)")

    with tempfile.TemporaryDirectory(prefix="bench-http-") as tmp_name:
        tmp = Path(tmp_name)
        async with AsyncExitStack() as stack:
            urls = {}
            for name in ("b1", "budget", "hr"):
                db = await stack.enter_async_context(test_database(args.database, tmp))
                urls[name] = db.url
            if args.database == "sqlite":
                urls["b1"] = f"sqlite+aiosqlite:///{tmp / 'b1.db'}"
            broker = EmbeddedBroker(log_file=tmp / "broker.log").start()
            stack.callback(broker.stop)
            servers = {
                "b0": Server("b0", [sys.executable, str(HERE / "baselines.py"), "b0"]),
                "b1": Server(
                    "b1",
                    [
                        sys.executable,
                        str(HERE / "baselines.py"),
                        "b1",
                        "--database-url",
                        urls["b1"],
                    ],
                ),
                "budget": service("budget", urls["budget"], tmp, broker.bootstrap),
                "hr": service("hr", urls["hr"], tmp, broker.bootstrap),
            }
            # one at a time, so that each start-up is timed alone on its core
            startup: dict[str, float] = {}
            for s in servers.values():
                stack.callback(s.stop)
                startup[s.name] = start_timed(s, tmp)
            idle_rss = {name: s.rss_mb() for name, s in servers.items()}
            print(f"ready after (s): {startup}; idle RSS (MB): {idle_rss}", flush=True)

            manager = token("bench-manager", ["budget.manager"], ["DPG-BUDGET"])
            officer = token("bench-officer", ["budget.officer"], ["DR-BRE"])
            drh = token("bench-drh", ["hr.manager"], ["DRH"])
            ids = seed(servers["budget"], servers["hr"], manager, officer, drh)
            targets = [
                Target("B0 get by id", "b0", "/items/500"),
                Target("B1 get by id", "b1", "/items/500"),
                Target("B1 list of 50", "b1", "/items?limit=50"),
                Target("budget /health/live", "budget", "/health/live"),
                Target(
                    "budget GET /commitments/{id}",
                    "budget",
                    f"/commitments/{ids['commitment']}",
                    officer,
                ),
                Target(
                    "budget GET /commitments?limit=50",
                    "budget",
                    f"/commitments?unit_code=DR-BRE&fiscal_year={YEAR}&limit=50",
                    officer,
                ),
                Target("hr GET /agents/{id}", "hr", f"/agents/{ids['agent']}", drh),
            ]
            if not args.no_writes:
                body = json.dumps(COMMITMENT)
                targets += [
                    Target("budget POST /commitments, 1 connection", "budget", "/commitments",
                           officer, "POST", body, 1),
                    Target("budget POST /commitments, 16 connections", "budget", "/commitments",
                           officer, "POST", body, 16),
                ]  # fmt: skip
            runs: dict[str, list[dict[str, float]]] = {t.name: [] for t in targets}
            for rep in range(args.reps):
                for t in targets:
                    server = servers[t.server]
                    cpu_before = server.cpu_seconds()
                    result = wrk(t, server.url, args.duration, tmp)
                    if t.method == "POST":  # the server's CPU per write, its relay included
                        await asyncio.sleep(1.0)  # the relay sends the last writes' events
                        done = result["rps"] * max(1, round(args.duration))
                        result["cpu_ms_per_request"] = (
                            (server.cpu_seconds() - cpu_before) / done * 1000 if done else 0.0
                        )
                    runs[t.name].append(result)
                    print(f"rep {rep + 1} {t.name}: {result}", flush=True)
            busy_rss = {name: s.rss_mb() for name, s in servers.items()}
    report(targets, runs, args, {"ready_s": startup, "idle_rss_mb": idle_rss,
                                 "rss_after_load_mb": busy_rss})  # fmt: skip


def report(
    targets: list[Target],
    runs: dict[str, list[dict[str, float]]],
    args: Any,
    process: dict[str, dict[str, float]],
) -> None:
    b0 = runs["B0 get by id"]
    b1 = runs["B1 get by id"]
    when = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [
        f"HTTP path, {args.database}, wrk 1 thread, {args.reps} × {args.duration:g} s interleaved "
        f"({when}, {platform.node()}, {os.cpu_count()} cores)",
        "",
        "| target | req/s | p99 ms | vs B0 | vs B1 | non-2xx | server CPU ms per request |",
        "|---|---|---|---|---|---|---|",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("a") as out:
        for t in targets:
            rs = runs[t.name]
            rps = statistics.median(r["rps"] for r in rs)
            p99 = statistics.median(r["p99_ms"] for r in rs)
            vs_b0 = statistics.median(r["rps"] / b["rps"] for r, b in zip(rs, b0, strict=True))
            vs_b1 = statistics.median(r["rps"] / b["rps"] for r, b in zip(rs, b1, strict=True))
            errors = sum(r["non_2xx"] for r in rs)
            cpu = [r["cpu_ms_per_request"] for r in rs if "cpu_ms_per_request" in r]
            cpu_ms = statistics.median(cpu) if cpu else None
            lines.append(
                f"| {t.name} | {rps:,.0f} | {p99:.1f} | {vs_b0:.2f} | {vs_b1:.2f} | {errors:.0f} "
                f"| {'' if cpu_ms is None else f'{cpu_ms:.1f}'} |"
            )
            out.write(
                json.dumps(
                    {
                        "when": when,
                        "database": args.database,
                        "target": t.name,
                        "connections": t.connections,
                        "rps": round(rps, 1),
                        "p99_ms": round(p99, 2),
                        "vs_b0": round(vs_b0, 3),
                        "vs_b1": round(vs_b1, 3),
                        "non_2xx": errors,
                        "cpu_ms_per_request": None if cpu_ms is None else round(cpu_ms, 2),
                        "runs": rs,
                    }
                )
                + "\n"
            )
        out.write(json.dumps({"when": when, "database": args.database, **process}) + "\n")
    lines += ["", "| server | ready after (s) | idle RSS (MB) | RSS after the load (MB) |",
              "|---|---|---|---|"]  # fmt: skip
    for name, ready in process["ready_s"].items():
        lines.append(
            f"| {name} | {ready:.2f} | {process['idle_rss_mb'][name]:.0f} "
            f"| {process['rss_after_load_mb'][name]:.0f} |"
        )
    print("\n".join(lines))


if __name__ == "__main__":
    asyncio.run(main())
