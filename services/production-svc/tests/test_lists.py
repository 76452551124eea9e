"""Lists (issue #22, 5) on production: workstation profiles sorted by name, counted, walked by
their ``Link`` header; a field outside the list's whitelist is a 422 naming the allowed ones."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing.lists import walk_links

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def test_profiles_sort_count_and_link(client: httpx.AsyncClient, api: Any, auth: Any) -> None:
    ids = []
    profiles = [("ENQ-MOBILE", "Poste enquêteur mobile"), ("BUR-FIXE", "Poste bureautique"),
                ("DEV", "Poste développeur"), ("ENQ-TEL", "Poste enquêteur téléphone")]  # fmt: skip
    for code, name in profiles:
        body = {"code": code, "name": name, "hardware": "PC", "software": ["VPN"]}
        created = await client.post("/workstation-profiles", json=body, headers=api.manager)
        assert created.status_code == 201, created.text
        ids.append(created.json()["id"])
    mobile, fixe, dev, tel = ids
    lead = auth(roles=["production.lead"], units=["DR-BRE"])

    # By code: BUR-FIXE, DEV, ENQ-MOBILE, ENQ-TEL.
    items, pages = await walk_links(
        client, "/workstation-profiles", params={"sort": "code", "limit": 3, "count": "true"},
        headers=lead,
    )  # fmt: skip
    assert [x["id"] for x in items] == [fixe, dev, mobile, tel]
    assert [p["total"] for p in pages] == [4, 4]

    # By code descending, one a page: four pages, each but the last with its Link.
    items, pages = await walk_links(
        client, "/workstation-profiles", params={"sort": "-code", "limit": 1}, headers=lead
    )
    assert [x["id"] for x in items] == [tel, mobile, dev, fixe]
    assert len(pages) == 4

    refused = await client.get("/workstation-profiles", params={"sort": "hardware"}, headers=lead)
    assert refused.status_code == 422
    assert refused.json()["allowed"] == ["code", "name"]
