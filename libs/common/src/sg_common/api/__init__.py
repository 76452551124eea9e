"""HTTP helpers shared by every service: pagination, ETags, the org router, strict input types."""

from sg_common.api.etag import IfMatchHeader, check_if_match, etag_of, set_etag
from sg_common.api.pagination import Cursor, Limit, Listing, Page, Sort, paginate
from sg_common.fields import (
    DATE_MAX,
    DATE_MIN,
    HISTORIC_DATE_MIN,
    BusinessDate,
    BusinessDateTime,
    HistoricDate,
    Line,
    Money,
    Text,
    UnitCode,
)

__all__ = [
    "DATE_MAX",
    "DATE_MIN",
    "HISTORIC_DATE_MIN",
    "BusinessDate",
    "BusinessDateTime",
    "Cursor",
    "HistoricDate",
    "IfMatchHeader",
    "Limit",
    "Line",
    "Listing",
    "Money",
    "Page",
    "Sort",
    "Text",
    "UnitCode",
    "check_if_match",
    "etag_of",
    "paginate",
    "set_etag",
]
