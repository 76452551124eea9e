"""Délégations de signature (issue #21, item 7), hr's side: the DRH records them, hr checks
what it can know, publishes ``delegation.granted`` / ``delegation.revoked`` for budget-svc.

Hand-worked case: on 2026-02-20 the DRH records the decision of DR-ARA's director (agent
``ara-director``, budget.officer of DR-ARA) delegating ``budget.commit`` for DR-ARA (and its
sub-units) to their deputy (``ara-deputy``) from 2026-03-01 to 2026-06-30. It covers DR-ARA-SES
(a sub-unit) on 2026-04-15 but not on 2026-07-01. Revoked from 2026-04-20, it still applies on
2026-04-19 and no longer on 2026-04-21.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from sg_common.clock import Clock
from sg_common.testing import ServiceEvents, payload
from sg_contracts.hr import DelegationGrantedV1, DelegationRevokedV1


@pytest.fixture
def feb20(frozen_clock: Clock) -> Clock:
    """The DRH records the decision on 2026-02-20, before it applies."""
    frozen_clock.freeze(datetime(2026, 2, 20, 9, 0, tzinfo=UTC))
    return frozen_clock


async def _people(hr: Any, manager: dict[str, str]) -> dict[str, int]:
    people = {
        "director": await hr.hire(
            manager, matricule="A100001", login="ara-director", unit_code="DR-ARA"
        ),
        "deputy": await hr.hire(
            manager, matricule="A100002", login="ara-deputy", unit_code="DR-ARA-SES"
        ),
        "other": await hr.hire(manager, matricule="A100003", login="ara-other", unit_code="DR-ARA"),
        "nologin": await hr.hire(manager, matricule="A100004", unit_code="DR-ARA"),
    }
    return {k: int(v["id"]) for k, v in people.items()}


def _body(ids: dict[str, int], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "delegator_id": ids["director"],
        "delegator_role": "budget.officer",
        "delegate_id": ids["deputy"],
        "acts": ["budget.commit"],
        "unit_codes": ["DR-ARA"],
        "valid_from": "2026-03-01",
        "valid_to": "2026-06-30",
        "legal_basis": "Décision n° 2026-04 du directeur régional du 19 février 2026",
    }
    body.update(overrides)
    return body


@pytest.mark.usefixtures("feb20")
async def test_a_delegation_is_recorded_published_listed_and_revoked(
    client: httpx.AsyncClient,
    hr: Any,
    manager: dict[str, str],
    service_events: ServiceEvents,
) -> None:
    ids = await _people(hr, manager)
    created = await client.post("/delegations", json=_body(ids), headers=manager)
    assert created.status_code == 201, created.text
    row = created.json()
    assert (row["acts"], row["unit_codes"], row["delegator_unit_code"]) == (
        ["budget.commit"],
        ["DR-ARA"],
        "DR-ARA",
    )
    [granted] = await service_events.published("delegation.granted")
    assert granted.subject == f"delegation-{row['id']}"
    data = payload(granted, DelegationGrantedV1)
    assert (data.delegator_login, data.delegate_login, data.delegator_role) == (
        "ara-director",
        "ara-deputy",
        "budget.officer",
    )
    assert (str(data.valid_from), str(data.valid_to), data.acts) == (
        "2026-03-01",
        "2026-06-30",
        ["budget.commit"],
    )

    async def listed(**params: Any) -> list[int]:
        got = await client.get("/delegations", params=params, headers=manager)
        assert got.status_code == 200, got.text
        return [item["id"] for item in got.json()["items"]]

    # DR-ARA-SES is a sub-unit of DR-ARA: covered; DR-BRE is not.
    assert await listed(unit_code="DR-ARA-SES", as_of="2026-04-15") == [row["id"]]
    assert await listed(unit_code="DR-BRE") == []
    assert await listed(as_of="2026-07-01") == []
    assert await listed(act="budget.commit", delegate_id=ids["deputy"]) == [row["id"]]
    assert await listed(act="budget.request_payment") == []

    url = f"/delegations/{row['id']}/revocation"
    body = {"revoked_on": "2026-04-20", "reason": "Décision du 15 avril 2026"}
    assert (await client.post(url, json=body, headers=manager)).status_code == 428
    revoked = await client.post(url, json=body, headers={**manager, "If-Match": '"1"'})
    assert revoked.status_code == 200, revoked.text
    assert (revoked.json()["revoked_on"], revoked.json()["version"]) == ("2026-04-20", 2)
    [event] = await service_events.published("delegation.revoked")
    revocation = payload(event, DelegationRevokedV1)
    assert (revocation.delegation_id, str(revocation.revoked_on)) == (
        str(row["id"]),
        "2026-04-20",
    )
    assert await listed(as_of="2026-04-19") == [row["id"]]
    assert await listed(as_of="2026-04-20") == []
    assert await listed(as_of="2026-04-21") == []
    again = await client.post(url, json=body, headers={**manager, "If-Match": '"2"'})
    assert (again.status_code, hr.slug(again)) == (409, "delegation-revoked")


@pytest.mark.usefixtures("feb20")
async def test_the_rules_of_a_delegation(
    client: httpx.AsyncClient, hr: Any, manager: dict[str, str]
) -> None:
    ids = await _people(hr, manager)

    async def refused(status: int, slug: str, **overrides: Any) -> None:
        got = await client.post("/delegations", json=_body(ids, **overrides), headers=manager)
        assert (got.status_code, hr.slug(got)) == (status, slug), got.text

    await refused(409, "self-delegation", delegate_id=ids["director"])
    await refused(409, "invalid-period", valid_from="2026-06-30", valid_to="2026-03-01")
    # Recorded on 2026-02-20: it cannot give power to sign acts of 2026-02-19.
    await refused(409, "retroactive-delegation", valid_from="2026-02-19")
    # An officer of DR-ARA delegates for DR-ARA's units only; the DPG manager for any unit.
    await refused(409, "outside-delegator-units", unit_codes=["DR-ARA", "DR-BRE"])
    await refused(409, "agent-without-login", delegate_id=ids["nologin"])
    await refused(422, "unknown-org-unit", unit_codes=["NOWHERE"])
    await refused(404, "not-found", delegate_id=999)
    bad_act = await client.post(
        "/delegations", json=_body(ids, acts=["budget.pay"]), headers=manager
    )
    assert bad_act.status_code == 422
    dpg = await client.post(
        "/delegations",
        json=_body(ids, delegator_role="budget.manager", unit_codes=["DR-BRE"]),
        headers=manager,
    )
    assert dpg.status_code == 201, dpg.text

    first = await client.post("/delegations", json=_body(ids), headers=manager)
    assert first.status_code == 201, first.text
    # The deputy signs budget.commit by delegation until 2026-06-30: they cannot delegate it on.
    await refused(
        409,
        "subdelegation-forbidden",
        delegator_id=ids["deputy"],
        delegate_id=ids["other"],
        unit_codes=["DR-ARA-SES"],
        delegator_role="budget.officer",
        valid_from="2026-06-01",
        valid_to="2026-12-31",
    )
    # Another act, or after the delegation ends, is not a sub-delegation (hr cannot tell
    # whether the deputy holds that role; it records the decision as stated).
    other_act = await client.post(
        "/delegations",
        json=_body(
            ids,
            delegator_id=ids["deputy"],
            delegate_id=ids["other"],
            unit_codes=["DR-ARA-SES"],
            acts=["budget.request_payment"],
        ),
        headers=manager,
    )
    assert other_act.status_code == 201, other_act.text


@pytest.mark.usefixtures("feb20")
async def test_who_may_record_and_read_delegations(
    client: httpx.AsyncClient,
    hr: Any,
    manager: dict[str, str],
    auth: Callable[..., dict[str, str]],
) -> None:
    ids = await _people(hr, manager)
    officer_ara = auth(roles=["hr.officer"], units=["DR-ARA"], sub="ara-hr")
    officer_bre = auth(roles=["hr.officer"], units=["DR-BRE"], sub="bre-hr")
    deputy = auth(roles=["budget.officer"], units=["DR-ARA"], sub="ara-deputy")
    refused = await client.post("/delegations", json=_body(ids), headers=officer_ara)
    assert (refused.status_code, hr.slug(refused)) == (403, "missing-role")
    created = await client.post("/delegations", json=_body(ids), headers=manager)
    row = created.json()
    mine = await client.get(f"/delegations/{row['id']}", headers=officer_ara)
    assert mine.status_code == 200
    assert mine.headers["etag"] == '"1"'
    assert (await client.get(f"/delegations/{row['id']}", headers=officer_bre)).status_code == 404
    listed = await client.get("/delegations", headers=officer_bre)
    assert listed.json()["items"] == []
    assert (await client.get("/delegations", headers=deputy)).status_code == 403
    revoke = await client.post(
        f"/delegations/{row['id']}/revocation",
        json={"revoked_on": "2026-04-20", "reason": "fin de mission"},
        headers={**officer_ara, "If-Match": '"1"'},
    )
    assert revoke.status_code == 403


@pytest.mark.usefixtures("feb20")
async def test_a_revocation_is_never_retroactive_nor_after_the_end(
    client: httpx.AsyncClient, hr: Any, manager: dict[str, str], frozen_clock: Clock
) -> None:
    ids = await _people(hr, manager)
    row = (await client.post("/delegations", json=_body(ids), headers=manager)).json()
    frozen_clock.freeze(datetime(2026, 4, 15, 9, 0, tzinfo=UTC))
    url = f"/delegations/{row['id']}/revocation"
    headers = {**manager, "If-Match": '"1"'}
    past = await client.post(
        url, json={"revoked_on": "2026-04-14", "reason": "x" * 3}, headers=headers
    )
    assert (past.status_code, hr.slug(past)) == (409, "retroactive-delegation")
    late = await client.post(
        url, json={"revoked_on": "2026-07-01", "reason": "xxx"}, headers=headers
    )
    assert (late.status_code, hr.slug(late)) == (409, "invalid-period")


@pytest.mark.usefixtures("feb20")
async def test_a_role_delegates_only_the_acts_of_its_service(
    client: httpx.AsyncClient, hr: Any, manager: dict[str, str], service_events: ServiceEvents
) -> None:
    """The approval of requisitions is the purchasing office's act: the DSG's facilities
    manager or a buyer delegates it, for any unit (both approve every unit's requisitions); a
    budget role cannot delegate it, nor a facilities role the ordonnateur's acts."""
    ids = await _people(hr, manager)

    async def post(**overrides: Any) -> httpx.Response:
        return await client.post("/delegations", json=_body(ids, **overrides), headers=manager)

    approve = "facilities.approve_requisition"
    for role, acts, foreign in (
        ("budget.officer", [approve], [approve]),
        ("budget.manager", ["budget.commit", approve], [approve]),
        ("facilities.buyer", ["budget.commit"], ["budget.commit"]),
    ):
        refused = await post(delegator_role=role, acts=acts)
        assert (refused.status_code, hr.slug(refused)) == (409, "act-not-of-role"), role
        assert refused.json()["acts"] == foreign
    # A buyer of DR-ARA delegates the approval for DR-BRE too: no unit bound, unlike an
    # officer, since a buyer approves every unit's requisitions.
    for role in ("facilities.buyer", "facilities.manager"):
        granted = await post(delegator_role=role, acts=[approve], unit_codes=["DR-BRE"])
        assert granted.status_code == 201, granted.text
    events = await service_events.published("delegation.granted")
    grants = [payload(e, DelegationGrantedV1) for e in events]
    assert [(g.delegator_role, g.acts) for g in grants] == [
        ("facilities.buyer", [approve]),
        ("facilities.manager", [approve]),
    ]


@pytest.mark.usefixtures("feb20")
async def test_a_departure_ends_the_delegations_from_the_next_day(
    client: httpx.AsyncClient,
    hr: Any,
    manager: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
) -> None:
    """The director leaves on 2026-04-30, recorded late on 2026-05-10: every delegation they
    give or receive that still applies after 2026-04-30 is revoked from 2026-05-01 (in the
    past: a departure is a fact, not a decision), published as ``delegation.revoked``.

    * A: director → deputy, 03-01..06-30 → revoked from 2026-05-01.
    * B: other → director, 03-01..12-31, already revoked from 06-01 → from 2026-05-01.
    * C: director → other, 09-01..12-31, not started → from 2026-05-01 (never applies).
    * E: director → deputy, 03-01..03-31, ended before the departure → untouched.
    * D: deputy → other, 04-01..06-30 (the director plays no part) → untouched.
    """
    ids = await _people(hr, manager)

    async def grant(**overrides: Any) -> int:
        got = await client.post("/delegations", json=_body(ids, **overrides), headers=manager)
        assert got.status_code == 201, got.text
        return int(got.json()["id"])

    a = await grant()
    b = await grant(delegator_id=ids["other"], delegate_id=ids["director"], valid_to="2026-12-31")
    revoked = await client.post(
        f"/delegations/{b}/revocation",
        json={"revoked_on": "2026-06-01", "reason": "Décision du 19 février 2026"},
        headers={**manager, "If-Match": '"1"'},
    )
    assert revoked.status_code == 200, revoked.text
    c = await grant(delegate_id=ids["other"], valid_from="2026-09-01", valid_to="2026-12-31")
    e = await grant(acts=["budget.request_payment"], valid_to="2026-03-31")
    d = await grant(
        delegator_id=ids["deputy"],
        delegate_id=ids["other"],
        acts=["budget.request_payment"],
        unit_codes=["DR-ARA-SES"],
        valid_from="2026-04-01",
    )
    already = len(await service_events.published("delegation.revoked"))

    frozen_clock.freeze(datetime(2026, 5, 10, 9, 0, tzinfo=UTC))
    gone = await client.post(
        f"/agents/{ids['director']}/departure",
        json={"left_on": "2026-04-30", "reason": "mutation"},
        headers=manager,
    )
    assert gone.status_code == 200, gone.text
    events = (await service_events.published("delegation.revoked"))[already:]
    revocations = [payload(ev, DelegationRevokedV1) for ev in events]
    assert sorted((int(r.delegation_id), str(r.revoked_on)) for r in revocations) == [
        (a, "2026-05-01"),
        (b, "2026-05-01"),
        (c, "2026-05-01"),
    ]
    for delegation_id, revoked_on in ((a, "2026-05-01"), (e, None), (d, None)):
        row = (await client.get(f"/delegations/{delegation_id}", headers=manager)).json()
        assert row["revoked_on"] == revoked_on, delegation_id
    row = (await client.get(f"/delegations/{a}", headers=manager)).json()
    assert row["revocation_reason"] == "departure of agent {} on 2026-04-30".format(ids["director"])
