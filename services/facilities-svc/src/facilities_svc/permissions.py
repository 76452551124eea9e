"""Who may do what in facilities-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from facilities_svc.roles import BUYER, MANAGER, REQUESTER, SOCIAL
from sg_common.auth.permissions import (
    ANY_AUTHENTICATED,
    EVERY_UNIT,
    OWN_UNITS,
    Permission,
    PermissionTable,
)

#: Reads of a unit's records: the DSG everywhere, every other role its units.
#: Any authenticated caller, over their own units (e.g. their notifications).
ANYONE = {ANY_AUTHENTICATED: OWN_UNITS}
READERS = {MANAGER: EVERY_UNIT, BUYER: OWN_UNITS, REQUESTER: OWN_UNITS, SOCIAL: OWN_UNITS}
#: The DSG (facilities manager) only.
DSG = {MANAGER: EVERY_UNIT}
#: A unit's requests: the DSG everywhere, buyers and requesters their units.
REQUESTERS = {MANAGER: EVERY_UNIT, BUYER: OWN_UNITS, REQUESTER: OWN_UNITS}
#: Data of no unit or shared by all (catalogue, rooms): every role.
REFERENCE_READERS = {
    MANAGER: EVERY_UNIT,
    BUYER: EVERY_UNIT,
    REQUESTER: EVERY_UNIT,
    SOCIAL: EVERY_UNIT,
}
#: The purchasing office: every unit's purchases.
BUYERS = {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT}
#: Requisitions: buyers every unit, requesters their units.
PURCHASE_WRITERS = {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT, REQUESTER: OWN_UNITS}
#: Purchases read: buyers every unit, requesters and social workers their units.
PURCHASE_READERS = {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT, REQUESTER: OWN_UNITS, SOCIAL: OWN_UNITS}
#: Social workers only.
SOCIAL_WORKERS = {SOCIAL: EVERY_UNIT}

# Assistance cases are confidential: social workers only, not even sg.admin or sg.auditor
# (counts are at /social-cases/stats).
PERMISSIONS = PermissionTable(
    {
        # POST /catalogue
        "purchases-create_catalogue_item": BUYERS,
        "purchases-import_catalogue_items": BUYERS,
        # GET /catalogue
        "purchases-list_catalogue_items": REFERENCE_READERS,
        # GET /catalogue/{item_id}
        "purchases-get_catalogue_item": REFERENCE_READERS,
        # PATCH /catalogue/{item_id}
        "purchases-update_catalogue_item": BUYERS,
        # GET /procedure-thresholds
        "purchases-list_thresholds": REFERENCE_READERS,
        # POST /procedure-thresholds
        "purchases-create_threshold": DSG,
        # GET /procedure-thresholds/choice
        "purchases-choose_procedure": REFERENCE_READERS,
        # POST /requisitions
        "purchases-create_requisition": PURCHASE_WRITERS,
        # GET /requisitions
        "purchases-list_requisitions": PURCHASE_READERS,
        # GET /requisitions/{requisition_id}
        "purchases-get_requisition": PURCHASE_READERS,
        # PATCH /requisitions/{requisition_id}
        "purchases-update_requisition": PURCHASE_WRITERS,
        # POST /requisitions/{requisition_id}/submit
        "purchases-submit_requisition": PURCHASE_WRITERS,
        # POST /requisitions/{requisition_id}/approve
        "purchases-approve_requisition": Permission(BUYERS, delegable=True),
        # POST /requisitions/{requisition_id}/refuse
        "purchases-refuse_requisition": Permission(BUYERS, delegable=True),
        # POST /requisitions/{requisition_id}/order
        "purchases-order_requisition": BUYERS,
        # POST /requisitions/{requisition_id}/cancel
        "purchases-cancel_requisition": PURCHASE_WRITERS,
        # POST /requisitions/{requisition_id}/receipts
        "purchases-create_receipt": PURCHASE_WRITERS,
        # GET /requisitions/{requisition_id}/receipts
        "purchases-list_receipts": PURCHASE_READERS,
        # POST /requisitions/{record_id}/attachments
        "purchases-attach_requisition_document": PURCHASE_WRITERS,
        # GET /requisitions/{record_id}/attachments
        "purchases-list_requisition_documents": PURCHASE_READERS,
        # GET /requisitions/{record_id}/attachments/{document_id}
        "purchases-download_requisition_document": PURCHASE_READERS,
        # GET /requisitions/{requisition_id}/pdf
        "purchases-purchase_order_pdf": PURCHASE_READERS,
        # GET /budget-availability
        "purchases-budget_availability": PURCHASE_READERS,
        # POST /sites
        "real-estate-create_site": DSG,
        # GET /sites
        "real-estate-list_sites": READERS,
        # GET /sites/{site_id}
        "real-estate-get_site": READERS,
        # PATCH /sites/{site_id}
        "real-estate-update_site": DSG,
        # POST /buildings
        "real-estate-create_building": DSG,
        # GET /buildings
        "real-estate-list_buildings": READERS,
        # GET /buildings/{building_id}
        "real-estate-get_building": READERS,
        # PATCH /buildings/{building_id}
        "real-estate-update_building": DSG,
        # POST /buildings/{building_id}/costs
        "real-estate-create_cost": DSG,
        # GET /buildings/{building_id}/costs
        "real-estate-list_costs": READERS,
        # POST /spaces
        "real-estate-create_space": DSG,
        # GET /spaces
        "real-estate-list_spaces": READERS,
        # GET /spaces/{space_id}
        "real-estate-get_space": READERS,
        # PATCH /spaces/{space_id}
        "real-estate-update_space": DSG,
        # GET /occupants
        "real-estate-list_occupants": READERS,
        # PUT /occupants/{occupant_id}/space
        "real-estate-assign_seat": DSG,
        # POST /leases
        "real-estate-create_lease": DSG,
        # GET /leases
        "real-estate-list_leases": READERS,
        # GET /leases/{lease_id}
        "real-estate-get_lease": READERS,
        # PATCH /leases/{lease_id}
        "real-estate-update_lease": DSG,
        # POST /leases/{record_id}/attachments
        "real-estate-attach_lease_document": DSG,
        # GET /leases/{record_id}/attachments
        "real-estate-list_lease_documents": READERS,
        # GET /leases/{record_id}/attachments/{document_id}
        "real-estate-download_lease_document": READERS,
        # GET /occupancy
        "real-estate-occupancy": READERS,
        # POST /register-entries
        "working-conditions-create_register_entry": READERS,
        # GET /register-entries
        "working-conditions-list_register_entries": READERS,
        # GET /register-entries/{entry_id}
        "working-conditions-get_register_entry": READERS,
        # PATCH /register-entries/{entry_id}
        "working-conditions-answer_register_entry": DSG,
        # POST /risk-assessments
        "working-conditions-create_risk_assessment": REQUESTERS,
        # GET /risk-assessments
        "working-conditions-list_risk_assessments": READERS,
        # GET /risk-assessments/{assessment_id}
        "working-conditions-get_risk_assessment": READERS,
        # POST /risk-assessments/{assessment_id}/risks
        "working-conditions-add_risk": REQUESTERS,
        # POST /risk-assessments/{assessment_id}/validate
        "working-conditions-validate_risk_assessment": DSG,
        # POST /risk-assessments/{assessment_id}/copy
        "working-conditions-copy_risk_assessment": REQUESTERS,
        # POST /risk-assessments/{record_id}/attachments
        "working-conditions-attach_risk_assessment_document": REQUESTERS,
        # GET /risk-assessments/{record_id}/attachments
        "working-conditions-list_risk_assessment_documents": READERS,
        # GET /risk-assessments/{record_id}/attachments/{document_id}
        "working-conditions-download_risk_assessment_document": READERS,
        # POST /prevention-actions/{action_id}/done
        "working-conditions-complete_prevention_action": REQUESTERS,
        # POST /incidents
        "working-conditions-create_incident": REQUESTERS,
        # GET /incidents
        "working-conditions-list_incidents": READERS,
        # GET /incidents/{incident_id}
        "working-conditions-get_incident": READERS,
        # POST /incidents/{incident_id}/follow-ups
        "working-conditions-add_incident_follow_up": DSG,
        # POST /logistics-requests
        "logistics-create_logistics_request": REQUESTERS,
        # GET /logistics-requests
        "logistics-list_logistics_requests": READERS,
        # GET /logistics-requests/{request_id}
        "logistics-get_logistics_request": READERS,
        # PATCH /logistics-requests/{request_id}
        "logistics-update_logistics_request": DSG,
        # POST /rooms
        "logistics-create_room": DSG,
        # GET /rooms
        "logistics-list_rooms": REFERENCE_READERS,
        # POST /rooms/{room_id}/bookings
        "logistics-book_room": REQUESTERS,
        # GET /rooms/{room_id}/bookings
        "logistics-list_room_bookings": REFERENCE_READERS,
        # POST /room-bookings/{booking_id}/cancel
        "logistics-cancel_room_booking": REQUESTERS,
        # POST /social-cases
        "social-service-create_social_case": SOCIAL_WORKERS,
        # GET /social-cases
        "social-service-list_social_cases": Permission(SOCIAL_WORKERS, sg_wide=False),
        # GET /social-cases/stats
        "social-service-social_case_stats": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: EVERY_UNIT,
        },
        # GET /social-cases/{case_id}
        "social-service-get_social_case": Permission(SOCIAL_WORKERS, sg_wide=False),
        # PATCH /social-cases/{case_id}
        "social-service-update_social_case": Permission(SOCIAL_WORKERS, sg_wide=False),
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
