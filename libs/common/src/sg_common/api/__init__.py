"""HTTP helpers shared by every service: pagination, ETags, the org router."""

from sg_common.api.etag import IfMatchHeader, check_if_match, etag_of, set_etag
from sg_common.api.pagination import Cursor, Limit, Page, paginate
from sg_common.contracts._types import Money, UnitCode

__all__ = [
    "Cursor",
    "IfMatchHeader",
    "Limit",
    "Money",
    "Page",
    "UnitCode",
    "check_if_match",
    "etag_of",
    "paginate",
    "set_etag",
]
