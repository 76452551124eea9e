"""Fixtures of budget-svc tests; the rest comes from the sg_common pytest plugin."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from budget_svc.app import SERVICE
from sg_common.app import ServiceDefinition
from sg_contracts.facilities import (
    OrderedLine,
    PurchaseOrderedV1,
    PurchaseReceivedV1,
    ReceivedLine,
)


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return SERVICE


@pytest.fixture
def manager(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    """A DPG budget manager (all-seeing)."""
    return auth(roles=["budget.manager"], units=["DPG-BUDGET"], sub="dpg-manager")


@pytest.fixture
def officer_bre(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    """The budget officer of the Brittany regional directorate."""
    return auth(roles=["budget.officer"], units=["DR-BRE"], sub="bre-officer")


@pytest.fixture
def officer_nor(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    """The budget officer of the Normandy regional directorate."""
    return auth(roles=["budget.officer"], units=["DR-NOR"], sub="nor-officer")


@pytest.fixture
def controller(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    return auth(roles=["budget.controller"], units=["DPG-CG"], sub="controller")


class Budget:
    """Shortcuts for setting up budget state over HTTP."""

    def __init__(self, client: httpx.AsyncClient, manager: dict[str, str]) -> None:
        self.client = client
        self.manager = manager

    async def allocate(
        self,
        unit: str = "DR-BRE",
        ae: str = "10000.00",
        cp: str = "8000.00",
        *,
        action: str = "08",
        title: str = "T3",
        year: int = 2026,
    ) -> dict[str, Any]:
        response = await self.client.post(
            "/allocations",
            json={
                "unit_code": unit,
                "fiscal_year": year,
                "action": action,
                "title": title,
                "ae": ae,
                "cp": cp,
                "reason": "dotation initiale",
            },
            headers=self.manager,
        )
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result

    async def availability(
        self, unit: str = "DR-BRE", *, action: str = "08", title: str = "T3", year: int = 2026
    ) -> dict[str, Any]:
        response = await self.client.get(
            f"/availability/{unit}/{year}/{action}/{title}", headers=self.manager
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result


@pytest.fixture
def budget(client: httpx.AsyncClient, manager: dict[str, str]) -> Budget:
    return Budget(client, manager)


def problem_type(response: httpx.Response) -> str:
    """The slug of a problem response's type."""
    assert response.headers["content-type"].startswith("application/problem+json"), response.text
    slug: str = response.json()["type"].rsplit("/", 1)[-1]
    return slug


@pytest.fixture
def slug() -> Callable[[httpx.Response], str]:
    return problem_type


def _order(order_id: str, amount_ttc: str, unit: str = "DR-BRE", **extra: Any) -> PurchaseOrderedV1:
    ttc = Decimal(amount_ttc)
    ht = (ttc / Decimal("1.2")).quantize(Decimal("0.01"))
    values: dict[str, Any] = {
        "order_id": order_id,
        "unit_code": unit,
        "fiscal_year": 2026,
        "action": "08",
        "title": "T3",
        "channel": "UGAP",
        "lines": [
            OrderedLine(
                line_id="1",
                item_code="CHAISE-ERGO",
                category="furniture",
                description="Siège ergonomique",
                quantity=1,
                unit_price_ht=ht,
                amount_ht=ht,
                amount_ttc=ttc,
            )
        ],
        "amount_ht": ht,
        "amount_ttc": ttc,
        **extra,
    }
    return PurchaseOrderedV1(**values)


@pytest.fixture
def make_order() -> Callable[..., PurchaseOrderedV1]:
    """``make_order("PO-1", "600.00", unit="DR-BRE", **fields)``: facilities' purchase.ordered."""
    return _order


@pytest.fixture
def accountant(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    """A CPF accountant (comptable): invoices, payments, accounting; serves every unit."""
    return auth(roles=["budget.accountant"], units=["DPG-CPF"], sub="cpf-accountant")


class Chain:
    """Shortcuts for the spending chain over HTTP (commitment → service fait → invoice → pay)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        budget: Budget,
        ordonnateur: dict[str, str],
        accountant: dict[str, str],
    ) -> None:
        self.client = client
        self.budget = budget
        self.ordonnateur = ordonnateur
        self.accountant = accountant

    async def commitment(
        self, ae: str = "1000.00", unit: str = "DR-BRE", *, title: str = "T3"
    ) -> dict[str, Any]:
        response = await self.client.post(
            "/commitments",
            json={
                "unit_code": unit,
                "fiscal_year": 2026,
                "action": "08",
                "title": title,
                "ae": ae,
                "description": "Marché de mise sous pli",
                "supplier": "ACME",
            },
            headers=self.budget.manager,
        )
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result

    async def service_done(
        self, commitment_id: int, amount: str, headers: dict[str, str] | None = None, **extra: Any
    ) -> httpx.Response:
        return await self.client.post(
            f"/commitments/{commitment_id}/service-done",
            json={"amount": amount, **extra},
            headers=headers or self.ordonnateur,
        )

    async def invoice(
        self,
        commitment_id: int,
        ttc: str,
        *,
        number: str = "F-1",
        received_on: str = "2026-03-10",
        supplier: str = "ACME",
    ) -> dict[str, Any]:
        ht = (Decimal(ttc) / Decimal("1.2")).quantize(Decimal("0.01"))
        response = await self.client.post(
            "/invoices",
            json={
                "commitment_id": commitment_id,
                "supplier": supplier,
                "number": number,
                "amount_ht": str(ht),
                "amount_ttc": ttc,
                "received_on": received_on,
            },
            headers=self.accountant,
        )
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result

    async def transition(
        self,
        invoice_id: int,
        what: str,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        current = await self.client.get(f"/invoices/{invoice_id}", headers=self.accountant)
        return await self.client.post(
            f"/invoices/{invoice_id}/{what}",
            json=body if body is not None else {},
            headers={**(headers or self.accountant), "If-Match": current.headers["ETag"]},
        )

    async def request_payment(
        self, invoice_id: int, headers: dict[str, str] | None = None, comment: str | None = None
    ) -> httpx.Response:
        body = {} if comment is None else {"comment": comment}
        return await self.transition(
            invoice_id, "payment-request", body, headers=headers or self.ordonnateur
        )

    async def pay(self, invoice_id: int, headers: dict[str, str] | None = None) -> httpx.Response:
        current = await self.client.get(f"/invoices/{invoice_id}", headers=self.accountant)
        return await self.client.post(
            f"/invoices/{invoice_id}/payment",
            headers={**(headers or self.accountant), "If-Match": current.headers["ETag"]},
        )

    async def invoice_and_pay(
        self, commitment_id: int, ttc: str, *, number: str = "F-1", received_on: str = "2026-03-10"
    ) -> httpx.Response:
        invoice = await self.invoice(commitment_id, ttc, number=number, received_on=received_on)
        requested = await self.request_payment(invoice["id"])
        assert requested.status_code == 200, requested.text
        return await self.pay(invoice["id"])


@pytest.fixture
def chain(
    client: httpx.AsyncClient,
    budget: Budget,
    officer_bre: dict[str, str],
    accountant: dict[str, str],
) -> Chain:
    return Chain(client, budget, officer_bre, accountant)


def _receipt(order_id: str, receipt_id: str, amount_ttc: str, **extra: Any) -> PurchaseReceivedV1:
    ttc = Decimal(amount_ttc)
    ht = (ttc / Decimal("1.2")).quantize(Decimal("0.01"))
    values: dict[str, Any] = {
        "order_id": order_id,
        "receipt_id": receipt_id,
        "unit_code": "DR-BRE",
        "lines": [ReceivedLine(line_id="1", quantity=1, amount_ht=ht, amount_ttc=ttc)],
        "amount_ht": ht,
        "amount_ttc": ttc,
        "received_on": date(2026, 3, 12),
        **extra,
    }
    return PurchaseReceivedV1(**values)


@pytest.fixture
def make_receipt() -> Callable[..., PurchaseReceivedV1]:
    """``make_receipt("PO-1", "R-1", "600.00", **fields)``: facilities' purchase.received."""
    return _receipt
