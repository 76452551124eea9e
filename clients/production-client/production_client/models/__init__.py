""" Contains all the data models used in inputs/outputs """

from .audit_entry_public import AuditEntryPublic
from .audit_entry_public_action import AuditEntryPublicAction
from .audit_entry_public_changes import AuditEntryPublicChanges
from .audit_page import AuditPage
from .campaign_create import CampaignCreate
from .campaign_page import CampaignPage
from .campaign_public import CampaignPublic
from .campaign_state import CampaignState
from .campaign_unit_public import CampaignUnitPublic
from .campaign_update import CampaignUpdate
from .centre_risk import CentreRisk
from .field_change import FieldChange
from .follow_up_update import FollowUpUpdate
from .gsbpm_phase_public import GsbpmPhasePublic
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .improvement_category import ImprovementCategory
from .improvement_create import ImprovementCreate
from .improvement_page import ImprovementPage
from .improvement_public import ImprovementPublic
from .improvement_status import ImprovementStatus
from .it_need_in import ItNeedIn
from .it_need_public import ItNeedPublic
from .milestone_create import MilestoneCreate
from .milestone_public import MilestonePublic
from .milestone_update import MilestoneUpdate
from .month_colour import MonthColour
from .month_risk import MonthRisk
from .operation_create import OperationCreate
from .operation_kind import OperationKind
from .operation_page import OperationPage
from .operation_public import OperationPublic
from .operation_risk import OperationRisk
from .operation_risk_summary import OperationRiskSummary
from .operation_status import OperationStatus
from .operation_update import OperationUpdate
from .org_kind import OrgKind
from .org_unit_detail import OrgUnitDetail
from .org_unit_list import OrgUnitList
from .org_unit_public import OrgUnitPublic
from .phase_code import PhaseCode
from .phase_complete import PhaseComplete
from .phase_create import PhaseCreate
from .phase_dates import PhaseDates
from .phase_needs import PhaseNeeds
from .phase_needs_public import PhaseNeedsPublic
from .phase_public import PhasePublic
from .phase_risk import PhaseRisk
from .phase_status import PhaseStatus
from .phase_update import PhaseUpdate
from .plan_line_page import PlanLinePage
from .plan_line_public import PlanLinePublic
from .portfolio import Portfolio
from .portfolio_month import PortfolioMonth
from .portfolio_operation import PortfolioOperation
from .problem import Problem
from .profile_create import ProfileCreate
from .profile_page import ProfilePage
from .profile_public import ProfilePublic
from .profile_update import ProfileUpdate
from .progress_report import ProgressReport
from .purchase_category import PurchaseCategory
from .purchase_need_in import PurchaseNeedIn
from .purchase_need_public import PurchaseNeedPublic
from .risk_colour import RiskColour
from .risk_page import RiskPage
from .schedule_request import ScheduleRequest
from .staff_need_in import StaffNeedIn
from .staff_need_public import StaffNeedPublic
from .staff_risk import StaffRisk
from .study_create import StudyCreate
from .study_page import StudyPage
from .study_public import StudyPublic
from .study_status import StudyStatus
from .study_topic import StudyTopic
from .study_update import StudyUpdate
from .timeline import Timeline
from .timeline_month import TimelineMonth
from .unit_staff import UnitStaff
from .unit_target import UnitTarget
from .validation_issue import ValidationIssue

__all__ = (
    "AuditEntryPublic",
    "AuditEntryPublicAction",
    "AuditEntryPublicChanges",
    "AuditPage",
    "CampaignCreate",
    "CampaignPage",
    "CampaignPublic",
    "CampaignState",
    "CampaignUnitPublic",
    "CampaignUpdate",
    "CentreRisk",
    "FieldChange",
    "FollowUpUpdate",
    "GsbpmPhasePublic",
    "HealthLiveResponseHealthLive",
    "ImprovementCategory",
    "ImprovementCreate",
    "ImprovementPage",
    "ImprovementPublic",
    "ImprovementStatus",
    "ItNeedIn",
    "ItNeedPublic",
    "MilestoneCreate",
    "MilestonePublic",
    "MilestoneUpdate",
    "MonthColour",
    "MonthRisk",
    "OperationCreate",
    "OperationKind",
    "OperationPage",
    "OperationPublic",
    "OperationRisk",
    "OperationRiskSummary",
    "OperationStatus",
    "OperationUpdate",
    "OrgKind",
    "OrgUnitDetail",
    "OrgUnitList",
    "OrgUnitPublic",
    "PhaseCode",
    "PhaseComplete",
    "PhaseCreate",
    "PhaseDates",
    "PhaseNeeds",
    "PhaseNeedsPublic",
    "PhasePublic",
    "PhaseRisk",
    "PhaseStatus",
    "PhaseUpdate",
    "PlanLinePage",
    "PlanLinePublic",
    "Portfolio",
    "PortfolioMonth",
    "PortfolioOperation",
    "Problem",
    "ProfileCreate",
    "ProfilePage",
    "ProfilePublic",
    "ProfileUpdate",
    "ProgressReport",
    "PurchaseCategory",
    "PurchaseNeedIn",
    "PurchaseNeedPublic",
    "RiskColour",
    "RiskPage",
    "ScheduleRequest",
    "StaffNeedIn",
    "StaffNeedPublic",
    "StaffRisk",
    "StudyCreate",
    "StudyPage",
    "StudyPublic",
    "StudyStatus",
    "StudyTopic",
    "StudyUpdate",
    "Timeline",
    "TimelineMonth",
    "UnitStaff",
    "UnitTarget",
    "ValidationIssue",
)
