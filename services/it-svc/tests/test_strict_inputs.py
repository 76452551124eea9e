"""Strict inputs (issue #18, 4): a licence expiring on day 0, in year 1 or 9999, or named with
control characters is refused; a sound one is taken."""

from __future__ import annotations

import httpx

from sg_common.testing.inputs import (
    CONTROL_TEXTS,
    DATE_ERRORS,
    NONSENSE_DATES,
    TEXT_ERRORS,
    refused,
)

Headers = dict[str, str]

SAS = {
    "unit_code": "DR-BRE",
    "software": "SAS",
    "publisher": "SAS Institute",
    "licence_type": "per_user",
    "seats": 2,
    "expires_on": "2026-12-31",
}


async def test_a_nonsense_licence_is_refused_and_a_sound_one_taken(
    client: httpx.AsyncClient, tech_bre: Headers
) -> None:
    for raw in NONSENSE_DATES:
        await refused(client, "POST", "/licences", SAS, "expires_on", raw, tech_bre, DATE_ERRORS)
    for raw in CONTROL_TEXTS:
        for field in ("software", "publisher"):
            await refused(client, "POST", "/licences", SAS, field, raw, tech_bre, TEXT_ERRORS)
    created = await client.post("/licences", json=SAS, headers=tech_bre)
    assert created.status_code == 201, created.text
    assert created.json()["expires_on"] == "2026-12-31"
