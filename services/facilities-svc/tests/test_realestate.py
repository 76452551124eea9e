"""Real estate: sites, buildings, spaces, occupancy ratio, leases, occupants from HR."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_common.testing.plugin import AuthFactory
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1

pytestmark = pytest.mark.usefixtures("frozen_clock")


class Estate:
    def __init__(self, client: httpx.AsyncClient, auth: Any) -> None:
        self.client = client
        self.manager = auth(roles=["facilities.manager"], units=["DSG-IMMO"], sub="mia")

    async def post(self, url: str, body: dict[str, Any], headers: Any = None) -> dict[str, Any]:
        response = await self.client.post(url, json=body, headers=headers or self.manager)
        assert response.status_code == 201, response.text
        return response.json()

    async def building(self, code: str, unit: str = "DSG-IMMO") -> dict[str, Any]:
        site = await self.post(
            "/sites",
            {"code": f"S-{code}", "name": f"Site {code}", "city": "Montrouge", "unit_code": unit},
        )
        return await self.post(
            "/buildings",
            {
                "site_id": site["id"],
                "code": code,
                "name": f"Bâtiment {code}",
                "floors": 4,
                "tenure": "leased",
            },
        )

    async def space(
        self,
        building: dict[str, Any],
        code: str,
        sun: str,
        ws: int,
        unit: str = "DESE-CN",
        kind: str = "office",
    ) -> dict[str, Any]:
        return await self.post(
            "/spaces",
            {
                "building_id": building["id"],
                "code": code,
                "floor": 1,
                "kind": kind,
                "sun_m2": sun,
                "workstations": ws,
                "unit_code": unit,
            },
        )


@pytest.fixture
def estate(client: httpx.AsyncClient, auth: Any) -> Estate:
    return Estate(client, auth)


async def test_occupancy_ratio_equals_the_hand_computation(
    estate: Estate, client: httpx.AsyncClient
) -> None:
    dense = await estate.building("A")
    await estate.space(dense, "A-101", "24.50", 2)
    await estate.space(dense, "A-102", "60.00", 6)
    await estate.space(dense, "A-103", "35.25", 0, kind="meeting_room")
    roomy = await estate.building("B")
    await estate.space(roomy, "B-201", "40.00", 2, unit="DESE-CONJ")
    await estate.space(roomy, "B-202", "18.00", 1, unit="DESE-CONJ")
    empty = await estate.building("C")
    await estate.space(empty, "C-001", "50.00", 0, kind="storage")
    response = await client.get("/occupancy", headers=estate.manager)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["standard_m2"] == "12"
    by_code = {b["building_code"]: b for b in report["buildings"]}
    # A: (24.50 + 60.00 + 35.25) / (2 + 6 + 0) = 119.75 / 8 = 14.96875 → 14.97
    assert Decimal(by_code["A"]["sun_m2"]) == Decimal("119.75")
    assert by_code["A"]["workstations"] == 8
    assert by_code["A"]["m2_per_workstation"] == "14.97"
    assert by_code["A"]["above_standard"] is True
    # B: (40 + 18) / 3 = 19.333 → 19.33
    assert by_code["B"]["m2_per_workstation"] == "19.33"
    assert by_code["C"]["m2_per_workstation"] is None
    assert by_code["C"]["above_standard"] is False
    assert [b["building_code"] for b in report["buildings"]] == ["B", "A", "C"]
    units = {u["unit_code"]: u for u in report["units"]}
    assert units["DESE-CONJ"]["m2_per_workstation"] == "19.33"
    assert units["DESE-CN"]["workstations"] == 8


async def test_standard_is_a_parameter(estate: Estate, client: httpx.AsyncClient, app: Any) -> None:
    building = await estate.building("A")
    await estate.space(building, "A-1", "26.00", 2)  # 13 m² per workstation
    report = (await client.get("/occupancy", headers=estate.manager)).json()
    assert report["buildings"][0]["above_standard"] is True
    app.state.settings.occupancy_standard_m2 = Decimal("14")
    report = (await client.get("/occupancy", headers=estate.manager)).json()
    assert report["buildings"][0]["above_standard"] is False


async def test_leases_ending_within_n_months(estate: Estate, client: httpx.AsyncClient) -> None:
    building = await estate.building("A")
    for end in ("2026-03-10", "2026-05-31", "2026-09-16", "2026-09-17", "2030-12-31"):
        await estate.post(
            "/leases",
            {
                "building_id": building["id"],
                "owner": "SCI",
                "annual_rent": "1000.00",
                "start_date": "2018-01-01",
                "end_date": end,
            },
        )
    response = await client.get(
        "/leases", params={"ending_within_months": 6}, headers=estate.manager
    )
    assert [lease["end_date"] for lease in response.json()["items"]] == ["2026-05-31", "2026-09-16"]
    response = await client.post(
        "/leases",
        json={
            "building_id": building["id"],
            "owner": "SCI",
            "annual_rent": "1.00",
            "start_date": "2026-01-01",
            "end_date": "2025-12-31",
        },
        headers=estate.manager,
    )
    assert response.status_code == 422
    assert response.json()["type"].endswith("/invalid-lease-period")


async def test_duplicate_codes_refused(estate: Estate, client: httpx.AsyncClient) -> None:
    building = await estate.building("A")
    await estate.space(building, "A-1", "10.00", 1)
    response = await client.post(
        "/spaces",
        json={
            "building_id": building["id"],
            "code": "A-1",
            "kind": "office",
            "sun_m2": "5.00",
            "workstations": 1,
            "unit_code": "DESE-CN",
        },
        headers=estate.manager,
    )
    assert response.status_code == 409
    assert response.json()["type"].endswith("/duplicate-code")


async def test_occupants_come_from_hr_and_take_free_workstations(
    estate: Estate, client: httpx.AsyncClient, service_events: ServiceEvents
) -> None:
    building = await estate.building("A")
    space = await estate.space(building, "A-1", "12.00", 1)
    other_unit = await estate.space(building, "A-2", "12.00", 1, unit="DESE-CONJ")
    for n in (1, 2):
        await service_events.deliver(
            AgentAssignedV1(
                assignment_id=f"AS-{n}",
                agent_id=f"AG-{n}",
                unit_code="DESE-CN",
                start_date=date(2026, 3, 1),
                quotite=Decimal("1.00"),
            ),
            subject=f"AG-{n}",
        )
    occupants = (await client.get("/occupants", headers=estate.manager)).json()["items"]
    assert [o["agent_id"] for o in occupants] == ["AG-1", "AG-2"]
    first, second = occupants

    async def seat(occupant: dict[str, Any], space_id: int | None) -> httpx.Response:
        url = f"/occupants/{occupant['id']}/space"
        return await client.put(
            url,
            json={"space_id": space_id},
            headers={**estate.manager, "If-Match": f'"{occupant["version"]}"'},
        )

    assert (await seat(first, space["id"])).status_code == 200
    response = await seat(second, space["id"])
    assert response.status_code == 409
    assert response.json()["type"].endswith("/no-free-workstation")
    response = await seat(second, other_unit["id"])
    assert response.status_code == 409
    assert response.json()["type"].endswith("/wrong-unit-space")
    report = (await client.get("/occupancy", headers=estate.manager)).json()
    assert report["buildings"][0]["occupants"] == 1
    assert {u["unit_code"]: u["occupants"] for u in report["units"]}["DESE-CN"] == 2

    await service_events.deliver(
        AgentLeftV1(agent_id="AG-1", unit_code="DESE-CN", left_on=date(2026, 3, 15)),
        subject="AG-1",
    )
    assert (await seat(second, space["id"])).status_code == 200
    current = (await client.get("/occupants", headers=estate.manager)).json()["items"]
    assert [o["agent_id"] for o in current] == ["AG-2"]


async def test_reassignment_ends_the_previous_occupancy(
    estate: Estate, client: httpx.AsyncClient, service_events: ServiceEvents
) -> None:
    for n, unit in ((1, "DESE-CN"), (2, "DESE-CONJ")):
        envelope = AgentAssignedV1(
            assignment_id=f"AS-{n}",
            agent_id="AG-1",
            unit_code=unit,
            start_date=date(2026, n, 1),
            quotite=Decimal("0.80"),
        )
        assert await service_events.deliver(envelope, subject="AG-1") == "applied"
    current = (await client.get("/occupants", headers=estate.manager)).json()["items"]
    assert [(o["unit_code"], o["end_date"]) for o in current] == [("DESE-CONJ", None)]


async def test_agent_left_names_the_assignment_it_ends(
    estate: Estate, client: httpx.AsyncClient, service_events: ServiceEvents
) -> None:
    for n, unit in ((1, "DESE-CN"), (2, "DESE-CN")):
        await service_events.deliver(
            AgentAssignedV1(
                assignment_id=f"AS-{n}",
                agent_id=f"AG-{n}",
                unit_code=unit,
                start_date=date(2026, 1, 1),
                quotite=Decimal("1.00"),
            ),
            subject=f"AG-{n}",
        )
    await service_events.deliver(
        AgentLeftV1(
            agent_id="AG-1",
            unit_code="DESE-CN",
            left_on=date(2026, 3, 13),
            assignment_id="AS-other",
        ),
        subject="AG-1",
    )
    current = (await client.get("/occupants", headers=estate.manager)).json()["items"]
    assert [o["agent_id"] for o in current] == ["AG-1", "AG-2"]  # not that assignment
    await service_events.deliver(
        AgentLeftV1(
            agent_id="AG-1", unit_code="DESE-CN", left_on=date(2026, 3, 13), assignment_id="AS-1"
        ),
        subject="AG-1",
    )
    history = (await client.get("/occupants?current=false", headers=estate.manager)).json()
    assert [(o["agent_id"], o["end_date"]) for o in history["items"]] == [
        ("AG-1", "2026-03-13"),
        ("AG-2", None),
    ]


async def test_scope_of_a_regional_directorate(
    estate: Estate, client: httpx.AsyncClient, auth: Any
) -> None:
    bre = await estate.building("RENNES", unit="DR-BRE")
    await estate.building("NANTES", unit="DR-PDL")
    bre_reader = auth(roles=["facilities.requester"], units=["DR-BRE"])
    listed = (await client.get("/buildings", headers=bre_reader)).json()["items"]
    assert [b["code"] for b in listed] == ["RENNES"]
    pdl_reader = auth(roles=["facilities.requester"], units=["DR-PDL"])
    assert (await client.get(f"/buildings/{bre['id']}", headers=pdl_reader)).status_code == 404
    response = await client.post(
        "/sites",
        json={"code": "X", "name": "X", "city": "Nantes", "unit_code": "DR-PDL"},
        headers=pdl_reader,
    )
    assert response.status_code == 403  # only managers write
    dr_manager = auth(roles=["facilities.manager"], units=["DR-PDL"])
    etag = (await client.get(f"/buildings/{bre['id']}", headers=estate.manager)).headers["ETag"]
    response = await client.patch(
        f"/buildings/{bre['id']}", json={"floors": 5}, headers={**dr_manager, "If-Match": etag}
    )
    assert response.status_code == 200  # the manager role is all-seeing (DSG)
    assert response.json()["floors"] == 5


async def test_building_costs_and_updates(estate: Estate, client: httpx.AsyncClient) -> None:
    building = await estate.building("A")
    url = f"/buildings/{building['id']}/costs"
    await estate.post(url, {"year": 2025, "kind": "energy", "amount": "84000.00"})
    await estate.post(url, {"year": 2025, "kind": "rent", "amount": "1250000.00"})
    costs = (await client.get(url, params={"year": 2025}, headers=estate.manager)).json()
    assert sorted(c["amount"] for c in costs) == ["1250000.00", "84000.00"]
    response = await client.patch(
        f"/buildings/{building['id']}", json={"floors": 9}, headers=estate.manager
    )
    assert response.status_code == 428


async def test_a_lease_takes_its_signed_copy(
    estate: Estate, client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    """Documents (issue #22, item 2): the signed lease, read by those who read the lease."""
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
    scan = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 40
    attached = await client.post(
        f"/leases/{lease['id']}/attachments",
        files={"file": ("bail.pdf", scan)},
        headers=estate.manager,
    )
    assert attached.status_code == 201, attached.text
    assert attached.json()["filename"] == "bail.jpg"
    outsider = auth(roles=["facilities.requester"], units=["DR-BRE"])
    listed = await client.get(f"/leases/{lease['id']}/attachments", headers=outsider)
    assert listed.status_code == 404
    writer = auth(roles=["facilities.requester"], units=["DSG-IMMO"])
    refused = await client.post(
        f"/leases/{lease['id']}/attachments", files={"file": ("x.pdf", scan)}, headers=writer
    )
    assert refused.status_code == 403  # leases are the DSG's to file
