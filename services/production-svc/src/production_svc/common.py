"""Shared pieces of production-svc: day ranges (months: ``sg_common.months``; its roles:
``production_svc.roles``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta


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
