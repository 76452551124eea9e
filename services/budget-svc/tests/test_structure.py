"""Budget structure reference data and fiscal years."""

from __future__ import annotations

from collections.abc import Callable

import httpx


async def test_programme_220_with_actions_sub_actions_and_titles(
    client: httpx.AsyncClient, controller: dict[str, str]
) -> None:
    response = await client.get("/structure", headers=controller)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == "220"
    assert [a["code"] for a in body["actions"]] == ["01", "08", "09"]
    assert all(a["sub_actions"] for a in body["actions"])
    assert [t["code"] for t in body["titles"]] == ["T2", "T3", "T5", "T6"]
    assert {t["code"]: t["title_class"] for t in body["titles"]}["T2"] == "staff"


async def test_fiscal_years_are_seeded_with_reserve_rates(
    client: httpx.AsyncClient, officer_bre: dict[str, str]
) -> None:
    response = await client.get("/fiscal-years", headers=officer_bre)
    assert response.status_code == 200
    years = {y["year"]: y for y in response.json()}
    assert years[2025]["status"] == "closed"
    assert years[2026]["status"] == "open"
    assert years[2026]["reserve_rate_t2"] == "0.0050"
    assert years[2026]["reserve_rate_other"] == "0.0500"


async def test_manager_opens_and_updates_a_year_with_if_match(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    created = await client.post(
        "/fiscal-years", json={"year": 2028, "reserve_rate_other": "0.0600"}, headers=manager
    )
    assert created.status_code == 201, created.text
    again = await client.post("/fiscal-years", json={"year": 2028}, headers=manager)
    assert again.status_code == 409
    assert slug(again) == "fiscal-year-exists"
    missing = await client.patch("/fiscal-years/2028", json={"status": "closed"}, headers=manager)
    assert missing.status_code == 428
    updated = await client.patch(
        "/fiscal-years/2028",
        json={"status": "closed"},
        headers={**manager, "If-Match": created.headers["ETag"]},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["status"] == "closed"
    stale = await client.patch(
        "/fiscal-years/2028",
        json={"status": "open"},
        headers={**manager, "If-Match": created.headers["ETag"]},
    )
    assert stale.status_code == 412


async def test_only_the_manager_changes_fiscal_years(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    controller: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    for headers in (officer_bre, controller):
        response = await client.post("/fiscal-years", json={"year": 2029}, headers=headers)
        assert response.status_code == 403
        assert slug(response) == "missing-role"


async def test_reference_data_loader_is_idempotent(app: object) -> None:
    from budget_svc.structure.reference import load_budget_structure

    database = app.state.database  # type: ignore[attr-defined]
    async with database.transaction() as session:
        await load_budget_structure(session)
    async with database.transaction() as session:
        await load_budget_structure(session)


async def test_year_patch_refuses_null(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    """An explicit null on a year's status or rates is refused (422 null-not-allowed, nothing
    changed); it used to be ignored."""
    created = await client.post("/fiscal-years", json={"year": 2029}, headers=manager)
    refused = await client.patch(
        "/fiscal-years/2029",
        json={"status": "closed", "reserve_rate_t2": None},
        headers={**manager, "If-Match": created.headers["ETag"]},
    )
    assert refused.status_code == 422, refused.text
    assert slug(refused) == "null-not-allowed"
    assert refused.json()["fields"] == ["reserve_rate_t2"]
    after = await client.get("/fiscal-years/2029", headers=manager)
    assert after.json() == created.json()
    assert after.headers["ETag"] == created.headers["ETag"]
