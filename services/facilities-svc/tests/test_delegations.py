"""Approval of requisitions by délégation de signature (issue #21, item 7), facilities' side.

The approval (or refusal: the same decision) of a submitted requisition is the purchasing
office's act (``facilities.manager``, ``facilities.buyer``), or that of a person holding a
délégation de signature from one of them for ``facilities.approve_requisition`` (hr's
``delegation.granted``), for the requisition's unit, in force on the day of the decision.

Hand-worked case: delegation 21, the buyer ``bob-buyer`` → ``ara-deputy`` (no facilities
role), for DR-ARA and its sub-units, from 2026-03-01 to 2026-06-30.

* 2026-04-15: the deputy approves a requisition of DR-ARA-SES (a sub-unit) → 200, approved by
  ``ara-deputy`` by delegation of ``bob-buyer``; refuses another one → 200, the same record.
* 2026-07-01, the day after ``valid_to``: → 403 no-delegation (dates ["2026-07-01"]).
* Revoked from 2026-04-20: 2026-04-19 → 200; 2026-04-20 → 403.
* A requisition of DR-BRE (outside the delegation's units): not in what the deputy may see,
  404 as any record outside one's scope; nothing changes.
* ``ara-other`` (neither role nor delegation) → 403 no-delegation.
* The deputy's own requisition, or one the delegator requested → 409 self-approval.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

from sg_common.clock import Clock
from sg_common.testing import ServiceEvents
from sg_contracts.hr import DelegationGrantedV1, DelegationRevokedV1

pytestmark = pytest.mark.usefixtures("frozen_clock")

APPROVE = "facilities.approve_requisition"


def grant(delegation_id: str = "21", **overrides: Any) -> DelegationGrantedV1:
    values: dict[str, Any] = {
        "delegation_id": delegation_id,
        "delegator_id": "30",
        "delegator_login": "bob-buyer",
        "delegator_role": "facilities.buyer",
        "delegate_id": "15",
        "delegate_login": "ara-deputy",
        "acts": [APPROVE, "budget.commit"],
        "unit_codes": ["DR-ARA"],
        "valid_from": date(2026, 3, 1),
        "valid_to": date(2026, 6, 30),
    }
    values.update(overrides)
    return DelegationGrantedV1(**values)


def on(clock: Clock, day: str) -> None:
    clock.freeze(datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC))


def slug(response: httpx.Response) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


@pytest.fixture
def deputy(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    return auth(roles=[], units=["DR-ARA-SES"], sub="ara-deputy")


async def submitted(purchasing: Any, unit: str = "DR-ARA-SES", **kwargs: Any) -> int:
    requisition = await purchasing.requisition([("DESK", 2)], unit, **kwargs)
    headers = kwargs.get("headers") or purchasing.requester(unit)
    response = await purchasing.step(requisition["id"], "submit", headers=headers)
    assert response.status_code == 200, response.text
    return int(requisition["id"])


async def test_a_delegate_approves_within_the_delegations_dates_and_units(
    purchasing: Any,
    deputy: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
    auth: Callable[..., dict[str, str]],
) -> None:
    on(frozen_clock, "2026-04-15")
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    first, second, third = [await submitted(purchasing) for _ in range(3)]
    bre = await submitted(purchasing, "DR-BRE")
    refused = await purchasing.step(first, "approve", headers=deputy)
    assert (refused.status_code, slug(refused)) == (403, "no-delegation")  # nothing received
    assert await service_events.deliver(grant(), subject="delegation-21") == "applied"

    approved = await purchasing.step(first, "approve", headers=deputy)
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert (body["status"], body["approved_by"], body["approved_by_delegation_of"]) == (
        "approved",
        "ara-deputy",
        "bob-buyer",
    )
    no = await purchasing.step(second, "refuse", {"reason": "Stock disponible"}, headers=deputy)
    assert no.status_code == 200, no.text
    assert (no.json()["status"], no.json()["approved_by_delegation_of"]) == (
        "refused",
        "bob-buyer",
    )

    outside = await purchasing.step(bre, "approve", headers=deputy)
    assert outside.status_code == 404
    other = auth(roles=[], units=["DR-ARA-SES"], sub="ara-other")
    nobody = await purchasing.step(third, "approve", headers=other)
    assert (nobody.status_code, slug(nobody)) == (403, "no-delegation")

    on(frozen_clock, "2026-07-01")  # the day after valid_to
    late = await purchasing.step(third, "approve", headers=deputy)
    assert (late.status_code, slug(late)) == (403, "no-delegation")
    assert late.json()["dates"] == ["2026-07-01"]
    # The buyer approves in their own right: nothing recorded by delegation.
    own = await purchasing.step(third, "approve")
    assert (own.json()["approved_by"], own.json()["approved_by_delegation_of"]) == (
        "bob-buyer",
        None,
    )
    fetched = await purchasing.client.get(f"/requisitions/{bre}", headers=purchasing.buyer)
    assert fetched.json()["status"] == "submitted"


async def test_a_revoked_delegation_no_longer_applies_from_its_revocation_date(
    purchasing: Any, deputy: dict[str, str], service_events: ServiceEvents, frozen_clock: Clock
) -> None:
    on(frozen_clock, "2026-04-10")
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    first, second = [await submitted(purchasing) for _ in range(2)]
    assert await service_events.deliver(grant(), subject="delegation-21") == "applied"
    revoked = DelegationRevokedV1(delegation_id="21", revoked_on=date(2026, 4, 20))
    assert await service_events.deliver(revoked, subject="delegation-21") == "applied"
    on(frozen_clock, "2026-04-19")
    assert (await purchasing.step(first, "approve", headers=deputy)).status_code == 200
    on(frozen_clock, "2026-04-20")
    refused = await purchasing.step(second, "approve", headers=deputy)
    assert (refused.status_code, slug(refused)) == (403, "no-delegation")


async def test_self_approval_is_refused_by_delegation_too(
    purchasing: Any,
    deputy: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
    auth: Callable[..., dict[str, str]],
) -> None:
    on(frozen_clock, "2026-04-15")
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    assert await service_events.deliver(grant(), subject="delegation-21") == "applied"
    own = await submitted(
        purchasing,
        headers=auth(roles=["facilities.requester"], units=["DR-ARA-SES"], sub="ara-deputy"),
    )
    mine = await purchasing.step(own, "approve", headers=deputy)
    assert (mine.status_code, slug(mine)) == (409, "self-approval")
    # Signed in the buyer's name, a requisition the buyer requested is theirs to approve.
    buyers = await submitted(purchasing, headers=purchasing.buyer)
    theirs = await purchasing.step(buyers, "approve", headers=deputy)
    assert (theirs.status_code, slug(theirs)) == (409, "self-approval")
    # The same when the provider's sub is opaque: the requester's login is recorded too.
    opaque = auth(
        roles=["facilities.buyer"],
        sub="b3a9d6e2-0030",
        extra_claims={"preferred_username": "bob-buyer"},
    )
    hidden = await submitted(purchasing, headers=opaque)
    again = await purchasing.step(hidden, "approve", headers=deputy)
    assert (again.status_code, slug(again)) == (409, "self-approval")


async def test_the_delegate_is_recognised_by_their_login(
    purchasing: Any,
    service_events: ServiceEvents,
    frozen_clock: Clock,
    auth: Callable[..., dict[str, str]],
) -> None:
    """With an opaque ``sub``, the delegate is the token's ``preferred_username``."""
    on(frozen_clock, "2026-04-15")
    await purchasing.item("DESK", "300.00", channel="ugap", category="furniture")
    requisition = await submitted(purchasing)
    assert await service_events.deliver(grant(), subject="delegation-21") == "applied"
    opaque = "b3a9d6e2-0015-4c1e-9a10-000000000015"
    bare = await purchasing.step(requisition, "approve", headers=auth(sub=opaque))
    assert (bare.status_code, slug(bare)) == (403, "no-delegation")
    named = auth(sub=opaque, extra_claims={"preferred_username": "ara-deputy"})
    approved = await purchasing.step(requisition, "approve", headers=named)
    assert approved.status_code == 200, approved.text
    assert approved.json()["approved_by_delegation_of"] == "bob-buyer"
