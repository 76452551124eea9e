"""Who may do what in production-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from production_svc.roles import CONTRIBUTOR, LEAD, MANAGER
from sg_common.auth.permissions import ANY_AUTHENTICATED, EVERY_UNIT, OWN_UNITS, PermissionTable

#: Any authenticated caller, over their own units (e.g. their notifications).
ANYONE = {ANY_AUTHENTICATED: OWN_UNITS}

#: Operations: the DOMP everywhere, leads and contributors their units.
READERS = {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS}
#: Planning: the DOMP everywhere, lead units their operations.
PLANNERS = {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS}
#: The DOMP (production manager) only.
DOMP = {MANAGER: EVERY_UNIT}
#: Data of no unit (workstations, reference lists): every role.
REFERENCE_READERS = {MANAGER: EVERY_UNIT, LEAD: EVERY_UNIT, CONTRIBUTOR: EVERY_UNIT}

PERMISSIONS = PermissionTable(
    {
        # POST /operations
        "operations-create_operation": PLANNERS,
        # GET /operations
        "operations-list_operations": READERS,
        # GET /operations/{operation_id}
        "operations-get_operation": READERS,
        # PATCH /operations/{operation_id}
        "operations-update_operation": PLANNERS,
        # POST /operations/{operation_id}/schedule
        "operations-schedule_operation": PLANNERS,
        # GET /operations/{operation_id}/timeline
        "operations-get_timeline": READERS,
        # GET /operations/{operation_id}/phases
        "operations-list_phases": READERS,
        # POST /operations/{operation_id}/phases
        "operations-add_phase": PLANNERS,
        # GET /operations/{operation_id}/phases/{phase_code}
        "operations-get_phase": READERS,
        # PATCH /operations/{operation_id}/phases/{phase_code}
        "operations-update_phase": PLANNERS,
        # DELETE /operations/{operation_id}/phases/{phase_code}
        "operations-delete_phase": PLANNERS,
        # POST /operations/{operation_id}/phases/{phase_code}/complete
        "operations-complete_phase": PLANNERS,
        # PUT /operations/{operation_id}/phases/{phase_code}/needs
        "operations-set_needs": PLANNERS,
        # GET /operations/{operation_id}/milestones
        "operations-list_milestones": READERS,
        # POST /operations/{operation_id}/milestones
        "operations-add_milestone": PLANNERS,
        # PATCH /operations/{operation_id}/milestones/{milestone_id}
        "operations-update_milestone": PLANNERS,
        # GET /operations/{operation_id}/risk
        "capacity-get_operation_risk": READERS,
        # GET /capacity/risk
        "capacity-list_operation_risks": READERS,
        # GET /capacity/plan-lines
        "capacity-list_plan_lines": REFERENCE_READERS,
        # GET /capacity/staff/{unit_code}
        "capacity-get_unit_staff": READERS,
        # GET /portfolio
        "portfolio-get_portfolio": READERS,
        # POST /studies
        "studies-create_study": PLANNERS,
        # GET /studies
        "studies-list_studies": READERS,
        # GET /studies/{study_id}
        "studies-get_study": READERS,
        # PATCH /studies/{study_id}
        "studies-update_study": PLANNERS,
        # POST /studies/{record_id}/attachments
        "studies-attach_study_document": PLANNERS,
        # GET /studies/{record_id}/attachments
        "studies-list_study_documents": READERS,
        # GET /studies/{record_id}/attachments/{document_id}
        "studies-download_study_document": READERS,
        # POST /workstation-profiles
        "workstations-create_profile": DOMP,
        # GET /workstation-profiles
        "workstations-list_profiles": REFERENCE_READERS,
        # GET /workstation-profiles/{profile_id}
        "workstations-get_profile": REFERENCE_READERS,
        # PATCH /workstation-profiles/{profile_id}
        "workstations-update_profile": DOMP,
        # POST /rollout-campaigns
        "workstations-create_campaign": DOMP,
        # GET /rollout-campaigns
        "workstations-list_campaigns": READERS,
        # GET /rollout-campaigns/{campaign_id}
        "workstations-get_campaign": READERS,
        # PATCH /rollout-campaigns/{campaign_id}
        "workstations-update_campaign": DOMP,
        # PATCH /rollout-campaigns/{campaign_id}/units/{unit_code}
        "workstations-report_progress": READERS,
        # POST /improvements
        "improvements-propose_improvement": READERS,
        # GET /improvements
        "improvements-list_improvements": READERS,
        # GET /improvements/{proposal_id}
        "improvements-get_improvement": READERS,
        # PATCH /improvements/{proposal_id}/follow-up
        "improvements-record_follow_up": DOMP,
        # GET /reference/gsbpm-phases
        "reference-list_gsbpm_phases": REFERENCE_READERS,
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
