"""Who may do what in it-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from it_svc.common import MANAGER, PLANNER, TECHNICIAN
from sg_common.auth.permissions import EVERY_UNIT, OWN_UNITS, PermissionTable

PERMISSIONS = PermissionTable(
    {
        # POST /items
        "inventory-create_item": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # GET /items
        "inventory-list_items": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS, PLANNER: OWN_UNITS},
        # GET /items/{item_id}
        "inventory-get_item": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS, PLANNER: OWN_UNITS},
        # PATCH /items/{item_id}
        "inventory-update_item": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # POST /items/{item_id}/transitions
        "inventory-transition_item": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # POST /items/{item_id}/relations
        "inventory-add_relation": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # GET /items/{item_id}/relations
        "inventory-list_relations": {
            MANAGER: EVERY_UNIT,
            TECHNICIAN: OWN_UNITS,
            PLANNER: OWN_UNITS,
        },
        # DELETE /items/{item_id}/relations/{relation_id}
        "inventory-delete_relation": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # POST /licences
        "licences-create_licence": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # GET /licences
        "licences-list_licences": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS, PLANNER: OWN_UNITS},
        # GET /licences/reports/expiring
        "licences-expiring_licences": {
            MANAGER: EVERY_UNIT,
            TECHNICIAN: OWN_UNITS,
            PLANNER: OWN_UNITS,
        },
        # GET /licences/reports/over-use
        "licences-over_used_licences": {
            MANAGER: EVERY_UNIT,
            TECHNICIAN: OWN_UNITS,
            PLANNER: OWN_UNITS,
        },
        # GET /licences/{licence_id}
        "licences-get_licence": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS, PLANNER: OWN_UNITS},
        # PATCH /licences/{licence_id}
        "licences-update_licence": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # POST /licences/{licence_id}/assignments
        "licences-assign_seat": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # GET /licences/{licence_id}/assignments
        "licences-list_assignments": {
            MANAGER: EVERY_UNIT,
            TECHNICIAN: OWN_UNITS,
            PLANNER: OWN_UNITS,
        },
        # DELETE /licences/{licence_id}/assignments/{assignment_id}
        "licences-release_seat": {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS},
        # POST /policy/standards
        "policy-create_standard": {MANAGER: EVERY_UNIT},
        # GET /policy/standards
        "policy-list_standards": {MANAGER: EVERY_UNIT, TECHNICIAN: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /policy/standards/{standard_id}
        "policy-get_standard": {MANAGER: EVERY_UNIT, TECHNICIAN: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # PATCH /policy/standards/{standard_id}
        "policy-update_standard": {MANAGER: EVERY_UNIT},
        # GET /policy/compliance
        "policy-compliance_report": {
            MANAGER: EVERY_UNIT,
            TECHNICIAN: OWN_UNITS,
            PLANNER: OWN_UNITS,
        },
        # GET /staff
        "staff-list_staff": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /staff/{agent_id}
        "staff-get_staff_member": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # POST /staff/{agent_id}/skills
        "staff-add_skill": {MANAGER: EVERY_UNIT},
        # POST /staff-allocations
        "staff-create_allocation": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /staff-allocations
        "staff-list_allocations": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /staff-allocations/{allocation_id}
        "staff-get_allocation": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # PATCH /staff-allocations/{allocation_id}
        "staff-update_allocation": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # DELETE /staff-allocations/{allocation_id}
        "staff-delete_allocation": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # POST /workload/capacities
        "workload-create_capacity": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /workload/capacities
        "workload-list_capacities": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /workload/capacities/{capacity_id}
        "workload-get_capacity": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # PATCH /workload/capacities/{capacity_id}
        "workload-update_capacity": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # POST /workload/demands
        "workload-create_demand": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /workload/demands
        "workload-list_demands": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /workload/demands/{demand_id}
        "workload-get_demand": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # PATCH /workload/demands/{demand_id}
        "workload-update_demand": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # DELETE /workload/demands/{demand_id}
        "workload-delete_demand": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /workload/load
        "workload-current_load": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # POST /workload/plans
        "workload-create_plan": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /workload/plans
        "workload-list_plans": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /workload/plans/{plan_id}
        "workload-get_plan": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # PATCH /workload/plans/{plan_id}
        "workload-update_plan": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # POST /workload/plans/{plan_id}/recompute
        "workload-recompute_plan": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # POST /workload/plans/{plan_id}/publish
        "workload-publish_plan": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # DELETE /workload/plans/{plan_id}
        "workload-delete_plan": {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /budget-envelopes
        "budget-list_budget_envelopes": {
            MANAGER: EVERY_UNIT,
            TECHNICIAN: OWN_UNITS,
            PLANNER: EVERY_UNIT,
        },
    }
)
