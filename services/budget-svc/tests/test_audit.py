"""budget's audit trail: a commitment's history (who, by delegation of whom, before/after),
read by the DPG and auditors only, and a chain that verifies.

Figures: 10 000.00 of AE on DR-BRE; a commitment of 6 000.00 reduced to 4 000.00 gives one
insert (ae 6000.00) then one update of the same row (ae 6000.00 → 4000.00, version 1 → 2).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
from fastapi import FastAPI

from sg_common.clock import Clock
from sg_common.testing import ServiceEvents, assert_audit_chain_intact, audit_trail

from .test_delegations import commit, deliver_grant, grant


async def test_a_commitments_history_is_in_the_audit_trail(
    client: httpx.AsyncClient,
    app: FastAPI,
    budget: Any,
    officer_bre: dict[str, str],
    manager: dict[str, str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    created = await client.post(
        "/commitments",
        json={
            "unit_code": "DR-BRE",
            "fiscal_year": 2026,
            "action": "08",
            "title": "T3",
            "ae": "6000.00",
            "description": "Marché de mise sous pli",
        },
        headers=officer_bre,
    )
    assert created.status_code == 201, created.text
    commitment_id = str(created.json()["id"])
    reduced = await client.post(
        f"/commitments/{commitment_id}/reduction",
        json={"ae": "4000.00", "reason": "Tranche optionnelle non affermie"},
        headers={**officer_bre, "If-Match": created.headers["ETag"]},
    )
    assert reduced.status_code == 200, reduced.text

    history = await audit_trail(
        client, manager, resource="budget_commitment", resource_id=commitment_id
    )
    assert [(e["action"], e["actor"]) for e in history] == [
        ("insert", "bre-officer"),
        ("update", "bre-officer"),
    ]
    recorded, reduction = history
    assert recorded["changes"]["ae"] == {"before": None, "after": "6000.00"}
    assert recorded["changes"]["unit_code"]["after"] == "DR-BRE"
    assert recorded["request_id"] == created.headers["x-request-id"]
    assert reduction["changes"]["ae"] == {"before": "6000.00", "after": "4000.00"}
    assert reduction["changes"]["version"] == {"before": 1, "after": 2}
    assert reduction["request_id"] == reduced.headers["x-request-id"]
    # the same request wrote the commitment's operation: it is in the trail too
    operations = await audit_trail(
        client, manager, resource="budget_commitment_operation", actor="bre-officer"
    )
    assert [o["changes"]["kind"]["after"] for o in operations] == ["commit", "reduce"]
    await assert_audit_chain_intact(app)


async def test_an_act_signed_by_delegation_records_whose(
    client: httpx.AsyncClient,
    app: FastAPI,
    budget: Any,
    manager: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
    auth: Callable[..., dict[str, str]],
) -> None:
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    frozen_clock.freeze(datetime(2026, 4, 15, 9, tzinfo=UTC))
    await deliver_grant(service_events, grant())
    deputy = auth(roles=[], units=["DR-ARA-SES"], sub="ara-deputy")
    signed = await commit(client, deputy, "4000.00")
    assert signed.status_code == 201, signed.text

    [entry] = await audit_trail(
        client, manager, resource="budget_commitment", resource_id=str(signed.json()["id"])
    )
    assert (entry["actor"], entry["by_delegation_of"]) == ("ara-deputy", "ara-director")
    # the delegation itself came from hr's event: written by the event's consumer
    [received] = await audit_trail(client, manager, resource="budget_signature_delegation")
    assert received["actor"] == "event:delegation.granted"
    assert received["by_delegation_of"] is None
    await assert_audit_chain_intact(app)


async def test_only_the_dpg_and_auditors_read_the_trail(
    client: httpx.AsyncClient,
    budget: Any,
    officer_bre: dict[str, str],
    controller: dict[str, str],
    manager: dict[str, str],
    auth: Callable[..., dict[str, str]],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    for refused in (officer_bre, controller, auth(roles=["budget.accountant"], units=["DPG"])):
        response = await client.get("/audit", headers=refused)
        assert response.status_code == 403
        assert response.json()["type"].endswith("missing-role")
    assert await audit_trail(client, manager, resource="budget_allocation")
    auditor = auth(roles=["sg.auditor"], units=["SG"])
    [allocation] = await audit_trail(client, auditor, resource="budget_allocation")
    assert allocation["actor"] == "dpg-manager"
    assert await audit_trail(client, auditor, actor="nobody") == []


async def test_sg_audit_verify_reads_the_services_database_from_its_settings(
    app: FastAPI,
    budget: Any,
    settings: Any,
    monkeypatch: Any,
    capsys: Any,
) -> None:
    import asyncio

    from sqlalchemy import text

    from sg_common.audit import cli

    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    monkeypatch.setenv("SG_DATABASE_URL", settings.effective_database_url)
    assert await asyncio.to_thread(cli.main, ["verify", "budget"]) == 0
    assert "budget: audit chain intact" in capsys.readouterr().out
    # someone lowers an allocation's trace in the database: verify names the row
    async with app.state.database.engine.begin() as conn:
        row = (
            await conn.execute(
                text("SELECT id FROM audit_log WHERE resource = 'budget_allocation'")
            )
        ).scalar_one()
        await conn.execute(
            text(
                "UPDATE audit_log SET changes = replace(changes, '10000.00', '1000.00')"
                " WHERE id = :id"
            ),
            {"id": row},
        )
    assert await asyncio.to_thread(cli.main, ["verify", "budget"]) == 1
    assert f"broken at row {row}: its content does not match its hash" in capsys.readouterr().err
