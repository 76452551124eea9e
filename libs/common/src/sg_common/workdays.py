"""Jours ouvrés: Monday to Friday, less France's public holidays (jours fériés légaux).

Holidays come from the ``holidays`` package (France, the national list: New Year, Easter
Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11 November,
Christmas). Alsace-Moselle's two extra days (Good Friday, 26 December) are not deducted: the
suite plans per unit, not per site's local law.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=256)
def public_holidays(year: int) -> frozenset[date]:
    """France's public holidays of ``year``."""
    return frozenset(holidays.country_holidays("FR", years=year))


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and day not in public_holidays(day.year)


@lru_cache(maxsize=4096)
def working_days(start: date, end: date) -> int:
    """Jours ouvrés in the inclusive range (0 when ``end`` is before ``start``)."""
    if end < start:
        return 0
    total = (end - start).days + 1
    weeks, rest = divmod(total, 7)
    weekdays = weeks * 5 + sum(
        1 for offset in range(rest) if (start + timedelta(days=weeks * 7 + offset)).weekday() < 5
    )
    holidays_on_weekdays = sum(
        1
        for year in range(start.year, end.year + 1)
        for day in public_holidays(year)
        if start <= day <= end and day.weekday() < 5
    )
    return weekdays - holidays_on_weekdays
