""" Contains all the data models used in inputs/outputs """

from .action_public import ActionPublic
from .allocation_create import AllocationCreate
from .allocation_page import AllocationPage
from .allocation_public import AllocationPublic
from .allocation_request_create import AllocationRequestCreate
from .allocation_request_page import AllocationRequestPage
from .allocation_request_public import AllocationRequestPublic
from .availability_page import AvailabilityPage
from .availability_public import AvailabilityPublic
from .commitment_cancellation import CommitmentCancellation
from .commitment_create import CommitmentCreate
from .commitment_operation_kind import CommitmentOperationKind
from .commitment_operation_public import CommitmentOperationPublic
from .commitment_page import CommitmentPage
from .commitment_public import CommitmentPublic
from .commitment_reduction import CommitmentReduction
from .commitment_source import CommitmentSource
from .commitment_status import CommitmentStatus
from .decision_create import DecisionCreate
from .decision_kind import DecisionKind
from .decision_outcome import DecisionOutcome
from .fiscal_year_create import FiscalYearCreate
from .fiscal_year_public import FiscalYearPublic
from .fiscal_year_status import FiscalYearStatus
from .fiscal_year_update import FiscalYearUpdate
from .forecast_axis import ForecastAxis
from .forecast_create import ForecastCreate
from .forecast_page import ForecastPage
from .forecast_public import ForecastPublic
from .forecast_revision_public import ForecastRevisionPublic
from .forecast_total import ForecastTotal
from .forecast_total_group import ForecastTotalGroup
from .forecast_update import ForecastUpdate
from .health_live_response_health_live import HealthLiveResponseHealthLive
from .line_ref import LineRef
from .manual_reserve_kind import ManualReserveKind
from .movement_page import MovementPage
from .movement_public import MovementPublic
from .org_kind import OrgKind
from .org_unit_detail import OrgUnitDetail
from .org_unit_list import OrgUnitList
from .org_unit_public import OrgUnitPublic
from .problem import Problem
from .programme_public import ProgrammePublic
from .request_status import RequestStatus
from .reserve_apply import ReserveApply
from .reserve_kind import ReserveKind
from .reserve_operation_create import ReserveOperationCreate
from .reserve_operation_page import ReserveOperationPage
from .reserve_operation_public import ReserveOperationPublic
from .staff_ceiling_create import StaffCeilingCreate
from .staff_ceiling_page import StaffCeilingPage
from .staff_ceiling_public import StaffCeilingPublic
from .staff_ceiling_update import StaffCeilingUpdate
from .sub_action_public import SubActionPublic
from .title import Title
from .title_public import TitlePublic
from .transfer_create import TransferCreate
from .transfer_page import TransferPage
from .transfer_public import TransferPublic
from .validation_issue import ValidationIssue

__all__ = (
    "ActionPublic",
    "AllocationCreate",
    "AllocationPage",
    "AllocationPublic",
    "AllocationRequestCreate",
    "AllocationRequestPage",
    "AllocationRequestPublic",
    "AvailabilityPage",
    "AvailabilityPublic",
    "CommitmentCancellation",
    "CommitmentCreate",
    "CommitmentOperationKind",
    "CommitmentOperationPublic",
    "CommitmentPage",
    "CommitmentPublic",
    "CommitmentReduction",
    "CommitmentSource",
    "CommitmentStatus",
    "DecisionCreate",
    "DecisionKind",
    "DecisionOutcome",
    "FiscalYearCreate",
    "FiscalYearPublic",
    "FiscalYearStatus",
    "FiscalYearUpdate",
    "ForecastAxis",
    "ForecastCreate",
    "ForecastPage",
    "ForecastPublic",
    "ForecastRevisionPublic",
    "ForecastTotal",
    "ForecastTotalGroup",
    "ForecastUpdate",
    "HealthLiveResponseHealthLive",
    "LineRef",
    "ManualReserveKind",
    "MovementPage",
    "MovementPublic",
    "OrgKind",
    "OrgUnitDetail",
    "OrgUnitList",
    "OrgUnitPublic",
    "Problem",
    "ProgrammePublic",
    "RequestStatus",
    "ReserveApply",
    "ReserveKind",
    "ReserveOperationCreate",
    "ReserveOperationPage",
    "ReserveOperationPublic",
    "StaffCeilingCreate",
    "StaffCeilingPage",
    "StaffCeilingPublic",
    "StaffCeilingUpdate",
    "SubActionPublic",
    "Title",
    "TitlePublic",
    "TransferCreate",
    "TransferPage",
    "TransferPublic",
    "ValidationIssue",
)
