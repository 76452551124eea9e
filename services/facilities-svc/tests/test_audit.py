"""facilities' audit trail: a requisition's path with its actors, a social case recorded
without a word of its content, read by the DSG manager and auditors only; the chain verifies."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from sg_common.testing import assert_audit_chain_intact, audit_trail


async def test_a_requisitions_path_is_audited(
    client: httpx.AsyncClient, app: FastAPI, purchasing: Any, auth: Any
) -> None:
    await purchasing.item("PC-01", "800.00")
    requisition = await purchasing.submitted([("PC-01", 2)])
    manager = auth(roles=["facilities.manager"], units=["DSG-LOG"], sub="leo")
    trail = await audit_trail(
        client, manager, resource="requisition", resource_id=str(requisition["id"])
    )
    assert [(e["action"], e["actor"]) for e in trail] == [("insert", "rita"), ("update", "rita")]
    assert trail[1]["changes"]["status"] == {"before": "draft", "after": "submitted"}
    [item] = await audit_trail(client, manager, resource="catalogue_item")
    assert (item["actor"], item["changes"]["unit_price_ht"]["after"]) == ("bob-buyer", "800.00")
    await assert_audit_chain_intact(app)


async def test_a_social_case_is_audited_without_its_content(
    client: httpx.AsyncClient, app: FastAPI, auth: Any
) -> None:
    social = auth(roles=["facilities.social"], units=["DSG-SOCIAL"], sub="sonia")
    created = await client.post(
        "/social-cases",
        json={
            "unit_code": "DESE-CN",
            "agent_ref": "A-1",
            "category": "health",
            "summary": "Situation confidentielle",
        },
        headers=social,
    )
    assert created.status_code == 201, created.text
    auditor = auth(roles=["sg.auditor"], units=["SG"])
    [entry] = await audit_trail(client, auditor, resource="social_case")
    assert entry["actor"] == "sonia"
    # every column masked (nulls stay null): it says a case was opened, and by whom
    assert {change["after"] for change in entry["changes"].values()} == {"[redacted]", None}
    assert entry["changes"]["summary"]["after"] == "[redacted]"
    assert "confidentielle" not in str(entry)
    assert "A-1" not in str(entry)
    await assert_audit_chain_intact(app)


async def test_only_the_manager_and_auditors_read_the_trail(
    client: httpx.AsyncClient, purchasing: Any, auth: Any
) -> None:
    await purchasing.item("PC-01", "800.00")
    social = auth(roles=["facilities.social"], units=["DSG-SOCIAL"])
    for refused in (purchasing.buyer, purchasing.requester(), social):
        assert (await client.get("/audit", headers=refused)).status_code == 403
    manager = auth(roles=["facilities.manager"], units=["DSG-LOG"])
    assert len(await audit_trail(client, manager, actor="bob-buyer")) == 1
