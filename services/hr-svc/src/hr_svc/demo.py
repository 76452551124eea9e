"""Demo data for hr-svc, entered through the API like a DRH user would.

    uv run python -m hr_svc.demo --url http://127.0.0.1:8002

Mints a development token (``hr.manager``; development only) and creates: agents in the SG
and three regional directorates with their assignments (one part-time, one mobility, one
departure), posts, ETPT ceilings, a professional review, a training catalogue with sessions
(one held by an in-house trainer, one confirmed and sent to budget to commit its cost),
enrolments (one waitlisted) and completions, announcements, unions, the CSA de réseau with
its 2022 election, its formation spécialisée (F3SCT) with members the unions designated, a
meeting with opinions, the 2026 time credits computed from the election, and a délégation
de signature of DR-BRE-SES's commitments and service fait for three months from today. Run it
once on an empty database.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import timedelta
from typing import Any

import httpx

from sg_common.clock import today

UNITS = ["DR-BRE-SES", "DR-BRE-SED", "DR-NOR-SES", "DR-OCC-SED", "DRH-GP", "DI-DEV"]
NAMES = [
    ("Martin", "Claire"),
    ("Bernard", "Louis"),
    ("Dubois", "Emma"),
    ("Thomas", "Hugo"),
    ("Robert", "Léa"),
    ("Richard", "Jules"),
    ("Petit", "Chloé"),
    ("Durand", "Gabriel"),
    ("Leroy", "Manon"),
    ("Moreau", "Arthur"),
    ("Simon", "Inès"),
    ("Laurent", "Raphaël"),
]
GRADES = {
    "A": ("Attaché de l'Insee", "Attaché principal"),
    "B": ("Contrôleur de l'Insee", "Contrôleur principal"),
    "C": ("Adjoint administratif", "Adjoint administratif principal"),
}


async def _post(http: httpx.AsyncClient, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await http.post(path, json=body)
    if response.status_code >= 400:
        raise RuntimeError(f"POST {path}: {response.status_code} {response.text[:300]}")
    result: dict[str, Any] = response.json()
    return result


async def seed_demo(http: httpx.AsyncClient) -> dict[str, int]:
    """Fill believable data through ``http`` (authorised as an HR manager)."""
    agents: list[int] = []
    for i, (last, first) in enumerate(NAMES):
        category = "ABC"[i % 3]
        corps, grade = GRADES[category]
        unit = UNITS[i % len(UNITS)]
        agent = await _post(
            http,
            "/agents",
            {
                "matricule": f"D{100000 + i}",
                "login": f"{first[0]}{last}".lower(),
                "last_name": last,
                "first_name": first,
                "birth_date": f"{1965 + i * 2}-0{1 + i % 9}-15",
                "email": f"{first}.{last}@insee.fr".lower(),
                "category": category,
                "corps": corps,
                "grade": grade,
                "echelon": 1 + i % 8,
                "status": "contractuel" if i == 7 else "titulaire",
                "quotite": "0.80" if i % 5 == 0 else "1.00",
                "unit_code": unit,
                "hired_on": f"{2016 + i % 9}-09-01",
            },
        )
        agents.append(agent["id"])
        await _post(
            http,
            f"/agents/{agent['id']}/assignments",
            {"unit_code": unit, "start_date": "2025-01-01", "reason": "affectation"},
        )
    await _post(
        http,
        f"/agents/{agents[1]}/movements",
        {
            "to_unit_code": "DR-NOR-SED",
            "effective_date": "2026-03-01",
            "reason": "mutation à la demande de l'agent",
        },
    )
    await _post(
        http, f"/agents/{agents[11]}/departure", {"left_on": "2026-02-28", "reason": "retraite"}
    )
    await _post(
        http,
        "/posts",
        {
            "code": "BRE-SES-001",
            "unit_code": "DR-BRE-SES",
            "title": "Chargé d'études démographiques",
            "category": "A",
            "opened_on": "2025-01-01",
        },
    )
    for unit, ceiling in (("DR-BRE", "4.50"), ("DR-NOR", "3.00"), ("DRH", "2.00")):
        response = await http.put(f"/etpt/{unit}/2026/ceiling", json={"ceiling": ceiling})
        response.raise_for_status()
    await _post(
        http,
        "/development/reviews",
        {
            "agent_id": agents[0],
            "year": 2026,
            "review_date": "2026-03-10",
            "goals": [{"title": "Publier l'étude sur la démographie bretonne", "achieved": True}],
            "results": "Objectifs atteints",
            "skills": [{"skill_code": "R-STAT", "level": 3}],
            "training_wishes": ["Python pour la statistique"],
        },
    )
    sst = await _post(
        http,
        "/training/courses",
        {
            "code": "SST-INIT",
            "title": "Sauveteur secouriste du travail",
            "domain": "santé et sécurité",
            "duration_hours": "14.00",
            "cost": "250.00",
            "mandatory": True,
            "certificate_validity_months": 24,
            "skills": ["secourisme"],
        },
    )
    python = await _post(
        http,
        "/training/courses",
        {
            "code": "PY-STAT",
            "title": "Python pour la statistique",
            "domain": "informatique",
            "duration_hours": "21.00",
            "cost": "600.00",
            "skills": ["python"],
        },
    )
    session = await _post(
        http,
        "/training/sessions",
        {
            "course_id": sst["id"],
            "unit_code": "DR-BRE",
            "start_date": "2026-02-10",
            "end_date": "2026-02-11",
            "place": "Rennes, salle Vilaine",
            "capacity": 2,
        },
    )
    enrolments = [
        await _post(http, f"/training/sessions/{session['id']}/enrolments", {"agent_id": a})
        for a in (agents[0], agents[6], agents[4])
    ]
    # given by the DR's own SST trainer: confirmed at 0.00, nothing to commit on T3
    await _post(http, f"/training/sessions/{session['id']}/confirmation", {"estimated_cost": "0"})
    for enrolment in enrolments[:2]:
        path = f"/training/enrolments/{enrolment['id']}"
        (await http.put(f"{path}/attendance", json={"present": True})).raise_for_status()
        await _post(http, f"{path}/completion", {})
    await _post(http, f"/training/sessions/{session['id']}/completion", {"actual_cost": "0"})
    # a provider's session organised by the DI: confirmed, budget is asked to commit
    # 8 seats × 600.00 = 4 800.00 on the DI's T3 (action 09); its answer comes as an event
    upcoming = await _post(
        http,
        "/training/sessions",
        {
            "course_id": python["id"],
            "unit_code": "DI",
            "start_date": "2026-05-18",
            "end_date": "2026-05-20",
            "place": "Montrouge, salle 3",
            "capacity": 8,
        },
    )
    for a in (agents[5], agents[2]):
        enrolments.append(
            await _post(http, f"/training/sessions/{upcoming['id']}/enrolments", {"agent_id": a})
        )
    await _post(http, f"/training/sessions/{upcoming['id']}/confirmation", {})
    await http.put(
        "/training/plans/DR-BRE/2026/lines", json={"course_id": sst["id"], "planned_trainees": 4}
    )
    note = await _post(
        http,
        "/information/announcements",
        {
            "title": "Campagne d'entretiens professionnels 2026",
            "body": "La campagne d'entretiens professionnels s'ouvre le 1er mars.",
            "target_unit_code": "DG",
            "expires_on": "2026-06-30",
        },
    )
    await _post(http, f"/information/announcements/{note['id']}/publication", {})
    for code, name in (
        ("CGT", "CGT Insee"),
        ("CFDT", "CFDT Insee"),
        ("FO", "FO Insee"),
        ("SUD", "SUD Insee"),
    ):
        await _post(http, "/union-relations/unions", {"code": code, "name": name})
    await _post(
        http,
        "/union-relations/bodies",
        {
            "code": "CSA-RESEAU",
            "kind": "CSA",
            "name": "CSA de réseau de l'Insee",
            "unit_code": "DG",
            "seats": 10,
        },
    )
    await _post(
        http,
        "/union-relations/elections",
        {
            "body_code": "CSA-RESEAU",
            "held_on": "2022-12-08",
            "registered_voters": 5400,
            "blank_or_void": 95,
            "results": [
                {"union_code": "CGT", "votes": 1480},
                {"union_code": "CFDT", "votes": 1120},
                {"union_code": "FO", "votes": 760},
                {"union_code": "SUD", "votes": 640},
            ],
        },
    )
    meeting = await _post(
        http,
        "/union-relations/meetings",
        {
            "body_code": "CSA-RESEAU",
            "held_on": "2026-03-05",
            "agenda": ["Lignes directrices de gestion", "Bilan social 2025"],
        },
    )
    await _post(
        http,
        f"/union-relations/meetings/{meeting['id']}/opinions",
        {"item": 0, "votes_for": 3, "votes_against": 6, "abstentions": 1},
    )
    await _post(
        http,
        "/union-relations/bodies",
        {
            "code": "F3SCT-RESEAU",
            "kind": "F3SCT",
            "name": "Formation spécialisée du CSA de réseau",
            "unit_code": "DG",
            "seats": 10,
            "csa_code": "CSA-RESEAU",
        },
    )
    for union, member, role in (
        ("CGT", agents[0], "titulaire"),
        ("CFDT", agents[2], "titulaire"),
        ("FO", agents[3], "titulaire"),
        ("CGT", agents[4], "suppleant"),
    ):
        await _post(
            http,
            "/union-relations/bodies/F3SCT-RESEAU/designations",
            {"union_code": union, "agent_id": member, "role": role, "designated_on": "2023-01-16"},
        )
    (
        await http.post(
            "/union-relations/time-credits/2026/computation", json={"body_code": "CSA-RESEAU"}
        )
    ).raise_for_status()
    # A délégation de signature: the ordonnateur of DR-BRE-SES lets a colleague sign its
    # commitments and service fait for three months from today (budget learns it by event).
    start = today()
    await _post(
        http,
        "/delegations",
        {
            "delegator_id": agents[0],
            "delegator_role": "budget.officer",
            "delegate_id": agents[6],
            "acts": ["budget.commit", "budget.certify_service_fait"],
            "unit_codes": ["DR-BRE-SES"],
            "valid_from": str(start),
            "valid_to": str(start + timedelta(days=90)),
            "legal_basis": "Décision du chef du service des études statistiques",
        },
    )
    return {"agents": len(agents), "enrolments": len(enrolments)}


async def _main() -> None:
    parser = argparse.ArgumentParser(description="Fill hr-svc with demo data (development).")
    parser.add_argument("--url", default="http://127.0.0.1:8002")
    args = parser.parse_args()
    from sg_common.auth.dev import mint_token

    token = mint_token(subject="demo-drh", roles=["hr.manager"], units=["DRH"])
    async with httpx.AsyncClient(
        base_url=args.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    ) as http:
        print(await seed_demo(http))


if __name__ == "__main__":
    asyncio.run(_main())
