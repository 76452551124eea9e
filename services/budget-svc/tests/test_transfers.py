"""Transfers: asymmetric fungibility, never more than available."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx


def transfer(
    src_title: str, dst_title: str, ae: str = "100.00", cp: str = "100.00", **kw: Any
) -> dict[str, Any]:
    return {
        "fiscal_year": 2026,
        "source": {"unit_code": kw.get("src_unit", "DSG"), "action": "09", "title": src_title},
        "destination": {"unit_code": kw.get("dst_unit", "DSG"), "action": "09", "title": dst_title},
        "ae": ae,
        "cp": cp,
        "reason": "Redéploiement en gestion",
    }


async def test_transfer_into_t2_is_refused(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DSG", "1000.00", "1000.00", action="09", title="T3")
    response = await client.post("/transfers", json=transfer("T3", "T2"), headers=manager)
    assert response.status_code == 409
    assert slug(response) == "fungibility-violation"
    availability = await budget.availability("DSG", action="09", title="T3")
    assert availability["available_ae"] == "1000.00"


async def test_transfer_out_of_t2_is_allowed(
    client: httpx.AsyncClient, manager: dict[str, str], budget: Any
) -> None:
    await budget.allocate("DSG", "1000.00", "1000.00", action="09", title="T2")
    response = await client.post(
        "/transfers", json=transfer("T2", "T3", "400.00", "300.00"), headers=manager
    )
    assert response.status_code == 201, response.text
    source = await budget.availability("DSG", action="09", title="T2")
    destination = await budget.availability("DSG", action="09", title="T3")
    assert (source["available_ae"], source["available_cp"]) == ("600.00", "700.00")
    assert (destination["available_ae"], destination["available_cp"]) == ("400.00", "300.00")


async def test_transfer_between_units_within_t2_is_allowed(
    client: httpx.AsyncClient, manager: dict[str, str], budget: Any
) -> None:
    await budget.allocate("DSG", "1000.00", "1000.00", action="09", title="T2")
    response = await client.post(
        "/transfers", json=transfer("T2", "T2", dst_unit="DRH"), headers=manager
    )
    assert response.status_code == 201, response.text


async def test_transfer_above_available_is_refused(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DSG", "1000.00", "1000.00", action="09", title="T3")
    await client.post(
        "/commitments",
        json={
            "unit_code": "DSG",
            "fiscal_year": 2026,
            "action": "09",
            "title": "T3",
            "ae": "600.00",
            "description": "Contrat de nettoyage",
        },
        headers=manager,
    )
    response = await client.post(
        "/transfers", json=transfer("T3", "T5", "400.01", "0.00"), headers=manager
    )
    assert response.status_code == 409
    assert slug(response) == "insufficient-credits"
    assert response.json()["available_ae"] == "400.00"
    allowed = await client.post(
        "/transfers", json=transfer("T3", "T5", "400.00", "0.00"), headers=manager
    )
    assert allowed.status_code == 201
    nothing = await client.post(
        "/transfers", json=transfer("T3", "T5", "1.00", "0.00", src_unit="DRH"), headers=manager
    )
    assert nothing.status_code == 409


async def test_same_line_and_empty_transfers_are_refused(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    budget: Any,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DSG", "1000.00", "1000.00", action="09", title="T3")
    same = await client.post("/transfers", json=transfer("T3", "T3"), headers=manager)
    assert same.status_code == 422
    assert slug(same) == "same-line-transfer"
    empty = await client.post(
        "/transfers", json=transfer("T3", "T5", "0.00", "0.00"), headers=manager
    )
    assert empty.status_code == 422
    assert slug(empty) == "empty-transfer"


async def test_transfers_are_for_the_manager_and_scoped_on_read(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    auth: Callable[..., dict[str, str]],
    budget: Any,
) -> None:
    await budget.allocate("DSG", "1000.00", "1000.00", action="09", title="T2")
    refused = await client.post("/transfers", json=transfer("T2", "T3"), headers=officer_bre)
    assert refused.status_code == 403
    created = await client.post("/transfers", json=transfer("T2", "T3"), headers=manager)
    transfer_id = created.json()["id"]
    assert (await client.get("/transfers", headers=officer_bre)).json()["items"] == []
    assert (await client.get(f"/transfers/{transfer_id}", headers=officer_bre)).status_code == 404
    dsg = auth(roles=["budget.officer"], units=["DSG"])
    assert (await client.get(f"/transfers/{transfer_id}", headers=dsg)).status_code == 200
    assert len((await client.get("/transfers", headers=dsg)).json()["items"]) == 1
