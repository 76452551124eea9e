""" Contains all the data models used in inputs/outputs """

from .acknowledgement_public import AcknowledgementPublic
from .agent_create import AgentCreate
from .agent_page import AgentPage
from .agent_public import AgentPublic
from .agent_status import AgentStatus
from .agent_summary import AgentSummary
from .agent_update import AgentUpdate
from .announcement_create import AnnouncementCreate
from .announcement_page import AnnouncementPage
from .announcement_public import AnnouncementPublic
from .announcement_status import AnnouncementStatus
from .announcement_update import AnnouncementUpdate
from .assignment_create import AssignmentCreate
from .assignment_end import AssignmentEnd
from .assignment_page import AssignmentPage
from .assignment_public import AssignmentPublic
from .attendance_set import AttendanceSet
from .audit_entry_public import AuditEntryPublic
from .audit_entry_public_action import AuditEntryPublicAction
from .audit_entry_public_changes import AuditEntryPublicChanges
from .audit_page import AuditPage
from .body_create import BodyCreate
from .body_kind import BodyKind
from .body_page import BodyPage
from .body_public import BodyPublic
from .budget_status import BudgetStatus
from .career_event_page import CareerEventPage
from .career_event_public import CareerEventPublic
from .career_kind import CareerKind
from .category import Category
from .ceiling_public import CeilingPublic
from .ceiling_set import CeilingSet
from .completion_create import CompletionCreate
from .completion_page import CompletionPage
from .completion_public import CompletionPublic
from .compliance_item import ComplianceItem
from .compliance_report import ComplianceReport
from .compliance_status import ComplianceStatus
from .composition import Composition
from .course_create import CourseCreate
from .course_page import CoursePage
from .course_public import CoursePublic
from .course_update import CourseUpdate
from .delegable_act import DelegableAct
from .delegation_create import DelegationCreate
from .delegation_page import DelegationPage
from .delegation_public import DelegationPublic
from .delegation_revocation import DelegationRevocation
from .delegator_role import DelegatorRole
from .departure_create import DepartureCreate
from .designation_create import DesignationCreate
from .designation_page import DesignationPage
from .designation_public import DesignationPublic
from .designation_role import DesignationRole
from .designation_withdrawal import DesignationWithdrawal
from .election_create import ElectionCreate
from .election_page import ElectionPage
from .election_public import ElectionPublic
from .enrolment_create import EnrolmentCreate
from .enrolment_page import EnrolmentPage
from .enrolment_public import EnrolmentPublic
from .enrolment_status import EnrolmentStatus
from .etpt_month import EtptMonth
from .etpt_report_create import EtptReportCreate
from .etpt_report_public import EtptReportPublic
from .etpt_statement import EtptStatement
from .feed import Feed
from .feed_item import FeedItem
from .field_change import FieldChange
from .goal import Goal
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .list_result import ListResult
from .list_votes import ListVotes
from .meeting_create import MeetingCreate
from .meeting_page import MeetingPage
from .meeting_public import MeetingPublic
from .meeting_update import MeetingUpdate
from .movement_create import MovementCreate
from .opinion_create import OpinionCreate
from .opinion_outcome import OpinionOutcome
from .opinion_public import OpinionPublic
from .org_kind import OrgKind
from .org_unit_detail import OrgUnitDetail
from .org_unit_list import OrgUnitList
from .org_unit_public import OrgUnitPublic
from .plan_line import PlanLine
from .plan_line_set import PlanLineSet
from .post_create import PostCreate
from .post_page import PostPage
from .post_public import PostPublic
from .post_update import PostUpdate
from .problem import Problem
from .publication_create import PublicationCreate
from .readership import Readership
from .review_create import ReviewCreate
from .review_page import ReviewPage
from .review_public import ReviewPublic
from .review_status import ReviewStatus
from .review_update import ReviewUpdate
from .session_budget import SessionBudget
from .session_completion_create import SessionCompletionCreate
from .session_confirmation import SessionConfirmation
from .session_create import SessionCreate
from .session_page import SessionPage
from .session_public import SessionPublic
from .session_status import SessionStatus
from .skill_create import SkillCreate
from .skill_level import SkillLevel
from .skill_page import SkillPage
from .skill_public import SkillPublic
from .time_credit_allocation import TimeCreditAllocation
from .time_credit_computation import TimeCreditComputation
from .time_credit_public import TimeCreditPublic
from .time_credit_set import TimeCreditSet
from .time_credit_use_create import TimeCreditUseCreate
from .training_plan import TrainingPlan
from .union_create import UnionCreate
from .union_credit_share import UnionCreditShare
from .union_page import UnionPage
from .union_public import UnionPublic
from .union_seats import UnionSeats
from .unit_readership import UnitReadership
from .validation_issue import ValidationIssue

__all__ = (
    "AcknowledgementPublic",
    "AgentCreate",
    "AgentPage",
    "AgentPublic",
    "AgentStatus",
    "AgentSummary",
    "AgentUpdate",
    "AnnouncementCreate",
    "AnnouncementPage",
    "AnnouncementPublic",
    "AnnouncementStatus",
    "AnnouncementUpdate",
    "AssignmentCreate",
    "AssignmentEnd",
    "AssignmentPage",
    "AssignmentPublic",
    "AttendanceSet",
    "AuditEntryPublic",
    "AuditEntryPublicAction",
    "AuditEntryPublicChanges",
    "AuditPage",
    "BodyCreate",
    "BodyKind",
    "BodyPage",
    "BodyPublic",
    "BudgetStatus",
    "CareerEventPage",
    "CareerEventPublic",
    "CareerKind",
    "Category",
    "CeilingPublic",
    "CeilingSet",
    "CompletionCreate",
    "CompletionPage",
    "CompletionPublic",
    "ComplianceItem",
    "ComplianceReport",
    "ComplianceStatus",
    "Composition",
    "CourseCreate",
    "CoursePage",
    "CoursePublic",
    "CourseUpdate",
    "DelegableAct",
    "DelegationCreate",
    "DelegationPage",
    "DelegationPublic",
    "DelegationRevocation",
    "DelegatorRole",
    "DepartureCreate",
    "DesignationCreate",
    "DesignationPage",
    "DesignationPublic",
    "DesignationRole",
    "DesignationWithdrawal",
    "ElectionCreate",
    "ElectionPage",
    "ElectionPublic",
    "EnrolmentCreate",
    "EnrolmentPage",
    "EnrolmentPublic",
    "EnrolmentStatus",
    "EtptMonth",
    "EtptReportCreate",
    "EtptReportPublic",
    "EtptStatement",
    "Feed",
    "FeedItem",
    "FieldChange",
    "Goal",
    "HealthLiveResponseHealthLive",
    "ListResult",
    "ListVotes",
    "MeetingCreate",
    "MeetingPage",
    "MeetingPublic",
    "MeetingUpdate",
    "MovementCreate",
    "OpinionCreate",
    "OpinionOutcome",
    "OpinionPublic",
    "OrgKind",
    "OrgUnitDetail",
    "OrgUnitList",
    "OrgUnitPublic",
    "PlanLine",
    "PlanLineSet",
    "PostCreate",
    "PostPage",
    "PostPublic",
    "PostUpdate",
    "Problem",
    "PublicationCreate",
    "Readership",
    "ReviewCreate",
    "ReviewPage",
    "ReviewPublic",
    "ReviewStatus",
    "ReviewUpdate",
    "SessionBudget",
    "SessionCompletionCreate",
    "SessionConfirmation",
    "SessionCreate",
    "SessionPage",
    "SessionPublic",
    "SessionStatus",
    "SkillCreate",
    "SkillLevel",
    "SkillPage",
    "SkillPublic",
    "TimeCreditAllocation",
    "TimeCreditComputation",
    "TimeCreditPublic",
    "TimeCreditSet",
    "TimeCreditUseCreate",
    "TrainingPlan",
    "UnionCreate",
    "UnionCreditShare",
    "UnionPage",
    "UnionPublic",
    "UnionSeats",
    "UnitReadership",
    "ValidationIssue",
)
