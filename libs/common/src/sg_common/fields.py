"""Field types shared by the contracts and the request schemas: strict inputs.

* ``Money``: a decimal with at most 2 places (more is refused, never rounded), serialised as a
  JSON string.
* ``BusinessDate``: an ISO ``YYYY-MM-DD`` string (never a number, never a datetime) within the
  suite's window, ``DATE_MIN``..``DATE_MAX`` (the fiscal years budget knows, 2000..2100).
  ``HistoricDate`` is the same with ``HISTORIC_DATE_MIN``: facts that may predate the system
  (a birth, a hiring, a lease signed in the 1990s). The window holds what a client sends; a
  ``date`` already held (a row read back) passes, so older records still read. ``EventDate``
  holds it whatever the source: a producer cannot build an event outside the window.
* ``BusinessDateTime``: an ISO 8601 string with its offset (never a number), its date within
  the same window.
* ``Line`` (one line) and ``Text`` (multi-line: tab, line feed and carriage return allowed):
  strings without control characters (C0, DEL, C1; NUL above all, which PostgreSQL refuses).

Each one says so in the JSON Schema (``pattern``) and refuses with its own error type, which
the platform answers as a 422 problem (``errors[].type``).
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

Money = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2),
    PlainSerializer(lambda v: f"{v:.2f}", return_type=str, when_used="json"),
]

#: The window of business dates (inclusive), the same as budget's fiscal years.
DATE_MIN = date(2000, 1, 1)
DATE_MAX = date(2100, 12, 31)
#: The first day a fact predating the system may carry (births, hirings, old leases).
HISTORIC_DATE_MIN = date(1900, 1, 1)

_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
#: ``YYYY-MM-DD`` for the years 2000..2100 (JSON Schema; the validator checks the calendar).
BUSINESS_DATE_PATTERN = f"^(20[0-9]{{2}}|2100)-{_DAY}$"
#: ``YYYY-MM-DD`` for the years 1900..2100.
HISTORIC_DATE_PATTERN = f"^(19[0-9]{{2}}|20[0-9]{{2}}|2100)-{_DAY}$"
#: An ISO 8601 date-time whose year is 2000..2100 (JSON Schema; the validator does the rest).
BUSINESS_DATETIME_PATTERN = "^(20[0-9]{2}|2100)-"
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

#: No control character at all: C0 (U+0000..U+001F), DEL and C1 (U+007F..U+009F).
LINE_PATTERN = "^[^\\x00-\\x1f\\x7f-\\x9f]*$"
#: The same, but tab, line feed and carriage return are allowed (multi-line text).
TEXT_PATTERN = "^[^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]*$"
_LINE_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f]")
_TEXT_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class _Pattern:
    """Add ``pattern`` to the JSON Schema of a type whose validator enforces it."""

    pattern: str
    description: str | None = None

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        schema["pattern"] = self.pattern
        return schema


def _iso_date_only(value: Any) -> Any:
    """A date from JSON is an ISO string: a number (``0`` read as 1970-01-01) or a datetime
    is refused; a ``date`` built by Python code passes."""
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            raise PydanticCustomError(
                "date_format",
                "Date must be an ISO date YYYY-MM-DD, got {value}",
                {"value": repr(value)},
            )
        return value
    if isinstance(value, date) and type(value) is date:
        return value
    raise PydanticCustomError(
        "date_type",
        "Date must be an ISO date string YYYY-MM-DD, not {kind}",
        {"kind": type(value).__name__},
    )


def _iso_datetime_only(value: Any) -> Any:
    """A date-time from JSON is an ISO string (``0`` would be read as 1970-01-01T00:00Z)."""
    if isinstance(value, (str, datetime)):
        return value
    raise PydanticCustomError(
        "datetime_type",
        "Date-time must be an ISO 8601 string with its offset, not {kind}",
        {"kind": type(value).__name__},
    )


def _window(first: date, last: date) -> Any:
    def check(value: date) -> date:
        day = value.date() if isinstance(value, datetime) else value
        if not first <= day <= last:
            raise PydanticCustomError(
                "date_out_of_window",
                "Date must be between {first} and {last}, got {value}",
                {"first": first.isoformat(), "last": last.isoformat(), "value": value.isoformat()},
            )
        return value

    return check


def _window_of_text(first: date, last: date) -> Any:
    """The window applies to what a client sends (text); a ``date`` Python already holds (a
    row read back, however old) passes, so records stored before the rule still read."""
    check = _window(first, last)

    def wrap(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        result = handler(value)
        return check(result) if isinstance(value, str) else result

    return wrap


def _no_control(forbidden: re.Pattern[str], allowed: str) -> Any:
    def check(value: str) -> str:
        found = forbidden.search(value)
        if found is not None:
            raise PydanticCustomError(
                "control_character",
                "Text must not contain control characters{allowed}: {code} at position {position}",
                {
                    "allowed": allowed,
                    "code": f"U+{ord(found.group()):04X}",
                    "position": found.start(),
                },
            )
        return value

    return check


BusinessDate = Annotated[
    date,
    WrapValidator(_window_of_text(DATE_MIN, DATE_MAX)),
    BeforeValidator(_iso_date_only),
    _Pattern(BUSINESS_DATE_PATTERN),
]
HistoricDate = Annotated[
    date,
    WrapValidator(_window_of_text(HISTORIC_DATE_MIN, DATE_MAX)),
    BeforeValidator(_iso_date_only),
    _Pattern(HISTORIC_DATE_PATTERN),
]
BusinessDateTime = Annotated[
    AwareDatetime,
    WrapValidator(_window_of_text(DATE_MIN, DATE_MAX)),
    BeforeValidator(_iso_datetime_only),
    _Pattern(BUSINESS_DATETIME_PATTERN),
]
#: A date of an event payload: the window holds whoever built it (producers are strict).
EventDate = Annotated[BusinessDate, AfterValidator(_window(DATE_MIN, DATE_MAX))]
Line = Annotated[str, AfterValidator(_no_control(_LINE_FORBIDDEN, "")), _Pattern(LINE_PATTERN)]
Text = Annotated[
    str,
    AfterValidator(_no_control(_TEXT_FORBIDDEN, " (tab and line breaks allowed)")),
    _Pattern(TEXT_PATTERN),
]
#: An org unit code (a line, 1 to 32 characters).
UnitCode = Annotated[Line, Field(min_length=1, max_length=32)]
