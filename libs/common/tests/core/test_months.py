"""Month arithmetic, with figures worked by hand on a calendar."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from sg_common.months import (
    Month,
    add_months,
    month_bounds,
    month_end,
    month_of,
    month_start,
    months_apart,
    months_between,
    shift_month,
)


def test_bounds_of_a_month() -> None:
    assert month_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))  # leap year
    assert month_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_end("2026-12") == date(2026, 12, 31)
    assert month_start("2027-01") == date(2027, 1, 1)
    assert month_of(date(2026, 11, 30)) == "2026-11"


def test_shifting_across_years() -> None:
    assert shift_month("2026-11", 3) == "2027-02"
    assert shift_month("2027-01", -1) == "2026-12"
    assert shift_month("2026-06", -18) == "2024-12"


def test_months_apart_counts_calendar_months_not_days() -> None:
    # 31 December to 1 January: one day, but the next month
    assert months_apart(date(2027, 1, 1), date(2026, 12, 31)) == 1
    # 1 March to 31 March: thirty days, the same month
    assert months_apart(date(2026, 3, 31), date(2026, 3, 1)) == 0
    assert months_apart("2026-04", "2027-01") == -9


def test_months_between_is_inclusive_and_empty_when_reversed() -> None:
    assert months_between("2026-11", "2027-02") == ["2026-11", "2026-12", "2027-01", "2027-02"]
    assert months_between(date(2026, 1, 31), date(2026, 2, 1)) == ["2026-01", "2026-02"]
    assert months_between("2026-05", "2026-05") == ["2026-05"]
    assert months_between("2026-05", "2026-04") == []


def test_add_months_clamps_to_the_end_of_a_shorter_month() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)  # leap year
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 8, 31), -6) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 15), 12) == date(2027, 3, 15)


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2998, 12, 31)), st.integers(-24, 24))
def test_shift_and_apart_agree(day: date, offset: int) -> None:
    month = month_of(day)
    assert months_apart(shift_month(month, offset), month) == offset
    assert month_of(add_months(day, offset)) == shift_month(month, offset)


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "1899-12", "3000-01", "2026-1", "26-01"])
def test_the_format_refuses_what_is_not_a_month(text: str) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(Month).validate_python(text)
