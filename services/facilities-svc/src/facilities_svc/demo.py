"""Demo data of facilities-svc, loaded through its HTTP API (``make demo`` share).

    uv run python -m facilities_svc.demo --url http://127.0.0.1:8003

Mints development tokens (``SG_ENV=development`` only) for a DSG manager, a buyer, a unit's
requester and a social worker, and creates a catalogue, requisitions at every stage (draft,
submitted, ordered through UGAP, ordered after a tender), the head office and a regional site
with buildings, spaces, leases and costs, a register, a DUERP, an incident, rooms and bookings, a
logistics request and social cases. Run it on an empty database: codes are unique.
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

Headers = Callable[[str], dict[str, str]]

ROLE_UNITS = {
    "manager": ("facilities.manager", "DSG"),
    "buyer": ("facilities.buyer", "DSG-ACHATS"),
    "requester": ("facilities.requester", "DESE"),
    "social": ("facilities.social", "DSG-SOCIAL"),
}

CATALOGUE = [
    ("UGAP-PC-14", "Ordinateur portable 14 pouces", "it_equipment", "ugap", "850.00"),
    ("UGAP-ECRAN-27", "Écran 27 pouces", "it_equipment", "ugap", "219.00"),
    ("UGAP-STATION", "Station d'accueil USB-C", "it_equipment", "ugap", "145.00"),
    ("DAE-SIEGE", "Siège ergonomique", "furniture", "interministerial", "310.00"),
    ("DAE-BUREAU", "Bureau réglable en hauteur", "furniture", "interministerial", "540.00"),
    ("MARCHE-PAPIER", "Ramette papier A4 recyclé", "supplies", "own_contract", "4.20"),
    ("MARCHE-NETTOYAGE", "Nettoyage des locaux (mois)", "services", "own_contract", "21500.00"),
    ("HM-AUDIT-ENERGIE", "Audit énergétique de bâtiment", "services", "open_market", "38000.00"),
    ("HM-AMENAGEMENT", "Réaménagement d'un plateau", "services", "open_market", "165000.00"),
]


async def _post(http: httpx.AsyncClient, url: str, body: Any, headers: dict[str, str]) -> Any:
    response = await http.post(url, json=body, headers=headers)
    response.raise_for_status()
    return response.json()


async def load_demo(
    http: httpx.AsyncClient, *, headers: Headers, on: date | None = None
) -> dict[str, Any]:
    """Create the demo records; return the ids a caller may want to show."""
    day = on or today()
    manager, buyer, requester, social = (
        headers("manager"),
        headers("buyer"),
        headers("requester"),
        headers("social"),
    )
    for code, label, category, channel, price in CATALOGUE:
        await _post(
            http,
            "/catalogue",
            {
                "code": code,
                "label": label,
                "category": category,
                "channel": channel,
                "unit_price_ht": price,
                "vat_rate": "0.20",
            },
            buyer,
        )

    async def requisition(
        unit: str,
        subject: str,
        title: str,
        lines: list[tuple[str, int]],
        action: str = "01",
        by: dict[str, str] | None = None,
        kind: str = "supplies",
    ) -> Any:
        return await _post(
            http,
            "/requisitions",
            {
                "unit_code": unit,
                "subject": subject,
                "fiscal_year": day.year,
                "action": action,
                "budget_title": title,
                "kind": kind,
                "lines": [{"item_code": c, "quantity": q} for c, q in lines],
            },
            by or requester,
        )

    draft = await requisition("DESE-CN", "Sièges ergonomiques", "T3", [("DAE-SIEGE", 6)])
    submitted = await requisition(
        "DESE-CONJ", "Audit énergétique", "T3", [("HM-AUDIT-ENERGIE", 1)], kind="services"
    )
    await _post(http, f"/requisitions/{submitted['id']}/submit", None, requester)
    # ordered on lines budget's demo allocates (DI 01 T5, DSG 09 T5): facilities asks budget
    # for available AE before ordering
    laptops = await requisition(
        "DI",
        "Renouvellement des portables",
        "T5",
        [("UGAP-PC-14", 12), ("UGAP-ECRAN-27", 12), ("UGAP-STATION", 12)],
        action="01",
        by=manager,
    )
    works = await requisition(
        "DSG",
        "Réaménagement du 4e étage",
        "T5",
        [("HM-AMENAGEMENT", 1)],
        action="09",
        by=manager,
        kind="works",
    )
    orders = []
    for req, reference in ((laptops, None), (works, "AO-2026-007")):
        await _post(http, f"/requisitions/{req['id']}/submit", None, manager)
        await _post(http, f"/requisitions/{req['id']}/approve", None, buyer)
        order = await _post(
            http, f"/requisitions/{req['id']}/order", {"tender_reference": reference}, buyer
        )
        orders.append(order["order_id"])

    sites = {}
    for code, name, city, unit in (
        ("MTG", "Montrouge - White", "Montrouge", "DSG-IMMO"),
        ("REN", "Rennes - Bourg-l'Évêque", "Rennes", "DR-BRE"),
    ):
        sites[code] = await _post(
            http, "/sites", {"code": code, "name": name, "city": city, "unit_code": unit}, manager
        )
    white = await _post(
        http,
        "/buildings",
        {
            "site_id": sites["MTG"]["id"],
            "code": "MTG-W",
            "name": "White",
            "floors": 8,
            "tenure": "leased",
            "address": "88 avenue Verdier, 92120 Montrouge",
        },
        manager,
    )
    rennes = await _post(
        http,
        "/buildings",
        {
            "site_id": sites["REN"]["id"],
            "code": "REN-A",
            "name": "Bâtiment A",
            "floors": 4,
            "tenure": "state_provided",
        },
        manager,
    )
    for building, code, floor, kind, sun, stations, unit in (
        (white, "W-301", 3, "open_space", "168.00", 14, "DESE-CN"),
        (white, "W-302", 3, "office", "24.50", 2, "DESE-CONJ"),
        (white, "W-303", 3, "office", "26.00", 2, "DESE-CONJ"),
        (white, "W-310", 3, "meeting_room", "42.00", 0, "DSG-LOG"),
        (white, "W-501", 5, "office", "96.00", 8, "DSG-ACHATS"),
        (rennes, "A-101", 1, "office", "180.00", 12, "DR-BRE-SED"),
        (rennes, "A-201", 2, "office", "210.00", 14, "DR-BRE-SES"),
    ):
        await _post(
            http,
            "/spaces",
            {
                "building_id": building["id"],
                "code": code,
                "floor": floor,
                "kind": kind,
                "sun_m2": sun,
                "workstations": stations,
                "unit_code": unit,
            },
            manager,
        )
    await _post(
        http,
        "/leases",
        {
            "building_id": white["id"],
            "owner": "SCI Montrouge Verdier",
            "annual_rent": "4850000.00",
            "start_date": "2018-07-01",
            "end_date": str(day + timedelta(days=150)),
            "notice_months": 6,
        },
        manager,
    )
    for kind, amount in (
        ("rent", "4850000.00"),
        ("energy", "612000.00"),
        ("cleaning", "258000.00"),
    ):
        await _post(
            http,
            f"/buildings/{white['id']}/costs",
            {"year": day.year - 1, "kind": kind, "amount": amount},
            manager,
        )

    await _post(
        http,
        "/register-entries",
        {
            "site": "Montrouge",
            "unit_code": "DESE-CN",
            "title": "Éclairage insuffisant au 3e",
            "description": "Deux plafonniers hors service dans l'open space W-301",
        },
        requester,
    )
    duerp = await _post(
        http, "/risk-assessments", {"unit_code": "DESE-CN", "year": day.year}, requester
    )
    for hazard, probability, severity, action in (
        ("Travail prolongé sur écran", 4, 2, "Écrans réglables et pauses"),
        ("Chute dans les escaliers", 2, 3, "Nez de marche antidérapants"),
        ("Charge mentale en période de bouclage", 3, 3, "Planification des pics de charge"),
    ):
        await _post(
            http,
            f"/risk-assessments/{duerp['id']}/risks",
            {
                "work_unit": "Division comptes nationaux",
                "hazard": hazard,
                "probability": probability,
                "severity": severity,
                "actions": [
                    {
                        "description": action,
                        "owner": "DSG-CT",
                        "due_date": str(day + timedelta(days=90)),
                    }
                ],
            },
            requester,
        )
    incident = await _post(
        http,
        "/incidents",
        {
            "unit_code": "DESE-CN",
            "site": "Montrouge",
            "kind": "work_accident",
            "occurred_on": str(day - timedelta(days=4)),
            "description": "Chute escalier B",
            "lost_days": 2,
        },
        requester,
    )
    await _post(
        http,
        f"/incidents/{incident['id']}/follow-ups",
        {"note": "Visite du conseiller de prévention, main courante commandée"},
        manager,
    )

    room = await _post(
        http,
        "/rooms",
        {"code": "W-310", "name": "Salle Quetelet", "site": "Montrouge", "capacity": 20},
        manager,
    )
    start = day + timedelta(days=2)
    for hour, purpose in ((9, "Comité de direction DESE"), (14, "Réunion comptes trimestriels")):
        await _post(
            http,
            f"/rooms/{room['id']}/bookings",
            {
                "unit_code": "DESE-CN",
                "starts_at": f"{start}T{hour:02d}:00:00+01:00",
                "ends_at": f"{start}T{hour + 2:02d}:00:00+01:00",
                "purpose": purpose,
                "attendees": 12,
            },
            requester,
        )
    await _post(
        http,
        "/logistics-requests",
        {
            "unit_code": "DESE-CN",
            "kind": "move",
            "wanted_on": str(day + timedelta(days=20)),
            "description": "Déménagement de 6 postes du 3e au 5e étage",
        },
        requester,
    )
    for unit, category in (("DESE-CN", "housing"), ("DSDS-EMPLOI", "financial")):
        await _post(
            http,
            "/social-cases",
            {
                "unit_code": unit,
                "agent_ref": f"DEMO-{unit}",
                "category": category,
                "summary": "Accompagnement en cours (données fictives)",
            },
            social,
        )
    return {
        "orders": orders,
        "draft": draft["id"],
        "submitted": submitted["id"],
        "building": white["id"],
        "assessment": duerp["id"],
        "room": room["id"],
    }


def dev_headers(role: str) -> dict[str, str]:
    """A development bearer token for one of the demo roles."""
    full_role, unit = ROLE_UNITS[role]
    token = mint_token(subject=f"demo-{role}", roles=[full_role], units=[unit], name="Démo")
    return {"Authorization": f"Bearer {token}"}


async def main() -> None:
    parser = argparse.ArgumentParser(description="Load facilities-svc demo data over HTTP.")
    parser.add_argument("--url", default="http://127.0.0.1:8003")
    args = parser.parse_args()
    async with httpx.AsyncClient(base_url=args.url, timeout=60) as http:
        ids = await load_demo(http, headers=dev_headers)
    print(ids)


if __name__ == "__main__":
    asyncio.run(main())
