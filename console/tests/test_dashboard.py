"""The SG dashboard (issue #20) and the pages its figures link to, in-process with the five
services faked on their ports (budget 8001, hr 8002, facilities 8003, it 8004, production 8005).

Hand-worked figures:
* execution (titles T2 and T3, last month): AE 300 + 100 = 400 engaged of 800 + 200 = 1 000
  allocated → 40,0 %; CP 200 + 50 = 250 of 1 000 → 25,0 %;
* invoices: hr's counts as the service gives them (2 late, 3 due within 5 days);
* occupancy: A 1 200 m² for 80 workstations (15 m², above the standard), B 600 m² for 60
  (10 m²) → 1 800 / 140 = 12,857… → 12,9 m² a workstation, 1 building of 2 above;
* IT load this month: demand 90 + 60 = 150 against capacity 100 + 50 = 150 → 100,0 %, CN2
  over capacity;
* risks: 1 red, 2 amber, 0 green.
"""

from __future__ import annotations

from typing import Any

import httpx
from fastapi.testclient import TestClient

from sg_console.formatting import month_of, rate

from .conftest import FakeServices, sign_in


def month(m: int, ae: str, cp: str, allocated: str) -> dict[str, Any]:
    return {
        "month": m,
        "ae_consumed": "0",
        "cp_consumed": "0",
        "cumulative_ae": ae,
        "cumulative_cp": cp,
        "allocated_ae": allocated,
        "allocated_cp": allocated,
        "execution_rate_ae": "0",
        "execution_rate_cp": "0",
        "cp_to_pay": "0",
        "forecast_cp_cumulative": "0",
    }


def group(title: str, *months: dict[str, Any]) -> dict[str, Any]:
    return {
        "unit_code": None,
        "action": None,
        "title": title,
        "fiscal_year": 2026,
        "forecast_ae": "0",
        "forecast_cp": "0",
        "months": list(months),
    }


def building(code: str, sun: str, stations: int, per: str, above: bool) -> dict[str, Any]:
    return {
        "building_id": len(code),
        "building_code": code,
        "building_name": f"Bâtiment {code}",
        "unit_code": "DSG",
        "sun_m2": sun,
        "workstations": stations,
        "occupants": stations,
        "m2_per_workstation": per,
        "standard_m2": "12",
        "above_standard": above,
    }


def load(centre: str, capacity: str, demand: str, over: bool) -> dict[str, Any]:
    return {
        "centre_code": centre,
        "month": "2026-04",
        "staff_person_days": capacity,
        "extra_person_days": "0",
        "capacity": capacity,
        "demand": demand,
        "load": "0",
        "infrastructure_headroom_pct": None,
        "over_capacity": over,
    }


def risk(oid: int, colour: str) -> dict[str, Any]:
    return {
        "operation_id": oid,
        "code": f"OP{oid}",
        "name": f"Opération {oid}",
        "colour": colour,
        "months": [{"month": "2026-04", "colour": colour}],
        "reasons": ["plan de charge au-dessus de la capacité"] if colour != "green" else [],
    }


def fake_the_five(fake: FakeServices) -> None:
    fake.on(
        "GET",
        "/execution/monthly",
        [
            group("T2", month(1, "100", "50", "400"), month(2, "300", "200", "800")),
            group("T3", month(1, "50", "10", "200"), month(2, "100", "50", "200")),
        ],
    )

    def invoices(request: httpx.Request) -> httpx.Response:
        total = 2 if request.url.params.get("late") == "true" else 3
        return httpx.Response(200, json={"items": [], "next_cursor": None, "total": total})

    fake.on("GET", "/invoices", invoices)
    fake.on(
        "GET",
        "/etpt/INSEE/\\d+",
        {
            "unit_code": "INSEE",
            "year": 2026,
            "include_descendants": True,
            "months": [],
            "annual_etpt": "950.5000",
            "ceiling": "940.00",
            "variance": "10.5000",
        },
    )
    fake.on(
        "GET",
        "/occupancy",
        {
            "standard_m2": "12",
            "buildings": [
                building("A", "1200", 80, "15.0", True),
                building("B", "600", 60, "10.0", False),
            ],
            "units": [],
        },
    )
    fake.on(
        "GET",
        "/workload/load",
        [load("CN1", "100", "90", False), load("CN2", "50", "60", True)],
    )
    fake.on("GET", "/workload/plans", {"items": [], "next_cursor": None})
    fake.on("GET", "/workload/demands", {"items": [], "next_cursor": None})
    fake.on(
        "GET",
        "/capacity/risk",
        {"items": [risk(1, "amber"), risk(2, "red"), risk(3, "amber")], "next_cursor": None},
    )


def card(html: str, key: str) -> str:
    start = html.index(f'id="chiffre-{key}"')
    return html[start : html.index('class="fr-card ', start + 10) if key != "risks" else None]


def test_helpers() -> None:
    from datetime import date

    assert month_of(date(2026, 11, 3), 2) == "2027-01"
    assert month_of(date(2026, 1, 31)) == "2026-01"
    assert rate(1, 3) == "33,3\u00a0%"
    assert rate(1, 0) == ""


def test_the_secretary_general_sees_the_five_departments_on_one_page(
    console: TestClient, fake: FakeServices
) -> None:
    fake_the_five(fake)
    sign_in(console, role="sg.auditor", unit="SG")
    page = console.get("/")  # the home of the secrétaire général is the dashboard
    assert page.status_code == 200, page.text
    html = page.text
    assert "Tableau de bord du Secrétariat général" in html
    assert "40,0\u00a0%" in card(html, "budget")
    assert "CP consommés : 25,0\u00a0%" in card(html, "budget")
    assert ">2</p>" in card(html, "invoices")
    assert "3 à payer dans les 5 jours" in card(html, "invoices")
    assert "950,50" in card(html, "etpt")
    assert "dépassement de 10,50" in card(html, "etpt")
    assert "12,9 m²" in card(html, "occupancy")
    assert "1 bâtiment sur 2 au-dessus" in card(html, "occupancy")
    assert "100,0\u00a0%" in card(html, "it")
    assert "en surcharge : CN2" in card(html, "it")
    assert ">1</p>" in card(html, "risks")
    assert "2 en orange, 0 en vert" in card(html, "risks")
    for href in (
        "/dpg/execution",
        "/cpf/factures",
        "/rh/etpt?unite=INSEE",
        "/dsg/occupation",
        "/di/charge",
        "/production/risques",
    ):
        assert f'href="{href}"' in html
    [execution] = [r for r in fake.requests if r.url.path == "/execution/monthly"]
    assert execution.url.params.get_list("group_by") == ["title"]
    [late] = [r for r in fake.requests if r.url.params.get("late") == "true"]
    assert late.url.params["count"] == "true"
    [risks] = [r for r in fake.requests if r.url.path == "/capacity/risk"]
    assert risks.url.params["limit"] == "50"  # production's maximum for this list


def test_a_service_down_leaves_the_other_figures(console: TestClient, fake: FakeServices) -> None:
    fake_the_five(fake)

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    fake.on("GET", "/workload/load", down)
    sign_in(console, role="sg.admin", unit="SG")
    page = console.get("/tableau-de-bord")
    assert page.status_code == 200
    assert "Indisponible" in card(page.text, "it")
    assert "40,0\u00a0%" in card(page.text, "budget")


def test_the_dashboard_is_for_the_secretary_general(console: TestClient) -> None:
    sign_in(console, role="budget.officer", unit="DR-BRE")
    assert console.get("/tableau-de-bord").status_code == 403
    for path in ("/dsg/occupation", "/di/charge", "/production/risques"):
        assert console.get(path).status_code == 403, path


def test_the_pages_behind_the_figures(console: TestClient, fake: FakeServices) -> None:
    fake_the_five(fake)
    sign_in(console, role="sg.auditor", unit="SG")
    occupancy = console.get("/dsg/occupation")
    assert occupancy.status_code == 200, occupancy.text
    assert occupancy.text.index('data-building="A"') < occupancy.text.index('data-building="B"')
    assert occupancy.text.count('class="sg-bar--over"') == 1
    assert 'class="sg-line--ceiling"' in occupancy.text
    charge = console.get("/di/charge")
    assert charge.status_code == 200, charge.text
    assert "120,0\u00a0%" in charge.text  # CN2: 60 / 50
    assert "surcharge" in charge.text
    risks = console.get("/production/risques")
    assert risks.status_code == 200, risks.text
    assert risks.text.index('data-operation="2"') < risks.text.index('data-operation="1"')
    assert "plan de charge au-dessus de la capacité" in risks.text


def test_a_long_menu_is_grouped_by_department_and_a_short_one_stays_flat(
    console: TestClient, fake: FakeServices
) -> None:
    fake_the_five(fake)
    sign_in(console, role="sg.auditor", unit="SG")
    page = console.get("/tableau-de-bord").text
    for department in ("Budget", "Ressources humaines", "Moyens généraux", "Informatique"):
        assert f">{department}</button>" in page, department
    assert 'aria-controls="menu-1"' in page
    console.cookies.clear()
    sign_in(console, role="hr.officer", unit="DR-BRE")
    assert "fr-nav__btn" not in console.get("/connexion").text
