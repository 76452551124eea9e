"""Who may do what in budget-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from budget_svc.common import ACCOUNTANT, CONTROLLER, MANAGER, OFFICER, SERVICE_READERS
from sg_common.auth.permissions import EVERY_UNIT, OWN_UNITS, PermissionTable

#: The other services' accounts read availability across units.
SERVICE_ACCOUNTS = dict.fromkeys(SERVICE_READERS, EVERY_UNIT)

PERMISSIONS = PermissionTable(
    {
        # GET /structure
        "structure-get_structure": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /fiscal-years
        "structure-list_fiscal_years": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /fiscal-years
        "structure-create_fiscal_year": {MANAGER: EVERY_UNIT},
        # GET /fiscal-years/{year}
        "structure-get_fiscal_year": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
        },
        # PATCH /fiscal-years/{year}
        "structure-update_fiscal_year": {MANAGER: EVERY_UNIT},
        # POST /forecasts
        "forecasts-create_forecast": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /forecasts
        "forecasts-list_forecasts": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /forecasts/totals
        "forecasts-forecast_totals": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /forecasts/{forecast_id}
        "forecasts-get_forecast": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS, CONTROLLER: EVERY_UNIT},
        # PATCH /forecasts/{forecast_id}
        "forecasts-revise_forecast": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /forecasts/{forecast_id}/revisions
        "forecasts-list_forecast_revisions": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /allocation-requests
        "allocation-requests-submit_request": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /allocation-requests
        "allocation-requests-list_allocation_requests": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /allocation-requests/{request_id}
        "allocation-requests-get_allocation_request": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /allocation-requests/{request_id}/decision
        "allocation-requests-decide_request": {MANAGER: EVERY_UNIT},
        # POST /allocation-requests/{request_id}/notification
        "allocation-requests-notify_request": {MANAGER: EVERY_UNIT},
        # POST /allocations
        "allocations-create_allocation": {MANAGER: EVERY_UNIT},
        # GET /allocations
        "allocations-list_allocations": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /allocations/{allocation_id}
        "allocations-get_allocation": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /fiscal-years/{fiscal_year}/reserve
        "reserve-apply_reserve": {MANAGER: EVERY_UNIT},
        # POST /allocations/{allocation_id}/reserve-operations
        "reserve-record_reserve_operation": {MANAGER: EVERY_UNIT},
        # GET /reserve-operations
        "reserve-list_reserve_operations": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /transfers
        "transfers-create_transfer": {MANAGER: EVERY_UNIT},
        # GET /transfers
        "transfers-list_transfers": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /transfers/{transfer_id}
        "transfers-get_transfer": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS, CONTROLLER: EVERY_UNIT},
        # POST /staff-ceilings
        "staff-ceilings-create_staff_ceiling": {MANAGER: EVERY_UNIT},
        # GET /staff-ceilings
        "staff-ceilings-list_staff_ceilings": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /staff-ceilings/{ceiling_id}
        "staff-ceilings-get_staff_ceiling": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # PATCH /staff-ceilings/{ceiling_id}
        "staff-ceilings-update_staff_ceiling": {MANAGER: EVERY_UNIT},
        # POST /commitments
        "commitments-create_commitment": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /commitments
        "commitments-list_commitments": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /commitments/{commitment_id}
        "commitments-get_commitment": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /commitments/{commitment_id}/operations
        "commitments-list_commitment_operations": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /commitments/{commitment_id}/reduction
        "commitments-reduce_commitment": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # POST /commitments/{commitment_id}/cancellation
        "commitments-cancel_commitment": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /availability
        "availability-list_availability": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            **SERVICE_ACCOUNTS,
        },
        # GET /availability/{unit_code}/{fiscal_year}/{action}/{title}
        "availability-get_availability": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            **SERVICE_ACCOUNTS,
        },
        # GET /ledger/movements
        "availability-list_movements": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /commitments/{commitment_id}/service-done
        "spending-certify_service_done": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /service-done
        "spending-list_service_done": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # PUT /commitments/{commitment_id}/advance-terms
        "spending-set_advance_terms": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /commitments/{commitment_id}/spending
        "spending-commitment_spending": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /training-charges
        "spending-list_training_charges": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # POST /invoices
        "cpf-create_invoice": {ACCOUNTANT: EVERY_UNIT},
        # GET /invoices
        "cpf-list_invoices": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /invoices/{invoice_id}
        "cpf-get_invoice": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # POST /invoices/{invoice_id}/suspension
        "cpf-suspend_invoice": {ACCOUNTANT: EVERY_UNIT},
        # POST /invoices/{invoice_id}/documents
        "cpf-invoice_documents": {ACCOUNTANT: EVERY_UNIT},
        # POST /invoices/{invoice_id}/payment-request
        "cpf-request_payment": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # POST /invoices/{invoice_id}/payment
        "cpf-pay_invoice": {ACCOUNTANT: EVERY_UNIT},
        # POST /invoices/{invoice_id}/rejection
        "cpf-reject_invoice": {ACCOUNTANT: EVERY_UNIT},
        # GET /payments
        "cpf-list_payments": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /cpf/payment-times
        "cpf-payment_times": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /late-payment-rates
        "cpf-list_rates": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # POST /late-payment-rates
        "cpf-create_rate": {MANAGER: EVERY_UNIT, ACCOUNTANT: EVERY_UNIT},
        # GET /training-commitments
        "training-list_training_commitments": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /accounting/accounts
        "accounting-list_accounts": {
            MANAGER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /accounting/entries
        "accounting-list_entries": {
            MANAGER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # POST /accounting/entries
        "accounting-create_entry": {ACCOUNTANT: EVERY_UNIT},
        # GET /accounting/entries/{entry_id}
        "accounting-get_entry": {
            MANAGER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # PATCH /accounting/entries/{entry_id}
        "accounting-edit_entry": {ACCOUNTANT: EVERY_UNIT},
        # DELETE /accounting/entries/{entry_id}
        "accounting-delete_entry": {ACCOUNTANT: EVERY_UNIT},
        # POST /accounting/entries/{entry_id}/reversal
        "accounting-reverse_entry": {ACCOUNTANT: EVERY_UNIT},
        # GET /accounting/periods
        "accounting-list_periods": {
            MANAGER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # POST /accounting/periods/{period}/close
        "accounting-close_period": {ACCOUNTANT: EVERY_UNIT},
        # GET /accounting/trial-balance
        "accounting-trial_balance": {
            MANAGER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /accounting/accounts/{code}/ledger
        "accounting-account_ledger": {
            MANAGER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /execution/monthly
        "execution-monthly_execution": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /execution/year-end
        "execution-year_end_execution": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # POST /execution/{fiscal_year}/close
        "execution-close_year": {MANAGER: EVERY_UNIT},
        # GET /execution/carry-overs
        "execution-list_carry_overs": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
        # GET /statistical-operations
        "work-programme-list_operations": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /work-programme/items
        "work-programme-create_item": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /work-programme/items
        "work-programme-list_items": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /work-programme/items/{item_id}
        "work-programme-get_item": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # PATCH /work-programme/items/{item_id}
        "work-programme-update_item": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # POST /work-programme/{year}/versions
        "work-programme-publish_version": {MANAGER: EVERY_UNIT},
        # GET /work-programme/{year}/versions
        "work-programme-list_versions": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
        },
        # GET /work-programme/progress
        "work-programme-programme_progress": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /performance/objectives
        "performance-create_objective": {MANAGER: EVERY_UNIT},
        # GET /performance/objectives
        "performance-list_objectives": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
        },
        # POST /performance/indicators
        "performance-create_indicator": {MANAGER: EVERY_UNIT},
        # PUT /performance/indicators/{indicator_id}/values/{year}
        "performance-set_value": {MANAGER: EVERY_UNIT},
        # GET /performance/indicators/{indicator_id}/values
        "performance-list_values": {
            MANAGER: EVERY_UNIT,
            OFFICER: EVERY_UNIT,
            CONTROLLER: EVERY_UNIT,
        },
        # PUT /commitments/{commitment_id}/cost-attribution
        "management-control-set_cost_attribution": {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS},
        # GET /management-control/costs
        "management-control-list_costs": {
            MANAGER: EVERY_UNIT,
            OFFICER: OWN_UNITS,
            CONTROLLER: EVERY_UNIT,
            ACCOUNTANT: EVERY_UNIT,
        },
    }
)
