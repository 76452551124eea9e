"""Flow 2 — purchase to payment, across facilities and budget, and its rejected twin.

A unit of the Grand Est directorate requests furniture in facilities; facilities asks budget
for available AE (generated budget client) and orders; budget commits the AE
(``purchase.ordered`` → ``budget.commitment_recorded``) and the order is confirmed; the receipt
in facilities is the service fait in budget (``purchase.received``); the CPF records the invoice,
the ordonnateur requests payment and the comptable (another person) pays it. Availability,
ledger, accounting and execution then agree. The twin: an order above the available AE is
refused by facilities with budget's figures.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from sg_common.clock import today as paris_today  # the services' business date

from .helpers import (
    BUDGET_MANAGER,
    allocate,
    as_,
    catalogue_item,
    ensure_open_year,
    expect,
    money,
    order,
    wait_for,
)
from .production import kill_replica, restart_replica
from .suite import Suite

pytestmark = pytest.mark.e2e

YEAR = 2026
UNIT = "DR-GES"
ACCOUNTANT = ("budget.accountant", "DPG-CPF", "cpf-comptable")
ORDONNATEUR = ("budget.officer", UNIT, "ges-ordonnateur")
CONTROLLER = ("budget.controller", "DPG-CG", "dpg-cg")


def _line(suite: Suite) -> dict[str, Any]:
    with as_(suite, "budget", CONTROLLER) as budget:
        result: dict[str, Any] = expect(budget.get(f"/availability/{UNIT}/{YEAR}/08/T3"))
        return result


def test_flow2_purchase_to_payment_and_the_rejected_twin(suite: Suite) -> None:
    ensure_open_year(suite, YEAR)
    allocate(suite, UNIT, year=YEAR, action="08", title="T3", ae="5000.00", cp="5000.00")
    wait_for(lambda: money(_line(suite)["allocated_ae"]) == Decimal("5000.00"), what="allocation")
    desk = catalogue_item(suite, category="furniture", price="250.00")

    # --- the order: facilities → budget commitment → confirmed ------------------------------
    ordered = order(suite, UNIT, [(desk, 8)], year=YEAR, action="08", title="T3")  # 2 400 TTC
    requester = ("facilities.requester", UNIT, f"req-{UNIT.lower()}")
    if suite.production:
        # a budget node dies while purchase.ordered is on its way: the other replica takes its
        # partitions (consumer group) and its relay's turn (advisory lock); the figures below
        # show the commitment made once
        kill_replica(suite, "budget")

    def confirmed() -> dict[str, Any]:
        with as_(suite, "facilities", requester) as facilities:
            got: dict[str, Any] = expect(facilities.get(f"/requisitions/{ordered['id']}"))
        assert got["status"] == "confirmed", got["status"]
        return got

    requisition = wait_for(confirmed, what="order confirmed by budget")
    commitment_id = int(requisition["commitment_id"])
    line = _line(suite)
    assert money(line["committed_ae"]) == Decimal("2400.00")
    assert money(line["available_ae"]) == Decimal("2600.00")

    # --- the receipt in facilities is the service fait in budget ----------------------------
    with as_(suite, "facilities", requester) as facilities:
        [ordered_line] = requisition["lines"]
        expect(
            facilities.post(
                f"/requisitions/{ordered['id']}/receipts",
                json={"lines": [{"line_id": ordered_line["id"], "quantity": 8}]},
            ),
            201,
        )
    if suite.production:
        kill_replica(suite, "facilities")  # purchase.received may still be in its outbox
        restart_replica(suite, "budget")

    def service_done() -> dict[str, Any]:
        with as_(suite, "budget", CONTROLLER) as budget:
            spending: dict[str, Any] = expect(budget.get(f"/commitments/{commitment_id}/spending"))
        assert money(spending["service_done"]) == Decimal("2400.00"), spending
        return spending

    wait_for(service_done, what="service fait in budget")

    # --- invoice, payment request (ordonnateur), payment (comptable) ------------------------
    received_on = (paris_today() - timedelta(days=5)).isoformat()  # services run on real time
    with as_(suite, "budget", ACCOUNTANT) as cpf:
        invoice = expect(
            cpf.post(
                "/invoices",
                json={
                    "commitment_id": commitment_id,
                    "supplier": "Mobilier de l'Est",
                    "number": f"F-{ordered['order_id']}",
                    "amount_ht": "2000.00",
                    "amount_ttc": "2400.00",
                    "received_on": received_on,
                },
            ),
            201,
        )
    with as_(suite, "budget", ORDONNATEUR) as ordonnateur:
        current = ordonnateur.get(f"/invoices/{invoice['id']}")
        expect(
            ordonnateur.post(
                f"/invoices/{invoice['id']}/payment-request",
                json={},
                headers={"If-Match": current.headers["ETag"]},
            )
        )
        # the one who requested payment may not pay it (separation of ordonnateur/comptable)
    with as_(suite, "budget", ACCOUNTANT) as cpf:
        current = cpf.get(f"/invoices/{invoice['id']}")
        payment = expect(
            cpf.post(
                f"/invoices/{invoice['id']}/payment", headers={"If-Match": current.headers["ETag"]}
            ),
            201,
        )
        assert money(payment["amount"]) == Decimal("2400.00")
        assert payment["days_late"] == 0  # paid 5 days after receipt: within the 30 days
        paid = expect(cpf.get(f"/invoices/{invoice['id']}"))
        assert paid["status"] == "paid"
        assert paid["late"] is False

        # --- the figures agree: availability, ledger, accounting, execution -----------------
        line = _line(suite)
        assert money(line["paid_cp"]) == Decimal("2400.00")
        assert money(line["available_cp"]) == Decimal("2600.00")
        assert money(line["available_ae"]) == Decimal("2600.00")
        balance = expect(cpf.get("/accounting/trial-balance"))
        assert balance["balanced"] is True
        assert money(balance["total_debit"]) == money(balance["total_credit"])
    with as_(suite, "budget", CONTROLLER) as controller:
        movements = expect(
            controller.get("/ledger/movements", params={"commitment_id": commitment_id})
        )["items"]
        assert sum(money(m.get("paid_cp") or 0) for m in movements) == Decimal("2400.00")
    with as_(suite, "budget", BUDGET_MANAGER) as budget:
        [group] = expect(
            budget.get(
                "/execution/monthly",
                params={"fiscal_year": YEAR, "unit_code": UNIT, "action": "08", "title": "T3"},
            )
        )
        assert money(group["months"][-1]["cumulative_cp"]) == Decimal("2400.00")
        assert money(group["months"][-1]["cumulative_ae"]) == Decimal("2400.00")
    if suite.production:
        restart_replica(suite, "facilities")

    # --- the rejected twin: above the available AE, facilities refuses with budget's figures -
    with (
        as_(suite, "facilities", requester) as req,
        as_(suite, "facilities", ("facilities.buyer", "DSG-ACHATS", "dsg-buyer")) as buyer,
    ):
        created = expect(
            req.post(
                "/requisitions",
                json={
                    "unit_code": UNIT,
                    "subject": "Mobilier de la salle de réunion",
                    "fiscal_year": YEAR,
                    "action": "08",
                    "budget_title": "T3",
                    "kind": "supplies",
                    "lines": [{"item_code": desk, "quantity": 10}],  # 3 000 TTC > 2 600
                },
            ),
            201,
        )
        expect(req.post(f"/requisitions/{created['id']}/submit"))
        expect(buyer.post(f"/requisitions/{created['id']}/approve"))
        refused = buyer.post(f"/requisitions/{created['id']}/order", json={})
        assert refused.status_code == 409, refused.text
        problem = refused.json()
        assert problem["type"].endswith("/insufficient-ae")
        assert problem["available_ae"] == "2600.00"
        assert problem["requested_ae"] == "3000.00"
        assert expect(req.get(f"/requisitions/{created['id']}"))["status"] == "approved"
