"""Who may do what in production-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from production_svc.common import CONTRIBUTOR, LEAD, MANAGER
from sg_common.auth.permissions import EVERY_UNIT, OWN_UNITS, PermissionTable

PERMISSIONS = PermissionTable(
    {
        # POST /operations
        "operations-create_operation": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # GET /operations
        "operations-list_operations": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # GET /operations/{operation_id}
        "operations-get_operation": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # PATCH /operations/{operation_id}
        "operations-update_operation": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # POST /operations/{operation_id}/schedule
        "operations-schedule_operation": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # GET /operations/{operation_id}/timeline
        "operations-get_timeline": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # GET /operations/{operation_id}/phases
        "operations-list_phases": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # POST /operations/{operation_id}/phases
        "operations-add_phase": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # GET /operations/{operation_id}/phases/{phase_code}
        "operations-get_phase": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # PATCH /operations/{operation_id}/phases/{phase_code}
        "operations-update_phase": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # DELETE /operations/{operation_id}/phases/{phase_code}
        "operations-delete_phase": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # POST /operations/{operation_id}/phases/{phase_code}/complete
        "operations-complete_phase": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # PUT /operations/{operation_id}/phases/{phase_code}/needs
        "operations-set_needs": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # GET /operations/{operation_id}/milestones
        "operations-list_milestones": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # POST /operations/{operation_id}/milestones
        "operations-add_milestone": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # PATCH /operations/{operation_id}/milestones/{milestone_id}
        "operations-update_milestone": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # GET /operations/{operation_id}/risk
        "capacity-get_operation_risk": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # GET /capacity/risk
        "capacity-list_operation_risks": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # GET /capacity/plan-lines
        "capacity-list_plan_lines": {
            MANAGER: EVERY_UNIT,
            LEAD: EVERY_UNIT,
            CONTRIBUTOR: EVERY_UNIT,
        },
        # GET /capacity/staff/{unit_code}
        "capacity-get_unit_staff": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # GET /portfolio
        "portfolio-get_portfolio": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # POST /studies
        "studies-create_study": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # GET /studies
        "studies-list_studies": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # GET /studies/{study_id}
        "studies-get_study": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # PATCH /studies/{study_id}
        "studies-update_study": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS},
        # POST /workstation-profiles
        "workstations-create_profile": {MANAGER: EVERY_UNIT},
        # GET /workstation-profiles
        "workstations-list_profiles": {
            MANAGER: EVERY_UNIT,
            LEAD: EVERY_UNIT,
            CONTRIBUTOR: EVERY_UNIT,
        },
        # GET /workstation-profiles/{profile_id}
        "workstations-get_profile": {
            MANAGER: EVERY_UNIT,
            LEAD: EVERY_UNIT,
            CONTRIBUTOR: EVERY_UNIT,
        },
        # PATCH /workstation-profiles/{profile_id}
        "workstations-update_profile": {MANAGER: EVERY_UNIT},
        # POST /rollout-campaigns
        "workstations-create_campaign": {MANAGER: EVERY_UNIT},
        # GET /rollout-campaigns
        "workstations-list_campaigns": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # GET /rollout-campaigns/{campaign_id}
        "workstations-get_campaign": {MANAGER: EVERY_UNIT, LEAD: OWN_UNITS, CONTRIBUTOR: OWN_UNITS},
        # PATCH /rollout-campaigns/{campaign_id}
        "workstations-update_campaign": {MANAGER: EVERY_UNIT},
        # PATCH /rollout-campaigns/{campaign_id}/units/{unit_code}
        "workstations-report_progress": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # POST /improvements
        "improvements-propose_improvement": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # GET /improvements
        "improvements-list_improvements": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # GET /improvements/{proposal_id}
        "improvements-get_improvement": {
            MANAGER: EVERY_UNIT,
            LEAD: OWN_UNITS,
            CONTRIBUTOR: OWN_UNITS,
        },
        # PATCH /improvements/{proposal_id}/follow-up
        "improvements-record_follow_up": {MANAGER: EVERY_UNIT},
        # GET /reference/gsbpm-phases
        "reference-list_gsbpm_phases": {
            MANAGER: EVERY_UNIT,
            LEAD: EVERY_UNIT,
            CONTRIBUTOR: EVERY_UNIT,
        },
    }
)
