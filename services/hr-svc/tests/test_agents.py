"""Agents, assignments, movements, departures and personal data."""

from __future__ import annotations

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_common.testing.plugin import AuthFactory

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")

PERSONAL = {"birth_date", "email", "phone", "address", "matricule", "grade", "corps", "echelon"}


async def test_hire_and_read_full_view_as_hr(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    response = await client.get(f"/agents/{agent['id']}", headers=manager)
    assert response.status_code == 200
    assert response.headers["ETag"] == '"1"'
    body = response.json()
    assert body["birth_date"] == "1985-04-12"
    assert body["email"] == "claire.martin@insee.fr"
    assert body["active"] is True


async def test_a_non_hr_role_sees_no_personal_data(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    agent = await hr.hire(manager)
    colleague = auth(roles=["budget.officer"], units=["DR-BRE"])
    one = await client.get(f"/agents/{agent['id']}", headers=colleague)
    assert one.status_code == 200
    assert set(one.json()) == {"id", "last_name", "first_name", "unit_code", "active"}
    assert "ETag" not in one.headers
    listing = await client.get("/agents", headers=colleague)
    [item] = listing.json()["items"]
    assert not PERSONAL & set(item)
    assert "1985" not in listing.text
    assert "insee.fr" not in listing.text
    trainer = await client.get(
        f"/agents/{agent['id']}", headers=auth(roles=["hr.trainer"], units=["DR-BRE"])
    )
    assert not PERSONAL & set(trainer.json())


async def test_officer_sees_personal_data_of_own_units_only(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    bre = await hr.hire(manager)
    nor = await hr.hire(manager, matricule="A000002", unit_code="DR-NOR-SES")
    officer = auth(roles=["hr.officer"], units=["DR-BRE"])
    assert (await client.get(f"/agents/{bre['id']}", headers=officer)).json()["email"]
    assert (await client.get(f"/agents/{nor['id']}", headers=officer)).status_code == 404
    listing = await client.get("/agents", headers=officer)
    assert [a["id"] for a in listing.json()["items"]] == [bre["id"]]
    refused = await client.post(
        "/agents",
        json={**(await client.get(f"/agents/{bre['id']}", headers=officer)).json()},
        headers=officer,
    )
    assert refused.status_code == 422  # read model is not a create body
    out = await client.post(
        "/agents",
        json={
            "matricule": "X1",
            "last_name": "A",
            "first_name": "B",
            "category": "B",
            "corps": "Contrôleur",
            "grade": "Contrôleur",
            "status": "titulaire",
            "quotite": "1.00",
            "unit_code": "DR-NOR",
            "hired_on": "2026-01-01",
        },
        headers=officer,
    )
    assert out.status_code == 403
    assert hr.slug(out) == "out-of-scope"


async def test_creating_an_agent_needs_an_hr_role(
    client: httpx.AsyncClient, hr: Helpers, auth: AuthFactory
) -> None:
    response = await client.post(
        "/agents", json=hr.body(), headers=auth(roles=["hr.trainer"], units=["DG"])
    )
    assert response.status_code == 403
    assert hr.slug(response) == "missing-role"


async def test_duplicate_matricule_refused(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    await hr.hire(manager)
    response = await client.post("/agents", json=hr.body(), headers=manager)
    assert response.status_code == 409
    assert hr.slug(response) == "duplicate-matricule"


async def test_overlapping_assignments_above_100_percent_refused(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    first = await hr.assign(
        manager,
        agent["id"],
        unit_code="DR-BRE-SES",
        start_date="2026-01-01",
        quotite="0.60",
    )
    assert first.status_code == 201, first.text
    later = await hr.assign(
        manager,
        agent["id"],
        unit_code="DR-BRE-SED",
        start_date="2026-06-01",
        end_date="2026-06-30",
        quotite="0.50",
    )
    assert later.status_code == 409
    assert hr.slug(later) == "quotite-exceeded"
    allowed = await hr.assign(
        manager,
        agent["id"],
        unit_code="DR-BRE-SED",
        start_date="2026-06-01",
        end_date="2026-06-30",
        quotite="0.40",
    )
    assert allowed.status_code == 201, allowed.text
    # a third one on a non-overlapping period is fine even at 100 %
    ok = await client.post(
        f"/assignments/{first.json()['id']}/end", json={"end_date": "2026-12-31"}, headers=manager
    )
    assert ok.status_code == 200
    after = await hr.assign(
        manager,
        agent["id"],
        unit_code="DR-BRE-SED",
        start_date="2027-01-01",
        quotite="1.00",
    )
    assert after.status_code == 201, after.text


async def test_assignment_history_is_kept_and_publishes_events(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], service_events: ServiceEvents
) -> None:
    agent = await hr.hire(manager, quotite="0.80")
    created = await hr.assign(manager, agent["id"], unit_code="DR-BRE-SES", start_date="2026-01-01")
    assert created.json()["quotite"] == "0.80"  # default: the agent's quotité
    moved = await client.post(
        f"/agents/{agent['id']}/movements",
        json={"to_unit_code": "DR-BRE-SED", "effective_date": "2026-04-01", "quotite": "0.80"},
        headers=manager,
    )
    assert moved.status_code == 201, moved.text
    history = (await client.get(f"/agents/{agent['id']}/assignments", headers=manager)).json()
    assert [(a["unit_code"], a["start_date"], a["end_date"]) for a in history["items"]] == [
        ("DR-BRE-SES", "2026-01-01", "2026-03-31"),
        ("DR-BRE-SED", "2026-04-01", None),
    ]
    assigned = await service_events.published("agent.assigned")
    assert [(e.data.unit_code, str(e.data.quotite)) for e in assigned] == [  # type: ignore[attr-defined]
        ("DR-BRE-SES", "0.80"),
        ("DR-BRE-SED", "0.80"),
    ]
    assert assigned[0].data.category == "A"  # type: ignore[attr-defined]
    [left] = await service_events.published("agent.left")
    assert left.data.unit_code == "DR-BRE-SES"  # type: ignore[attr-defined]
    assert str(left.data.left_on) == "2026-03-31"  # type: ignore[attr-defined]
    assert left.data.assignment_id == str(created.json()["id"])  # type: ignore[attr-defined]
    career = (await client.get(f"/agents/{agent['id']}/career", headers=manager)).json()
    assert [c["kind"] for c in career["items"]] == ["hired", "moved"]
    assert (await client.get(f"/agents/{agent['id']}", headers=manager)).json()[
        "unit_code"
    ] == "DR-BRE-SED"


async def test_ending_an_assignment_only_brings_it_forward(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    a = (
        await hr.assign(
            manager,
            agent["id"],
            unit_code="DR-BRE-SES",
            start_date="2026-01-01",
            end_date="2026-06-30",
        )
    ).json()
    later = await client.post(
        f"/assignments/{a['id']}/end", json={"end_date": "2026-07-31"}, headers=manager
    )
    assert later.status_code == 409
    assert hr.slug(later) == "assignment-already-ended"
    before = await client.post(
        f"/assignments/{a['id']}/end", json={"end_date": "2025-12-01"}, headers=manager
    )
    assert hr.slug(before) == "invalid-period"


async def test_departure_ends_open_assignments(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], service_events: ServiceEvents
) -> None:
    agent = await hr.hire(manager)
    await hr.assign(manager, agent["id"], unit_code="DR-BRE-SES", start_date="2026-01-01")
    gone = await client.post(
        f"/agents/{agent['id']}/departure",
        json={"left_on": "2026-02-28", "reason": "retraite"},
        headers=manager,
    )
    assert gone.status_code == 200, gone.text
    assert gone.json()["active"] is False
    [left] = await service_events.published("agent.left")
    assert str(left.data.left_on) == "2026-02-28"  # type: ignore[attr-defined]
    again = await client.post(
        f"/agents/{agent['id']}/departure",
        json={"left_on": "2026-03-31", "reason": "x"},
        headers=manager,
    )
    assert hr.slug(again) == "agent-already-left"
    late = await hr.assign(manager, agent["id"], unit_code="DR-BRE-SES", start_date="2026-04-01")
    assert hr.slug(late) == "agent-already-left"


async def test_assignment_before_hire_refused(hr: Helpers, manager: dict[str, str]) -> None:
    agent = await hr.hire(manager, hired_on="2026-02-01")
    response = await hr.assign(
        manager, agent["id"], unit_code="DR-BRE-SES", start_date="2026-01-01"
    )
    assert hr.slug(response) == "assignment-before-hire"


async def test_update_needs_if_match_and_records_promotion(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str]
) -> None:
    agent = await hr.hire(manager)
    path = f"/agents/{agent['id']}"
    missing = await client.patch(path, json={"grade": "Attaché principal"}, headers=manager)
    assert missing.status_code == 428
    stale = await client.patch(
        path, json={"grade": "Attaché principal"}, headers={**manager, "If-Match": '"9"'}
    )
    assert stale.status_code == 412
    null = await client.patch(path, json={"grade": None}, headers={**manager, "If-Match": '"1"'})
    assert null.status_code == 422
    ok = await client.patch(
        path,
        json={"grade": "Attaché principal", "effective_date": "2026-03-01"},
        headers={**manager, "If-Match": '"1"'},
    )
    assert ok.status_code == 200
    assert ok.headers["ETag"] == '"2"'
    career = (await client.get(f"{path}/career", headers=manager)).json()["items"]
    assert career[-1]["kind"] == "promoted"
    assert career[-1]["grade"] == "Attaché principal"


async def test_officer_cannot_assign_or_read_assignments_of_another_dr(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    agent = await hr.hire(manager)
    a = (
        await hr.assign(manager, agent["id"], unit_code="DR-BRE-SES", start_date="2026-01-01")
    ).json()
    other = auth(roles=["hr.officer"], units=["DR-NOR"])
    assert (
        await client.get(f"/agents/{agent['id']}/assignments", headers=other)
    ).status_code == 404
    assert (await client.get("/assignments", headers=other)).json()["items"] == []
    end = await client.post(
        f"/assignments/{a['id']}/end", json={"end_date": "2026-05-01"}, headers=other
    )
    assert end.status_code == 404
    own = auth(roles=["hr.officer"], units=["DR-BRE"])
    to_nor = await hr.assign(
        own, agent["id"], unit_code="DR-NOR-SES", start_date="2027-01-01", quotite="0.10"
    )
    assert hr.slug(to_nor) == "out-of-scope"
    plain = auth(roles=["budget.officer"], units=["DR-BRE"])
    assert (
        await client.get(f"/agents/{agent['id']}/assignments", headers=plain)
    ).status_code == 403


async def test_my_own_record(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await hr.hire(manager, login="cmartin")
    mine = await client.get("/agents/me", headers=auth(roles=[], units=[], sub="cmartin"))
    assert mine.status_code == 200
    assert mine.json()["birth_date"] == "1985-04-12"
    nobody = await client.get("/agents/me", headers=auth(roles=[], units=[], sub="ghost"))
    assert nobody.status_code == 404
    # A real provider's sub is opaque: the login is the token's preferred_username.
    opaque = auth(sub="b3a9d6e2-0009", extra_claims={"preferred_username": "cmartin"})
    found = await client.get("/agents/me", headers=opaque)
    assert (found.status_code, found.json()["login"]) == (200, "cmartin")
