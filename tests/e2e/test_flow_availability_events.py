"""Budget's availability reaches facilities through ``budget.availability_changed`` (issue #21,
item 8): facilities' figure from budget's events equals budget's own after an allocation, a
transfer, the mise en réserve and a commitment.

Units and year of its own: DR-OCC-SES and DR-NAQ-SES, fiscal year 2030 (opened here with a
10 % reserve rate on titles other than T2).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from .helpers import BUDGET_MANAGER, allocate, as_, expect, money, wait_for
from .suite import Suite

pytestmark = pytest.mark.e2e

YEAR = 2030
U, V = "DR-OCC-SES", "DR-NAQ-SES"
LINE = {"action": "01", "title": "T5"}


def _open_year_with_a_10_percent_reserve(suite: Suite) -> None:
    with as_(suite, "budget", BUDGET_MANAGER) as budget:
        created = budget.post("/fiscal-years", json={"year": YEAR, "reserve_rate_other": "0.1000"})
        if created.status_code == 409:  # opened by an earlier run of the suite: set the rate
            found = budget.get(f"/fiscal-years/{YEAR}")
            expect(
                budget.patch(
                    f"/fiscal-years/{YEAR}",
                    json={"reserve_rate_other": "0.1000"},
                    headers={"If-Match": found.headers["ETag"]},
                )
            )
        else:
            expect(created, 201)


def _budget_line(suite: Suite, unit: str) -> dict[str, Any]:
    with as_(suite, "budget", BUDGET_MANAGER) as budget:
        found: dict[str, Any] = expect(budget.get(f"/availability/{unit}/{YEAR}/01/T5"))
        return found


def _facilities_lines(suite: Suite, unit: str, source: str | None) -> dict[str, Any]:
    requester = ("facilities.requester", unit, f"req-{unit.lower()}")
    params: dict[str, Any] = {"unit_code": unit, "fiscal_year": YEAR}
    if source is not None:
        params["source"] = source
    with as_(suite, "facilities", requester) as facilities:
        found: dict[str, Any] = expect(facilities.get("/budget-availability", params=params))
        return found


def test_facilities_figure_from_budgets_events_equals_budgets_availability(suite: Suite) -> None:
    """Allocation of 100 000.00 AE / 80 000.00 CP to U; transfer of 20 000.00 / 20 000.00 from U
    to V; mise en réserve at 10 % of the notified amounts (10 000.00 / 8 000.00); commitment of
    30 000.00 AE on U. U: 100 000 − 20 000 − 10 000 − 30 000 = 40 000.00 AE available; V:
    20 000.00 (a transfer, not an allocation: the reserve does not freeze it). Facilities used to
    show U's 100 000.00 notified as available when budget could not be asked."""
    _open_year_with_a_10_percent_reserve(suite)
    allocate(suite, U, year=YEAR, ae="100000.00", cp="80000.00", **LINE)
    with as_(suite, "budget", BUDGET_MANAGER) as budget:
        expect(
            budget.post(
                "/transfers",
                json={
                    "fiscal_year": YEAR,
                    "source": {"unit_code": U, **LINE},
                    "destination": {"unit_code": V, **LINE},
                    "ae": "20000.00",
                    "cp": "20000.00",
                    "reason": "Redéploiement e2e",
                },
            ),
            201,
        )
        expect(budget.post(f"/fiscal-years/{YEAR}/reserve", json={"reason": "Réserve e2e"}), 201)
        expect(
            budget.post(
                "/commitments",
                json={
                    "unit_code": U,
                    "fiscal_year": YEAR,
                    **LINE,
                    "ae": "30000.00",
                    "description": "Marché e2e",
                },
            ),
            201,
        )
    budget_u = _budget_line(suite, U)
    assert money(budget_u["available_ae"]) == Decimal("40000.00")
    assert money(_budget_line(suite, V)["available_ae"]) == Decimal("20000.00")

    def facilities_holds_budgets_figures() -> None:
        [line] = _facilities_lines(suite, U, "events")["items"]
        assert money(line["ae_available"]) == Decimal("40000.00"), line
        [other] = _facilities_lines(suite, V, "events")["items"]
        assert money(other["ae_available"]) == Decimal("20000.00"), other

    wait_for(facilities_holds_budgets_figures, what="facilities' view of budget's availability")
    body = _facilities_lines(suite, U, "events")
    assert body["source"] == "events"
    [line] = body["items"]
    assert money(line["ae_allocated"]) == money(budget_u["allocated_ae"]) == Decimal("80000.00")
    assert money(line["ae_committed"]) == money(budget_u["committed_ae"]) == Decimal("30000.00")
    assert money(line["ae_available"]) == money(budget_u["available_ae"])
    online = _facilities_lines(suite, U, None)
    assert online["source"] == "budget"
    assert money(online["items"][0]["ae_available"]) == Decimal("40000.00")
