"""The one null policy of PATCH (``sg_common.repository``): an explicit ``null`` on a field
whose column may not be empty is refused with 422 ``null-not-allowed`` naming the fields, and
nothing changes; on a column that may be empty, the field is emptied.

Real estate's PATCH used to write the ``null`` into the column (a NOT NULL violation, a 500)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing import assert_null_refused as refused

from .conftest import Purchasing

pytestmark = pytest.mark.usefixtures("frozen_clock")


class Estate:
    def __init__(self, client: httpx.AsyncClient, auth: Any) -> None:
        self.client = client
        self.manager = auth(roles=["facilities.manager"], units=["DSG-IMMO"], sub="mia")

    async def post(self, url: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.client.post(url, json=body, headers=self.manager)
        assert response.status_code == 201, response.text
        return response.json()

    async def building(self, code: str) -> dict[str, Any]:
        site = await self.post(
            "/sites",
            {"code": f"S-{code}", "name": code, "city": "Montrouge", "unit_code": "DSG-IMMO"},
        )
        return await self.post(
            "/buildings",
            {"site_id": site["id"], "code": code, "name": code, "floors": 4, "tenure": "leased"},
        )

    async def space(self, building: dict[str, Any], code: str, sun: str, ws: int) -> dict[str, Any]:
        return await self.post(
            "/spaces",
            {
                "building_id": building["id"],
                "code": code,
                "kind": "office",
                "sun_m2": sun,
                "workstations": ws,
                "unit_code": "DESE-CN",
            },
        )


@pytest.fixture
def estate(client: httpx.AsyncClient, auth: Any) -> Estate:
    return Estate(client, auth)


async def test_site_null_name_or_city_is_refused(estate: Estate, client: httpx.AsyncClient) -> None:
    building = await estate.building("A")
    path = f"/sites/{building['site_id']}"
    await refused(client, path, {"name": None, "city": "Paris"}, estate.manager, ["name"])
    await refused(client, path, {"city": None, "name": None}, estate.manager, ["city", "name"])


async def test_building_null_floors_is_refused_null_address_empties(
    estate: Estate, client: httpx.AsyncClient
) -> None:
    building = await estate.building("A")
    path = f"/buildings/{building['id']}"
    await refused(
        client, path, {"floors": None, "tenure": None}, estate.manager, ["floors", "tenure"]
    )
    await refused(client, path, {"name": None, "address": "1 rue"}, estate.manager, ["name"])
    headers = {**estate.manager, "If-Match": '"1"'}
    filled = await client.patch(path, json={"address": "88 av. Verdier"}, headers=headers)
    assert filled.status_code == 200, filled.text
    headers = {**estate.manager, "If-Match": filled.headers["ETag"]}
    emptied = await client.patch(path, json={"address": None}, headers=headers)
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["address"] is None
    assert emptied.headers["ETag"] == '"3"'


async def test_space_null_unit_or_workstations_is_refused(
    estate: Estate, client: httpx.AsyncClient
) -> None:
    building = await estate.building("A")
    space = await estate.space(building, "A-101", "24.50", 2)
    path = f"/spaces/{space['id']}"
    await refused(client, path, {"unit_code": None}, estate.manager, ["unit_code"])
    await refused(
        client,
        path,
        {"workstations": None, "sun_m2": None, "kind": None},
        estate.manager,
        ["kind", "sun_m2", "workstations"],
    )


async def test_lease_null_end_date_is_refused(estate: Estate, client: httpx.AsyncClient) -> None:
    building = await estate.building("A")
    lease = await estate.post(
        "/leases",
        {
            "building_id": building["id"],
            "owner": "SCI",
            "annual_rent": "1000.00",
            "start_date": "2018-01-01",
            "end_date": "2030-12-31",
        },
    )
    path = f"/leases/{lease['id']}"
    await refused(client, path, {"end_date": None, "owner": "SCI 2"}, estate.manager, ["end_date"])
    await refused(
        client,
        path,
        {"annual_rent": None, "notice_months": None},
        estate.manager,
        ["annual_rent", "notice_months"],
    )


async def test_register_entry_null_status_is_refused_null_response_empties(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """The register's PATCH used to skip a null (the status kept, the response too)."""
    requester = auth(roles=["facilities.requester"], units=["DESE-CN"], sub="rita")
    manager = auth(roles=["facilities.manager"], units=["DSG-CT"], sub="carla")
    created = await client.post(
        "/register-entries",
        json={"site": "Montrouge", "unit_code": "DESE-CN", "title": "Escalier", "description": "x"},
        headers=requester,
    )
    assert created.status_code == 201, created.text
    path = f"/register-entries/{created.json()['id']}"
    await refused(client, path, {"status": None, "response": "Vu"}, manager, ["status"])
    answered = await client.patch(
        path, json={"response": "Réparé"}, headers={**manager, "If-Match": '"1"'}
    )
    assert answered.status_code == 200, answered.text
    emptied = await client.patch(
        path, json={"response": None}, headers={**manager, "If-Match": answered.headers["ETag"]}
    )
    assert emptied.status_code == 200, emptied.text
    assert (emptied.json()["response"], emptied.json()["status"]) == (None, "open")
    assert emptied.headers["ETag"] == '"3"'


async def test_logistics_null_status_is_refused_null_answer_empties(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """The logistics office's PATCH used to skip a null."""
    requester = auth(roles=["facilities.requester"], units=["DESE-CN"], sub="rita")
    manager = auth(roles=["facilities.manager"], units=["DSG-LOG"], sub="leo")
    created = await client.post(
        "/logistics-requests",
        json={
            "unit_code": "DESE-CN",
            "kind": "move",
            "description": "x",
            "wanted_on": "2026-04-10",
        },
        headers=requester,
    )
    assert created.status_code == 201, created.text
    path = f"/logistics-requests/{created.json()['id']}"
    await refused(client, path, {"status": None, "answer": "Le 10/04"}, manager, ["status"])
    answered = await client.patch(
        path, json={"answer": "Le 10/04"}, headers={**manager, "If-Match": '"1"'}
    )
    assert answered.status_code == 200, answered.text
    emptied = await client.patch(
        path, json={"answer": None}, headers={**manager, "If-Match": answered.headers["ETag"]}
    )
    assert emptied.status_code == 200, emptied.text
    assert (emptied.json()["answer"], emptied.json()["status"]) == (None, "submitted")


async def test_social_case_null_fields_are_refused(client: httpx.AsyncClient, auth: Any) -> None:
    """The social case's PATCH used to skip a null; a change of status still sets closed_on."""
    social = auth(roles=["facilities.social"], units=["DSG-SOCIAL"], sub="sonia")
    created = await client.post(
        "/social-cases",
        json={"unit_code": "DESE-CN", "agent_ref": "A-1", "category": "housing", "summary": "x"},
        headers=social,
    )
    assert created.status_code == 201, created.text
    path = f"/social-cases/{created.json()['id']}"
    await refused(client, path, {"status": None}, social, ["status"])
    await refused(
        client, path, {"category": None, "summary": None}, social, ["category", "summary"]
    )
    closed = await client.patch(
        path, json={"status": "closed"}, headers={**social, "If-Match": '"1"'}
    )
    assert closed.json()["closed_on"] == "2026-03-16"
    reopened = await client.patch(
        path, json={"status": "open", "summary": "y"}, headers={**social, "If-Match": '"2"'}
    )
    assert (reopened.json()["closed_on"], reopened.json()["summary"]) == (None, "y")
    assert reopened.headers["ETag"] == '"3"'


async def test_catalogue_null_price_is_refused_null_contract_reference_empties(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    """The catalogue's PATCH used to write the null into the column."""
    item = await purchasing.item("PC", "870.00")
    path = f"/catalogue/{item['id']}"
    buyer = purchasing.buyer
    await refused(client, path, {"unit_price_ht": None}, buyer, ["unit_price_ht"])
    await refused(
        client,
        path,
        {"label": None, "active": None, "channel": None},
        buyer,
        ["active", "channel", "label"],
    )
    filled = await client.patch(
        path, json={"contract_reference": "UGAP-1"}, headers={**buyer, "If-Match": '"1"'}
    )
    assert filled.status_code == 200, filled.text
    emptied = await client.patch(
        path, json={"contract_reference": None}, headers={**buyer, "If-Match": '"2"'}
    )
    assert emptied.status_code == 200, emptied.text
    assert emptied.json()["contract_reference"] is None


async def test_requisition_null_subject_is_refused(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    """The requisition's PATCH used to write the null into the column."""
    await purchasing.item("PEN", "2.50", channel="own_contract", category="supplies")
    req = await purchasing.requisition([("PEN", 10)])
    path = f"/requisitions/{req['id']}"
    requester = purchasing.requester()
    await refused(client, path, {"subject": None}, requester, ["subject"])
    await refused(
        client, path, {"kind": None, "action": None, "subject": "x"}, requester, ["action", "kind"]
    )
