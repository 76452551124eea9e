"""Demo data of budget-svc, loaded through its HTTP API (``make demo`` share).

    uv run python -m budget_svc.demo --url http://127.0.0.1:8001

Mints development tokens (``SG_ENV=development`` only) for the DPG budget manager and the
budget officers of two regional directorates, then creates 2026 forecasts, allocation requests
at every stage (submitted, granted and notified, reduced and notified, refused), direct
allocations for the SG départements (T2 and T3), the mise en réserve with a dégel and a surgel,
a T2 → T3 transfer (asymmetric fungibility), legal commitments and staff ceilings; then the
spending chain (part 2): service fait, invoices paid on time and late by the CPF, one suspended.
Run it on an empty database: forecast lines and staff ceilings are unique.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx

from sg_common.auth.dev import mint_token
from sg_common.clock import today

Headers = Callable[[str], dict[str, str]]
YEAR = 2026

ROLE_UNITS = {
    "manager": ("budget.manager", "DPG-BUDGET"),
    "bre": ("budget.officer", "DR-BRE"),
    "nor": ("budget.officer", "DR-NOR"),
    "cpf": ("budget.accountant", "DPG-CPF"),
}

#: (unit, action, title, AE, CP): dotations notified directly by the DPG.
DOTATIONS = [
    ("DSG", "09", "T3", "4200000.00", "3900000.00"),
    ("DSG", "09", "T5", "1800000.00", "900000.00"),
    ("DI", "09", "T3", "6500000.00", "6100000.00"),
    ("DI", "01", "T5", "2400000.00", "1500000.00"),
    ("DRH", "09", "T2", "18500000.00", "18500000.00"),
    ("DSDS-RECENS", "01", "T3", "3100000.00", "3000000.00"),
]


async def _post(
    http: httpx.AsyncClient, url: str, body: Any, headers: dict[str, str]
) -> dict[str, Any]:
    response = await http.post(url, json=body, headers=headers)
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


async def _request(
    http: httpx.AsyncClient,
    headers: dict[str, str],
    unit: str,
    action: str,
    title: str,
    ae: str,
    cp: str,
    justification: str,
) -> httpx.Response:
    response = await http.post(
        "/allocation-requests",
        json={
            "unit_code": unit,
            "fiscal_year": YEAR,
            "action": action,
            "title": title,
            "ae": ae,
            "cp": cp,
            "justification": justification,
        },
        headers=headers,
    )
    response.raise_for_status()
    return response


async def _decide_and_notify(
    http: httpx.AsyncClient,
    manager: dict[str, str],
    created: httpx.Response,
    decision: dict[str, Any],
    *,
    notify: bool = True,
) -> dict[str, Any]:
    request_id = created.json()["id"]
    decided = await http.post(
        f"/allocation-requests/{request_id}/decision",
        json=decision,
        headers={**manager, "If-Match": created.headers["ETag"]},
    )
    decided.raise_for_status()
    if not notify:
        result: dict[str, Any] = decided.json()
        return result
    notified = await http.post(
        f"/allocation-requests/{request_id}/notification",
        headers={**manager, "If-Match": decided.headers["ETag"]},
    )
    notified.raise_for_status()
    allocation: dict[str, Any] = notified.json()
    return allocation


async def load_demo(http: httpx.AsyncClient, *, headers: Headers) -> dict[str, Any]:
    """Create the demo records; return the ids a caller may want to show."""
    manager, bre, nor = headers("manager"), headers("bre"), headers("nor")

    for officer, unit in ((bre, "DR-BRE"), (nor, "DR-NOR")):
        for title, ae, cp in (("T3", "310000.00", "295000.00"), ("T5", "60000.00", "40000.00")):
            await _post(
                http,
                "/forecasts",
                {
                    "unit_code": unit,
                    "fiscal_year": YEAR,
                    "action": "08",
                    "title": title,
                    "ae": ae,
                    "cp": cp,
                    "comment": "Prévision initiale",
                },
                officer,
            )

    granted = await _decide_and_notify(
        http,
        manager,
        await _request(
            http,
            bre,
            "DR-BRE",
            "08",
            "T3",
            "300000.00",
            "290000.00",
            "Collecte des enquêtes ménages et fonctionnement courant",
        ),
        {"decision": "grant", "reason": "Conforme à la prévision et au dialogue de gestion"},
    )
    reduced = await _decide_and_notify(
        http,
        manager,
        await _request(
            http,
            nor,
            "DR-NOR",
            "08",
            "T3",
            "320000.00",
            "300000.00",
            "Enquêtes entreprises et déplacements",
        ),
        {
            "decision": "reduce",
            "ae": "280000.00",
            "cp": "270000.00",
            "reason": "Enveloppe régionale contrainte",
        },
    )
    refused = await _decide_and_notify(
        http,
        manager,
        await _request(
            http,
            nor,
            "DR-NOR",
            "08",
            "T5",
            "60000.00",
            "40000.00",
            "Renouvellement du mobilier de la salle de réunion",
        ),
        {"decision": "refuse", "reason": "Investissement non prioritaire en 2026"},
        notify=False,
    )
    pending = await _request(
        http, bre, "DR-BRE", "08", "T5", "45000.00", "30000.00", "Équipement de visioconférence"
    )

    allocations = [granted["id"], reduced["id"]]
    for unit, action, title, ae, cp in DOTATIONS:
        allocation = await _post(
            http,
            "/allocations",
            {
                "unit_code": unit,
                "fiscal_year": YEAR,
                "action": action,
                "title": title,
                "ae": ae,
                "cp": cp,
                "reason": "Dotation initiale LFI 2026",
            },
            manager,
        )
        allocations.append(allocation["id"])

    await _post(
        http,
        f"/fiscal-years/{YEAR}/reserve",
        {"reason": "Mise en réserve initiale LFI 2026"},
        manager,
    )
    await _post(
        http,
        f"/allocations/{granted['id']}/reserve-operations",
        {"kind": "release", "ae": "5000.00", "cp": "5000.00", "reason": "Dégel partiel (CBCM)"},
        manager,
    )
    await _post(
        http,
        f"/allocations/{allocations[2]}/reserve-operations",
        {"kind": "extra_freeze", "ae": "40000.00", "cp": "0.00", "reason": "Surgel de gestion"},
        manager,
    )
    await _post(
        http,
        "/transfers",
        {
            "fiscal_year": YEAR,
            "source": {"unit_code": "DRH", "action": "09", "title": "T2"},
            "destination": {"unit_code": "DRH", "action": "09", "title": "T3"},
            "ae": "150000.00",
            "cp": "150000.00",
            "reason": "Fongibilité asymétrique: vacances de postes (formation)",
        },
        manager,
    )
    commitments = []
    for headers_, unit, ae, description in (
        (bre, "DR-BRE", "42000.00", "Marché de mise sous pli de l'enquête logement"),
        (bre, "DR-BRE", "8600.00", "Location de véhicules pour les enquêteurs"),
        (nor, "DR-NOR", "23500.00", "Maintenance des copieurs"),
    ):
        commitment = await _post(
            http,
            "/commitments",
            {
                "unit_code": unit,
                "fiscal_year": YEAR,
                "action": "08",
                "title": "T3",
                "ae": ae,
                "description": description,
            },
            headers_,
        )
        commitments.append(commitment["id"])
    for unit, ceiling in (("DR-BRE", "182.50"), ("DR-NOR", "164.00"), ("DSG", "118.00")):
        await _post(
            http,
            "/staff-ceilings",
            {
                "unit_code": unit,
                "fiscal_year": YEAR,
                "etpt_ceiling": ceiling,
                "reason": "Schéma d'emplois 2026",
            },
            manager,
        )
    invoices = await _spending_chain(http, headers, commitments)
    return {
        "invoices": invoices,
        "allocations": allocations,
        "refused_request": refused["id"],
        "pending_request": pending.json()["id"],
        "commitments": commitments,
    }


async def _spending_chain(
    http: httpx.AsyncClient, headers: Headers, commitments: list[int]
) -> list[int]:
    """Service fait, invoices (on time, late, suspended) and payments by the CPF."""
    bre, nor, cpf = headers("bre"), headers("nor"), headers("cpf")
    day = today()
    invoices = []
    for commitment, ordonnateur, amount, number, days_ago in (
        (commitments[0], bre, "12000.00", "IO-2026-117", 12),
        (commitments[2], nor, "5875.00", "CP-NOR-0042", 45),
        (commitments[1], bre, "2150.00", "LV-3381", 3),
    ):
        await _post(
            http,
            f"/commitments/{commitment}/service-done",
            {
                "amount": amount,
                "comment": "Prestation constatée",
                # before the invoice arrives: each délai runs from receipt
                "certified_on": str(day - timedelta(days=days_ago + 1)),
            },
            ordonnateur,
        )
        ht = (Decimal(amount) / Decimal("1.2")).quantize(Decimal("0.01"))
        invoice = await _post(
            http,
            "/invoices",
            {
                "commitment_id": commitment,
                "supplier": "Fournisseur de démonstration",
                "number": number,
                "amount_ht": str(ht),
                "amount_ttc": amount,
                "received_on": str(day - timedelta(days=days_ago)),
            },
            cpf,
        )
        invoices.append(invoice["id"])
    paid_on_time, paid_late, suspended = invoices
    for invoice_id, ordonnateur in ((paid_on_time, bre), (paid_late, nor)):
        await _post(
            http, f"/invoices/{invoice_id}/payment-request", {}, {**ordonnateur, "If-Match": '"1"'}
        )
        await _post(http, f"/invoices/{invoice_id}/payment", None, {**cpf, "If-Match": '"2"'})
    await _post(
        http,
        f"/invoices/{suspended}/suspension",
        {"reason": "RIB du fournisseur manquant", "missing_documents": "RIB"},
        {**cpf, "If-Match": '"1"'},
    )
    return invoices


def dev_headers(role: str) -> dict[str, str]:
    """A development bearer token for one of the demo roles."""
    full_role, unit = ROLE_UNITS[role]
    token = mint_token(subject=f"demo-{role}", roles=[full_role], units=[unit], name="Démo")
    return {"Authorization": f"Bearer {token}"}


async def main() -> None:
    parser = argparse.ArgumentParser(description="Load budget-svc demo data over HTTP.")
    parser.add_argument("--url", default="http://127.0.0.1:8001")
    args = parser.parse_args()
    async with httpx.AsyncClient(base_url=args.url, timeout=60) as http:
        ids = await load_demo(http, headers=dev_headers)
    print(ids)


if __name__ == "__main__":
    asyncio.run(main())
