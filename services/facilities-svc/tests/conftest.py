"""Fixtures of facilities-svc tests; the rest comes from the sg_common pytest plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from facilities_svc.app import SERVICE
from sg_common.app import ServiceDefinition

MANAGER = "facilities.manager"
BUYER = "facilities.buyer"
REQUESTER = "facilities.requester"
SOCIAL = "facilities.social"


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return SERVICE


class Purchasing:
    """Drives the purchase flow through the API (catalogue, requisition, approval, order)."""

    def __init__(self, client: httpx.AsyncClient, auth: Callable[..., dict[str, str]]) -> None:
        self.client = client
        self.auth = auth
        self.buyer = auth(roles=[BUYER], units=["DSG-ACHATS"], sub="bob-buyer")

    def requester(self, unit: str = "DESE-CN", sub: str = "rita") -> dict[str, str]:
        return self.auth(roles=[REQUESTER], units=[unit], sub=sub)

    async def item(
        self, code: str, price: str, channel: str = "ugap", category: str = "it_equipment"
    ) -> dict[str, Any]:
        response = await self.client.post(
            "/catalogue",
            json={
                "code": code,
                "label": f"Article {code}",
                "category": category,
                "channel": channel,
                "unit_price_ht": price,
                "vat_rate": "0.20",
            },
            headers=self.buyer,
        )
        assert response.status_code == 201, response.text
        return response.json()

    async def requisition(
        self,
        lines: list[tuple[str, int]],
        unit: str = "DESE-CN",
        headers: dict[str, str] | None = None,
        kind: str = "supplies",
        fiscal_year: int = 2026,
    ) -> dict[str, Any]:
        response = await self.client.post(
            "/requisitions",
            json={
                "unit_code": unit,
                "subject": "Équipement de la division",
                "fiscal_year": fiscal_year,
                "action": "01",
                "budget_title": "T5",
                "kind": kind,
                "lines": [{"item_code": c, "quantity": q} for c, q in lines],
            },
            headers=headers or self.requester(unit),
        )
        assert response.status_code == 201, response.text
        return response.json()

    async def submitted(
        self,
        lines: list[tuple[str, int]],
        unit: str = "DESE-CN",
        kind: str = "supplies",
        fiscal_year: int = 2026,
    ) -> dict[str, Any]:
        """A requisition created and submitted by its unit's requester (procedure chosen)."""
        requisition = await self.requisition(lines, unit, kind=kind, fiscal_year=fiscal_year)
        response = await self.step(requisition["id"], "submit", headers=self.requester(unit))
        assert response.status_code == 200, response.text
        return response.json()

    async def step(
        self, requisition_id: int, action: str, body: Any = None, headers: Any = None
    ) -> httpx.Response:
        kwargs: dict[str, Any] = {"headers": headers or self.buyer}
        if body is not None:
            kwargs["json"] = body
        return await self.client.post(f"/requisitions/{requisition_id}/{action}", **kwargs)

    async def ordered(
        self, lines: list[tuple[str, int]], unit: str = "DESE-CN", tender: str | None = None
    ) -> dict[str, Any]:
        """A requisition submitted, approved and ordered (awaiting budget's commitment)."""
        requisition = await self.requisition(lines, unit)
        rid = requisition["id"]
        assert (await self.step(rid, "submit", headers=self.requester(unit))).status_code == 200
        assert (await self.step(rid, "approve")).status_code == 200
        response = await self.step(rid, "order", {"tender_reference": tender})
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture
def purchasing(client: httpx.AsyncClient, auth: Callable[..., dict[str, str]]) -> Purchasing:
    return Purchasing(client, auth)


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """No budget-svc runs beside these tests: the availability check is tested on its own
    (test_budget_gate.py, with budget running in-process)."""
    return {"budget_check_enabled": False}
