"""While facilities asks budget before an order, it holds no database transaction: other
facilities writes go on, and the requisition is locked again (and re-checked) only to place the
order once budget has answered (CONVENTIONS.md: no remote call while a transaction is open)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

import httpx
from fastapi import FastAPI

from .conftest import Purchasing
from .test_budget_gate import allocate, budget_app, settings_overrides  # noqa: F401

T = TypeVar("T")

#: Only a fuse against a deadlock (the defect held every facilities write until budget
#: answered); the tests order events, they do not time anything.
FUSE_S = 10.0


class SlowBudget(httpx.AsyncBaseTransport):
    """Budget's real app, answering only once the test releases it."""

    def __init__(self, budget: FastAPI) -> None:
        self.inner = httpx.ASGITransport(app=budget)
        self.asked = asyncio.Event()
        self.asked_twice = asyncio.Event()
        self.release = asyncio.Event()
        self.calls = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        self.asked.set()
        if self.calls >= 2:
            self.asked_twice.set()
        await self.release.wait()
        return await self.inner.handle_async_request(request)


async def before_budget_answers(slow: SlowBudget, write: Awaitable[T]) -> T:
    """Run ``write`` while budget is being asked; fail if it needs budget's answer first."""
    await asyncio.wait_for(slow.asked.wait(), FUSE_S)
    try:
        result = await asyncio.wait_for(write, FUSE_S)
    except TimeoutError:
        raise AssertionError("the write waited for budget's answer") from None
    assert not slow.release.is_set()
    return result


async def approved_behind_slow_budget(
    app: FastAPI, budget: FastAPI, purchasing: Purchasing, code: str
) -> tuple[SlowBudget, int]:
    """An approved requisition of one ``code`` within the unit's AE, budget made slow."""
    slow = SlowBudget(budget)
    await allocate(budget, "DESE-CN", "10000.00")
    await purchasing.item(code, "500.00")
    requisition = await purchasing.requisition([(code, 1)])
    rid: int = requisition["id"]
    assert (await purchasing.step(rid, "submit", headers=purchasing.requester())).status_code == 200
    assert (await purchasing.step(rid, "approve")).status_code == 200
    app.state.budget_transport = slow
    return slow, rid


async def test_other_writes_go_on_while_budget_is_asked(
    app: FastAPI,
    budget_app: FastAPI,  # noqa: F811
    purchasing: Purchasing,
) -> None:
    slow, rid = await approved_behind_slow_budget(app, budget_app, purchasing, "PC-10")
    order = asyncio.create_task(purchasing.step(rid, "order", {}))
    try:
        item = await before_budget_answers(slow, purchasing.item("PC-11", "80.00"))
        assert item["code"] == "PC-11"
    finally:
        slow.release.set()
        response = await order
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "awaiting_commitment"


async def test_a_requisition_cancelled_while_budget_is_asked_is_not_ordered(
    app: FastAPI,
    budget_app: FastAPI,  # noqa: F811
    purchasing: Purchasing,
) -> None:
    slow, rid = await approved_behind_slow_budget(app, budget_app, purchasing, "PC-12")
    order = asyncio.create_task(purchasing.step(rid, "order", {}))
    try:
        cancelled = await before_budget_answers(
            slow, purchasing.step(rid, "cancel", {"reason": "plus nécessaire"})
        )
        assert cancelled.status_code == 200, cancelled.text
    finally:
        slow.release.set()
        response = await order
    assert response.status_code == 409
    assert response.json()["type"].endswith("/invalid-status-transition")
    after = await purchasing.client.get(f"/requisitions/{rid}", headers=purchasing.buyer)
    assert after.json()["status"] == "cancelled"
    assert after.json()["order_id"] is None


async def test_a_requisition_changed_while_budget_is_asked_is_not_ordered_unseen(
    app: FastAPI,
    budget_app: FastAPI,  # noqa: F811
    purchasing: Purchasing,
) -> None:
    slow, rid = await approved_behind_slow_budget(app, budget_app, purchasing, "PC-13")
    current = await purchasing.client.get(f"/requisitions/{rid}", headers=purchasing.buyer)
    order = asyncio.create_task(purchasing.step(rid, "order", {}))
    try:
        edited = await before_budget_answers(
            slow,
            purchasing.client.patch(
                f"/requisitions/{rid}",
                json={"tender_reference": "AO-2026-7"},
                headers={**purchasing.buyer, "If-Match": current.headers["ETag"]},
            ),
        )
        assert edited.status_code == 200, edited.text
    finally:
        slow.release.set()
        response = await order
    assert response.status_code == 409
    assert response.json()["type"].endswith("/concurrent-conflict")
    after = await purchasing.client.get(f"/requisitions/{rid}", headers=purchasing.buyer)
    assert after.json()["status"] == "approved"  # the buyer orders again, seeing the change


async def test_of_two_buyers_ordering_the_same_requisition_while_budget_is_asked_one_orders(
    app: FastAPI,
    budget_app: FastAPI,  # noqa: F811
    purchasing: Purchasing,
) -> None:
    slow, rid = await approved_behind_slow_budget(app, budget_app, purchasing, "PC-14")
    orders = [asyncio.create_task(purchasing.step(rid, "order", {})) for _ in range(2)]
    try:
        await asyncio.wait_for(slow.asked_twice.wait(), FUSE_S)  # both checked it approved
    finally:
        slow.release.set()
        responses = [await order for order in orders]
    assert sorted(r.status_code for r in responses) == [200, 409]
    [refused] = [r for r in responses if r.status_code == 409]
    assert refused.json()["type"].endswith("/invalid-status-transition")
    listed = await purchasing.client.get(
        "/requisitions", params={"status": "awaiting_commitment"}, headers=purchasing.buyer
    )
    assert [r["id"] for r in listed.json()["items"]] == [rid]  # one order, one purchase.ordered
