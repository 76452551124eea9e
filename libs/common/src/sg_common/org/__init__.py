"""INSEE's organisation: versioned units, as-of queries, and its table in each service."""

from sg_common.org.models import OrgUnitRecord, sync_org_units
from sg_common.org.tree import (
    ClosedOrgUnit,
    OrgKind,
    OrgSnapshot,
    OrgTree,
    OrgUnit,
    UnknownOrgUnit,
    org_tree_of,
)

__all__ = [
    "ClosedOrgUnit",
    "OrgKind",
    "OrgSnapshot",
    "OrgTree",
    "OrgUnit",
    "OrgUnitRecord",
    "UnknownOrgUnit",
    "org_tree_of",
    "sync_org_units",
]
