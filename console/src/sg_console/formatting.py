"""French formats: amounts ``12 345,67 €``, dates ``dd/mm/yyyy``, and the amounts people type.

Spaces inside a figure are no-break spaces (U+00A0) so that an amount never wraps between its
digits or before its euro sign.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from sg_common import months

NBSP = "\u00a0"
CENT = Decimal("0.01")


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def number(value: Any, places: int = 2) -> str:
    """``12345.6`` → ``12 345,60`` (grouped by thousands, comma for decimals)."""
    amount = _decimal(value)
    if amount is None:
        return ""
    quantum = Decimal(1).scaleb(-places)
    amount = amount.quantize(quantum, rounding=ROUND_HALF_EVEN)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = NBSP.join(groups) or "0"
    return f"{sign}{text},{fraction}" if places else f"{sign}{text}"


def euros(value: Any) -> str:
    """``12345.67`` → ``12 345,67 €``; empty for a missing value."""
    text = number(value)
    return f"{text}{NBSP}€" if text else ""


def french_date(value: Any) -> str:
    """``2026-03-05`` (a date, a datetime or an ISO string) → ``05/03/2026``."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def parse_amount(text: str) -> Decimal | None:
    """What a person types → euros with two places, or None when it is not an amount.

    Accepts ``12 345,67``, ``12345.67``, ``12 345`` and a trailing ``€``; refuses more than two
    decimals rather than rounding what was typed.
    """
    cleaned = text.strip().removesuffix("€").strip()
    for space in (" ", NBSP, "\u202f"):
        cleaned = cleaned.replace(space, "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not cleaned or cleaned.count(".") > 1:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        return None
    return amount.quantize(CENT)


def parse_date(text: str) -> date | None:
    """``05/03/2026`` or ``2026-03-05`` (a date field) → a date, else None."""
    text = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


#: A month as a form gives it (``2027-01``): the services' own pattern.
MONTH = re.compile(months.MONTH_PATTERN)


def month_of(day: date, plus: int = 0) -> str:
    """The month of ``day`` (``plus`` months later) as the services write it: ``2026-04``."""
    return months.shift_month(months.month_of(day), plus)


def rate(part: Any, whole: Any) -> str:
    """``part / whole`` as a French percentage with one decimal; empty when ``whole`` is 0."""
    whole_d = _decimal(whole) or Decimal(0)
    if whole_d == 0:
        return ""
    return f"{number((_decimal(part) or Decimal(0)) * 100 / whole_d, 1)}\u00a0%"
