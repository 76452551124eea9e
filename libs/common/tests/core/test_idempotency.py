"""Idempotency-Key: a replayed POST changes nothing and gets the first answer, byte for byte."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI
from sqlmodel import select

from sg_common.idempotency import IdempotencyKey, request_fingerprint

from .sample_service import Note
from .test_http import WRITER, assert_problem


def note_body(title: str, unit: str = "DPG") -> bytes:
    return json.dumps({"unit_code": unit, "title": title}).encode()


async def post(
    client: httpx.AsyncClient, auth: Any, body: bytes, key: str | None, sub: str = "alice"
) -> httpx.Response:
    headers = {**auth(**WRITER, sub=sub), "content-type": "application/json"}
    if key is not None:
        headers["Idempotency-Key"] = key
    return await client.post("/notes", content=body, headers=headers)


async def notes(app: FastAPI) -> list[Note]:
    async with app.state.database.transaction(write=False) as session:
        return list((await session.exec(select(Note))).all())


async def test_a_replay_gets_the_first_answer_and_changes_nothing(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    first = await post(client, auth, note_body("commande 1"), "k-1")
    assert first.status_code == 201, first.text
    again = await post(client, auth, note_body("commande 1"), "k-1")
    assert again.status_code == 201
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert [n.title for n in await notes(app)] == ["commande 1"]
    # Without the header the same POST is a new request (here refused: the title is taken).
    assert_problem(await post(client, auth, note_body("commande 1"), None), 409)


async def test_the_same_key_with_another_request_is_422(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    assert (await post(client, auth, note_body("a"), "k-2")).status_code == 201
    reused = await post(client, auth, note_body("b"), "k-2")
    assert_problem(reused, 422, "idempotency-key-reused")
    assert [n.title for n in await notes(app)] == ["a"]


async def test_a_refusal_is_replayed_too(client: httpx.AsyncClient, auth: Any) -> None:
    assert (await post(client, auth, note_body("taken"), None)).status_code == 201
    refused = await post(client, auth, note_body("taken"), "k-3")
    assert_problem(refused, 409, "duplicate-title")
    replayed = await post(client, auth, note_body("taken"), "k-3")
    assert replayed.status_code == 409
    assert replayed.content == refused.content


async def test_keys_belong_to_their_caller(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    # Bob's "k-4" is not Alice's: he neither sees her answer nor is blocked by her key.
    assert (await post(client, auth, note_body("alice's"), "k-4", sub="alice")).status_code == 201
    bob = await post(client, auth, note_body("bob's"), "k-4", sub="bob")
    assert bob.status_code == 201
    assert bob.json()["title"] == "bob's"
    assert sorted(n.title for n in await notes(app)) == ["alice's", "bob's"]


async def test_concurrent_replays_have_one_effect(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    answers = await asyncio.gather(
        *(post(client, auth, note_body("once"), "k-5") for _ in range(8))
    )
    assert [a.status_code for a in answers] == [201] * 8
    assert len({a.content for a in answers}) == 1
    assert [n.title for n in await notes(app)] == ["once"]


async def test_a_server_error_releases_the_key(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    headers = {**auth(**WRITER), "content-type": "application/json", "Idempotency-Key": "k-6"}
    app.state.fail_next = True
    failed = await client.post("/notes/-/flaky", content=note_body("retry me"), headers=headers)
    assert failed.status_code == 500
    assert await notes(app) == []  # rolled back
    retried = await client.post("/notes/-/flaky", content=note_body("retry me"), headers=headers)
    assert retried.status_code == 201
    assert [n.title for n in await notes(app)] == ["retry me"]


async def _leave_claim(app: FastAPI, key: str, body: bytes, *, applied: bool) -> None:
    """A claim as a process that died mid-request leaves it: started long ago, no answer."""
    long_ago = datetime.now(UTC) - timedelta(minutes=10)
    async with app.state.database.transaction() as session:
        session.add(
            IdempotencyKey(
                principal="alice",
                key=key,
                method="POST",
                path="/notes",
                request_hash=request_fingerprint("POST", "/notes", b"", body),
                started_at=long_ago,
                expires_at=long_ago + timedelta(days=1),
                applied=applied,
            )
        )


async def test_a_dead_attempt_that_never_committed_is_run_again(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    await _leave_claim(app, "k-7", note_body("second chance"), applied=False)
    rerun = await post(client, auth, note_body("second chance"), "k-7")
    assert rerun.status_code == 201, rerun.text
    assert [n.title for n in await notes(app)] == ["second chance"]


async def test_a_dead_attempt_that_committed_is_never_run_twice(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    await _leave_claim(app, "k-8", note_body("done once"), applied=True)
    lost = await post(client, auth, note_body("done once"), "k-8")
    assert_problem(lost, 409, "idempotency-answer-lost")
    assert await notes(app) == []


async def test_the_write_transaction_marks_the_claim_applied(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    assert (await post(client, auth, note_body("marked"), "k-9")).status_code == 201
    async with app.state.database.transaction(write=False) as session:
        row = await session.get(IdempotencyKey, ("alice", "k-9"))
    assert row is not None
    assert row.applied is True
    assert row.status_code == 201
    assert row.expires_at - row.started_at == timedelta(days=1)


async def test_an_expired_key_is_a_new_request(
    client: httpx.AsyncClient, auth: Any, app: FastAPI
) -> None:
    assert (await post(client, auth, note_body("old"), "k-10")).status_code == 201
    async with app.state.database.transaction() as session:
        row = await session.get(IdempotencyKey, ("alice", "k-10"))
        assert row is not None
        row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        session.add(row)
    fresh = await post(client, auth, note_body("new"), "k-10")
    assert fresh.status_code == 201
    assert sorted(n.title for n in await notes(app)) == ["new", "old"]


async def test_a_malformed_key_or_no_token(client: httpx.AsyncClient, auth: Any) -> None:
    assert_problem(
        await post(client, auth, note_body("x"), "a" * 256), 400, "invalid-idempotency-key"
    )
    assert_problem(await post(client, auth, note_body("x"), "tab\there"), 400)
    anonymous = await client.post(
        "/notes", content=note_body("x"), headers={"Idempotency-Key": "k-11"}
    )
    assert_problem(anonymous, 401)


async def test_the_document_declares_the_header_on_every_post(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/openapi.json")).json()
    create = doc["paths"]["/notes"]["post"]
    (key,) = [p for p in create["parameters"] if p["name"] == "Idempotency-Key"]
    assert key["in"] == "header"
    assert key["required"] is False
    assert {"409", "422"} <= set(create["responses"])


async def test_a_client_whose_answer_was_lost_retries_and_the_service_applies_once(
    app: FastAPI, auth: Any
) -> None:
    # The service is real; only the network is not: the first answer is lost on its way back
    # (after the service committed). sg_common's client retries the POST with the same key.
    from sg_common.service_clients import RetryTransport

    class LosesFirstAnswer(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.ASGITransport(app=app)
            self.calls = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.calls += 1
            response = await self.inner.handle_async_request(request)
            if self.calls == 1:
                await response.aread()
                raise httpx.ReadError("connection reset by peer", request=request)
            return response

    network = LosesFirstAnswer()
    transport = RetryTransport(network, attempts=3, backoff_s=0.001)
    async with httpx.AsyncClient(transport=transport, base_url="http://sample") as http:
        answer = await http.post(
            "/notes", json={"unit_code": "DPG", "title": "sent twice"}, headers=auth(**WRITER)
        )
    assert network.calls == 2
    assert answer.status_code == 201, answer.text
    assert answer.headers["idempotent-replayed"] == "true"
    assert [n.title for n in await notes(app)] == ["sent twice"]
