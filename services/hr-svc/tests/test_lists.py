"""Lists (issue #22, 5) on hr: agents sorted by name, counted within the caller's scope, walked by
their ``Link`` header; a field the minimal view hides (birth date) is not a sort field."""

from __future__ import annotations

from typing import Any

import httpx

from sg_common.testing.lists import walk_links


async def test_agents_sort_count_and_link(
    client: httpx.AsyncClient, hr: Any, manager: dict[str, str], auth: Any
) -> None:
    people = [
        ("A000001", "Martin", "Claire", "DR-BRE-SES"),
        ("A000002", "Durand", "Paul", "DR-BRE-SES"),
        ("A000003", "Martin", "Anne", "DR-BRE-SES"),
        ("A000004", "Bernard", "Luc", "DR-NOR-SES"),
    ]
    for matricule, last, first, unit in people:
        await hr.hire(
            manager, matricule=matricule, last_name=last, first_name=first, unit_code=unit,
            email=f"{matricule.lower()}@insee.fr",
        )  # fmt: skip

    # Last name, then first name: Bernard Luc, Durand Paul, Martin Anne, Martin Claire.
    items, pages = await walk_links(
        client, "/agents", params={"sort": "last_name,first_name", "limit": 3, "count": "true"},
        headers=manager,
    )  # fmt: skip
    names = [(a["last_name"], a["first_name"]) for a in items]
    assert names == [("Bernard", "Luc"), ("Durand", "Paul"), ("Martin", "Anne"),
                     ("Martin", "Claire")]  # fmt: skip
    assert [p["total"] for p in pages] == [4, 4]

    # Descending by last name; the Martins tie and keep the id order (Claire hired first).
    items, _ = await walk_links(
        client, "/agents", params={"sort": "-last_name", "limit": 2}, headers=manager
    )
    assert [a["first_name"] for a in items] == ["Claire", "Anne", "Paul", "Luc"]

    # Brittany's officer: three agents, counted in scope.
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    items, pages = await walk_links(
        client, "/agents", params={"sort": "first_name", "count": "true", "limit": 2},
        headers=officer,
    )  # fmt: skip
    assert [a["first_name"] for a in items] == ["Anne", "Claire", "Paul"]
    assert pages[0]["total"] == 3

    # The birth date is personal data, never an order anyone can probe.
    refused = await client.get("/agents", params={"sort": "birth_date"}, headers=manager)
    assert refused.status_code == 422
    assert refused.json()["allowed"] == ["first_name", "last_name", "unit_code"]
