""" Contains all the data models used in inputs/outputs """

from .allocation_create import AllocationCreate
from .allocation_page import AllocationPage
from .allocation_public import AllocationPublic
from .allocation_update import AllocationUpdate
from .assignment_create import AssignmentCreate
from .assignment_public import AssignmentPublic
from .audit_entry_public import AuditEntryPublic
from .audit_entry_public_action import AuditEntryPublicAction
from .audit_entry_public_changes import AuditEntryPublicChanges
from .audit_page import AuditPage
from .budget_envelope_page import BudgetEnvelopePage
from .budget_envelope_public import BudgetEnvelopePublic
from .capacity_create import CapacityCreate
from .capacity_page import CapacityPage
from .capacity_public import CapacityPublic
from .capacity_update import CapacityUpdate
from .demand_create import DemandCreate
from .demand_page import DemandPage
from .demand_public import DemandPublic
from .demand_source import DemandSource
from .demand_update import DemandUpdate
from .expiring_licence import ExpiringLicence
from .field_change import FieldChange
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .item_create import ItemCreate
from .item_kind import ItemKind
from .item_page import ItemPage
from .item_public import ItemPublic
from .item_status import ItemStatus
from .item_transition import ItemTransition
from .item_update import ItemUpdate
from .licence_create import LicenceCreate
from .licence_page import LicencePage
from .licence_public import LicencePublic
from .licence_type import LicenceType
from .licence_update import LicenceUpdate
from .licence_usage import LicenceUsage
from .load_line import LoadLine
from .non_compliant_item import NonCompliantItem
from .org_kind import OrgKind
from .org_unit_detail import OrgUnitDetail
from .org_unit_list import OrgUnitList
from .org_unit_public import OrgUnitPublic
from .plan_create import PlanCreate
from .plan_detail import PlanDetail
from .plan_page import PlanPage
from .plan_public import PlanPublic
from .plan_status import PlanStatus
from .plan_update import PlanUpdate
from .problem import Problem
from .relation_create import RelationCreate
from .relation_kind import RelationKind
from .relation_public import RelationPublic
from .skill_create import SkillCreate
from .skill_public import SkillPublic
from .skill_source import SkillSource
from .staff_detail import StaffDetail
from .staff_page import StaffPage
from .staff_public import StaffPublic
from .standard_create import StandardCreate
from .standard_page import StandardPage
from .standard_public import StandardPublic
from .standard_status import StandardStatus
from .standard_update import StandardUpdate
from .unit_compliance import UnitCompliance
from .validation_issue import ValidationIssue

__all__ = (
    "AllocationCreate",
    "AllocationPage",
    "AllocationPublic",
    "AllocationUpdate",
    "AssignmentCreate",
    "AssignmentPublic",
    "AuditEntryPublic",
    "AuditEntryPublicAction",
    "AuditEntryPublicChanges",
    "AuditPage",
    "BudgetEnvelopePage",
    "BudgetEnvelopePublic",
    "CapacityCreate",
    "CapacityPage",
    "CapacityPublic",
    "CapacityUpdate",
    "DemandCreate",
    "DemandPage",
    "DemandPublic",
    "DemandSource",
    "DemandUpdate",
    "ExpiringLicence",
    "FieldChange",
    "HealthLiveResponseHealthLive",
    "ItemCreate",
    "ItemKind",
    "ItemPage",
    "ItemPublic",
    "ItemStatus",
    "ItemTransition",
    "ItemUpdate",
    "LicenceCreate",
    "LicencePage",
    "LicencePublic",
    "LicenceType",
    "LicenceUpdate",
    "LicenceUsage",
    "LoadLine",
    "NonCompliantItem",
    "OrgKind",
    "OrgUnitDetail",
    "OrgUnitList",
    "OrgUnitPublic",
    "PlanCreate",
    "PlanDetail",
    "PlanPage",
    "PlanPublic",
    "PlanStatus",
    "PlanUpdate",
    "Problem",
    "RelationCreate",
    "RelationKind",
    "RelationPublic",
    "SkillCreate",
    "SkillPublic",
    "SkillSource",
    "StaffDetail",
    "StaffPage",
    "StaffPublic",
    "StandardCreate",
    "StandardPage",
    "StandardPublic",
    "StandardStatus",
    "StandardUpdate",
    "UnitCompliance",
    "ValidationIssue",
)
