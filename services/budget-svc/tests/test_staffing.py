"""Staff ceilings in ETPT compared with the ETPT of the assignments hr-svc reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import httpx

from sg_common.testing import ServiceEvents
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1, EtptReportedV1


def assigned(
    assignment_id: str, unit: str, quotite: str, start: date, end: date | None = None
) -> AgentAssignedV1:
    return AgentAssignedV1(
        assignment_id=assignment_id,
        agent_id=f"agent-{assignment_id}",
        unit_code=unit,
        start_date=start,
        end_date=end,
        quotite=Decimal(quotite),
    )


async def test_ceiling_compared_with_assignments_of_the_unit_and_its_sub_units(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    service_events: ServiceEvents,
) -> None:
    created = await client.post(
        "/staff-ceilings",
        json={"unit_code": "DR-BRE", "fiscal_year": 2026, "etpt_ceiling": "1.50"},
        headers=manager,
    )
    assert created.status_code == 201, created.text
    assert created.json()["etpt_consumed"] == "0.00"
    # a full-time agent all year in a sub-unit, a half-time agent from 2 July (184 days)
    await service_events.deliver(
        assigned("A1", "DR-BRE-SES", "1.00", date(2020, 1, 1)), subject="A1"
    )
    await service_events.deliver(assigned("A2", "DR-BRE", "0.50", date(2026, 7, 2)), subject="A2")
    # another DR does not count
    await service_events.deliver(assigned("A3", "DR-NOR", "1.00", date(2020, 1, 1)), subject="A3")
    fetched = await client.get(f"/staff-ceilings/{created.json()['id']}", headers=officer_bre)
    body = fetched.json()
    assert body["etpt_consumed"] == "1.25"  # 1 + 0.5 × 184/365
    assert body["etpt_remaining"] == "0.25"
    assert body["over_ceiling"] is False

    await service_events.deliver(
        assigned("A4", "DR-BRE-SED", "0.80", date(2026, 1, 1)), subject="A4"
    )
    over = (await client.get(f"/staff-ceilings/{created.json()['id']}", headers=officer_bre)).json()
    assert over["over_ceiling"] is True

    left = AgentLeftV1(agent_id="agent-A4", unit_code="DR-BRE-SED", left_on=date(2026, 1, 1))
    assert await service_events.deliver(left, subject="agent-A4") == "applied"
    after = (
        await client.get(f"/staff-ceilings/{created.json()['id']}", headers=officer_bre)
    ).json()
    assert after["etpt_consumed"] == "1.25"  # 0.8 × 1/365 rounds away


async def test_one_ceiling_per_unit_and_year_updated_with_if_match(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    body = {"unit_code": "DSG", "fiscal_year": 2026, "etpt_ceiling": "40.00"}
    created = await client.post("/staff-ceilings", json=body, headers=manager)
    again = await client.post("/staff-ceilings", json=body, headers=manager)
    assert again.status_code == 409
    assert slug(again) == "duplicate-staff-ceiling"
    url = f"/staff-ceilings/{created.json()['id']}"
    missing = await client.patch(
        url, json={"etpt_ceiling": "38.00", "reason": "Redéploiement"}, headers=manager
    )
    assert missing.status_code == 428
    updated = await client.patch(
        url,
        json={"etpt_ceiling": "38.00", "reason": "Redéploiement"},
        headers={**manager, "If-Match": created.headers["ETag"]},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["etpt_ceiling"] == "38.00"


async def test_ceilings_are_set_by_the_manager_and_scoped(
    client: httpx.AsyncClient,
    manager: dict[str, str],
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    slug: Callable[[httpx.Response], str],
) -> None:
    body = {"unit_code": "DR-BRE", "fiscal_year": 2026, "etpt_ceiling": "10.00"}
    refused = await client.post("/staff-ceilings", json=body, headers=officer_bre)
    assert refused.status_code == 403
    assert slug(refused) == "missing-role"
    created = await client.post("/staff-ceilings", json=body, headers=manager)
    assert len((await client.get("/staff-ceilings", headers=officer_bre)).json()["items"]) == 1
    assert (await client.get("/staff-ceilings", headers=officer_nor)).json()["items"] == []
    hidden = await client.get(f"/staff-ceilings/{created.json()['id']}", headers=officer_nor)
    assert hidden.status_code == 404


async def test_monthly_etpt_reported_by_hr_is_compared_with_the_ceiling(
    client: httpx.AsyncClient, manager: dict[str, str], service_events: ServiceEvents
) -> None:
    """Each agent counts once: hr's report of a unit already includes its sub-units.

    Hand-worked, DR-BRE for 2026 (DR-BRE-SES and DR-BRE-SED are its services):
    * January: DR-BRE reports 60.00 (its 24.00 in SES included); SES's own 24.00 is not added.
    * February: DR-BRE reports 50.00, then corrects it to 48.00 (the last report wins).
    * March: DR-BRE has not reported; SES reports 20.00 and SED 15.00, which do not overlap: 35.00.
    * DR-NOR's 99.00 is another directorate's.
    Year: (60 + 48 + 35) / 12 = 143 / 12 = 11.9166… → 11.92, over 3 months.
    """
    created = await client.post(
        "/staff-ceilings",
        json={"unit_code": "DR-BRE", "fiscal_year": 2026, "etpt_ceiling": "10.00"},
        headers=manager,
    )
    for unit, month, etpt in [
        ("DR-BRE", 1, "60.00"),
        ("DR-BRE-SES", 1, "24.00"),  # inside DR-BRE's 60.00
        ("DR-BRE", 2, "50.00"),
        ("DR-BRE", 2, "48.00"),  # a corrected report replaces the first
        ("DR-BRE-SES", 3, "20.00"),
        ("DR-BRE-SED", 3, "15.00"),
        ("DR-NOR", 1, "99.00"),  # another DR
    ]:
        report = EtptReportedV1(unit_code=unit, year=2026, month=month, etpt=Decimal(etpt))
        assert await service_events.deliver(report, subject=unit) == "applied"
    body = (await client.get(f"/staff-ceilings/{created.json()['id']}", headers=manager)).json()
    assert body["etpt_reported"] == "11.92"
    assert body["months_reported"] == 3
    # the service's own ceiling sees only its own reports: March's 20.00 over 12 months
    ses = await client.post(
        "/staff-ceilings",
        json={"unit_code": "DR-BRE-SES", "fiscal_year": 2026, "etpt_ceiling": "3.00"},
        headers=manager,
    )
    body = (await client.get(f"/staff-ceilings/{ses.json()['id']}", headers=manager)).json()
    assert body["etpt_reported"] == "3.67"  # (24 + 20) / 12 = 3.666…
    assert body["months_reported"] == 2
