"""Who may do what in facilities-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from facilities_svc.roles import BUYER, MANAGER, REQUESTER, SOCIAL
from sg_common.auth.permissions import EVERY_UNIT, OWN_UNITS, Permission, PermissionTable

# Assistance cases are confidential: social workers only, not even sg.admin or sg.auditor
# (counts are at /social-cases/stats).
PERMISSIONS = PermissionTable(
    {
        # POST /catalogue
        "purchases-create_catalogue_item": {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT},
        # GET /catalogue
        "purchases-list_catalogue_items": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: EVERY_UNIT,
            SOCIAL: EVERY_UNIT,
        },
        # GET /catalogue/{item_id}
        "purchases-get_catalogue_item": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: EVERY_UNIT,
            SOCIAL: EVERY_UNIT,
        },
        # PATCH /catalogue/{item_id}
        "purchases-update_catalogue_item": {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT},
        # GET /procedure-thresholds
        "purchases-list_thresholds": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: EVERY_UNIT,
            SOCIAL: EVERY_UNIT,
        },
        # POST /procedure-thresholds
        "purchases-create_threshold": {MANAGER: EVERY_UNIT},
        # GET /procedure-thresholds/choice
        "purchases-choose_procedure": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: EVERY_UNIT,
            SOCIAL: EVERY_UNIT,
        },
        # POST /requisitions
        "purchases-create_requisition": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
        },
        # GET /requisitions
        "purchases-list_requisitions": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /requisitions/{requisition_id}
        "purchases-get_requisition": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PATCH /requisitions/{requisition_id}
        "purchases-update_requisition": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
        },
        # POST /requisitions/{requisition_id}/submit
        "purchases-submit_requisition": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
        },
        # POST /requisitions/{requisition_id}/approve
        "purchases-approve_requisition": {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT},
        # POST /requisitions/{requisition_id}/refuse
        "purchases-refuse_requisition": {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT},
        # POST /requisitions/{requisition_id}/order
        "purchases-order_requisition": {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT},
        # POST /requisitions/{requisition_id}/cancel
        "purchases-cancel_requisition": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
        },
        # POST /requisitions/{requisition_id}/receipts
        "purchases-create_receipt": {MANAGER: EVERY_UNIT, BUYER: EVERY_UNIT, REQUESTER: OWN_UNITS},
        # GET /requisitions/{requisition_id}/receipts
        "purchases-list_receipts": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /budget-availability
        "purchases-budget_availability": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # POST /sites
        "real-estate-create_site": {MANAGER: EVERY_UNIT},
        # GET /sites
        "real-estate-list_sites": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /sites/{site_id}
        "real-estate-get_site": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PATCH /sites/{site_id}
        "real-estate-update_site": {MANAGER: EVERY_UNIT},
        # POST /buildings
        "real-estate-create_building": {MANAGER: EVERY_UNIT},
        # GET /buildings
        "real-estate-list_buildings": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /buildings/{building_id}
        "real-estate-get_building": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PATCH /buildings/{building_id}
        "real-estate-update_building": {MANAGER: EVERY_UNIT},
        # POST /buildings/{building_id}/costs
        "real-estate-create_cost": {MANAGER: EVERY_UNIT},
        # GET /buildings/{building_id}/costs
        "real-estate-list_costs": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # POST /spaces
        "real-estate-create_space": {MANAGER: EVERY_UNIT},
        # GET /spaces
        "real-estate-list_spaces": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /spaces/{space_id}
        "real-estate-get_space": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PATCH /spaces/{space_id}
        "real-estate-update_space": {MANAGER: EVERY_UNIT},
        # GET /occupants
        "real-estate-list_occupants": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PUT /occupants/{occupant_id}/space
        "real-estate-assign_seat": {MANAGER: EVERY_UNIT},
        # POST /leases
        "real-estate-create_lease": {MANAGER: EVERY_UNIT},
        # GET /leases
        "real-estate-list_leases": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /leases/{lease_id}
        "real-estate-get_lease": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PATCH /leases/{lease_id}
        "real-estate-update_lease": {MANAGER: EVERY_UNIT},
        # GET /occupancy
        "real-estate-occupancy": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # POST /register-entries
        "working-conditions-create_register_entry": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /register-entries
        "working-conditions-list_register_entries": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /register-entries/{entry_id}
        "working-conditions-get_register_entry": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PATCH /register-entries/{entry_id}
        "working-conditions-answer_register_entry": {MANAGER: EVERY_UNIT},
        # POST /risk-assessments
        "working-conditions-create_risk_assessment": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
        },
        # GET /risk-assessments
        "working-conditions-list_risk_assessments": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /risk-assessments/{assessment_id}
        "working-conditions-get_risk_assessment": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # POST /risk-assessments/{assessment_id}/risks
        "working-conditions-add_risk": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
        },
        # POST /risk-assessments/{assessment_id}/validate
        "working-conditions-validate_risk_assessment": {MANAGER: EVERY_UNIT},
        # POST /risk-assessments/{assessment_id}/copy
        "working-conditions-copy_risk_assessment": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
        },
        # POST /prevention-actions/{action_id}/done
        "working-conditions-complete_prevention_action": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
        },
        # POST /incidents
        "working-conditions-create_incident": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
        },
        # GET /incidents
        "working-conditions-list_incidents": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /incidents/{incident_id}
        "working-conditions-get_incident": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # POST /incidents/{incident_id}/follow-ups
        "working-conditions-add_incident_follow_up": {MANAGER: EVERY_UNIT},
        # POST /logistics-requests
        "logistics-create_logistics_request": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
        },
        # GET /logistics-requests
        "logistics-list_logistics_requests": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # GET /logistics-requests/{request_id}
        "logistics-get_logistics_request": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: OWN_UNITS,
        },
        # PATCH /logistics-requests/{request_id}
        "logistics-update_logistics_request": {MANAGER: EVERY_UNIT},
        # POST /rooms
        "logistics-create_room": {MANAGER: EVERY_UNIT},
        # GET /rooms
        "logistics-list_rooms": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: EVERY_UNIT,
            SOCIAL: EVERY_UNIT,
        },
        # POST /rooms/{room_id}/bookings
        "logistics-book_room": {MANAGER: EVERY_UNIT, BUYER: OWN_UNITS, REQUESTER: OWN_UNITS},
        # GET /rooms/{room_id}/bookings
        "logistics-list_room_bookings": {
            MANAGER: EVERY_UNIT,
            BUYER: EVERY_UNIT,
            REQUESTER: EVERY_UNIT,
            SOCIAL: EVERY_UNIT,
        },
        # POST /room-bookings/{booking_id}/cancel
        "logistics-cancel_room_booking": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
        },
        # POST /social-cases
        "social-service-create_social_case": {SOCIAL: EVERY_UNIT},
        # GET /social-cases
        "social-service-list_social_cases": Permission({SOCIAL: EVERY_UNIT}, sg_wide=False),
        # GET /social-cases/stats
        "social-service-social_case_stats": {
            MANAGER: EVERY_UNIT,
            BUYER: OWN_UNITS,
            REQUESTER: OWN_UNITS,
            SOCIAL: EVERY_UNIT,
        },
        # GET /social-cases/{case_id}
        "social-service-get_social_case": Permission({SOCIAL: EVERY_UNIT}, sg_wide=False),
        # PATCH /social-cases/{case_id}
        "social-service-update_social_case": Permission({SOCIAL: EVERY_UNIT}, sg_wide=False),
    }
)
