"""Issue #18, defect 1: a second role never widens the scope of a write another role authorises.

A regional budget officer (DR-BRE) who also holds a read-everywhere role (`budget.controller`,
or a service account role such as `facilities.service`) may commit and revise forecasts for
DR-BRE and its sub-units only: the scope of an operation comes from the roles that authorise
that operation (`budget.officer`: own units), never from the caller's other roles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

COMMITMENT: dict[str, Any] = {
    "fiscal_year": 2026,
    "action": "08",
    "title": "T3",
    "ae": "1000.00",
    "description": "Marché de mise sous pli",
}
FORECAST: dict[str, Any] = {
    "fiscal_year": 2026,
    "action": "08",
    "title": "T3",
    "ae": "120000.00",
    "cp": "110000.00",
}


@pytest.mark.parametrize("second_role", ["budget.controller", "facilities.service"])
async def test_a_read_everywhere_role_does_not_widen_an_officers_writes(
    client: httpx.AsyncClient,
    auth: Callable[..., dict[str, str]],
    budget: Any,
    officer_nor: dict[str, str],
    slug: Callable[[httpx.Response], str],
    second_role: str,
) -> None:
    await budget.allocate("DR-NOR", "10000.00", "8000.00")
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    officer = auth(roles=["budget.officer", second_role], units=["DR-BRE"], sub="bre-officer")

    # Own unit: allowed.
    own = await client.post(
        "/commitments", json={**COMMITMENT, "unit_code": "DR-BRE"}, headers=officer
    )
    assert own.status_code == 201, own.text
    # Another directorate named in the body: 403 out-of-scope (it was 201).
    other = await client.post(
        "/commitments", json={**COMMITMENT, "unit_code": "DR-NOR"}, headers=officer
    )
    assert other.status_code == 403, other.text
    assert slug(other) == "out-of-scope"

    # Another directorate's forecast: the officer may not revise it (it was 200).
    created = await client.post(
        "/forecasts", json={**FORECAST, "unit_code": "DR-NOR"}, headers=officer_nor
    )
    assert created.status_code == 201, created.text
    revised = await client.patch(
        f"/forecasts/{created.json()['id']}",
        json={"ae": "1.00", "reason": "élargissement abusif"},
        headers={**officer, "If-Match": created.headers["ETag"]},
    )
    assert revised.status_code == 404, revised.text
    # Nor create one there.
    forecast = await client.post(
        "/forecasts", json={**FORECAST, "unit_code": "DR-NOR", "title": "T5"}, headers=officer
    )
    assert forecast.status_code == 403, forecast.text
    assert slug(forecast) == "out-of-scope"


async def test_the_read_everywhere_role_still_reads_everywhere(
    client: httpx.AsyncClient,
    auth: Callable[..., dict[str, str]],
    officer_nor: dict[str, str],
) -> None:
    """The controller's own reach is kept on the reads it authorises (every unit)."""
    created = await client.post(
        "/forecasts", json={**FORECAST, "unit_code": "DR-NOR"}, headers=officer_nor
    )
    both = auth(roles=["budget.officer", "budget.controller"], units=["DR-BRE"], sub="bre")
    read = await client.get(f"/forecasts/{created.json()['id']}", headers=both)
    assert read.status_code == 200, read.text
