"""Demo data of production-svc, loaded through its HTTP API (``make demo`` share).

    uv run python -m production_svc.demo --url http://127.0.0.1:8005

Mints a development token (``SG_ENV=development`` only) as a DOMP manager and creates a census,
a household survey and a business survey with their GSBPM phases, needs and milestones
(scheduled, past phases completed), technical studies, a workstation rollout and improvement
proposals. Run it on an empty database: operation and profile codes are unique.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import date
from typing import Any

import httpx

from sg_common.auth.dev import mint_token
from sg_common.clock import today

DRS = ["DR-BRE", "DR-NOR", "DR-IDF", "DR-OCC", "DR-ARA"]

OPERATIONS: list[dict[str, Any]] = [
    {
        "operation": {
            "code": "RP-2027",
            "name": "Enquête annuelle de recensement 2027",
            "kind": "census",
            "lead_unit": "DSDS-RECENS",
            "participating_units": DRS,
            "description": "Collecte de janvier-février auprès des communes, traitement national",
        },
        "phases": [
            ("specify_needs", "2026-01-05", "2026-03-31", []),
            ("design", "2026-03-31", "2026-06-30", ["specify_needs"]),
            ("build", "2026-07-01", "2026-12-18", ["design"]),
            ("collect", "2027-01-15", "2027-02-20", ["build"]),
            ("process", "2027-02-22", "2027-06-30", ["collect"]),
            ("analyse", "2027-07-01", "2027-10-29", ["process"]),
            ("disseminate", "2027-11-02", "2027-12-17", ["analyse"]),
            ("evaluate", "2028-01-03", "2028-03-31", ["disseminate"]),
        ],
        "needs": {
            "build": {
                "it": [
                    {"centre_code": "CNI-ORLEANS", "month": m, "person_days": "35"}
                    for m in ("2026-09", "2026-10", "2026-11", "2026-12")
                ],
                "staff": [{"unit_code": "DSDS-RECENS", "staff_days": "180"}],
            },
            "collect": {
                "staff": [{"unit_code": dr, "staff_days": "420"} for dr in DRS],
                "it": [
                    {"centre_code": "CNI-NANTES", "month": "2027-01", "person_days": "60"},
                    {"centre_code": "CNI-NANTES", "month": "2027-02", "person_days": "80"},
                ],
                "purchases": [
                    {
                        "description": "Sacoches et fournitures des agents recenseurs",
                        "category": "supplies",
                        "quantity": 800,
                        "estimated_amount": "9600.00",
                    }
                ],
            },
            "process": {
                "it": [
                    {"centre_code": "CNI-NANTES", "month": m, "person_days": "45"}
                    for m in ("2027-03", "2027-04", "2027-05", "2027-06")
                ],
                "staff": [{"unit_code": "DSDS-RECENS", "staff_days": "300"}],
            },
        },
        "milestones": [
            ("collect", "Début de la collecte", "2027-01-15"),
            ("collect", "Fin de la collecte", "2027-02-20"),
            ("disseminate", "Populations légales", "2027-12-17"),
        ],
    },
    {
        "operation": {
            "code": "EEC-2027",
            "name": "Enquête Emploi en continu 2027",
            "kind": "household_survey",
            "lead_unit": "DSDS-EMPLOI",
            "participating_units": ["DR-BRE", "DR-HDF", "DR-NAQ"],
        },
        "phases": [
            ("build", "2026-09-01", "2026-12-31", []),
            ("collect", "2027-01-04", "2027-12-31", ["build"]),
            ("process", "2027-01-04", "2028-01-31", ["build"]),
        ],
        "needs": {
            "collect": {
                "staff": [
                    {"unit_code": dr, "staff_days": "900"} for dr in ("DR-BRE", "DR-HDF", "DR-NAQ")
                ],
                "it": [
                    {"centre_code": "CNI-LILLE", "month": f"2027-{m:02d}", "person_days": "12"}
                    for m in range(1, 13)
                ],
            },
        },
        "milestones": [("collect", "Premier trimestre publié", "2027-05-14")],
    },
    {
        "operation": {
            "code": "ESANE-2026",
            "name": "Élaboration des statistiques annuelles d'entreprises 2026",
            "kind": "business_survey",
            "lead_unit": "DSE-RI",
            "participating_units": ["DR-GES"],
        },
        "phases": [
            ("collect", "2026-05-04", "2026-09-30", []),
            ("process", "2026-10-01", "2027-03-31", ["collect"]),
        ],
        "needs": {
            "process": {
                "it": [
                    {"centre_code": "CNI-METZ", "month": m, "person_days": "25"}
                    for m in ("2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03")
                ]
            }
        },
        "milestones": [],
    },
]

STUDIES = [
    {
        "unit_code": "DOMP-METH",
        "title": "Collecte multimode internet du recensement",
        "topic": "collection_mode",
        "question": "Quel effet du passage à la réponse internet sur la couverture ?",
        "method": "Comparaison des communes pilotes et témoins",
        "code": "RP-2027",
    },
    {
        "unit_code": "DOMP-METH",
        "title": "Baisse des taux de réponse de l'enquête Emploi",
        "topic": "response_rates",
        "question": "Quels leviers de relance par courriel ?",
        "method": "Expérimentation randomisée sur deux vagues",
        "code": "EEC-2027",
    },
    {
        "unit_code": "DOMP-METH",
        "title": "Imputation des non-réponses partielles ESANE",
        "topic": "editing_imputation",
        "question": "Hot-deck ou modèle de ratio ?",
        "method": "Simulation sur les données 2024",
        "code": "ESANE-2026",
    },
]

IMPROVEMENTS = [
    {
        "unit_code": "DR-BRE-SES",
        "title": "Sièges ergonomiques pour la plateforme téléphonique",
        "description": "Les enquêteurs téléphoniques signalent des douleurs dorsales.",
        "category": "ergonomics",
    },
    {
        "unit_code": "DR-NOR-SES",
        "title": "Éclairage des postes de codage",
        "description": "Lampes de bureau pour les codeurs du sous-sol.",
        "category": "premises",
    },
    {
        "unit_code": "DSDS-RECENS",
        "title": "Double écran pour le contrôle des bulletins",
        "description": "Le contrôle visuel serait plus rapide avec deux écrans.",
        "category": "equipment",
    },
]


def _ok(response: httpx.Response) -> dict[str, Any]:
    if response.status_code >= 400:
        raise RuntimeError(f"{response.request.method} {response.request.url}: {response.text}")
    body: dict[str, Any] = response.json() if response.content else {}
    return body


async def load_demo(http: httpx.AsyncClient, *, on: date | None = None) -> dict[str, int]:
    """Create the demo records through the API; return the ids of the operations by code."""
    day = on or today()
    ids: dict[str, int] = {}
    for spec in OPERATIONS:
        op = _ok(await http.post("/operations", json=spec["operation"]))
        ids[op["code"]] = op["id"]
        for code, start, end, deps in spec["phases"]:
            _ok(
                await http.post(
                    f"/operations/{op['id']}/phases",
                    json={"phase_code": code, "start": start, "end": end, "depends_on": deps},
                )
            )
        for code, needs in spec["needs"].items():
            _ok(
                await http.put(
                    f"/operations/{op['id']}/phases/{code}/needs",
                    json=needs,
                    headers={"If-Match": '"1"'},
                )
            )
        for code, name, due in spec["milestones"]:
            _ok(
                await http.post(
                    f"/operations/{op['id']}/milestones",
                    json={"phase_code": code, "name": name, "due_on": due},
                )
            )
        _ok(await http.post(f"/operations/{op['id']}/schedule", json={}))
        for code, _start, end, _deps in spec["phases"]:
            if date.fromisoformat(end) < day:
                _ok(
                    await http.post(
                        f"/operations/{op['id']}/phases/{code}/complete",
                        json={"completed_on": end},
                    )
                )
    for study in STUDIES:
        body = {k: v for k, v in study.items() if k != "code"} | {
            "operation_id": ids[study["code"]]
        }
        _ok(await http.post("/studies", json=body))
    _ok(
        await http.post(
            "/workstation-profiles",
            json={
                "code": "ENQ-MOBILE-2027",
                "name": "Poste enquêteur mobile 2027",
                "hardware": "Tablette 11 pouces durcie, 8 Go, 4G",
                "software": ["Capi", "Navigateur", "Client VPN", "Messagerie"],
            },
        )
    )
    _ok(
        await http.post(
            "/workstation-profiles",
            json={
                "code": "GEST-FIXE-2026",
                "name": "Poste de gestion fixe 2026",
                "hardware": "Portable 14 pouces, station d'accueil, deux écrans 24 pouces",
                "software": ["Suite bureautique", "Navigateur", "Client VPN"],
            },
        )
    )
    campaign = _ok(
        await http.post(
            "/rollout-campaigns",
            json={
                "name": "Tablettes des enquêteurs",
                "profile_code": "ENQ-MOBILE-2027",
                "start_date": "2026-09-01",
                "due_date": "2026-12-31",
                "units": [
                    {"unit_code": "DR-BRE", "target": 40},
                    {"unit_code": "DR-NOR", "target": 30},
                    {"unit_code": "DR-OCC", "target": 55},
                    {"unit_code": "DR-IDF", "target": 70},
                ],
            },
        )
    )
    for unit, done in (("DR-BRE", 32), ("DR-NOR", 9), ("DR-OCC", 41), ("DR-IDF", 20)):
        _ok(
            await http.patch(
                f"/rollout-campaigns/{campaign['id']}/units/{unit}",
                json={"done": done},
                headers={"If-Match": '"1"'},
            )
        )
    proposals = [_ok(await http.post("/improvements", json=p)) for p in IMPROVEMENTS]
    _ok(
        await http.patch(
            f"/improvements/{proposals[0]['id']}/follow-up",
            json={
                "status": "registered",
                "facilities_reference": "CT-2026-014",
                "note": "Inscrit au registre des conditions de travail",
            },
            headers={"If-Match": '"1"'},
        )
    )
    return ids


async def main() -> None:
    parser = argparse.ArgumentParser(description="Load production-svc demo data over HTTP.")
    parser.add_argument("--url", default="http://127.0.0.1:8005")
    args = parser.parse_args()
    token = mint_token(subject="demo", roles=["production.manager"], units=["DOMP"], name="Démo")
    async with httpx.AsyncClient(
        base_url=args.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    ) as http:
        ids = await load_demo(http)
    print(f"production demo loaded: {', '.join(sorted(ids))}")


if __name__ == "__main__":
    asyncio.run(main())
