"""Strict inputs (issue #18, 4): dates never from a number and within 2000..2100, text without
control characters, amounts with more than 2 decimals refused (never rounded)."""

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

ENTRY: dict[str, Any] = {
    "entry_date": "2026-03-16",
    "label": "Régularisation",
    "lines": [{"account": "606", "debit": "120.00"}, {"account": "401", "credit": "120.00"}],
}


async def test_nonsense_dates_text_and_amounts_are_refused(
    client: httpx.AsyncClient, accountant: dict[str, str], manager: dict[str, str]
) -> None:
    async def refuse(url: str, body: dict[str, Any], path: str, raw: str, errors: Any) -> None:
        who = manager if "service-done" in url else accountant
        await refused(client, "POST", url, body, path, raw, who, errors)

    for raw in NONSENSE_DATES:
        await refuse("/accounting/entries", ENTRY, "entry_date", raw, DATE_ERRORS)
        await refuse(
            "/commitments/1/service-done", {"amount": "1"}, "certified_on", raw, DATE_ERRORS
        )
    for raw in CONTROL_TEXTS:
        await refuse("/accounting/entries", ENTRY, "label", raw, TEXT_ERRORS)
        await refuse("/accounting/entries", ENTRY, "lines.0.account", raw, TEXT_ERRORS)
    for raw in NONSENSE_AMOUNTS:
        await refuse("/accounting/entries", ENTRY, "lines.0.debit", raw, AMOUNT_ERRORS)
        await refuse("/accounting/entries", ENTRY, "lines.1.credit", raw, AMOUNT_ERRORS)


async def test_nonsense_query_parameters_are_refused(
    client: httpx.AsyncClient, accountant: dict[str, str]
) -> None:
    for as_of in ("0", "0001-01-01", "9999-12-31"):
        response = await client.get("/org/units", params={"as_of": as_of}, headers=accountant)
        assert response.status_code == 422, (as_of, response.text)
    for unit in ("DR-BRE\x00", "DR\x1bBRE"):
        response = await client.get(
            "/accounting/entries", params={"unit_code": unit}, headers=accountant
        )
        assert response.status_code == 422, (unit, response.text)


async def test_a_valid_entry_is_still_taken(
    client: httpx.AsyncClient, accountant: dict[str, str]
) -> None:
    body = {**ENTRY, "label": "Régularisation de mars — 1/2"}
    created = await client.post("/accounting/entries", json=body, headers=accountant)
    assert created.status_code == 201, created.text
    assert created.json()["entry_date"] == "2026-03-16"
    numbers = await client.post(
        "/accounting/entries",
        content=b'{"entry_date": "2026-03-16", "label": "Nombres", "lines": ['
        b'{"account": "606", "debit": 12.34}, {"account": "401", "credit": 12.340}]}',
        headers={**accountant, "Content-Type": "application/json"},
    )
    assert numbers.status_code == 201, numbers.text
