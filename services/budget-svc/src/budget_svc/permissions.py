"""Who may do what in budget-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from budget_svc.roles import ACCOUNTANT, CONTROLLER, MANAGER, OFFICER, SERVICE_READERS
from sg_common.auth.permissions import (
    ANY_AUTHENTICATED,
    EVERY_UNIT,
    OWN_UNITS,
    Permission,
    PermissionTable,
)

#: The other services' accounts read availability across units.
SERVICE_ACCOUNTS = dict.fromkeys(SERVICE_READERS, EVERY_UNIT)

#: Budget data of a unit: the DPG and the controllers everywhere, officers their units.
READERS = {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS, CONTROLLER: EVERY_UNIT}
#: Any authenticated caller, over their own units (e.g. their notifications).
ANYONE = {ANY_AUTHENTICATED: OWN_UNITS}
#: The DPG budget division only.
DPG = {MANAGER: EVERY_UNIT}
#: Writes of the ordonnateur: the DPG anywhere, officers for their units.
ORDONNATEURS = {MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS}
#: The ordonnateur's acts a délégation de signature may cover (``budget_svc.delegations``):
#: the role holders, or a delegate holding none of these roles (checked when signing: 403).
SIGNED_ACT = Permission(ORDONNATEURS, delegable=True)
#: The spending chain and execution: the CPF reads every unit too.
SPENDING_READERS = {
    MANAGER: EVERY_UNIT,
    OFFICER: OWN_UNITS,
    CONTROLLER: EVERY_UNIT,
    ACCOUNTANT: EVERY_UNIT,
}
#: Who attaches an invoice's papers: the CPF that receives it, the ordonnateurs who justify it.
INVOICE_FILERS = {ACCOUNTANT: EVERY_UNIT, MANAGER: EVERY_UNIT, OFFICER: OWN_UNITS}
#: The comptable (CPF) only.
CPF = {ACCOUNTANT: EVERY_UNIT}
#: Data of no unit (the structure, the programme, objectives).
REFERENCE_READERS = {MANAGER: EVERY_UNIT, OFFICER: EVERY_UNIT, CONTROLLER: EVERY_UNIT}
#: General accounting: not the ordonnateurs.
ACCOUNTING_READERS = {MANAGER: EVERY_UNIT, CONTROLLER: EVERY_UNIT, ACCOUNTANT: EVERY_UNIT}

PERMISSIONS = PermissionTable(
    {
        # GET /structure
        "structure-get_structure": REFERENCE_READERS,
        # GET /fiscal-years
        "structure-list_fiscal_years": REFERENCE_READERS,
        # POST /fiscal-years
        "structure-create_fiscal_year": DPG,
        # GET /fiscal-years/{year}
        "structure-get_fiscal_year": REFERENCE_READERS,
        # PATCH /fiscal-years/{year}
        "structure-update_fiscal_year": DPG,
        # POST /forecasts
        "forecasts-create_forecast": ORDONNATEURS,
        "forecasts-import_forecasts": ORDONNATEURS,
        # GET /forecasts
        "forecasts-list_forecasts": READERS,
        # GET /forecasts/totals
        "forecasts-forecast_totals": READERS,
        # GET /forecasts/{forecast_id}
        "forecasts-get_forecast": READERS,
        # PATCH /forecasts/{forecast_id}
        "forecasts-revise_forecast": ORDONNATEURS,
        # GET /forecasts/{forecast_id}/revisions
        "forecasts-list_forecast_revisions": READERS,
        # POST /allocation-requests
        "allocation-requests-submit_request": ORDONNATEURS,
        # GET /allocation-requests
        "allocation-requests-list_allocation_requests": READERS,
        # GET /allocation-requests/{request_id}
        "allocation-requests-get_allocation_request": READERS,
        # POST /allocation-requests/{request_id}/decision
        "allocation-requests-decide_request": DPG,
        # POST /allocation-requests/{request_id}/notification
        "allocation-requests-notify_request": DPG,
        # POST /allocations
        "allocations-create_allocation": DPG,
        # GET /allocations
        "allocations-list_allocations": READERS,
        # GET /allocations/{allocation_id}
        "allocations-get_allocation": READERS,
        # POST /fiscal-years/{fiscal_year}/reserve
        "reserve-apply_reserve": DPG,
        # POST /allocations/{allocation_id}/reserve-operations
        "reserve-record_reserve_operation": DPG,
        # GET /reserve-operations
        "reserve-list_reserve_operations": READERS,
        # POST /transfers
        "transfers-create_transfer": DPG,
        # GET /transfers
        "transfers-list_transfers": READERS,
        # GET /transfers/{transfer_id}
        "transfers-get_transfer": READERS,
        # POST /staff-ceilings
        "staff-ceilings-create_staff_ceiling": DPG,
        # GET /staff-ceilings
        "staff-ceilings-list_staff_ceilings": READERS,
        # GET /staff-ceilings/{ceiling_id}
        "staff-ceilings-get_staff_ceiling": READERS,
        # PATCH /staff-ceilings/{ceiling_id}
        "staff-ceilings-update_staff_ceiling": DPG,
        # POST /commitments
        "commitments-create_commitment": SIGNED_ACT,
        # GET /commitments
        "commitments-list_commitments": READERS,
        # GET /commitments/{commitment_id}
        "commitments-get_commitment": READERS,
        # POST /commitments/{record_id}/attachments
        "commitments-attach_commitment_document": ORDONNATEURS,
        # GET /commitments/{record_id}/attachments
        "commitments-list_commitment_documents": READERS,
        # GET /commitments/{record_id}/attachments/{document_id}
        "commitments-download_commitment_document": READERS,
        # GET /commitments/{commitment_id}/operations
        "commitments-list_commitment_operations": READERS,
        # POST /commitments/{commitment_id}/reduction
        "commitments-reduce_commitment": ORDONNATEURS,
        # POST /commitments/{commitment_id}/cancellation
        "commitments-cancel_commitment": ORDONNATEURS,
        # GET /availability
        "availability-list_availability": {**READERS, **SERVICE_ACCOUNTS},
        # GET /availability/{unit_code}/{fiscal_year}/{action}/{title}
        "availability-get_availability": {**READERS, **SERVICE_ACCOUNTS},
        # GET /ledger/movements
        "availability-list_movements": READERS,
        # POST /commitments/{commitment_id}/service-done
        "spending-certify_service_done": SIGNED_ACT,
        # GET /service-done
        "spending-list_service_done": SPENDING_READERS,
        # PUT /commitments/{commitment_id}/advance-terms
        "spending-set_advance_terms": ORDONNATEURS,
        # GET /commitments/{commitment_id}/spending
        "spending-commitment_spending": SPENDING_READERS,
        # GET /training-charges
        "spending-list_training_charges": SPENDING_READERS,
        # POST /invoices
        "cpf-create_invoice": CPF,
        # GET /invoices
        "cpf-list_invoices": SPENDING_READERS,
        # GET /invoices/{invoice_id}
        "cpf-get_invoice": SPENDING_READERS,
        # POST /invoices/{record_id}/attachments
        "cpf-attach_invoice_document": INVOICE_FILERS,
        # GET /invoices/{record_id}/attachments
        "cpf-list_invoice_documents": SPENDING_READERS,
        # GET /invoices/{record_id}/attachments/{document_id}
        "cpf-download_invoice_document": SPENDING_READERS,
        # POST /invoices/{invoice_id}/suspension
        "cpf-suspend_invoice": CPF,
        # POST /invoices/{invoice_id}/documents
        "cpf-invoice_documents": CPF,
        # POST /invoices/{invoice_id}/payment-request
        "cpf-request_payment": SIGNED_ACT,
        # POST /invoices/{invoice_id}/payment
        "cpf-pay_invoice": CPF,
        # POST /invoices/{invoice_id}/rejection
        "cpf-reject_invoice": CPF,
        # GET /payments
        "cpf-list_payments": SPENDING_READERS,
        # GET /cpf/payment-times
        "cpf-payment_times": SPENDING_READERS,
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
        "training-list_training_commitments": SPENDING_READERS,
        # GET /accounting/accounts
        "accounting-list_accounts": ACCOUNTING_READERS,
        # GET /accounting/entries
        "accounting-list_entries": ACCOUNTING_READERS,
        # POST /accounting/entries
        "accounting-create_entry": CPF,
        # GET /accounting/entries/{entry_id}
        "accounting-get_entry": ACCOUNTING_READERS,
        # PATCH /accounting/entries/{entry_id}
        "accounting-edit_entry": CPF,
        # DELETE /accounting/entries/{entry_id}
        "accounting-delete_entry": CPF,
        # POST /accounting/entries/{entry_id}/reversal
        "accounting-reverse_entry": CPF,
        # GET /accounting/periods
        "accounting-list_periods": ACCOUNTING_READERS,
        # POST /accounting/periods/{period}/close
        "accounting-close_period": CPF,
        # GET /accounting/trial-balance
        "accounting-trial_balance": ACCOUNTING_READERS,
        # GET /accounting/accounts/{code}/ledger
        "accounting-account_ledger": ACCOUNTING_READERS,
        # GET /execution/monthly
        "execution-monthly_execution": SPENDING_READERS,
        # GET /execution/year-end
        "execution-year_end_execution": SPENDING_READERS,
        # POST /execution/{fiscal_year}/close
        "execution-close_year": DPG,
        # GET /execution/carry-overs
        "execution-list_carry_overs": SPENDING_READERS,
        # GET /statistical-operations
        "work-programme-list_operations": REFERENCE_READERS,
        # POST /work-programme/items
        "work-programme-create_item": ORDONNATEURS,
        # GET /work-programme/items
        "work-programme-list_items": READERS,
        # GET /work-programme/items/{item_id}
        "work-programme-get_item": READERS,
        # PATCH /work-programme/items/{item_id}
        "work-programme-update_item": ORDONNATEURS,
        # POST /work-programme/{year}/versions
        "work-programme-publish_version": DPG,
        # GET /work-programme/{year}/versions
        "work-programme-list_versions": REFERENCE_READERS,
        # GET /work-programme/progress
        "work-programme-programme_progress": READERS,
        # POST /performance/objectives
        "performance-create_objective": DPG,
        # GET /performance/objectives
        "performance-list_objectives": REFERENCE_READERS,
        # POST /performance/indicators
        "performance-create_indicator": DPG,
        # PUT /performance/indicators/{indicator_id}/values/{year}
        "performance-set_value": DPG,
        # GET /performance/indicators/{indicator_id}/values
        "performance-list_values": REFERENCE_READERS,
        # PUT /commitments/{commitment_id}/cost-attribution
        "management-control-set_cost_attribution": ORDONNATEURS,
        # GET /management-control/costs
        "management-control-list_costs": SPENDING_READERS,
        # GET /audit (the audit trail spans every unit: sg.auditor and sg.admin read it too)
        "audit-list_audit_entries": {MANAGER: EVERY_UNIT},
        # Notifications (sg_common.notifications): anyone, each seeing what is addressed to them
        # (their roles within their units, or them by name), resolved from their token.
        # GET /notifications
        "notifications-list_notifications": ANYONE,
        # POST /notifications/{notification_id}/read
        "notifications-mark_read": ANYONE,
        # POST /notifications/subscription
        "notifications-subscribe": ANYONE,
        # DELETE /notifications/subscription
        "notifications-unsubscribe": ANYONE,
    }
)
