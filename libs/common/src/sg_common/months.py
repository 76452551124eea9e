"""Calendar months (``YYYY-MM``): the plan de charge, staff availability, schedules and leases
count in them. One definition of the format and of the arithmetic for every service.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Annotated

from pydantic import Field

#: ``YYYY-MM`` with a year from 1900 to 2999 and a real month.
MONTH_PATTERN = r"^(19|2[0-9])\d{2}-(0[1-9]|1[0-2])$"
#: A month in a request or a response.
Month = Annotated[str, Field(pattern=MONTH_PATTERN, examples=["2026-04"])]


def month_of(day: date) -> str:
    """``YYYY-MM`` of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def _index(month: str | date) -> int:
    if isinstance(month, date):
        return month.year * 12 + month.month - 1
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_start(month: str) -> date:
    """The first day of ``month``."""
    return date(int(month[:4]), int(month[5:7]), 1)


def month_end(month: str) -> date:
    """The last day of ``month``."""
    year, mon = int(month[:4]), int(month[5:7])
    return date(year, mon, calendar.monthrange(year, mon)[1])


def month_bounds(month: str) -> tuple[date, date]:
    """The first and last day of ``month``."""
    return month_start(month), month_end(month)


def shift_month(month: str, offset: int) -> str:
    """``month`` moved by ``offset`` months (negative: earlier)."""
    return _month(_index(month) + offset)


def months_apart(later: str | date, earlier: str | date) -> int:
    """Whole calendar months from ``earlier``'s month to ``later``'s (negative if before)."""
    return _index(later) - _index(earlier)


def months_between(first: str | date, last: str | date) -> list[str]:
    """Every month from ``first``'s to ``last``'s inclusive (empty when ``last`` is earlier);
    given dates, every month the range touches."""
    return [_month(i) for i in range(_index(first), _index(last) + 1)]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the last day of a shorter month."""
    index = _index(day) + months
    year, mon = index // 12, index % 12 + 1
    return date(year, mon, min(day.day, calendar.monthrange(year, mon)[1]))
