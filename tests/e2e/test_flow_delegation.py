"""Flow 9 — a délégation de signature recorded in hr lets a deputy commit in budget (issue #21,
item 7).

The DRH records DR-ARA's director's decision delegating the signature of commitments on DR-ARA
to a deputy (an agent of DR-ARA-SES with no budget role), from today for 30 days; hr publishes
``delegation.granted`` and budget, once it has it, lets the deputy commit 4 000.00 on DR-ARA's
line, recording the director as the one in whose name it was signed: the line's available AE
falls by 4 000.00. A unit outside the delegation is refused. The DRH revokes it from today
(``delegation.revoked``) and budget then refuses the deputy's next commitment: the line keeps
its figure.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from sg_common.clock import today as paris_today  # the services' business date, read per request

from .helpers import (
    BUDGET_CONTROLLER,
    HR_MANAGER,
    allocate,
    as_,
    ensure_open_year,
    expect,
    hire,
    money,
    uid,
    wait_for,
)
from .suite import Suite

pytestmark = pytest.mark.e2e

UNIT = "DR-ARA"


def _available(suite: Suite, year: int) -> Decimal:
    with as_(suite, "budget", BUDGET_CONTROLLER) as budget:
        line = expect(budget.get(f"/availability/{UNIT}/{year}/08/T3"))
        return money(line["available_ae"])


def test_flow9_a_delegate_commits_in_budget_until_the_delegation_is_revoked(
    suite: Suite,
) -> None:
    year = paris_today().year
    ensure_open_year(suite, year)
    allocate(suite, UNIT, year=year, action="08", title="T3", ae="10000.00")
    director_id = hire(suite, UNIT)
    # the deputy's login: their directory login, preferred_username in their tokens (the
    # provider's sub is its own, opaque, in production mode)
    deputy_name = f"deputy-{uid()}"
    deputy_id = hire(suite, "DR-ARA-SES", login=deputy_name)
    with as_(suite, "hr", HR_MANAGER) as hr:
        director = expect(hr.get(f"/agents/{director_id}"))["login"]
        deputy = expect(hr.get(f"/agents/{deputy_id}"))["login"]
        delegation = expect(
            hr.post(
                "/delegations",
                json={
                    "delegator_id": director_id,
                    "delegator_role": "budget.officer",
                    "delegate_id": deputy_id,
                    "acts": ["budget.commit"],
                    "unit_codes": [UNIT],
                    "valid_from": str(paris_today()),
                    "valid_to": str(paris_today() + timedelta(days=30)),
                    "legal_basis": "Décision e2e du directeur régional",
                },
            ),
            201,
        )
    before = _available(suite, year)
    body: dict[str, Any] = {
        "unit_code": UNIT,
        "fiscal_year": year,
        "action": "08",
        "title": "T3",
        "ae": "4000.00",
        "description": "Marché de reprographie (e2e, par délégation)",
    }
    signed: list[dict[str, Any]] = []
    with suite.client("budget", roles=[], units="DR-ARA-SES", sub=deputy_name) as budget:

        def commit() -> None:
            response = budget.post("/commitments", json=body)
            assert response.status_code == 201, response.text  # 403 until budget has it
            signed.append(response.json())

        wait_for(commit, what="delegation.granted applied in budget")
        # the act records its signatory's subject and the delegator's login
        signatory = suite.subject([], "DR-ARA-SES", sub=deputy_name)
        assert (signed[0]["created_by"], signed[0]["by_delegation_of"]) == (signatory, director)
        assert deputy == deputy_name
        assert signed[0]["delegation_id"] == str(delegation["id"])
        assert _available(suite, year) == before - Decimal("4000.00")
        outside = budget.post("/commitments", json={**body, "unit_code": "DR-BRE"})
        assert outside.status_code == 403, outside.text

        with as_(suite, "hr", HR_MANAGER) as hr:
            expect(
                hr.post(
                    f"/delegations/{delegation['id']}/revocation",
                    json={"revoked_on": str(paris_today()), "reason": "Fin de l'intérim"},
                    headers={"If-Match": '"1"'},
                )
            )
        small = {**body, "ae": "1.00"}

        def refused() -> None:
            response = budget.post("/commitments", json=small)
            if response.status_code == 201:  # the revocation had not arrived yet
                signed.append(response.json())
            assert response.status_code == 403, response.text
            assert response.json()["type"].endswith("/no-delegation")

        wait_for(refused, what="delegation.revoked applied in budget")
        spent = sum(money(c["ae"]) for c in signed)
        assert _available(suite, year) == before - spent
