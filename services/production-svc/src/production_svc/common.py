"""Shared pieces of production-svc: roles, scope dependencies, month and working-day arithmetic."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta

MANAGER = "production.manager"
LEAD = "production.lead"
CONTRIBUTOR = "production.contributor"
ALL_ROLES = (MANAGER, LEAD, CONTRIBUTOR)


MONTH_PATTERN = r"^(19|2[0-9])\d{2}-(0[1-9]|1[0-2])$"  # years 1900-2999: a real date


def month_of(day: date) -> str:
    """``YYYY-MM`` of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """First and last day of a ``YYYY-MM`` month."""
    year, mon = int(month[:4]), int(month[5:7])
    return date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])


def add_months(month: str, offset: int) -> str:
    """``YYYY-MM`` shifted by ``offset`` months."""
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_diff(later: date, earlier: date) -> int:
    """Whole calendar months from ``earlier``'s month to ``later``'s month."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def months_between(start: date, end: date) -> list[str]:
    """Every ``YYYY-MM`` month touched by the inclusive range ``start``..``end``."""
    months: list[str] = []
    current = month_of(start)
    last = month_of(end)
    while current <= last:
        months.append(current)
        current = add_months(current, 1)
    return months


def days(start: date, end: date) -> Iterator[date]:
    """Every day of the inclusive range."""
    current = start
    while current <= end:
        yield current
        current += timedelta(days=1)


def overlap(a_start: date, a_end: date, b_start: date, b_end: date) -> tuple[date, date] | None:
    """The intersection of two inclusive ranges, or None."""
    start, end = max(a_start, b_start), min(a_end, b_end)
    return (start, end) if start <= end else None
