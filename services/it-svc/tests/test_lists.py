"""Lists (issue #22, 5) on it: licences sorted by expiry (a licence without one sorts after
every date: last ascending, first descending), counted in the caller's scope, walked by ``Link``."""

from __future__ import annotations

import httpx
import pytest

from sg_common.testing.lists import walk_links

pytestmark = pytest.mark.usefixtures("frozen_clock")

Headers = dict[str, str]


async def test_licences_sort_with_nulls_count_and_link(
    client: httpx.AsyncClient, tech_bre: Headers, tech_ara: Headers
) -> None:
    ids = []
    for software, expires in [("SAS", "2026-12-31"), ("Stata", None), ("R Pro", "2026-06-30"),
                              ("Matlab", "2026-12-31"), ("SPSS", None)]:  # fmt: skip
        body = {"unit_code": "DR-BRE", "software": software, "licence_type": "per_user",
                "seats": 2, "expires_on": expires}  # fmt: skip
        response = await client.post("/licences", json=body, headers=tech_bre)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    sas, stata, r_pro, matlab, spss = ids

    # Soonest expiry first; the two 2026-12-31 tie by id; no expiry (NULL) last, by id.
    items, pages = await walk_links(
        client, "/licences", params={"sort": "expires_on", "limit": 2, "count": "true"},
        headers=tech_bre,
    )  # fmt: skip
    assert [x["id"] for x in items] == [r_pro, sas, matlab, stata, spss]
    assert [p["total"] for p in pages] == [5, 5, 5]

    # Descending: the NULLs first, then latest expiry; ties by software (SPSS < Stata).
    items, _ = await walk_links(
        client, "/licences", params={"sort": "-expires_on,software", "limit": 1},
        headers=tech_bre,
    )  # fmt: skip
    assert [x["id"] for x in items] == [spss, stata, matlab, sas, r_pro]

    # Another region's technician: none of these, and a total of 0.
    other = await client.get("/licences", params={"count": "true"}, headers=tech_ara)
    assert (other.json()["items"], other.json()["total"]) == ([], 0)
