"""The audit trail: every write recorded with who, when and what, in a chain no one can rewrite."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlmodel import select

from sg_common.audit import cli
from sg_common.audit.capture import coalesce
from sg_common.audit.chain import (
    GENESIS,
    AuditEntry,
    Change,
    public_row,
    row_hash,
    verify,
    verify_rows,
)
from sg_common.audit.context import acting
from sg_common.events.consumer import apply_event
from sg_common.events.envelope import EventEnvelope

from .sample_service import Note
from .test_http import WRITER, assert_problem

MANAGER = {"roles": ["sample.manager"], "units": ["DPG"]}


async def create(client: httpx.AsyncClient, auth: Any, title: str, sub: str = "alice") -> Any:
    response = await client.post(
        "/notes", json={"unit_code": "DPG", "title": title}, headers=auth(**WRITER, sub=sub)
    )
    assert response.status_code == 201, response.text
    return response


async def retitle(client: httpx.AsyncClient, auth: Any, note_id: int, title: str) -> Any:
    response = await client.patch(
        f"/notes/{note_id}",
        json={"title": title},
        headers={**auth(**WRITER, sub="bob"), "If-Match": '"1"'},
    )
    assert response.status_code == 200, response.text
    return response


async def trail(client: httpx.AsyncClient, auth: Any, **params: Any) -> list[dict[str, Any]]:
    response = await client.get("/audit", params=params, headers=auth(**MANAGER))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def check(app: FastAPI) -> Any:
    async with app.state.database.transaction(write=False) as session:
        return await verify(session)


async def tamper(app: FastAPI, sql: str) -> None:
    """What someone with write access to the database could do behind the service's back."""
    async with app.state.database.engine.begin() as conn:
        await conn.execute(text(sql))


async def test_a_write_records_who_when_what_before_and_after(
    client: httpx.AsyncClient, auth: Any
) -> None:
    created = await create(client, auth, "commande 1")
    note_id = created.json()["id"]
    patched = await retitle(client, auth, note_id, "commande 1 bis")

    insert, update = await trail(client, auth, resource="note")
    assert insert["action"] == "insert"
    assert insert["actor"] == "alice"
    assert insert["resource_id"] == str(note_id)
    assert insert["request_id"] == created.headers["x-request-id"]
    assert insert["changes"]["title"] == {"before": None, "after": "commande 1"}
    assert insert["changes"]["unit_code"] == {"before": None, "after": "DPG"}
    assert insert["prev_hash"] == GENESIS
    # only what changed, with its value before and after
    assert update["action"] == "update"
    assert update["actor"] == "bob"
    assert update["resource_id"] == str(note_id)
    assert update["request_id"] == patched.headers["x-request-id"]
    assert update["changes"] == {
        "title": {"before": "commande 1", "after": "commande 1 bis"},
        "version": {"before": 1, "after": 2},
    }
    assert update["prev_hash"] == insert["hash"]
    assert update["by_delegation_of"] is None


async def test_a_write_that_rolls_back_leaves_no_audit_row(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    app.state.fail_next = True
    response = await client.post(
        "/notes/-/flaky", json={"unit_code": "DPG", "title": "lost"}, headers=auth(**WRITER)
    )
    assert response.status_code == 500
    assert await trail(client, auth) == []
    # and reads write nothing
    await client.get("/notes", headers=auth(**WRITER))
    assert await trail(client, auth) == []


async def test_a_bulk_update_is_recorded_row_by_row(client: httpx.AsyncClient, auth: Any) -> None:
    first = (await create(client, auth, "a")).json()["id"]
    second = (await create(client, auth, "b")).json()["id"]
    response = await client.post("/notes/-/stamp", headers=auth(**WRITER, sub="carol"))
    assert response.status_code == 200, response.text
    stamped = await trail(client, auth, actor="carol")
    assert [(e["action"], e["resource_id"], e["changes"]) for e in stamped] == [
        ("update", str(first), {"version": {"before": 1, "after": 2}}),
        ("update", str(second), {"version": {"before": 1, "after": 2}}),
    ]


async def test_only_managers_and_auditors_read_the_trail(
    client: httpx.AsyncClient, auth: Any
) -> None:
    await create(client, auth, "x")
    assert_problem(await client.get("/audit", headers=auth(**WRITER)), 403, "missing-role")
    assert (await client.get("/audit")).status_code == 401
    auditor = await client.get("/audit", headers=auth(roles=["sg.auditor"]))
    assert auditor.status_code == 200
    assert len(auditor.json()["items"]) == 1


async def test_filters_and_pages(client: httpx.AsyncClient, auth: Any, frozen_clock: Any) -> None:
    from datetime import timedelta

    await create(client, auth, "one", sub="alice")
    frozen_clock.advance(timedelta(hours=1))
    await create(client, auth, "two", sub="bob")
    frozen_clock.advance(timedelta(hours=1))
    await create(client, auth, "three", sub="alice")

    assert [e["changes"]["title"]["after"] for e in await trail(client, auth, actor="alice")] == [
        "one",
        "three",
    ]
    # 09:00, 10:00, 11:00 UTC: [09:30, 11:00) holds the second only
    window = await trail(
        client, auth, **{"from": "2026-03-16T09:30:00Z", "to": "2026-03-16T11:00:00Z"}
    )
    assert [e["actor"] for e in window] == ["bob"]
    assert await trail(client, auth, resource="agent") == []
    assert len(await trail(client, auth, resource="note", resource_id="2")) == 1
    page = await client.get("/audit", params={"limit": 2}, headers=auth(**MANAGER))
    assert len(page.json()["items"]) == 2
    rest = await client.get(
        "/audit", params={"limit": 2, "cursor": page.json()["next_cursor"]}, headers=auth(**MANAGER)
    )
    assert [e["id"] for e in rest.json()["items"]] == [3]
    assert rest.json()["next_cursor"] is None
    assert_problem(
        await client.get("/audit", params={"from": "yesterday"}, headers=auth(**MANAGER)), 422
    )
    # a list like the others: sort (a whitelist), count, Link
    newest = await client.get(
        "/audit", params={"sort": "-id", "count": "true", "limit": 2}, headers=auth(**MANAGER)
    )
    assert [e["id"] for e in newest.json()["items"]] == [3, 2]
    assert newest.json()["total"] == 3
    assert 'rel="next"' in newest.headers["link"]
    assert_problem(
        await client.get("/audit", params={"sort": "hash"}, headers=auth(**MANAGER)),
        422,
        "invalid-sort",
    )


async def test_verify_holds_then_names_an_edited_row(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    for title in ("a", "b", "c"):
        await create(client, auth, title)
    verdict = await check(app)
    assert verdict.ok
    assert verdict.rows == 3

    await tamper(app, "UPDATE audit_log SET actor = 'mallory' WHERE id = 2")
    verdict = await check(app)
    assert (verdict.broken_id, verdict.rows) == (2, 1)
    assert "does not match its hash" in (verdict.reason or "")


async def test_verify_names_a_row_rehashed_after_an_edit(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    """Recomputing the edited row's own hash is not enough: the next row points at the old."""
    for title in ("a", "b", "c"):
        await create(client, auth, title)
    async with app.state.database.transaction(write=False) as session:
        row = (await session.exec(select(AuditEntry).where(AuditEntry.id == 2))).one()
    row.actor = "mallory"
    forged = row_hash(row)
    async with app.state.database.engine.begin() as conn:
        await conn.execute(
            text("UPDATE audit_log SET actor = 'mallory', hash = :forged WHERE id = 2"),
            {"forged": forged},
        )
    verdict = await check(app)
    assert verdict.broken_id == 3
    assert "prev_hash does not match the hash of row 2" in (verdict.reason or "")


async def test_verify_names_the_gap_a_deleted_row_leaves(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    for title in ("a", "b", "c"):
        await create(client, auth, title)
    await tamper(app, "DELETE FROM audit_log WHERE id = 2")
    verdict = await check(app)
    assert verdict.broken_id == 3
    assert verdict.reason == "row 2 missing before it"


async def test_concurrent_writers_keep_one_chain(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    await asyncio.gather(*(create(client, auth, f"n{i}") for i in range(8)))
    verdict = await check(app)
    assert verdict.ok
    assert verdict.rows == 8


async def test_an_event_consumer_writes_as_the_event(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    async def handler(session: Any, envelope: EventEnvelope) -> None:  # noqa: ARG001 (the event handler signature)
        session.add(Note(unit_code="DPG", title="from an event"))

    # a partial envelope, unvalidated (the plugin types model_construct with every field)
    envelope = EventEnvelope.model_construct(  # type: ignore[call-arg]
        id="evt-1", source="hr", type="agent.hired", subject="1", traceparent=None
    )
    outcome = await apply_event(
        app.state.database, "sample", handler, envelope, topic="t", partition=0, offset=0
    )
    assert outcome == "applied"
    (entry,) = await trail(client, auth)
    assert (entry["actor"], entry["request_id"]) == ("event:agent.hired", "evt-1")


async def test_writes_outside_a_request_are_the_systems(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    async with app.state.database.transaction() as session:
        session.add(Note(unit_code="DPG", title="loaded"))
    with acting("script:fix-titles"):
        async with app.state.database.transaction() as session:
            note = (await session.exec(select(Note))).one()
            note.title = "fixed"
            session.add(note)
    entries = await trail(client, auth)
    assert [e["actor"] for e in entries] == ["system", "script:fix-titles"]


async def test_the_cli_exits_1_and_names_the_row(
    client: httpx.AsyncClient,
    auth: Any,
    app: FastAPI,
    settings: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await create(client, auth, "a")
    await create(client, auth, "b")
    url = settings.effective_database_url
    verify_cli = ["verify", "sample", "--database-url", url]
    assert await asyncio.to_thread(cli.main, verify_cli) == 0
    assert "audit chain intact, 2 rows" in capsys.readouterr().out
    await tamper(app, "UPDATE audit_log SET changes = '{}' WHERE id = 1")
    assert await asyncio.to_thread(cli.main, verify_cli) == 1
    assert "broken at row 1" in capsys.readouterr().err


def _change(action: str, rid: str = "1", **fields: tuple[Any, Any]) -> Change:
    changes = {name: {"before": b, "after": a} for name, (b, a) in fields.items()}
    return Change(resource="note", resource_id=rid, action=action, changes=changes)


def test_a_row_written_in_several_flushes_is_one_change() -> None:
    inserted = _change("insert", title=(None, "a"), version=(None, 1))
    retitled = _change("update", title=("a", "b"))
    [merged] = coalesce([inserted, retitled])
    assert (merged.action, merged.changes["title"]) == ("insert", {"before": None, "after": "b"})
    # updated twice: the value before the first, after the last; back where it was: no change
    [twice] = coalesce([_change("update", title=("a", "b")), _change("update", title=("b", "c"))])
    assert twice.changes == {"title": {"before": "a", "after": "c"}}
    assert (
        coalesce([_change("update", title=("a", "b")), _change("update", title=("b", "a"))]) == []
    )
    # a row that did not outlive the transaction leaves nothing; other rows keep their order
    deleted = _change("delete", title=("b", None))
    other = _change("insert", rid="2", title=(None, "z"))
    assert coalesce([inserted, other, retitled, deleted]) == [other]


async def test_a_copy_read_through_the_api_verifies_too(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """An auditor can check the chain without database access, from ``GET /audit``."""
    note_id = (await create(client, auth, "commande 1")).json()["id"]
    await retitle(client, auth, note_id, "commande 1 bis")
    entries = await trail(client, auth)
    verdict = verify_rows(public_row(e) for e in entries)
    assert (verdict.ok, verdict.rows, verdict.head) == (True, 2, entries[-1]["hash"])
    entries[0]["changes"]["title"]["after"] = "commande 2"
    assert verify_rows(public_row(e) for e in entries).broken_id == 1
