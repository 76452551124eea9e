"""it's audit trail: an item's changes with who made them, a refused change leaving nothing, read
by the DI manager and auditors only; the chain verifies."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from fastapi import FastAPI

from sg_common.testing import assert_audit_chain_intact, audit_trail

from .test_inventory import Headers, create, if_match


async def test_an_items_changes_are_audited(
    client: httpx.AsyncClient, app: FastAPI, tech_bre: Headers, manager: Headers
) -> None:
    item = await create(client, tech_bre)
    url = f"/items/{item.json()['id']}"
    stale = await client.patch(url, json={"site": "Brest"}, headers={**tech_bre, "If-Match": '"9"'})
    assert stale.status_code == 412  # refused: rolled back, nothing recorded
    moved = await client.patch(url, json={"site": "Brest"}, headers=if_match(tech_bre, item))
    assert moved.status_code == 200, moved.text

    trail = await audit_trail(
        client, manager, resource="it_item", resource_id=str(item.json()["id"])
    )
    assert [(e["action"], e["actor"]) for e in trail] == [
        ("insert", "tech-bre"),
        ("update", "tech-bre"),
    ]
    assert trail[0]["changes"]["serial"] == {"before": None, "after": "SN-1"}
    assert trail[1]["changes"]["site"] == {"before": "Rennes", "after": "Brest"}
    assert trail[1]["request_id"] == moved.headers["x-request-id"]
    await assert_audit_chain_intact(app)


async def test_only_the_di_manager_and_auditors_read_the_trail(
    client: httpx.AsyncClient,
    tech_bre: Headers,
    planner: Headers,
    outsider: Headers,
    auth: Callable[..., Headers],
) -> None:
    await create(client, tech_bre)
    for refused in (tech_bre, planner, outsider):
        assert (await client.get("/audit", headers=refused)).status_code == 403
    auditor = auth(roles=["sg.auditor"], units=["SG"])
    assert [e["actor"] for e in await audit_trail(client, auditor, resource="it_item")] == [
        "tech-bre"
    ]
