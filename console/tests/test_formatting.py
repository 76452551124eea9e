"""French amounts and dates, with hand-written expectations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from sg_console.formatting import euros, french_date, number, parse_amount, parse_date

S = "\u00a0"  # no-break space: figures never wrap


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("12345.67", f"12{S}345,67{S}€"),
        (Decimal("0"), f"0,00{S}€"),
        ("0.5", f"0,50{S}€"),
        ("999.999", f"1{S}000,00{S}€"),  # rounded half-even to the cent: 999.999 → 1 000.00
        ("1234567.8", f"1{S}234{S}567,80{S}€"),
        ("-2600", f"-2{S}600,00{S}€"),
        (100, f"100,00{S}€"),
    ],
)
def test_euros(value: object, shown: str) -> None:
    assert euros(value) == shown


def test_missing_amounts_show_nothing() -> None:
    assert euros(None) == ""
    assert euros("") == ""
    assert euros("n/a") == ""


def test_number_with_other_places() -> None:
    assert number("12.5", places=1) == "12,5"
    assert number("1234", places=0) == f"1{S}234"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2026-03-05", "05/03/2026"),
        (date(2026, 12, 31), "31/12/2026"),
        (datetime(2026, 1, 2, 23, 59), "02/01/2026"),
        ("2026-03-05T10:00:00+00:00", "05/03/2026"),
        (None, ""),
    ],
)
def test_french_date(value: object, shown: str) -> None:
    assert french_date(value) == shown


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("12 345,67", Decimal("12345.67")),
        (f"12{S}345,67 €", Decimal("12345.67")),
        ("12345.67", Decimal("12345.67")),
        ("2 400", Decimal("2400.00")),
        ("0,5", Decimal("0.50")),
    ],
)
def test_parse_amount(typed: str, amount: Decimal) -> None:
    assert parse_amount(typed) == amount


@pytest.mark.parametrize("typed", ["", "abc", "1,234,5", "12.345,67", "1,234", "1.2.3", "NaN"])
def test_parse_amount_refuses(typed: str) -> None:
    # "1,234" has three decimals once read the French way: refused, never rounded to 1,23
    assert parse_amount(typed) is None


def test_parse_date() -> None:
    assert parse_date("05/03/2026") == date(2026, 3, 5)
    assert parse_date("2026-03-05") == date(2026, 3, 5)
    assert parse_date("31/02/2026") is None
