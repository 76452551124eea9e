"""Small helpers of the cross-service flows: role tokens, checked calls, common set-ups.

Everything goes over HTTP with a development token of the role that would do it in real life
(least privilege: a budget manager of the DPG allocates, an HR manager of the DRH hires...).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx

from .suite import Suite, eventually

#: Default deadline of a wait on another service (seconds).
WAIT = 30.0

#: (roles, units, subject) of the people who act in the flows.
BUDGET_MANAGER = ("budget.manager", "DPG-BUDGET", "dpg-budget")
BUDGET_CONTROLLER = ("budget.controller", "DPG-CG", "dpg-cg")
HR_MANAGER = ("hr.manager", "DRH", "drh-manager")
HR_TRAINER = ("hr.trainer", "SG", "drh-form")
FACILITIES_BUYER = ("facilities.buyer", "DSG-ACHATS", "dsg-buyer")
IT_PLANNER = ("it.planner", "DI-PLAN", "di-planner")
PRODUCTION_MANAGER = ("production.manager", "DOMP", "domp-manager")


def uid() -> str:
    """A short unique suffix for codes that must be unique in a running suite."""
    return uuid.uuid4().hex[:8].upper()


def as_(suite: Suite, service: str, who: tuple[str, str, str]) -> httpx.Client:
    """A client of ``service`` with the token of ``who`` (roles, units, subject)."""
    roles, units, sub = who
    return suite.client(service, roles=roles, units=units, sub=sub)


def expect(response: httpx.Response, status: int = 200) -> Any:
    """The JSON body of a response that must have ``status`` (the body is shown otherwise)."""
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url} → {response.status_code}: "
        f"{response.text[:1000]}"
    )
    return response.json() if response.content else None


def wait_for(check: Callable[[], Any], *, what: str, timeout: float = WAIT) -> Any:
    """``eventually`` for checks that assert and return nothing: done once they stop failing."""

    def attempt() -> Any:
        result = check()
        return True if result is None else result

    return eventually(attempt, timeout=timeout, what=what)


def money(value: Any) -> Decimal:
    """A money or quantity field (a decimal string) as a Decimal, for exact comparisons."""
    return Decimal(str(value))


def ensure_open_year(suite: Suite, year: int) -> None:
    """The fiscal year is open in budget (opened by the DPG when the reference lacks it)."""
    with as_(suite, "budget", BUDGET_MANAGER) as budget:
        found = budget.get(f"/fiscal-years/{year}")
        if found.status_code == 404:
            created = budget.post("/fiscal-years", json={"year": year})
            assert created.status_code in (201, 409), created.text  # 409: opened meanwhile
            found = budget.get(f"/fiscal-years/{year}")
        assert expect(found)["status"] == "open", found.text


def allocate(
    suite: Suite,
    unit: str,
    *,
    year: int,
    action: str,
    title: str,
    ae: str,
    cp: str | None = None,
) -> dict[str, Any]:
    """A direct dotation notified by the DPG's budget manager (emits ``budget.allocated``)."""
    with as_(suite, "budget", BUDGET_MANAGER) as budget:
        body = {
            "unit_code": unit,
            "fiscal_year": year,
            "action": action,
            "title": title,
            "ae": ae,
            "cp": cp or ae,
            "reason": "Dotation e2e",
        }
        result: dict[str, Any] = expect(budget.post("/allocations", json=body), 201)
        return result


def hire(
    suite: Suite,
    unit: str,
    *,
    quotite: str = "1.00",
    hired_on: str = "2020-01-01",
    login: str | None = None,
) -> int:
    """An agent recruited by the DRH in a managing unit; returns the agent id. ``login``: the
    ``sub`` of the agent's tokens (``Suite.subject``), when a service must recognise them."""
    code = uid()
    with as_(suite, "hr", HR_MANAGER) as hr:
        agent = expect(
            hr.post(
                "/agents",
                json={
                    "matricule": f"E{code}",
                    "login": login or f"e2e-{code.lower()}",
                    "last_name": "Essai",
                    "first_name": f"Agent {code}",
                    "category": "A",
                    "corps": "Attaché de l'Insee",
                    "grade": "Attaché principal",
                    "echelon": 3,
                    "status": "titulaire",
                    "quotite": quotite,
                    "unit_code": unit,
                    "hired_on": hired_on,
                },
            ),
            201,
        )
    return int(agent["id"])


def assign(suite: Suite, agent_id: int, unit: str, *, start: str = "2026-01-01") -> dict[str, Any]:
    """An assignment (affectation) made by the DRH (emits ``agent.assigned``)."""
    with as_(suite, "hr", HR_MANAGER) as hr:
        result: dict[str, Any] = expect(
            hr.post(
                f"/agents/{agent_id}/assignments",
                json={"unit_code": unit, "start_date": start, "reason": "prise de poste"},
            ),
            201,
        )
        return result


def catalogue_item(suite: Suite, *, category: str, price: str, channel: str = "ugap") -> str:
    """A catalogue item created by the purchasing office; returns its code."""
    code = f"E2E-{category[:3].upper()}-{uid()}"
    with as_(suite, "facilities", FACILITIES_BUYER) as buyer:
        expect(
            buyer.post(
                "/catalogue",
                json={
                    "code": code,
                    "label": f"Article e2e {code}",
                    "category": category,
                    "channel": channel,
                    "unit_price_ht": price,
                    "vat_rate": "0.20",
                },
            ),
            201,
        )
    return code


def order(
    suite: Suite,
    unit: str,
    lines: list[tuple[str, int]],
    *,
    year: int,
    action: str,
    title: str,
) -> dict[str, Any]:
    """A unit's requisition, submitted by its requester, approved and ordered by the buyer.

    Returns the requisition as ordered (``order_id`` set, ``awaiting_commitment``).
    """
    requester = ("facilities.requester", unit, f"req-{unit.lower()}")
    with (
        as_(suite, "facilities", requester) as req,
        as_(suite, "facilities", FACILITIES_BUYER) as b,
    ):
        created = expect(
            req.post(
                "/requisitions",
                json={
                    "unit_code": unit,
                    "subject": f"Achat e2e {uid()}",
                    "fiscal_year": year,
                    "action": action,
                    "budget_title": title,
                    "kind": "supplies",
                    "lines": [{"item_code": c, "quantity": q} for c, q in lines],
                },
            ),
            201,
        )
        rid = created["id"]
        expect(req.post(f"/requisitions/{rid}/submit"))
        expect(b.post(f"/requisitions/{rid}/approve"))
        ordered: dict[str, Any] = expect(
            b.post(f"/requisitions/{rid}/order", json={"tender_reference": None})
        )
    assert ordered["order_id"], ordered
    return ordered
