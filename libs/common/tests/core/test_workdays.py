"""Jours ouvrés: weekdays less France's public holidays."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sg_common.workdays import is_working_day, public_holidays, working_days


def test_the_public_holidays_of_2026_include_the_movable_feasts() -> None:
    days = public_holidays(2026)
    assert {date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25)} <= days  # Easter-based
    assert {date(2026, 1, 1), date(2026, 5, 1), date(2026, 5, 8), date(2026, 7, 14)} <= days
    assert {date(2026, 8, 15), date(2026, 11, 1), date(2026, 11, 11), date(2026, 12, 25)} <= days
    assert len(days) == 11


def test_months_count_weekdays_less_holidays() -> None:
    assert working_days(date(2026, 3, 1), date(2026, 3, 31)) == 22  # no holiday
    assert working_days(date(2026, 4, 1), date(2026, 4, 30)) == 21  # Easter Monday
    # May 2026: 21 weekdays; 1 and 8 May (Fridays), Ascension (Thu 14), Whit Monday (25)
    assert working_days(date(2026, 5, 1), date(2026, 5, 31)) == 17
    # Sunday 1 November 2026 takes no weekday; Wednesday the 11th does
    assert working_days(date(2026, 11, 1), date(2026, 11, 30)) == 20
    assert working_days(date(2026, 5, 2), date(2026, 5, 1)) == 0
    assert not is_working_day(date(2026, 7, 14))
    assert is_working_day(date(2026, 7, 15))
    assert not is_working_day(date(2026, 7, 18))  # a Saturday


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(min_value=0, max_value=800),
)
def test_the_count_equals_a_day_by_day_walk(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    walked = sum(is_working_day(start + timedelta(days=i)) for i in range(length + 1))
    assert working_days(start, end) == walked
