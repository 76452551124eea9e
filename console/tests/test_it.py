"""The DI's pages (issue #20, journey 4) in-process, it played by the fake: the plan de charge's
alerts and chart, a version saved and published with If-Match, licences over-use first."""

from __future__ import annotations

import json
from typing import Any

import httpx
from fastapi.testclient import TestClient

from sg_console.charts import load_chart

from .conftest import FakeServices, csrf_of, sign_in


def line(month: str, capacity: str, demand: str, load: str) -> dict[str, Any]:
    return {
        "centre_code": "CNI-METZ",
        "month": month,
        "staff_person_days": "0.00",
        "extra_person_days": capacity,
        "capacity": capacity,
        "demand": demand,
        "load": load,
        "infrastructure_headroom_pct": None,
        "over_capacity": float(load) > 1,
    }


# capacity 100, 100, 80; demand 90, 120, 80: 90 %, 120 % (over), 100 % (not over)
LINES = [
    line("2029-01", "100.00", "90.00", "0.9000"),
    line("2029-02", "100.00", "120.00", "1.2000"),
    line("2029-03", "80.00", "80.00", "1.0000"),
]
PLAN = {
    "id": 9,
    "code": "PDC-T",
    "number": 1,
    "first_month": "2029-01",
    "last_month": "2029-03",
    "centre_codes": ["CNI-METZ"],
    "status": "draft",
    "note": None,
    "supersedes_id": None,
    "created_by": "planner",
    "created_at": "2026-12-03T10:00:00Z",
    "computed_at": "2026-12-03T10:00:00Z",
    "published_at": None,
    "published_by": None,
    "over_capacity_lines": 1,
    "version": 2,
    "lines": LINES,
}


def demand(did: int, month: str, days: str, operation: str | None) -> dict[str, Any]:
    return {
        "id": did,
        "centre_code": "CNI-METZ",
        "month": month,
        "person_days": days,
        "source": "operation" if operation else "project",
        "project": None if operation else "Refonte Sirene",
        "operation_id": operation,
        "operation_revision": 1 if operation else None,
        "phase_code": "collect" if operation else None,
        "description": None,
        "created_at": "2026-12-03T10:00:00Z",
        "updated_at": "2026-12-03T10:00:00Z",
        "version": 1,
    }


def test_the_load_chart_draws_the_over_month_in_the_warning_colour() -> None:
    svg = load_chart("CNI-METZ", LINES)
    assert svg.count("<rect") == 3
    assert svg.count('class="sg-bar--over"') == 1
    assert "2029-02 : demande 120,0 j-p (au-dessus de la capacité)" in svg
    assert "2029-03 : capacité 80,0 j-p" in svg


def test_the_plan_de_charge_alerts_and_a_version_is_published(
    console: TestClient, fake: FakeServices
) -> None:
    fake.on("GET", "/workload/load", LINES)
    february = [demand(1, "2029-02", "70.00", None), demand(2, "2029-02", "50.00", "RP-2029")]
    fake.on(
        "GET",
        "/workload/demands",
        lambda r: httpx.Response(
            200,
            json={
                "items": february if r.url.params["month"] == "2029-02" else [],
                "next_cursor": None,
            },
        ),
    )
    listed = {k: v for k, v in PLAN.items() if k != "lines"}
    fake.on("GET", "/workload/plans", {"items": [listed], "next_cursor": None})
    fake.on("POST", "/workload/plans", lambda _: httpx.Response(201, json=PLAN))
    fake.on(
        "GET",
        "/workload/plans/9",
        lambda _: httpx.Response(200, json=PLAN, headers={"ETag": '"2"'}),
    )
    published = {**PLAN, "status": "published", "published_at": "2026-12-03T11:00:00Z"}
    fake.on("POST", "/workload/plans/9/publish", published)
    sign_in(console, role="it.planner", unit="DI-PLAN")
    page = console.get("/di/charge?centre=CNI-METZ&du=2029-01&au=2029-03")
    assert page.status_code == 200, page.text
    [load] = [r for r in fake.requests if r.url.path == "/workload/load"]
    assert dict(load.url.params) == {
        "first_month": "2029-01",
        "last_month": "2029-03",
        "centre_code": "CNI-METZ",
    }
    assert 'data-alert="CNI-METZ-2029-02"' in page.text
    assert 'data-alert="CNI-METZ-2029-03"' not in page.text
    assert "120,0\u00a0%" in page.text
    asked = [r.url.params["month"] for r in fake.requests if r.url.path == "/workload/demands"]
    assert asked == ["2029-01", "2029-02", "2029-03"]
    assert "opération statistique</td><td>RP-2029 (collect)</td>" in page.text
    assert "projet informatique</td><td>Refonte Sirene</td>" in page.text
    csrf = csrf_of(page.text)
    saved = console.post(
        "/di/charge/versions",
        data={
            "csrf_token": csrf,
            "code": "PDC-T",
            "du": "2029-01",
            "au": "2029-03",
            "centre": "CNI-METZ",
        },
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == "/di/charge/versions/9"
    [created] = [r for r in fake.requests if r.method == "POST"]
    assert json.loads(created.content) == {
        "code": "PDC-T",
        "first_month": "2029-01",
        "last_month": "2029-03",
        "centre_codes": ["CNI-METZ"],
        "note": None,
    }
    version = console.get("/di/charge/versions/9")
    assert "Publier cette version" in version.text
    answer = console.post("/di/charge/versions/9/publication", data={"csrf_token": csrf})
    assert answer.status_code == 303
    [publish] = [r for r in fake.requests if r.url.path == "/workload/plans/9/publish"]
    assert publish.headers["if-match"] == '"2"'


def test_licences_over_use_comes_first(console: TestClient, fake: FakeServices) -> None:
    def licence(lid: int, software: str, seats: int, used: int) -> dict[str, Any]:
        return {
            "id": lid,
            "software": software,
            "publisher": None,
            "licence_type": "per_device",
            "seats": seats,
            "expires_on": None,
            "purchase_order_id": None,
            "unit_code": "DR-BRE",
            "seats_used": used,
            "created_at": "2026-12-03T10:00:00Z",
            "updated_at": "2026-12-03T10:00:00Z",
            "version": 1,
        }

    fake.on(
        "GET",
        "/licences",
        {"items": [licence(1, "R", 10, 1), licence(2, "Stata", 2, 0)], "next_cursor": None},
    )
    usage = {"id": 2, "unit_code": "DR-BRE", "software": "Stata", "seats": 2, "seats_used": 0}
    fake.on("GET", "/licences/reports/over-use", [usage | {"installs": 3, "excess": 1}])
    sign_in(console, role="it.technician", unit="DR-BRE")
    page = console.get("/di/licences")
    assert page.status_code == 200, page.text
    assert page.text.index('data-licence="2"') < page.text.index('data-licence="1"')
    assert "sur-utilisation : 1 de trop" in page.text
    assert "1 / 10" in page.text
    assert console.get("/di/charge").status_code == 403  # not a planner


def test_a_reader_sees_no_publish_button(console: TestClient, fake: FakeServices) -> None:
    fake.on(
        "GET",
        "/workload/plans/9",
        lambda _: httpx.Response(200, json=PLAN, headers={"ETag": '"2"'}),
    )
    sign_in(console, role="sg.auditor", unit="SG")
    page = console.get("/di/charge/versions/9")
    assert page.status_code == 200
    assert "Publier cette version" not in page.text
    refused = console.post(
        "/di/charge/versions/9/publication", data={"csrf_token": csrf_of(page.text)}
    )
    assert refused.status_code == 403
