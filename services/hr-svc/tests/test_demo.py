"""The demo data goes through the API without a refusal."""

from __future__ import annotations

import httpx
import pytest

from hr_svc.demo import seed_demo


@pytest.mark.sqlite_only
@pytest.mark.usefixtures("frozen_clock")
async def test_demo_data_loads(client: httpx.AsyncClient, manager: dict[str, str]) -> None:
    client.headers.update(manager)
    assert await seed_demo(client) == {"agents": 12, "enrolments": 5}
    sessions = (await client.get("/training/sessions")).json()["items"]
    assert [(s["status"], s["estimated_cost"], s["budget"]["status"]) for s in sessions] == [
        ("completed", "0.00", "not_required"),
        ("confirmed", "4800.00", "pending"),  # 8 seats × 600.00, asked of budget
    ]
    statement = (await client.get("/etpt/DR-BRE/2026")).json()
    assert statement["ceiling"] == "4.50"
    seats = (await client.get("/union-relations/bodies/CSA-RESEAU/representativeness")).json()
    assert sum(r["seats"] for r in seats["results"]) == 10
    f3sct = (await client.get("/union-relations/bodies/F3SCT-RESEAU/composition")).json()
    assert sum(u["titulaires"] + u["suppleants"] for u in f3sct["unions"]) == 4
    credits = (await client.get("/union-relations/time-credits/2026")).json()
    # 5 400 electors ÷ 230 × 1 607 h = 37 729.57 h
    assert credits["hours"] == "37729.57"
    [delegation] = (await client.get("/delegations", params={"as_of": "2026-03-16"})).json()[
        "items"
    ]
    assert (delegation["unit_codes"], delegation["valid_to"]) == (["DR-BRE-SES"], "2026-06-14")
