"""The facilities register's answer is shown back on the proposal (register_entry.answered)."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sg_common.events.broker import EmbeddedBroker
from sg_common.events.testing import wait_for
from sg_common.testing import ServiceEvents, broker_settings, produce
from sg_contracts.facilities import RegisterEntryAnsweredV1


def answer(
    proposal_id: str | None, status: str, response: str | None = None
) -> RegisterEntryAnsweredV1:
    return RegisterEntryAnsweredV1(
        entry_id="REG-12",
        proposal_id=proposal_id,
        site="Rennes",
        unit_code="DR-BRE-SES",
        status=status,
        response=response,
        answered_on=date(2026, 3, 20),
    )


async def propose(client: httpx.AsyncClient, auth: Any) -> dict[str, Any]:
    response = await client.post(
        "/improvements",
        json={
            "unit_code": "DR-BRE-SES",
            "title": "Sièges ergonomiques",
            "description": "Douleurs dorsales des enquêteurs téléphoniques",
            "category": "ergonomics",
        },
        headers=auth(roles=["production.contributor"], units=["DR-BRE-SES"], sub="enq"),
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def read(client: httpx.AsyncClient, auth: Any, proposal_id: int) -> dict[str, Any]:
    response = await client.get(
        f"/improvements/{proposal_id}", headers=auth(roles=["production.manager"], units=["DOMP"])
    )
    result: dict[str, Any] = response.json()
    return result


async def test_the_register_answer_follows_the_proposal(
    client: httpx.AsyncClient, auth: Any, service_events: ServiceEvents
) -> None:
    proposal = await propose(client, auth)
    key = f"IMP-{proposal['id']}"
    await service_events.deliver(answer(key, "open"), subject=key)
    got = await read(client, auth, proposal["id"])
    assert (got["status"], got["facilities_reference"]) == ("registered", "REG-12")
    await service_events.deliver(answer(key, "closed", "Sièges livrés"), subject=key)
    got = await read(client, auth, proposal["id"])
    assert (got["status"], got["follow_up_note"]) == ("done", "Sièges livrés")
    assert got["follow_up_on"] == "2026-03-20"
    # a reopened entry cannot take a done proposal backwards: the note is recorded, not the status
    await service_events.deliver(answer(key, "open", "Un siège à reprendre"), subject=key)
    got = await read(client, auth, proposal["id"])
    assert (got["status"], got["follow_up_note"]) == ("done", "Un siège à reprendre")


async def test_entries_not_from_a_proposal_are_ignored(
    client: httpx.AsyncClient, auth: Any, service_events: ServiceEvents
) -> None:
    proposal = await propose(client, auth)
    assert await service_events.deliver(answer(None, "closed"), subject="REG-12") == "applied"
    assert await service_events.deliver(answer("IMP-999999", "closed"), subject="x") == "applied"
    assert (await read(client, auth, proposal["id"]))["status"] == "submitted"


@pytest.fixture
def settings_overrides(request: pytest.FixtureRequest) -> dict[str, Any]:
    if "fresh_broker" in request.fixturenames:
        return broker_settings(request.getfixturevalue("fresh_broker"))
    return {}


@pytest.mark.broker
@pytest.mark.sqlite_only
async def test_register_answer_over_the_broker(
    app: FastAPI, client: httpx.AsyncClient, auth: Any, fresh_broker: EmbeddedBroker
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="production events ready")
    proposal = await propose(client, auth)
    key = f"IMP-{proposal['id']}"
    await produce(fresh_broker, answer(key, "in_progress", "Commandés"), subject=key)

    async def shown() -> bool:
        return (await read(client, auth, proposal["id"]))["status"] == "in_progress"

    await wait_for(shown, timeout=30, what="follow-up from the broker")
