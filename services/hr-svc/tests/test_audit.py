"""hr's audit trail: an agent's changes with who made them, personal data masked, read by the
DRH and auditors only, and a chain that verifies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from fastapi import FastAPI

from sg_common.testing import assert_audit_chain_intact, audit_trail


async def test_an_agents_changes_are_audited_with_personal_data_masked(
    client: httpx.AsyncClient, app: FastAPI, manager: dict[str, str], hr: Any
) -> None:
    agent = await hr.hire(manager)
    agent_id = str(agent["id"])
    changed = await client.patch(
        f"/agents/{agent_id}",
        json={"phone": "0607080910", "echelon": 5},
        headers={**manager, "If-Match": '"1"'},
    )
    assert changed.status_code == 200, changed.text

    hired, update = await audit_trail(client, manager, resource="agent", resource_id=agent_id)
    assert (hired["action"], hired["actor"]) == ("insert", "drh")
    assert hired["changes"]["last_name"]["after"] == "Martin"
    # personal data: the trail says it was set or changed, never what it is
    for field in ("birth_date", "email", "phone"):
        assert hired["changes"][field] == {"before": None, "after": "[redacted]"}, field
    assert hired["changes"]["address"] == {"before": None, "after": None}  # none given
    assert (update["action"], update["actor"]) == ("update", "drh")
    assert update["changes"]["phone"] == {"before": "[redacted]", "after": "[redacted]"}
    assert update["changes"]["echelon"] == {"before": 4, "after": 5}
    assert "0607080910" not in changed.request.url.path + str(update)
    await assert_audit_chain_intact(app)


async def test_only_the_drh_and_auditors_read_the_trail(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    trainer: dict[str, str],
    hr: Any,
    auth: Callable[..., dict[str, str]],
) -> None:
    await hr.hire(manager)
    officer = auth(roles=["hr.officer"], units=["DR-BRE"], sub="bre-hr")
    for refused in (officer, trainer):
        assert (await client.get("/audit", headers=refused)).status_code == 403
    auditor = auth(roles=["sg.auditor"], units=["SG"])
    assert [e["actor"] for e in await audit_trail(client, auditor, resource="agent")] == ["drh"]
