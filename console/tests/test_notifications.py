"""« Ce qui m'attend » (issue #22 item 3): each notifying service's unread notifications, read
with the person's token, marked read through the service; a service down leaves the others."""

from __future__ import annotations

import httpx
from fastapi.testclient import TestClient

from .conftest import FakeServices, csrf_of, sign_in

DUE = {
    "id": 7,
    "kind": "invoice.due_soon",
    "title": "Facture F-1 de ACME (120.00 € TTC, DR-BRE) à payer avant le 09/04/2026 : "
    "échéance dans 5 jours",
    "body": None,
    "resource": "invoice",
    "resource_id": "3",
    "role": "budget.accountant",
    "unit_code": None,
    "subject": None,
    "due_on": "2026-04-09",
    "created_at": "2026-04-04T06:00:00Z",
    "read_at": None,
}


def test_what_needs_me_lists_each_service_and_marks_read(
    console: TestClient, fake: FakeServices
) -> None:
    def notifications(request: httpx.Request) -> httpx.Response:
        if request.url.port == 8002:  # hr does not answer
            raise httpx.ConnectError("refused", request=request)
        items = [DUE] if request.url.port == 8001 else []
        return httpx.Response(200, json={"items": items, "next_cursor": None})

    fake.on("GET", "/notifications", notifications)
    fake.on("POST", r"/notifications/7/read", {**DUE, "read_at": "2026-04-04T07:00:00Z"})
    sign_in(console, role="budget.accountant", unit="DPG-CPF")
    page = console.get("/a-faire")
    assert page.status_code == 200, page.text
    assert "<h1>Ce qui m'attend</h1>" in page.text
    assert "échéance dans 5 jours" in page.text
    assert "09/04/2026" in page.text
    assert "Rien en attente." in page.text  # facilities: nothing
    assert "Ce service ne répond pas" in page.text  # hr down
    [listed] = [r for r in fake.requests if r.url.port == 8001 and r.method == "GET"]
    assert listed.url.params["unread"] == "true"
    assert listed.headers["authorization"].startswith("Bearer ")

    answer = console.post("/a-faire/budget/7/lu", data={"csrf_token": csrf_of(page.text)})
    assert answer.status_code == 303
    assert answer.headers["location"] == "/a-faire"
    [marked] = [r for r in fake.requests if r.method == "POST" and r.url.port == 8001]
    assert marked.url.path == "/notifications/7/read"
