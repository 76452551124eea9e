"""production's audit trail: an operation's changes, including rows a bulk DELETE removed, read
by the DOMP manager and auditors only; the chain verifies.

RP-2027 created with DR-BRE and DR-NOR; its units set to DR-BRE and DR-OCC removes both rows in
one DELETE (no unit of work: read before it runs) and inserts two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from fastapi import FastAPI

from sg_common.testing import assert_audit_chain_intact, audit_trail


async def test_an_operations_changes_are_audited(
    client: httpx.AsyncClient, app: FastAPI, api: Any, auth: Callable[..., dict[str, str]]
) -> None:
    manager = auth(roles=["production.manager"], units=["DOMP"], sub="domp")
    op = await api.operation(headers=manager)
    changed = await client.patch(
        f"/operations/{op['id']}",
        json={"name": "Recensement 2027 (collecte)", "participating_units": ["DR-BRE", "DR-OCC"]},
        headers={**manager, "If-Match": '"1"'},
    )
    assert changed.status_code == 200, changed.text

    created, renamed = await audit_trail(
        client, manager, resource="operation", resource_id=str(op["id"])
    )
    assert (created["action"], created["actor"]) == ("insert", "domp")
    assert renamed["changes"]["name"] == {
        "before": "Recensement 2027",
        "after": "Recensement 2027 (collecte)",
    }
    units = await audit_trail(client, manager, resource="operation_unit")
    assert {e["actor"] for e in units} == {"domp"}
    # replayed, the trail gives the rows the table holds (SQLite reuses the deleted ids: a row
    # deleted and inserted again under its id in one transaction is one update, or none)
    replayed: dict[str, str] = {}
    for entry in units:
        if entry["action"] == "delete":
            del replayed[entry["resource_id"]]
        else:
            replayed[entry["resource_id"]] = entry["changes"]["unit_code"]["after"]
    assert sorted(replayed.values()) == ["DR-BRE", "DR-OCC"]
    assert "DR-NOR" in [e["changes"]["unit_code"]["before"] for e in units[2:]]
    await assert_audit_chain_intact(app)


async def test_only_the_domp_and_auditors_read_the_trail(
    client: httpx.AsyncClient, api: Any, auth: Callable[..., dict[str, str]]
) -> None:
    await api.operation()
    for roles in (["production.lead"], ["production.contributor"]):
        refused = await client.get("/audit", headers=auth(roles=roles, units=["DSDS"]))
        assert refused.status_code == 403
    auditor = auth(roles=["sg.auditor"], units=["SG"])
    assert len(await audit_trail(client, auditor, resource="operation")) == 1
