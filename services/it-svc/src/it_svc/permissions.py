"""Who may do what in it-svc: the one permission table (``sg_common.auth.permissions``).

For each operation (operationId, method and path in the comment), the roles that may perform it
and, per role, the units it reaches there: ``OWN_UNITS`` (the caller's units and their
descendants) or ``EVERY_UNIT``. A request's scope comes only from the roles that authorise that
operation. ``sg.admin`` (everything) and ``sg.auditor`` (reads) are stated once in sg_common.
The OpenAPI document (``x-sg-permissions``) and ``docs/auth.md`` are generated from this table.
"""

from __future__ import annotations

from it_svc.roles import MANAGER, PLANNER, TECHNICIAN
from sg_common.auth.permissions import EVERY_UNIT, OWN_UNITS, PermissionTable

#: IT staff and the plan de charge: the DI's managers and planners, every unit.
PLANNERS = {MANAGER: EVERY_UNIT, PLANNER: EVERY_UNIT}
#: Inventory and licences: the DI everywhere, technicians their units.
TECHNICIANS = {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS}
#: Inventory reads: the DI everywhere, technicians and planners their units.
INVENTORY_READERS = {MANAGER: EVERY_UNIT, TECHNICIAN: OWN_UNITS, PLANNER: OWN_UNITS}
#: The DI (IT manager) only.
DI = {MANAGER: EVERY_UNIT}

PERMISSIONS = PermissionTable(
    {
        # POST /items
        "inventory-create_item": TECHNICIANS,
        "inventory-import_items": TECHNICIANS,
        # GET /items
        "inventory-list_items": INVENTORY_READERS,
        # GET /items/{item_id}
        "inventory-get_item": INVENTORY_READERS,
        # PATCH /items/{item_id}
        "inventory-update_item": TECHNICIANS,
        # POST /items/{item_id}/transitions
        "inventory-transition_item": TECHNICIANS,
        # POST /items/{item_id}/relations
        "inventory-add_relation": TECHNICIANS,
        # GET /items/{item_id}/relations
        "inventory-list_relations": INVENTORY_READERS,
        # DELETE /items/{item_id}/relations/{relation_id}
        "inventory-delete_relation": TECHNICIANS,
        # POST /licences
        "licences-create_licence": TECHNICIANS,
        # GET /licences
        "licences-list_licences": INVENTORY_READERS,
        # GET /licences/reports/expiring
        "licences-expiring_licences": INVENTORY_READERS,
        # GET /licences/reports/over-use
        "licences-over_used_licences": INVENTORY_READERS,
        # GET /licences/{licence_id}
        "licences-get_licence": INVENTORY_READERS,
        # PATCH /licences/{licence_id}
        "licences-update_licence": TECHNICIANS,
        # POST /licences/{licence_id}/assignments
        "licences-assign_seat": TECHNICIANS,
        # GET /licences/{licence_id}/assignments
        "licences-list_assignments": INVENTORY_READERS,
        # DELETE /licences/{licence_id}/assignments/{assignment_id}
        "licences-release_seat": TECHNICIANS,
        # POST /policy/standards
        "policy-create_standard": DI,
        # GET /policy/standards
        "policy-list_standards": {MANAGER: EVERY_UNIT, TECHNICIAN: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # GET /policy/standards/{standard_id}
        "policy-get_standard": {MANAGER: EVERY_UNIT, TECHNICIAN: EVERY_UNIT, PLANNER: EVERY_UNIT},
        # PATCH /policy/standards/{standard_id}
        "policy-update_standard": DI,
        # GET /policy/compliance
        "policy-compliance_report": INVENTORY_READERS,
        # GET /staff
        "staff-list_staff": PLANNERS,
        # GET /staff/{agent_id}
        "staff-get_staff_member": PLANNERS,
        # POST /staff/{agent_id}/skills
        "staff-add_skill": DI,
        # POST /staff-allocations
        "staff-create_allocation": PLANNERS,
        # GET /staff-allocations
        "staff-list_allocations": PLANNERS,
        # GET /staff-allocations/{allocation_id}
        "staff-get_allocation": PLANNERS,
        # PATCH /staff-allocations/{allocation_id}
        "staff-update_allocation": PLANNERS,
        # DELETE /staff-allocations/{allocation_id}
        "staff-delete_allocation": PLANNERS,
        # POST /workload/capacities
        "workload-create_capacity": PLANNERS,
        # GET /workload/capacities
        "workload-list_capacities": PLANNERS,
        # GET /workload/capacities/{capacity_id}
        "workload-get_capacity": PLANNERS,
        # PATCH /workload/capacities/{capacity_id}
        "workload-update_capacity": PLANNERS,
        # POST /workload/demands
        "workload-create_demand": PLANNERS,
        # GET /workload/demands
        "workload-list_demands": PLANNERS,
        # GET /workload/demands/{demand_id}
        "workload-get_demand": PLANNERS,
        # PATCH /workload/demands/{demand_id}
        "workload-update_demand": PLANNERS,
        # DELETE /workload/demands/{demand_id}
        "workload-delete_demand": PLANNERS,
        # GET /workload/load
        "workload-current_load": PLANNERS,
        # POST /workload/plans
        "workload-create_plan": PLANNERS,
        # GET /workload/plans
        "workload-list_plans": PLANNERS,
        # GET /workload/plans/{plan_id}
        "workload-get_plan": PLANNERS,
        # PATCH /workload/plans/{plan_id}
        "workload-update_plan": PLANNERS,
        # POST /workload/plans/{plan_id}/recompute
        "workload-recompute_plan": PLANNERS,
        # POST /workload/plans/{plan_id}/publish
        "workload-publish_plan": PLANNERS,
        # DELETE /workload/plans/{plan_id}
        "workload-delete_plan": PLANNERS,
        # GET /budget-envelopes
        "budget-list_budget_envelopes": {
            MANAGER: EVERY_UNIT,
            TECHNICIAN: OWN_UNITS,
            PLANNER: EVERY_UNIT,
        },
        # GET /audit (the audit trail spans every unit: sg.auditor and sg.admin read it too)
        "audit-list_audit_entries": {MANAGER: EVERY_UNIT},
    }
)
