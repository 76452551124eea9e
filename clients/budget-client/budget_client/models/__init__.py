""" Contains all the data models used in inputs/outputs """

from .account_ledger import AccountLedger
from .account_ledger_row import AccountLedgerRow
from .account_public import AccountPublic
from .action_public import ActionPublic
from .advance_terms_public import AdvanceTermsPublic
from .advance_terms_update import AdvanceTermsUpdate
from .allocation_create import AllocationCreate
from .allocation_page import AllocationPage
from .allocation_public import AllocationPublic
from .allocation_request_create import AllocationRequestCreate
from .allocation_request_page import AllocationRequestPage
from .allocation_request_public import AllocationRequestPublic
from .audit_entry_public import AuditEntryPublic
from .audit_entry_public_action import AuditEntryPublicAction
from .audit_entry_public_changes import AuditEntryPublicChanges
from .audit_page import AuditPage
from .availability_page import AvailabilityPage
from .availability_public import AvailabilityPublic
from .axis import Axis
from .carry_over_public import CarryOverPublic
from .commitment_cancellation import CommitmentCancellation
from .commitment_create import CommitmentCreate
from .commitment_operation_kind import CommitmentOperationKind
from .commitment_operation_public import CommitmentOperationPublic
from .commitment_page import CommitmentPage
from .commitment_public import CommitmentPublic
from .commitment_reduction import CommitmentReduction
from .commitment_source import CommitmentSource
from .commitment_spending import CommitmentSpending
from .commitment_status import CommitmentStatus
from .cost_attribution_public import CostAttributionPublic
from .cost_attribution_set import CostAttributionSet
from .cost_axis import CostAxis
from .cost_row import CostRow
from .decision_create import DecisionCreate
from .decision_kind import DecisionKind
from .decision_outcome import DecisionOutcome
from .entry_create import EntryCreate
from .entry_line_in import EntryLineIn
from .entry_line_public import EntryLinePublic
from .entry_page import EntryPage
from .entry_public import EntryPublic
from .entry_reversal import EntryReversal
from .execution_group import ExecutionGroup
from .field_change import FieldChange
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
from .indicator_create import IndicatorCreate
from .indicator_public import IndicatorPublic
from .indicator_value_public import IndicatorValuePublic
from .indicator_value_set import IndicatorValueSet
from .invoice_create import InvoiceCreate
from .invoice_documents import InvoiceDocuments
from .invoice_page import InvoicePage
from .invoice_public import InvoicePublic
from .invoice_rejection import InvoiceRejection
from .invoice_status import InvoiceStatus
from .invoice_suspension import InvoiceSuspension
from .late_payment_rate_create import LatePaymentRateCreate
from .late_payment_rate_public import LatePaymentRatePublic
from .line_ref import LineRef
from .manual_reserve_kind import ManualReserveKind
from .month_execution import MonthExecution
from .movement_page import MovementPage
from .movement_public import MovementPublic
from .network import Network
from .objective_create import ObjectiveCreate
from .objective_public import ObjectivePublic
from .org_kind import OrgKind
from .org_unit_detail import OrgUnitDetail
from .org_unit_list import OrgUnitList
from .org_unit_public import OrgUnitPublic
from .payment_page import PaymentPage
from .payment_public import PaymentPublic
from .payment_request import PaymentRequest
from .payment_time import PaymentTime
from .period_public import PeriodPublic
from .problem import Problem
from .programme_item_create import ProgrammeItemCreate
from .programme_item_public import ProgrammeItemPublic
from .programme_item_update import ProgrammeItemUpdate
from .programme_public import ProgrammePublic
from .programme_version_create import ProgrammeVersionCreate
from .programme_version_public import ProgrammeVersionPublic
from .request_status import RequestStatus
from .reserve_apply import ReserveApply
from .reserve_kind import ReserveKind
from .reserve_operation_create import ReserveOperationCreate
from .reserve_operation_page import ReserveOperationPage
from .reserve_operation_public import ReserveOperationPublic
from .service_done_create import ServiceDoneCreate
from .service_done_page import ServiceDonePage
from .service_done_public import ServiceDonePublic
from .service_done_source import ServiceDoneSource
from .staff_ceiling_create import StaffCeilingCreate
from .staff_ceiling_page import StaffCeilingPage
from .staff_ceiling_public import StaffCeilingPublic
from .staff_ceiling_update import StaffCeilingUpdate
from .statistical_operation_public import StatisticalOperationPublic
from .sub_action_public import SubActionPublic
from .title import Title
from .title_public import TitlePublic
from .training_charge_page import TrainingChargePage
from .training_charge_public import TrainingChargePublic
from .training_commitment_page import TrainingCommitmentPage
from .training_commitment_public import TrainingCommitmentPublic
from .training_commitment_status import TrainingCommitmentStatus
from .transfer_create import TransferCreate
from .transfer_page import TransferPage
from .transfer_public import TransferPublic
from .trend import Trend
from .trial_balance import TrialBalance
from .trial_balance_row import TrialBalanceRow
from .validation_issue import ValidationIssue
from .year_close_request import YearCloseRequest
from .year_end_execution import YearEndExecution
from .year_progress import YearProgress

__all__ = (
    "AccountLedger",
    "AccountLedgerRow",
    "AccountPublic",
    "ActionPublic",
    "AdvanceTermsPublic",
    "AdvanceTermsUpdate",
    "AllocationCreate",
    "AllocationPage",
    "AllocationPublic",
    "AllocationRequestCreate",
    "AllocationRequestPage",
    "AllocationRequestPublic",
    "AuditEntryPublic",
    "AuditEntryPublicAction",
    "AuditEntryPublicChanges",
    "AuditPage",
    "AvailabilityPage",
    "AvailabilityPublic",
    "Axis",
    "CarryOverPublic",
    "CommitmentCancellation",
    "CommitmentCreate",
    "CommitmentOperationKind",
    "CommitmentOperationPublic",
    "CommitmentPage",
    "CommitmentPublic",
    "CommitmentReduction",
    "CommitmentSource",
    "CommitmentSpending",
    "CommitmentStatus",
    "CostAttributionPublic",
    "CostAttributionSet",
    "CostAxis",
    "CostRow",
    "DecisionCreate",
    "DecisionKind",
    "DecisionOutcome",
    "EntryCreate",
    "EntryLineIn",
    "EntryLinePublic",
    "EntryPage",
    "EntryPublic",
    "EntryReversal",
    "ExecutionGroup",
    "FieldChange",
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
    "IndicatorCreate",
    "IndicatorPublic",
    "IndicatorValuePublic",
    "IndicatorValueSet",
    "InvoiceCreate",
    "InvoiceDocuments",
    "InvoicePage",
    "InvoicePublic",
    "InvoiceRejection",
    "InvoiceStatus",
    "InvoiceSuspension",
    "LatePaymentRateCreate",
    "LatePaymentRatePublic",
    "LineRef",
    "ManualReserveKind",
    "MonthExecution",
    "MovementPage",
    "MovementPublic",
    "Network",
    "ObjectiveCreate",
    "ObjectivePublic",
    "OrgKind",
    "OrgUnitDetail",
    "OrgUnitList",
    "OrgUnitPublic",
    "PaymentPage",
    "PaymentPublic",
    "PaymentRequest",
    "PaymentTime",
    "PeriodPublic",
    "Problem",
    "ProgrammeItemCreate",
    "ProgrammeItemPublic",
    "ProgrammeItemUpdate",
    "ProgrammePublic",
    "ProgrammeVersionCreate",
    "ProgrammeVersionPublic",
    "RequestStatus",
    "ReserveApply",
    "ReserveKind",
    "ReserveOperationCreate",
    "ReserveOperationPage",
    "ReserveOperationPublic",
    "ServiceDoneCreate",
    "ServiceDonePage",
    "ServiceDonePublic",
    "ServiceDoneSource",
    "StaffCeilingCreate",
    "StaffCeilingPage",
    "StaffCeilingPublic",
    "StaffCeilingUpdate",
    "StatisticalOperationPublic",
    "SubActionPublic",
    "Title",
    "TitlePublic",
    "TrainingChargePage",
    "TrainingChargePublic",
    "TrainingCommitmentPage",
    "TrainingCommitmentPublic",
    "TrainingCommitmentStatus",
    "TransferCreate",
    "TransferPage",
    "TransferPublic",
    "Trend",
    "TrialBalance",
    "TrialBalanceRow",
    "ValidationIssue",
    "YearCloseRequest",
    "YearEndExecution",
    "YearProgress",
)
