""" Contains all the data models used in inputs/outputs """

from .health_live_response_health_live import HealthLiveResponseHealthLive
from .org_kind import OrgKind
from .org_unit_detail import OrgUnitDetail
from .org_unit_list import OrgUnitList
from .org_unit_public import OrgUnitPublic
from .problem import Problem
from .validation_issue import ValidationIssue

__all__ = (
    "HealthLiveResponseHealthLive",
    "OrgKind",
    "OrgUnitDetail",
    "OrgUnitList",
    "OrgUnitPublic",
    "Problem",
    "ValidationIssue",
)
