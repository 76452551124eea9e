""" Contains all the data models used in inputs/outputs """

from .action_create import ActionCreate
from .action_public import ActionPublic
from .action_status import ActionStatus
from .assessment_copy import AssessmentCopy
from .assessment_create import AssessmentCreate
from .assessment_page import AssessmentPage
from .assessment_public import AssessmentPublic
from .assessment_status import AssessmentStatus
from .audit_entry_public import AuditEntryPublic
from .audit_entry_public_action import AuditEntryPublicAction
from .audit_entry_public_changes import AuditEntryPublicChanges
from .audit_page import AuditPage
from .availability import Availability
from .availability_line import AvailabilityLine
from .availability_source import AvailabilitySource
from .booking_create import BookingCreate
from .booking_page import BookingPage
from .booking_public import BookingPublic
from .booking_status import BookingStatus
from .budget_title import BudgetTitle
from .building_create import BuildingCreate
from .building_occupancy import BuildingOccupancy
from .building_page import BuildingPage
from .building_public import BuildingPublic
from .building_update import BuildingUpdate
from .case_category import CaseCategory
from .case_count import CaseCount
from .case_create import CaseCreate
from .case_page import CasePage
from .case_public import CasePublic
from .case_stats import CaseStats
from .case_status import CaseStatus
from .case_update import CaseUpdate
from .catalogue_item_create import CatalogueItemCreate
from .catalogue_item_page import CatalogueItemPage
from .catalogue_item_public import CatalogueItemPublic
from .catalogue_item_update import CatalogueItemUpdate
from .category import Category
from .channel import Channel
from .cost_create import CostCreate
from .cost_kind import CostKind
from .cost_public import CostPublic
from .decision import Decision
from .entry_create import EntryCreate
from .entry_page import EntryPage
from .entry_public import EntryPublic
from .entry_source import EntrySource
from .entry_status import EntryStatus
from .entry_update import EntryUpdate
from .field_change import FieldChange
from .follow_up_create import FollowUpCreate
from .follow_up_public import FollowUpPublic
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .incident_create import IncidentCreate
from .incident_kind import IncidentKind
from .incident_page import IncidentPage
from .incident_public import IncidentPublic
from .incident_status import IncidentStatus
from .lease_create import LeaseCreate
from .lease_page import LeasePage
from .lease_public import LeasePublic
from .lease_update import LeaseUpdate
from .line_create import LineCreate
from .line_public import LinePublic
from .logistics_create import LogisticsCreate
from .logistics_kind import LogisticsKind
from .logistics_page import LogisticsPage
from .logistics_public import LogisticsPublic
from .logistics_status import LogisticsStatus
from .logistics_update import LogisticsUpdate
from .occupancy_report import OccupancyReport
from .occupant_page import OccupantPage
from .occupant_public import OccupantPublic
from .order_request import OrderRequest
from .org_kind import OrgKind
from .org_unit_detail import OrgUnitDetail
from .org_unit_list import OrgUnitList
from .org_unit_public import OrgUnitPublic
from .problem import Problem
from .procedure import Procedure
from .procedure_choice import ProcedureChoice
from .purchase_kind import PurchaseKind
from .receipt_create import ReceiptCreate
from .receipt_line_create import ReceiptLineCreate
from .receipt_line_public import ReceiptLinePublic
from .receipt_public import ReceiptPublic
from .requisition_create import RequisitionCreate
from .requisition_page import RequisitionPage
from .requisition_public import RequisitionPublic
from .requisition_status import RequisitionStatus
from .requisition_update import RequisitionUpdate
from .risk_create import RiskCreate
from .risk_public import RiskPublic
from .room_create import RoomCreate
from .room_page import RoomPage
from .room_public import RoomPublic
from .seat_assignment import SeatAssignment
from .site_create import SiteCreate
from .site_page import SitePage
from .site_public import SitePublic
from .site_update import SiteUpdate
from .space_create import SpaceCreate
from .space_kind import SpaceKind
from .space_page import SpacePage
from .space_public import SpacePublic
from .space_update import SpaceUpdate
from .tenure import Tenure
from .threshold_create import ThresholdCreate
from .threshold_public import ThresholdPublic
from .unit_occupancy import UnitOccupancy
from .validation_issue import ValidationIssue

__all__ = (
    "ActionCreate",
    "ActionPublic",
    "ActionStatus",
    "AssessmentCopy",
    "AssessmentCreate",
    "AssessmentPage",
    "AssessmentPublic",
    "AssessmentStatus",
    "AuditEntryPublic",
    "AuditEntryPublicAction",
    "AuditEntryPublicChanges",
    "AuditPage",
    "Availability",
    "AvailabilityLine",
    "AvailabilitySource",
    "BookingCreate",
    "BookingPage",
    "BookingPublic",
    "BookingStatus",
    "BudgetTitle",
    "BuildingCreate",
    "BuildingOccupancy",
    "BuildingPage",
    "BuildingPublic",
    "BuildingUpdate",
    "CaseCategory",
    "CaseCount",
    "CaseCreate",
    "CasePage",
    "CasePublic",
    "CaseStats",
    "CaseStatus",
    "CaseUpdate",
    "CatalogueItemCreate",
    "CatalogueItemPage",
    "CatalogueItemPublic",
    "CatalogueItemUpdate",
    "Category",
    "Channel",
    "CostCreate",
    "CostKind",
    "CostPublic",
    "Decision",
    "EntryCreate",
    "EntryPage",
    "EntryPublic",
    "EntrySource",
    "EntryStatus",
    "EntryUpdate",
    "FieldChange",
    "FollowUpCreate",
    "FollowUpPublic",
    "HealthLiveResponseHealthLive",
    "IncidentCreate",
    "IncidentKind",
    "IncidentPage",
    "IncidentPublic",
    "IncidentStatus",
    "LeaseCreate",
    "LeasePage",
    "LeasePublic",
    "LeaseUpdate",
    "LineCreate",
    "LinePublic",
    "LogisticsCreate",
    "LogisticsKind",
    "LogisticsPage",
    "LogisticsPublic",
    "LogisticsStatus",
    "LogisticsUpdate",
    "OccupancyReport",
    "OccupantPage",
    "OccupantPublic",
    "OrderRequest",
    "OrgKind",
    "OrgUnitDetail",
    "OrgUnitList",
    "OrgUnitPublic",
    "Problem",
    "Procedure",
    "ProcedureChoice",
    "PurchaseKind",
    "ReceiptCreate",
    "ReceiptLineCreate",
    "ReceiptLinePublic",
    "ReceiptPublic",
    "RequisitionCreate",
    "RequisitionPage",
    "RequisitionPublic",
    "RequisitionStatus",
    "RequisitionUpdate",
    "RiskCreate",
    "RiskPublic",
    "RoomCreate",
    "RoomPage",
    "RoomPublic",
    "SeatAssignment",
    "SiteCreate",
    "SitePage",
    "SitePublic",
    "SiteUpdate",
    "SpaceCreate",
    "SpaceKind",
    "SpacePage",
    "SpacePublic",
    "SpaceUpdate",
    "Tenure",
    "ThresholdCreate",
    "ThresholdPublic",
    "UnitOccupancy",
    "ValidationIssue",
)
