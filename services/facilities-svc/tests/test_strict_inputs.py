"""Strict inputs (issue #18, 4): a lease dated from a number or in year 1 or 9999, free text
with control characters, a rent of 0.000…1 (stored as 0.00 before) are refused."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing.inputs import (
    AMOUNT_ERRORS,
    CONTROL_TEXTS,
    DATE_ERRORS,
    NONSENSE_AMOUNTS,
    NONSENSE_DATES,
    TEXT_ERRORS,
    refused,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def test_a_nonsense_lease_is_refused_and_a_sound_one_taken(
    client: httpx.AsyncClient, auth: Any
) -> None:
    manager = auth(roles=["facilities.manager"], units=["DSG-IMMO"], sub="mia")
    site = await client.post(
        "/sites",
        json={"code": "S-M", "name": "Site M", "city": "Montrouge", "unit_code": "DSG-IMMO"},
        headers=manager,
    )
    building = await client.post(
        "/buildings",
        json={
            "site_id": site.json()["id"],
            "code": "M",
            "name": "Bâtiment M",
            "floors": 4,
            "tenure": "leased",
        },
        headers=manager,
    )
    assert building.status_code == 201, building.text
    lease = {
        "building_id": building.json()["id"],
        "owner": "SCI Montrouge",
        "annual_rent": "1250000.00",
        "start_date": "2018-01-01",
        "end_date": "2026-12-31",
    }
    for raw in NONSENSE_DATES:
        await refused(client, "POST", "/leases", lease, "end_date", raw, manager, DATE_ERRORS)
    for raw in ("0", '"0001-01-01"', '"9999-12-31"'):
        await refused(client, "POST", "/leases", lease, "start_date", raw, manager, DATE_ERRORS)
    for raw in CONTROL_TEXTS:
        await refused(client, "POST", "/leases", lease, "owner", raw, manager, TEXT_ERRORS)
    for raw in NONSENSE_AMOUNTS:
        await refused(client, "POST", "/leases", lease, "annual_rent", raw, manager, AMOUNT_ERRORS)
    # A lease signed before the system existed is a fact (HistoricDate: from 1900).
    created = await client.post(
        "/leases", json={**lease, "start_date": "1998-07-01"}, headers=manager
    )
    assert created.status_code == 201, created.text
    assert created.json()["annual_rent"] == "1250000.00"
