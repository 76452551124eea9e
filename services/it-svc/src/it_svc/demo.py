"""Demo data of it-svc, loaded through its HTTP API (``make demo`` share).

    uv run python -m it_svc.demo --url http://127.0.0.1:8004

Mints development tokens (``SG_ENV=development`` only) for a DI manager, a Bretagne technician
and a DI planner, and creates: workstations, a server with software running on it and a switch
(in stock, deployed, in repair, retired), a SAS licence nearly full and an expiring Stata one,
catalogue additions, capacity entries and project demand for the four CNI over the next six
months, and a plan de charge (version 1 published, version 2 in draft). The IT staff registry
and the operations' demand arrive by events (hr-svc, production-svc). Run it on an empty
database: serial numbers and plan codes are unique.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import httpx

from sg_common.auth.dev import mint_token
from sg_common.clock import today
from sg_common.months import month_of, shift_month

Headers = Callable[[str], dict[str, str]]

ROLE_UNITS = {
    "manager": ("it.manager", "DI"),
    "technician": ("it.technician", "DR-BRE"),
    "planner": ("it.planner", "DI-PLAN"),
}
CENTRES = ("CNI-LILLE", "CNI-METZ", "CNI-NANTES", "CNI-ORLEANS")


async def _call(
    http: httpx.AsyncClient, method: str, url: str, headers: dict[str, str], body: Any = None
) -> httpx.Response:
    response = await http.request(method, url, json=body, headers=headers)
    response.raise_for_status()
    return response


def _month(day: date, ahead: int) -> str:
    return shift_month(month_of(day), ahead)


async def load_demo(
    http: httpx.AsyncClient, *, headers: Headers, on: date | None = None
) -> dict[str, Any]:
    """Create the demo records; return the ids a caller may want to show."""
    day = on or today()
    manager, tech, planner = headers("manager"), headers("technician"), headers("planner")

    await _call(
        http,
        "POST",
        "/policy/standards",
        manager,
        {"kind": "software", "model": "LibreOffice", "status": "approved"},
    )
    await _call(
        http,
        "POST",
        "/policy/standards",
        manager,
        {"kind": "software", "model": "Stata", "status": "tolerated", "note": "Études"},
    )

    async def item(body: dict[str, Any], moves: list[dict[str, Any]] | None = None) -> int:
        created = await _call(http, "POST", "/items", tech, {"unit_code": "DR-BRE-SES", **body})
        etag = created.headers["ETag"]
        for move in moves or []:
            moved = await _call(
                http,
                "POST",
                f"/items/{created.json()['id']}/transitions",
                {**tech, "If-Match": etag},
                move,
            )
            etag = moved.headers["ETag"]
        return int(created.json()["id"])

    laptops = [
        await item(
            {
                "kind": "hardware",
                "name": f"Portable agent {n}",
                "model": "Dell Latitude 5440",
                "serial": f"DEMO-LAT-{n:03d}",
                "site": "Rennes",
                "warranty_end": str(day + timedelta(days=3 * 365)),
            },
            [{"to_status": "deployed", "assigned_agent_id": f"DEMO-AG-{n:03d}"}] if n < 4 else [],
        )
        for n in range(6)
    ]
    old_pc = await item(
        {
            "kind": "hardware",
            "name": "Ancien poste",
            "model": "HP EliteDesk 800 G4",
            "serial": "DEMO-HP-001",
            "site": "Rennes",
        },
        [{"to_status": "deployed", "site": "Rennes"}, {"to_status": "in_repair"}],
    )
    await item(
        {
            "kind": "hardware",
            "name": "Poste réformé",
            "model": "HP EliteDesk 800 G4",
            "serial": "DEMO-HP-002",
        },
        [{"to_status": "retired"}],
    )
    server = await item(
        {
            "kind": "hardware",
            "name": "Serveur de fichiers",
            "model": "Dell PowerEdge R650",
            "serial": "DEMO-SRV-001",
            "site": "Rennes",
        },
        [{"to_status": "deployed", "site": "Rennes"}],
    )
    switch = await item(
        {
            "kind": "network",
            "name": "Commutateur étage 2",
            "model": "Cisco Catalyst 9200",
            "serial": "DEMO-SW-001",
            "site": "Rennes",
        },
        [{"to_status": "deployed", "site": "Rennes"}],
    )
    sas = await item(
        {"kind": "software", "name": "SAS serveur", "model": "SAS", "model_version": "9.4"},
        [{"to_status": "deployed", "site": "Rennes"}],
    )
    windows7 = await item(
        {"kind": "software", "name": "Poste labo", "model": "Windows", "model_version": "7"},
        [{"to_status": "deployed", "site": "Rennes"}],
    )
    await _call(
        http, "POST", f"/items/{sas}/relations", tech, {"target_id": server, "kind": "runs_on"}
    )
    await _call(
        http,
        "POST",
        f"/items/{server}/relations",
        tech,
        {"target_id": switch, "kind": "connected_to"},
    )

    sas_licence = await _call(
        http,
        "POST",
        "/licences",
        tech,
        {
            "unit_code": "DR-BRE",
            "software": "SAS",
            "publisher": "SAS Institute",
            "licence_type": "per_user",
            "seats": 5,
            "expires_on": str(day + timedelta(days=270)),
        },
    )
    for n in range(4):
        await _call(
            http,
            "POST",
            f"/licences/{sas_licence.json()['id']}/assignments",
            tech,
            {"agent_id": f"DEMO-AG-{n:03d}"},
        )
    stata = await _call(
        http,
        "POST",
        "/licences",
        tech,
        {
            "unit_code": "DR-BRE",
            "software": "Stata",
            "licence_type": "subscription",
            "seats": 2,
            "expires_on": str(day + timedelta(days=40)),
        },
    )

    months = [_month(day, k) for k in range(6)]
    for n, centre in enumerate(CENTRES):
        for k, month in enumerate(months):
            await _call(
                http,
                "POST",
                "/workload/capacities",
                planner,
                {
                    "centre_code": centre,
                    "month": month,
                    "extra_person_days": str(300 + 20 * n),
                    "infrastructure_headroom_pct": str(40 - 5 * k),
                },
            )
            await _call(
                http,
                "POST",
                "/workload/demands",
                planner,
                {
                    "centre_code": centre,
                    "month": month,
                    "person_days": str(200 + 15 * k + 10 * n),
                    "project": "Refonte SIRENE" if n % 2 else "Migration vers le cloud interne",
                },
            )
    code = f"PDC-{day.year}"
    first = await _call(
        http,
        "POST",
        "/workload/plans",
        planner,
        {
            "code": code,
            "first_month": months[0],
            "last_month": months[-1],
            "note": "Plan de charge des CNI (démo)",
        },
    )
    published = await _call(
        http,
        "POST",
        f"/workload/plans/{first.json()['id']}/publish",
        {**planner, "If-Match": first.headers["ETag"]},
    )
    await _call(
        http,
        "POST",
        "/workload/demands",
        planner,
        {
            "centre_code": "CNI-NANTES",
            "month": months[2],
            "person_days": "250",
            "project": "Recette applicative urgente",
        },
    )
    draft = await _call(
        http,
        "POST",
        "/workload/plans",
        planner,
        {
            "code": code,
            "first_month": months[0],
            "last_month": months[-1],
            "note": "Révision après la recette urgente",
        },
    )
    return {
        "laptops": laptops,
        "in_repair": old_pc,
        "server": server,
        "forbidden_install": windows7,
        "licences": [sas_licence.json()["id"], stata.json()["id"]],
        "published_plan": published.json()["id"],
        "draft_plan": draft.json()["id"],
    }


def dev_headers(role: str) -> dict[str, str]:
    """A development bearer token for one of the demo roles."""
    full_role, unit = ROLE_UNITS[role]
    token = mint_token(subject=f"demo-{role}", roles=[full_role], units=[unit], name="Démo")
    return {"Authorization": f"Bearer {token}"}


async def main() -> None:
    parser = argparse.ArgumentParser(description="Load it-svc demo data over HTTP.")
    parser.add_argument("--url", default="http://127.0.0.1:8004")
    args = parser.parse_args()
    async with httpx.AsyncClient(base_url=args.url, timeout=60) as http:
        ids = await load_demo(http, headers=dev_headers)
    print(ids)


if __name__ == "__main__":
    asyncio.run(main())
