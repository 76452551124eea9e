"""``make demo``: fill the running suite with a believable year of INSEE data, over HTTP only.

With ``make run`` going, each service's share is loaded by its own demo module (which calls the
service's public API as its users would: ``python -m <name>_svc.demo --url …``), in the order the
flows need: budget (dotations, commitments) → hr (agents, assignments, trainings) → facilities
(purchases at each stage, sites) → it (inventory, plan de charge) → production (a census and two
surveys). Events then carry the rest between services.

Idempotent: before a share is loaded, its service is asked whether demo data is already there
(one read); a second run loads nothing twice. Development only (dev tokens).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sg_common.auth.dev import mint_token

PORTS = {"budget": 8001, "hr": 8002, "facilities": 8003, "it": 8004, "production": 8005}
#: One read per service that tells whether its demo share is already loaded.
SENTINELS = {
    "budget": "/forecasts?limit=1",
    "hr": "/agents?limit=1",
    "facilities": "/requisitions?limit=1",
    "it": "/licences?limit=1",
    "production": "/operations?limit=1",
}

console = Console()


def url_of(name: str) -> str:
    return os.environ.get(f"SG_{name.upper()}_URL", f"http://127.0.0.1:{PORTS[name]}")


def admin_headers() -> dict[str, str]:
    token = mint_token(subject="demo", roles=["sg.admin"], units=["SG"])
    return {"Authorization": f"Bearer {token}"}


def wait_ready(timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    pending = set(PORTS)
    while pending:
        for name in list(pending):
            try:
                if httpx.get(f"{url_of(name)}/health/ready", timeout=2).status_code == 200:
                    pending.discard(name)
            except httpx.HTTPError:
                pass
        if pending and time.monotonic() > deadline:
            console.print(
                f"[red]not ready: {', '.join(sorted(pending))}[/] — is `make run` going "
                "(in another terminal)?"
            )
            raise SystemExit(1)
        time.sleep(0.5)


def already_loaded(name: str) -> bool:
    response = httpx.get(f"{url_of(name)}{SENTINELS[name]}", headers=admin_headers(), timeout=10)
    response.raise_for_status()
    return bool(response.json().get("items"))


def wait_for_events(seconds: float = 3.0) -> None:
    """Give the relays and consumers a moment to carry the events of the previous share."""
    time.sleep(seconds)


def main() -> int:
    console.print("[bold]sg-suite demo data[/] (development tokens, public APIs only)")
    wait_ready()
    loaded, skipped = [], []
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        task = progress.add_task("loading", total=len(PORTS))
        for name in PORTS:
            progress.update(task, description=f"{name}-svc")
            if already_loaded(name):
                skipped.append(name)
            else:
                result = subprocess.run(  # noqa: S603
                    [sys.executable, "-m", f"{name}_svc.demo", "--url", url_of(name)],
                    capture_output=True,
                    text=True,
                    timeout=600,
                    check=False,
                )
                if result.returncode != 0:
                    progress.stop()
                    console.print(
                        f"[red]{name}-svc demo failed[/]\n{result.stdout}\n{result.stderr}"
                    )
                    return 1
                loaded.append(name)
                wait_for_events()
            progress.advance(task)
    if loaded:
        console.print(f"loaded: {', '.join(loaded)}")
    if skipped:
        console.print(f"already there (left untouched): {', '.join(skipped)}")
    where = {
        "budget": "/availability?fiscal_year=2026",
        "hr": "/agents",
        "facilities": "/requisitions",
        "it": "/workload/load",
        "production": "/portfolio",
    }
    console.print(
        "\n[bold]Where to look[/] (token: `TOKEN=$(make -s token)`, then "
        '`curl -H "Authorization: Bearer $TOKEN" …`):'
    )
    for name, path in where.items():
        console.print(f"  {name:<11} {url_of(name)}{path:<32} docs: {url_of(name)}/docs")
    console.print("  walk-through: docs/walkthrough.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
