"""Notifications (issue #22 item 3): who gets what, read state per person, the e-mail digest.

Budget turns its own facts into notifications: a submitted allocation request for the DPG
(``budget.manager``), the decision for the person who submitted it, and an unpaid invoice whose
payment deadline is at most 5 days away for the CPF (``budget.accountant``).

Hand-worked deadline: an invoice received on 2026-03-10 is due 30 days later (délai global de
paiement), on 2026-04-09. Checked on 2026-04-04, it is due in 9 - 4 = 5 days: announced
("dans 5 jours"); checked on 2026-04-03, it is 6 days away: not yet.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from datetime import date
from email import message_from_bytes
from email.message import Message
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from fastapi import FastAPI

from budget_svc.notifications import invoices_due_soon
from sg_common.notifications.digest import send_digests
from sg_common.settings import ServiceSettings

from .test_allocations import REQUEST

pytestmark = pytest.mark.usefixtures("frozen_clock")

Auth = Callable[..., dict[str, str]]


async def mine(client: httpx.AsyncClient, headers: dict[str, str], **params: Any) -> list[Any]:
    response = await client.get("/notifications", params=params, headers=headers)
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


async def run_check(app: FastAPI, today: date) -> int:
    async with app.state.database.transaction() as session:
        return await invoices_due_soon(session, today)


async def test_request_to_arbitrate_goes_to_the_dpg_and_the_decision_to_the_requester(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    accountant: dict[str, str],
    auth: Auth,
) -> None:
    created = await client.post("/allocation-requests", json=REQUEST, headers=officer_bre)
    assert created.status_code == 201, created.text
    request_id = created.json()["id"]

    [to_arbitrate] = await mine(client, manager)
    assert to_arbitrate["kind"] == "allocation_request.submitted"
    assert to_arbitrate["role"] == "budget.manager"
    assert (to_arbitrate["resource"], to_arbitrate["resource_id"]) == (
        "allocation_request",
        str(request_id),
    )
    assert "à arbitrer" in to_arbitrate["title"]
    assert to_arbitrate["read_at"] is None
    # neither the officers (not their role) nor the CPF see it
    for other in (officer_bre, officer_nor, accountant):
        assert await mine(client, other) == []

    decided = await client.post(
        f"/allocation-requests/{request_id}/decision",
        json={"decision": "reduce", "ae": "60000.00", "cp": "75000.00", "reason": "Contrainte"},
        headers={**manager, "If-Match": created.headers["ETag"]},
    )
    assert decided.status_code == 200, decided.text
    [decision] = await mine(client, officer_bre)
    assert decision["kind"] == "allocation_request.decided"
    assert decision["subject"] == "bre-officer"
    assert "a été réduite : 60000.00 € en AE, 75000.00 € en CP" in decision["title"]
    assert decision["body"] == "Contrainte"
    # another officer of the same role and unit is not the requester
    same_unit = auth(roles=["budget.officer"], units=["DR-BRE"], sub="bre-officer-2")
    assert await mine(client, same_unit) == []
    assert await mine(client, officer_nor) == []
    assert [n["kind"] for n in await mine(client, manager)] == ["allocation_request.submitted"]


async def test_marked_read_per_person_and_invisible_to_others(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    auth: Auth,
) -> None:
    created = await client.post("/allocation-requests", json=REQUEST, headers=officer_bre)
    assert created.status_code == 201, created.text
    [item] = await mine(client, manager)

    refused = await client.post(f"/notifications/{item['id']}/read", headers=officer_bre)
    assert refused.status_code == 404, refused.text
    missing = await client.post("/notifications/999999/read", headers=manager)
    assert missing.status_code == 404

    read = await client.post(f"/notifications/{item['id']}/read", headers=manager)
    assert read.status_code == 200, read.text
    read_at = read.json()["read_at"]
    assert read_at is not None
    again = await client.post(f"/notifications/{item['id']}/read", headers=manager)
    assert again.json()["read_at"] == read_at  # the first reading stays
    assert await mine(client, manager, unread="true") == []
    assert [n["id"] for n in await mine(client, manager, unread="false")] == [item["id"]]

    # another DPG manager has not read it
    deputy = auth(roles=["budget.manager"], units=["DPG-BUDGET"], sub="dpg-deputy")
    [theirs] = await mine(client, deputy, unread="true")
    assert (theirs["id"], theirs["read_at"]) == (item["id"], None)


async def test_the_list_counts_sorts_and_links(
    client: httpx.AsyncClient, manager: dict[str, str], officer_bre: dict[str, str]
) -> None:
    for _ in range(3):
        response = await client.post("/allocation-requests", json=REQUEST, headers=officer_bre)
        assert response.status_code == 201
    page = await client.get(
        "/notifications",
        params={"limit": 2, "count": "true", "sort": "-created_at"},
        headers=manager,
    )
    assert page.status_code == 200, page.text
    assert page.json()["total"] == 3
    assert len(page.json()["items"]) == 2
    assert 'rel="next"' in page.headers["link"]
    bad = await client.get("/notifications", params={"sort": "title"}, headers=manager)
    assert bad.status_code == 422


async def test_invoice_due_in_five_days_for_the_cpf_once(
    app: FastAPI,
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    accountant: dict[str, str],
    officer_bre: dict[str, str],
    manager: dict[str, str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    invoice = await chain.invoice(commitment["id"], "120.00", received_on="2026-03-10")
    assert invoice["due_on"] == "2026-04-09"

    assert await run_check(app, date(2026, 4, 3)) == 0  # 6 days away
    assert await run_check(app, date(2026, 4, 4)) == 1  # 5 days away
    assert await run_check(app, date(2026, 4, 4)) == 0  # replayed: nothing more
    assert await run_check(app, date(2026, 4, 6)) == 0  # same deadline: still one

    [due] = await mine(client, accountant)
    assert due["kind"] == "invoice.due_soon"
    assert due["due_on"] == "2026-04-09"
    assert due["title"] == (
        "Facture F-1 de ACME (120.00 € TTC, DR-BRE) à payer avant le 09/04/2026 : "
        "échéance dans 5 jours"
    )
    assert await mine(client, officer_bre) == []
    assert await mine(client, manager) == []


class Inbox:
    """What the local SMTP server (aiosmtpd) received."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: ARG002, N802 (aiosmtpd's handler hook, by name)
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    with socket.socket() as probe:  # a free port (aiosmtpd's start() connects to its port)
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


async def test_digest_sent_through_smtp_once(
    app: FastAPI,
    client: httpx.AsyncClient,
    settings: ServiceSettings,
    budget: Any,
    chain: Any,
    auth: Auth,
    smtp_server: tuple[Inbox, int],
) -> None:
    inbox, port = smtp_server
    smtp = settings.model_copy(update={"smtp_port": port, "smtp_from": "sg-suite@insee.fr"})
    cpf = auth(
        roles=["budget.accountant"],
        units=["DPG-CPF"],
        sub="cpf-accountant",
        extra_claims={"email": "cpf@insee.fr"},
    )
    no_email = auth(roles=["budget.accountant"], units=["DPG-CPF"], sub="cpf-2")
    refused = await client.post("/notifications/subscription", headers=no_email)
    assert refused.status_code == 422
    assert refused.json()["type"].endswith("/no-email")
    subscribed = await client.post("/notifications/subscription", headers=cpf)
    assert subscribed.status_code == 200, subscribed.text
    assert subscribed.json()["email"] == "cpf@insee.fr"
    assert subscribed.json()["roles"] == ["budget.accountant"]
    # an officer of DR-BRE subscribes too: the invoice is not addressed to them
    bre = auth(
        roles=["budget.officer"],
        units=["DR-BRE"],
        sub="bre-officer",
        extra_claims={"email": "bre@insee.fr"},
    )
    assert (await client.post("/notifications/subscription", headers=bre)).status_code == 200

    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    await chain.invoice(commitment["id"], "120.00", received_on="2026-03-10")

    database = app.state.database
    sent = await send_digests(
        database, smtp, service="budget", checks=[invoices_due_soon], today=date(2026, 4, 4)
    )
    assert [d.email for d in sent] == ["cpf@insee.fr"]
    [(recipients, message)] = inbox.messages
    assert recipients == ["cpf@insee.fr"]
    assert message["To"] == "cpf@insee.fr"
    assert message["From"] == "sg-suite@insee.fr"
    assert message["Subject"] == "sg-suite budget : 1 notification en attente"
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    text = payload.decode()
    assert (
        "- Facture F-1 de ACME (120.00 € TTC, DR-BRE) à payer avant le 09/04/2026 : "
        "échéance dans 5 jours (échéance : 09/04/2026)"
    ) in text

    # the next run sends nothing: already sent, and the check does not repeat itself
    again = await send_digests(
        database, smtp, service="budget", checks=[invoices_due_soon], today=date(2026, 4, 5)
    )
    assert again == []
    assert len(inbox.messages) == 1

    # unsubscribed: no digest any more
    gone = await client.delete("/notifications/subscription", headers=cpf)
    assert gone.status_code == 204


async def test_read_notifications_older_than_the_retention_are_purged(
    app: FastAPI,
    client: httpx.AsyncClient,
    settings: ServiceSettings,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    frozen_clock: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two requests to arbitrate on 16/03/2026 09:00, the DPG reads the first. A year and a day
    later (17/03/2027 09:00) a third arrives and is read at once. With a retention of 365 days
    the cut-off is 17/03/2026 09:00: only the first (read, 366 days old) goes; the second
    (unread, however old) and the third (read, new) stay."""
    import asyncio
    from datetime import timedelta

    from sg_common.clock import utcnow
    from sg_common.notifications import digest

    for _ in range(2):
        created = await client.post("/allocation-requests", json=REQUEST, headers=officer_bre)
        assert created.status_code == 201, created.text
    first, second = sorted(n["id"] for n in await mine(client, manager))
    assert (await client.post(f"/notifications/{first}/read", headers=manager)).status_code == 200

    frozen_clock.advance(timedelta(days=366))
    created = await client.post("/allocation-requests", json=REQUEST, headers=officer_bre)
    assert created.status_code == 201, created.text
    [third] = [n["id"] for n in await mine(client, manager) if n["id"] not in (first, second)]
    assert (await client.post(f"/notifications/{third}/read", headers=manager)).status_code == 200

    # the command, with the service's settings (SG_NOTIFICATIONS_RETENTION_DAYS: 365)
    assert settings.notifications_retention_days == 365
    monkeypatch.setattr(digest, "_service", lambda _: (None, settings))
    # (a command runs its own event loop: in a thread beside the test's)
    assert await asyncio.to_thread(digest.main, ["purge", "budget"]) == 0
    out = capsys.readouterr().out
    assert "budget: 1 read notification(s) created before 2026-03-17 09:00 UTC purged" in out
    kept = sorted(n["id"] for n in await mine(client, manager))
    assert kept == [second, third]
    marked = await client.post(f"/notifications/{first}/read", headers=manager)
    assert marked.status_code == 404  # gone, with its read mark

    # a cut-off a second after the third's creation takes it (read), never the unread one
    frozen_clock.advance(timedelta(seconds=1))
    assert await digest.purge(app.state.database, before=utcnow()) == 1
    assert sorted(n["id"] for n in await mine(client, manager)) == [second]
    assert await digest.purge(app.state.database, before=utcnow()) == 0
