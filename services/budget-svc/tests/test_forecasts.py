"""Forecasts: creation, revisions with history, totals, scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

LINE: dict[str, Any] = {
    "unit_code": "DR-BRE",
    "fiscal_year": 2026,
    "action": "08",
    "title": "T3",
    "ae": "120000.00",
    "cp": "110000.00",
}


async def test_forecast_revision_keeps_history(
    client: httpx.AsyncClient, officer_bre: dict[str, str]
) -> None:
    created = await client.post("/forecasts", json=LINE, headers=officer_bre)
    assert created.status_code == 201, created.text
    forecast_id = created.json()["id"]
    revised = await client.patch(
        f"/forecasts/{forecast_id}",
        json={"ae": "135000.00", "reason": "Extension de l'enquête"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert revised.status_code == 200, revised.text
    assert revised.json()["ae"] == "135000.00"
    assert revised.json()["cp"] == "110000.00"
    history = await client.get(f"/forecasts/{forecast_id}/revisions", headers=officer_bre)
    assert history.status_code == 200
    [first, second] = history.json()
    assert first["revision"] == 1
    assert first["previous_ae"] is None
    assert second["previous_ae"] == "120000.00"
    assert second["ae"] == "135000.00"
    assert second["reason"] == "Extension de l'enquête"
    assert second["revised_by"] == "bre-officer"


async def test_revision_needs_if_match_and_a_reason(
    client: httpx.AsyncClient, officer_bre: dict[str, str]
) -> None:
    created = await client.post("/forecasts", json=LINE, headers=officer_bre)
    forecast_id = created.json()["id"]
    no_etag = await client.patch(
        f"/forecasts/{forecast_id}", json={"ae": "1.00", "reason": "why not"}, headers=officer_bre
    )
    assert no_etag.status_code == 428
    no_reason = await client.patch(
        f"/forecasts/{forecast_id}",
        json={"ae": "1.00"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert no_reason.status_code == 422


async def test_one_forecast_line_per_unit_year_action_title(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    assert (await client.post("/forecasts", json=LINE, headers=officer_bre)).status_code == 201
    again = await client.post("/forecasts", json=LINE, headers=officer_bre)
    assert again.status_code == 409
    assert slug(again) == "duplicate-forecast"
    other_title = await client.post("/forecasts", json={**LINE, "title": "T5"}, headers=officer_bre)
    assert other_title.status_code == 201


async def test_closed_year_and_unknown_action_are_refused(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    closed = await client.post(
        "/forecasts", json={**LINE, "fiscal_year": 2025}, headers=officer_bre
    )
    assert closed.status_code == 409
    assert slug(closed) == "fiscal-year-closed"
    unknown = await client.post("/forecasts", json={**LINE, "action": "07"}, headers=officer_bre)
    assert unknown.status_code == 422
    assert slug(unknown) == "unknown-action"


async def test_totals_by_any_axis(
    client: httpx.AsyncClient, manager: dict[str, str], controller: dict[str, str]
) -> None:
    for unit, title, ae in [
        ("DR-BRE", "T3", "100.00"),
        ("DR-BRE", "T5", "50.00"),
        ("DR-NOR", "T3", "25.00"),
    ]:
        response = await client.post(
            "/forecasts",
            json={**LINE, "unit_code": unit, "title": title, "ae": ae},
            headers=manager,
        )
        assert response.status_code == 201, response.text
    by_unit = await client.get(
        "/forecasts/totals", params={"group_by": "unit_code"}, headers=controller
    )
    assert by_unit.status_code == 200, by_unit.text
    assert {(t["group"]["unit_code"], t["ae"], t["lines"]) for t in by_unit.json()} == {
        ("DR-BRE", "150.00", 2),
        ("DR-NOR", "25.00", 1),
    }
    by_title = await client.get(
        "/forecasts/totals",
        params=[("group_by", "title"), ("group_by", "fiscal_year")],
        headers=controller,
    )
    assert {(t["group"]["title"], t["ae"]) for t in by_title.json()} == {
        ("T3", "125.00"),
        ("T5", "50.00"),
    }
    grand = await client.get("/forecasts/totals", headers=controller)
    assert grand.json() == [{"group": {}, "lines": 3, "ae": "175.00", "cp": "330000.00"}]


async def test_another_directorate_can_neither_list_nor_fetch_nor_change(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    created = await client.post("/forecasts", json=LINE, headers=officer_bre)
    forecast_id = created.json()["id"]
    listed = await client.get("/forecasts", headers=officer_nor)
    assert listed.json()["items"] == []
    assert (await client.get(f"/forecasts/{forecast_id}", headers=officer_nor)).status_code == 404
    changed = await client.patch(
        f"/forecasts/{forecast_id}",
        json={"ae": "1.00", "reason": "hostile"},
        headers={**officer_nor, "If-Match": created.headers["ETag"]},
    )
    assert changed.status_code == 404
    create_other = await client.post("/forecasts", json=LINE, headers=officer_nor)
    assert create_other.status_code == 403
    assert slug(create_other) == "out-of-scope"
    totals = await client.get("/forecasts/totals", headers=officer_nor)
    assert totals.json()[0]["lines"] == 0


async def test_controller_reads_but_cannot_write(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    controller: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    await client.post("/forecasts", json=LINE, headers=officer_bre)
    listed = await client.get("/forecasts", headers=controller)
    assert len(listed.json()["items"]) == 1
    refused = await client.post("/forecasts", json=LINE, headers=controller)
    assert refused.status_code == 403
    assert slug(refused) == "missing-role"


async def test_revision_null_policy(
    client: httpx.AsyncClient,
    officer_bre: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    """An explicit null on an amount is refused (422 null-not-allowed, nothing changed); on the
    comment it empties it. Both used to be ignored."""
    created = await client.post(
        "/forecasts", json={**LINE, "comment": "première estimation"}, headers=officer_bre
    )
    forecast_id = created.json()["id"]
    refused = await client.patch(
        f"/forecasts/{forecast_id}",
        json={"ae": None, "cp": "1.00", "reason": "pourquoi pas"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert refused.status_code == 422, refused.text
    assert slug(refused) == "null-not-allowed"
    assert refused.json()["fields"] == ["ae"]
    after = await client.get(f"/forecasts/{forecast_id}", headers=officer_bre)
    assert after.json() == created.json()
    assert after.headers["ETag"] == created.headers["ETag"]
    history = await client.get(f"/forecasts/{forecast_id}/revisions", headers=officer_bre)
    assert len(history.json()) == 1
    emptied = await client.patch(
        f"/forecasts/{forecast_id}",
        json={"comment": None, "reason": "commentaire obsolète"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["comment"] is None
    assert emptied.json()["version"] == created.json()["version"] + 1
