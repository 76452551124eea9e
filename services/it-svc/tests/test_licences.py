"""Licences: seats never over-assigned, expired licences, expiry and over-use reports."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

Headers = dict[str, str]

SAS: dict[str, Any] = {
    "unit_code": "DR-BRE",
    "software": "SAS",
    "publisher": "SAS Institute",
    "licence_type": "per_user",
    "seats": 2,
    "expires_on": "2026-12-31",
}


def slug(response: httpx.Response) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


async def licence(client: httpx.AsyncClient, headers: Headers, **changes: Any) -> int:
    response = await client.post("/licences", json={**SAS, **changes}, headers=headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


@pytest.mark.usefixtures("frozen_clock")
async def test_a_seat_beyond_the_licence_is_refused(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    lid = await licence(client, tech_bre)
    url = f"/licences/{lid}/assignments"
    first = await client.post(url, json={"agent_id": "A1"}, headers=tech_bre)
    assert first.status_code == 201, first.text
    assert first.json()["assigned_on"] == "2026-03-16"
    assert (await client.post(url, json={"agent_id": "A2"}, headers=tech_bre)).status_code == 201
    full = await client.post(url, json={"agent_id": "A3"}, headers=tech_bre)
    assert full.status_code == 409
    assert slug(full) == "licence-seats-exhausted"
    assert full.json()["seats_used"] == 2
    fetched = await client.get(f"/licences/{lid}", headers=tech_bre)
    assert fetched.json()["seats_used"] == 2
    released = await client.delete(f"{url}/{first.json()['id']}", headers=tech_bre)
    assert released.status_code == 204
    again = await client.post(url, json={"agent_id": "A3"}, headers=tech_bre)
    assert again.status_code == 201
    history = await client.get(f"{url}?active_only=false", headers=tech_bre)
    assert [a["released_on"] for a in history.json()] == ["2026-03-16", None, None]


async def test_one_seat_per_agent_and_exactly_one_target(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    lid = await licence(client, tech_bre, seats=5)
    url = f"/licences/{lid}/assignments"
    await client.post(url, json={"agent_id": "A1"}, headers=tech_bre)
    twice = await client.post(url, json={"agent_id": "A1"}, headers=tech_bre)
    assert twice.status_code == 409
    assert slug(twice) == "already-assigned"
    both = await client.post(url, json={"agent_id": "A2", "item_id": 1}, headers=tech_bre)
    assert both.status_code == 422


@pytest.mark.usefixtures("frozen_clock")
async def test_an_expired_licence_gets_no_new_seat(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    lid = await licence(client, tech_bre, expires_on="2026-03-15")
    refused = await client.post(
        f"/licences/{lid}/assignments", json={"agent_id": "A1"}, headers=tech_bre
    )
    assert refused.status_code == 409
    assert slug(refused) == "licence-expired"


async def test_seats_cannot_drop_below_the_seats_assigned(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    lid = await licence(client, tech_bre)
    for agent in ("A1", "A2"):
        await client.post(
            f"/licences/{lid}/assignments", json={"agent_id": agent}, headers=tech_bre
        )
    current = await client.get(f"/licences/{lid}", headers=tech_bre)
    headers = {**tech_bre, "If-Match": current.headers["ETag"]}
    refused = await client.patch(f"/licences/{lid}", json={"seats": 1}, headers=headers)
    assert refused.status_code == 409
    assert slug(refused) == "seats-below-usage"
    grown = await client.patch(f"/licences/{lid}", json={"seats": 10}, headers=headers)
    assert grown.status_code == 200
    assert grown.json()["seats"] == 10


async def test_a_machine_seat_is_freed_when_the_machine_retires(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    lid = await licence(client, tech_bre, seats=1, licence_type="per_device")
    item = await client.post(
        "/items",
        json={"kind": "hardware", "name": "PC", "model": "M", "unit_code": "DR-BRE"},
        headers=tech_bre,
    )
    item_id = item.json()["id"]
    url = f"/licences/{lid}/assignments"
    assert (await client.post(url, json={"item_id": item_id}, headers=tech_bre)).status_code == 201
    retired = await client.post(
        f"/items/{item_id}/transitions",
        json={"to_status": "retired"},
        headers={**tech_bre, "If-Match": item.headers["ETag"]},
    )
    assert retired.status_code == 200
    assert (await client.get(url, headers=tech_bre)).json() == []
    refused = await client.post(url, json={"item_id": item_id}, headers=tech_bre)
    assert refused.status_code == 409
    assert slug(refused) == "retired-item-not-assignable"


@pytest.mark.usefixtures("frozen_clock")
async def test_expiring_licences_are_reported(client: httpx.AsyncClient, tech_bre: Headers) -> None:
    soon = await licence(client, tech_bre, software="Stata", expires_on="2026-04-30")
    await licence(client, tech_bre, software="R Studio", expires_on="2027-06-30")
    await licence(client, tech_bre, software="Old", expires_on="2026-01-01")
    report = await client.get("/licences/reports/expiring?within_days=90", headers=tech_bre)
    assert report.status_code == 200
    assert [(r["id"], r["days_left"]) for r in report.json()] == [(soon, 45)]


async def test_over_use_counts_installs_beyond_the_seats(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    await licence(client, tech_bre, software="SAS", seats=1)
    await licence(client, tech_bre, software="Stata", seats=5)
    for n in range(2):
        install = await client.post(
            "/items",
            json={
                "kind": "software",
                "name": f"SAS poste {n}",
                "model": "sas",
                "unit_code": "DR-BRE-SES",
            },
            headers=tech_bre,
        )
        deployed = await client.post(
            f"/items/{install.json()['id']}/transitions",
            json={"to_status": "deployed", "assigned_agent_id": f"A{n}"},
            headers={**tech_bre, "If-Match": install.headers["ETag"]},
        )
        assert deployed.status_code == 200
    report = await client.get("/licences/reports/over-use", headers=tech_bre)
    assert [(r["software"], r["installs"], r["excess"]) for r in report.json()] == [("SAS", 2, 1)]


async def test_licences_of_another_directorate_are_invisible(
    client: httpx.AsyncClient, tech_bre: Headers, tech_ara: Headers, outsider: Headers
) -> None:
    lid = await licence(client, tech_bre)
    assert (await client.get(f"/licences/{lid}", headers=tech_ara)).status_code == 404
    assert (await client.get("/licences", headers=tech_ara)).json()["items"] == []
    seat = await client.post(
        f"/licences/{lid}/assignments", json={"agent_id": "A1"}, headers=tech_ara
    )
    assert seat.status_code == 404
    assert (await client.get("/licences", headers=outsider)).status_code == 403
    mine = await client.get("/licences?software=sas", headers=tech_bre)
    assert [x["id"] for x in mine.json()["items"]] == [lid]
