"""Délégations de signature (issue #21, item 7), budget's side.

The ordonnateur's acts — the legal commitment, service fait, the payment request — are signed
by a ``budget.manager``, the unit's ``budget.officer``, or a person holding a délégation de
signature from one of them (hr's ``delegation.granted``), checked at the act's date; the act
records in whose name it was signed.

Hand-worked case: DR-ARA has 10 000.00 AE on 08/T3 in 2026 (DR-ARA-SES, its sub-unit, 1 000.00;
DR-BRE 5 000.00). Delegation 7 (``ara-director`` → ``ara-deputy``, who holds no budget role)
covers ``budget.commit`` on DR-ARA from 2026-03-01 to 2026-06-30.

* 2026-04-15, the deputy commits 4 000.00 on DR-ARA → 201, signed by ``ara-deputy`` by
  delegation of ``ara-director`` (delegation 7); available 10 000 − 4 000 = 6 000.00.
* same day, 500.00 on DR-ARA-SES (a sub-unit of DR-ARA) → 201, available 1 000 − 500 = 500.00.
* same day, 100.00 on DR-BRE (outside the delegation) → 403 no-delegation, DR-BRE keeps 5 000.00.
* 2026-02-28 (before it starts) and 2026-07-01 (the day after it ends) → 403, DR-ARA keeps
  6 000.00.
* Revoked from 2026-04-20: 1 000.00 on 2026-04-19 → 201 (available 5 000.00); 1 000.00 on
  2026-04-21 → 403 (still 5 000.00).
* Acts not delegated (service fait, payment request) → 403 no-delegation; a second delegation
  (8) for those acts lets the deputy certify 1 500.00 and request payment of a 1 200.00 invoice.
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


def grant(delegation_id: str = "7", **overrides: Any) -> DelegationGrantedV1:
    values: dict[str, Any] = {
        "delegation_id": delegation_id,
        "delegator_id": "12",
        "delegator_login": "ara-director",
        "delegator_role": "budget.officer",
        "delegate_id": "15",
        "delegate_login": "ara-deputy",
        "acts": ["budget.commit"],
        "unit_codes": ["DR-ARA"],
        "valid_from": date(2026, 3, 1),
        "valid_to": date(2026, 6, 30),
        "legal_basis": "Décision n° 2026-04 du directeur régional",
    }
    values.update(overrides)
    return DelegationGrantedV1(**values)


async def deliver_grant(events: ServiceEvents, payload: DelegationGrantedV1) -> None:
    subject = f"delegation-{payload.delegation_id}"
    assert await events.deliver(payload, subject=subject) == "applied"


def on(clock: Clock, day: str) -> None:
    clock.freeze(datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC))


@pytest.fixture
def deputy(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    """The delegate: an agent of DR-ARA-SES with no budget role."""
    return auth(roles=[], units=["DR-ARA-SES"], sub="ara-deputy")


async def commit(
    client: httpx.AsyncClient, headers: dict[str, str], ae: str, unit: str = "DR-ARA"
) -> httpx.Response:
    return await client.post(
        "/commitments",
        json={
            "unit_code": unit,
            "fiscal_year": 2026,
            "action": "08",
            "title": "T3",
            "ae": ae,
            "description": "Marché de reprographie",
        },
        headers=headers,
    )


async def test_a_delegate_commits_only_within_the_delegations_units_dates_and_acts(
    client: httpx.AsyncClient,
    budget: Any,
    deputy: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
    auth: Callable[..., dict[str, str]],
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    await budget.allocate("DR-ARA-SES", "1000.00", "1000.00")
    await budget.allocate("DR-BRE", "5000.00", "5000.00")
    on(frozen_clock, "2026-04-15")
    refused = await commit(client, deputy, "4000.00")
    assert (refused.status_code, slug(refused)) == (403, "no-delegation")  # nothing received yet
    await deliver_grant(service_events, grant())

    signed = await commit(client, deputy, "4000.00")
    assert signed.status_code == 201, signed.text
    body = signed.json()
    assert (body["created_by"], body["by_delegation_of"], body["delegation_id"]) == (
        "ara-deputy",
        "ara-director",
        "7",
    )
    assert (await budget.availability("DR-ARA"))["available_ae"] == "6000.00"
    sub_unit = await commit(client, deputy, "500.00", unit="DR-ARA-SES")
    assert sub_unit.status_code == 201, sub_unit.text
    assert (await budget.availability("DR-ARA-SES"))["available_ae"] == "500.00"

    outside = await commit(client, deputy, "100.00", unit="DR-BRE")
    assert (outside.status_code, slug(outside)) == (403, "no-delegation")
    assert outside.json()["unit_code"] == "DR-BRE"
    assert (await budget.availability("DR-BRE"))["available_ae"] == "5000.00"

    for day in ("2026-02-28", "2026-07-01"):
        on(frozen_clock, day)
        late = await commit(client, deputy, "100.00")
        assert (late.status_code, slug(late)) == (403, "no-delegation"), day
        assert late.json()["dates"] == [day]
    assert (await budget.availability("DR-ARA"))["available_ae"] == "6000.00"

    # Someone else with the same units and no delegation; the officer of DR-ARA signs in
    # their own right (no delegation recorded on the act).
    on(frozen_clock, "2026-04-15")
    other = auth(roles=[], units=["DR-ARA-SES"], sub="ara-other")
    assert (await commit(client, other, "100.00")).status_code == 403
    officer = auth(roles=["budget.officer"], units=["DR-ARA"], sub="ara-director")
    own = await commit(client, officer, "100.00")
    assert own.status_code == 201, own.text
    assert (own.json()["created_by"], own.json()["by_delegation_of"]) == ("ara-director", None)


async def test_a_revoked_delegation_no_longer_applies_from_its_revocation_date(
    client: httpx.AsyncClient,
    budget: Any,
    deputy: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    await deliver_grant(service_events, grant())
    revoked = DelegationRevokedV1(delegation_id="7", revoked_on=date(2026, 4, 20))
    assert await service_events.deliver(revoked, subject="delegation-7") == "applied"
    # A replay of the grant does not undo the revocation.
    assert await service_events.deliver(grant(), subject="delegation-7") == "applied"
    on(frozen_clock, "2026-04-19")
    assert (await commit(client, deputy, "1000.00")).status_code == 201
    assert (await budget.availability("DR-ARA"))["available_ae"] == "9000.00"
    for day in ("2026-04-20", "2026-04-21"):
        on(frozen_clock, day)
        refused = await commit(client, deputy, "1000.00")
        assert (refused.status_code, slug(refused)) == (403, "no-delegation"), day
    assert (await budget.availability("DR-ARA"))["available_ae"] == "9000.00"


async def test_a_revocation_overtaking_its_grant_is_kept(
    client: httpx.AsyncClient,
    budget: Any,
    deputy: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
) -> None:
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    revoked = DelegationRevokedV1(delegation_id="7", revoked_on=date(2026, 4, 20))
    assert await service_events.deliver(revoked, subject="delegation-7") == "applied"
    await deliver_grant(service_events, grant())
    on(frozen_clock, "2026-04-19")
    assert (await commit(client, deputy, "1000.00")).status_code == 201
    on(frozen_clock, "2026-04-21")
    assert (await commit(client, deputy, "1000.00")).status_code == 403


async def test_service_fait_and_payment_request_need_a_delegation_for_that_act(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    deputy: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
    auth: Callable[..., dict[str, str]],
    slug: Callable[[httpx.Response], str],
) -> None:
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    await budget.allocate("DR-BRE", "5000.00", "5000.00")
    await deliver_grant(service_events, grant())
    on(frozen_clock, "2026-04-15")
    commitment = (await commit(client, deputy, "4000.00")).json()
    invoice = await chain.invoice(commitment["id"], "1200.00", received_on="2026-04-10")

    not_delegated = await chain.service_done(commitment["id"], "1500.00", headers=deputy)
    assert (not_delegated.status_code, slug(not_delegated)) == (403, "no-delegation")
    request = await chain.request_payment(invoice["id"], headers=deputy)
    assert (request.status_code, slug(request)) == (403, "no-delegation")

    await deliver_grant(
        service_events,
        grant("8", acts=["budget.certify_service_fait", "budget.request_payment"]),
    )
    # Dated before the delegation started: the certification would bear a date on which
    # the deputy could not sign.
    backdated = await chain.service_done(
        commitment["id"], "1500.00", headers=deputy, certified_on="2026-02-27"
    )
    assert (backdated.status_code, slug(backdated)) == (403, "no-delegation")
    assert backdated.json()["dates"] == ["2026-02-27", "2026-04-15"]
    done = await chain.service_done(commitment["id"], "1500.00", headers=deputy)
    assert done.status_code == 201, done.text
    assert (done.json()["certified_by"], done.json()["by_delegation_of"]) == (
        "ara-deputy",
        "ara-director",
    )
    assert done.json()["delegation_id"] == "8"
    requested = await chain.request_payment(invoice["id"], headers=deputy)
    assert requested.status_code == 200, requested.text
    answer = requested.json()
    assert (answer["status"], answer["payment_requested_by"]) == ("to_pay", "ara-deputy")
    assert (
        answer["payment_requested_by_delegation_of"],
        answer["payment_request_delegation_id"],
    ) == ("ara-director", "8")

    # A delegate of another unit still finds nothing there (404), and a comptable cannot sign
    # an ordonnateur's act even with a delegation naming their login.
    bre = await chain.commitment("500.00", unit="DR-BRE")
    hidden = await chain.service_done(bre["id"], "100.00", headers=deputy)
    assert hidden.status_code == 404
    await deliver_grant(
        service_events, grant("9", delegate_login="cpf-accountant", acts=["budget.commit"])
    )
    comptable = auth(roles=["budget.accountant"], units=["DPG-CPF"], sub="cpf-accountant")
    refused = await commit(client, comptable, "100.00")
    assert (refused.status_code, slug(refused)) == (403, "missing-role")


async def test_a_departure_revokes_from_the_next_day(
    client: httpx.AsyncClient,
    budget: Any,
    deputy: dict[str, str],
    service_events: ServiceEvents,
    frozen_clock: Clock,
    slug: Callable[[httpx.Response], str],
) -> None:
    """hr records the delegator's departure on 2026-04-30 (late, on 2026-05-10) and publishes
    the revocation from 2026-05-01: the deputy still commits on 2026-04-30 (10 000 − 1 000 =
    9 000.00), no longer on 2026-05-01 (9 000.00 unchanged)."""
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    await deliver_grant(service_events, grant())
    departure = DelegationRevokedV1(delegation_id="7", revoked_on=date(2026, 5, 1))
    assert await service_events.deliver(departure, subject="delegation-7") == "applied"
    on(frozen_clock, "2026-04-30")
    assert (await commit(client, deputy, "1000.00")).status_code == 201
    on(frozen_clock, "2026-05-01")
    refused = await commit(client, deputy, "1000.00")
    assert (refused.status_code, slug(refused)) == (403, "no-delegation")
    assert (await budget.availability("DR-ARA"))["available_ae"] == "9000.00"


async def test_the_delegate_is_recognised_by_their_login_not_their_opaque_subject(
    client: httpx.AsyncClient,
    budget: Any,
    service_events: ServiceEvents,
    frozen_clock: Clock,
    auth: Callable[..., dict[str, str]],
    slug: Callable[[httpx.Response], str],
) -> None:
    """A real provider's ``sub`` is opaque; hr names the delegate by their directory login,
    the token's ``preferred_username``: the deputy commits 1 000.00 (10 000 − 1 000 =
    9 000.00), the act recording their subject as signatory and the director's login."""
    await budget.allocate("DR-ARA", "10000.00", "10000.00")
    await deliver_grant(service_events, grant())
    on(frozen_clock, "2026-04-15")
    opaque = "b3a9d6e2-0015-4c1e-9a10-000000000015"
    named = auth(
        sub=opaque, units=["DR-ARA-SES"], extra_claims={"preferred_username": "ara-deputy"}
    )
    signed = await commit(client, named, "1000.00")
    assert signed.status_code == 201, signed.text
    assert (signed.json()["created_by"], signed.json()["by_delegation_of"]) == (
        opaque,
        "ara-director",
    )
    assert (await budget.availability("DR-ARA"))["available_ae"] == "9000.00"
    # The same subject without the login claim is nobody hr named.
    bare = await commit(client, auth(sub=opaque, units=["DR-ARA-SES"]), "1000.00")
    assert (bare.status_code, slug(bare)) == (403, "no-delegation")
