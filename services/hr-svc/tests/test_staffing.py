"""Posts and ETPT (a fixed scenario computed by hand), ceilings, etpt.reported."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_common.testing.plugin import AuthFactory

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def _scenario(client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]) -> None:
    """A: full time all year in DR-BRE-SES; B: 80 % from 16 March in DR-BRE-SES;
    C: full time in DR-BRE-SED until 10 February (departure)."""
    a = await hr.hire(manager, matricule="A1", hired_on="2015-01-01")
    b = await hr.hire(manager, matricule="B1", quotite="0.80", hired_on="2026-03-16")
    c = await hr.hire(manager, matricule="C1", unit_code="DR-BRE-SED", hired_on="2010-01-01")
    for agent, unit, start in (
        (a, "DR-BRE-SES", "2026-01-01"),
        (b, "DR-BRE-SES", "2026-03-16"),
        (c, "DR-BRE-SED", "2025-06-01"),
    ):
        response = await hr.assign(manager, agent["id"], unit_code=unit, start_date=start)
        assert response.status_code == 201, response.text
    gone = await client.post(
        f"/agents/{c['id']}/departure",
        json={"left_on": "2026-02-10", "reason": "mutation hors Insee"},
        headers=manager,
    )
    assert gone.status_code == 200, gone.text


async def test_etpt_of_a_fixed_scenario_equals_the_hand_computation(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    await _scenario(client, hr, manager)
    ceiling = await client.put(
        "/etpt/DR-BRE/2026/ceiling", json={"ceiling": "1.50"}, headers=manager
    )
    assert ceiling.status_code == 200, ceiling.text
    statement = (await client.get("/etpt/DR-BRE/2026", headers=manager)).json()
    months = {m["month"]: Decimal(m["etpt"]) for m in statement["months"]}
    assert months[1] == Decimal("2.0000")  # A + C
    assert months[2] == Decimal("1.3571")  # A + C × 10/28
    assert months[3] == Decimal("1.4129")  # A + B 0.8 × 16/31
    assert all(months[m] == Decimal("1.8000") for m in range(4, 13))  # A + B 0.8
    # (2 + 1.357142857 + 1.412903226 + 9 × 1.8) / 12
    assert Decimal(statement["annual_etpt"]) == Decimal("1.7475")
    assert Decimal(statement["ceiling"]) == Decimal("1.50")
    assert Decimal(statement["variance"]) == Decimal("0.2475")
    assert Decimal(statement["months"][0]["variance"]) == Decimal("0.5000")
    only_unit = (
        await client.get(
            "/etpt/DR-BRE-SES/2026", params={"include_descendants": "false"}, headers=manager
        )
    ).json()
    # (1 + 1 + 1.412903226 + 9 × 1.8) / 12
    assert Decimal(only_unit["annual_etpt"]) == Decimal("1.6344")
    assert only_unit["ceiling"] is None
    assert only_unit["variance"] is None


async def test_etpt_report_publishes_etpt_reported(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], service_events: ServiceEvents
) -> None:
    await _scenario(client, hr, manager)
    response = await client.post(
        "/etpt/reports", json={"unit_code": "DR-BRE", "year": 2026, "month": 2}, headers=manager
    )
    assert response.status_code == 201, response.text
    assert Decimal(response.json()["etpt"]) == Decimal("1.3571")
    [event] = await service_events.published("etpt.reported")
    assert event.data.etpt == Decimal("1.3571")  # type: ignore[attr-defined]
    assert (event.data.unit_code, event.data.month) == ("DR-BRE", 2)  # type: ignore[attr-defined]


async def test_ceiling_is_set_by_the_manager_and_revised_with_if_match(
    client: httpx.AsyncClient, manager: dict[str, str], auth: AuthFactory
) -> None:
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    refused = await client.put("/etpt/DR-BRE/2026/ceiling", json={"ceiling": "9"}, headers=officer)
    assert refused.status_code == 403
    assert (
        await client.put("/etpt/DR-BRE/2026/ceiling", json={"ceiling": "9"}, headers=manager)
    ).status_code == 200
    no_match = await client.put(
        "/etpt/DR-BRE/2026/ceiling", json={"ceiling": "10"}, headers=manager
    )
    assert no_match.status_code == 428
    revised = await client.put(
        "/etpt/DR-BRE/2026/ceiling", json={"ceiling": "10"}, headers={**manager, "If-Match": '"1"'}
    )
    assert revised.status_code == 200
    assert revised.json()["version"] == 2
    read = await client.get("/etpt/DR-BRE/2026/ceiling", headers=officer)
    assert read.json()["ceiling"] == "10.00"


async def test_another_dr_cannot_read_the_etpt(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    other = auth(roles=["hr.officer"], units=["DR-NOR"])
    assert (await client.get("/etpt/DR-BRE/2026", headers=other)).status_code == 404
    report = await client.post(
        "/etpt/reports", json={"unit_code": "DR-BRE", "year": 2026, "month": 1}, headers=other
    )
    assert report.status_code == 403
    plain = auth(roles=["it.engineer"], units=["DR-BRE"])
    assert (await client.get("/etpt/DR-BRE/2026", headers=plain)).status_code == 403


async def test_posts_vacant_then_filled_and_rules(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    post = await client.post(
        "/posts",
        json={
            "code": "BRE-SES-001",
            "unit_code": "DR-BRE-SES",
            "title": "Chargé d'études",
            "category": "A",
            "opened_on": "2026-01-01",
        },
        headers=manager,
    )
    assert post.status_code == 201, post.text
    post_id = post.json()["id"]
    assert (await client.get("/posts", params={"vacant": "true"}, headers=manager)).json()["items"][
        0
    ]["id"] == post_id
    a = await hr.hire(manager, matricule="P1")
    b = await hr.hire(manager, matricule="P2")
    wrong_unit = await hr.assign(
        manager, a["id"], unit_code="DR-BRE-SED", start_date="2026-02-01", post_id=post_id
    )
    assert hr.slug(wrong_unit) == "post-unit-mismatch"
    held = await hr.assign(
        manager, a["id"], unit_code="DR-BRE-SES", start_date="2026-02-01", post_id=post_id
    )
    assert held.status_code == 201, held.text
    taken = await hr.assign(
        manager, b["id"], unit_code="DR-BRE-SES", start_date="2026-03-01", post_id=post_id
    )
    assert hr.slug(taken) == "post-already-filled"
    vacant = await client.get("/posts", params={"vacant": "true"}, headers=manager)
    assert vacant.json()["items"] == []
    filled = await client.get("/posts", params={"vacant": "false"}, headers=manager)
    assert [p["id"] for p in filled.json()["items"]] == [post_id]
    read = await client.get(f"/posts/{post_id}", headers=manager)
    assert read.json()["filled"] is True
    assert read.json()["holder_agent_id"] == a["id"]
    close = await client.patch(
        f"/posts/{post_id}",
        json={"closed_on": "2026-06-30"},
        headers={**manager, "If-Match": '"1"'},
    )
    assert hr.slug(close) == "post-filled"
    duplicate = await client.post(
        "/posts",
        json={
            "code": "BRE-SES-001",
            "unit_code": "DR-BRE-SES",
            "title": "x",
            "opened_on": "2026-01-01",
        },
        headers=manager,
    )
    assert hr.slug(duplicate) == "duplicate-post"
