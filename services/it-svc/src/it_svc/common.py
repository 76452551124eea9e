"""Helpers shared by the domains of it-svc: roles, months, the IT units of the org tree."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated

from pydantic import Field, PlainSerializer

from sg_common import workdays
from sg_common.org import OrgTree
from sg_common.org.tree import OrgKind

#: The DI: every unit of its subtree (DI-*, CNI-*) is an IT unit.
IT_ROOT_UNIT = "DI"

MANAGER = "it.manager"
TECHNICIAN = "it.technician"
PLANNER = "it.planner"

MONTH_PATTERN = r"^(19|2[0-9])\d{2}-(0[1-9]|1[0-2])$"  # years 1900-2999: a real date
Month = Annotated[str, Field(pattern=MONTH_PATTERN, examples=["2026-04"])]
#: Decimals in responses: person-days and shares with 2 places, loads with 4 (JSON strings).
Dec2 = Annotated[Decimal, PlainSerializer(lambda v: f"{v:.2f}", return_type=str, when_used="json")]
Dec4 = Annotated[Decimal, PlainSerializer(lambda v: f"{v:.4f}", return_type=str, when_used="json")]


def month_start(month: str) -> date:
    """First day of a ``YYYY-MM`` month."""
    year, mon = month.split("-")
    return date(int(year), int(mon), 1)


def month_end(month: str) -> date:
    """Last day of a ``YYYY-MM`` month."""
    first = month_start(month)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (empty when last < first)."""
    months: list[str] = []
    day = month_start(first)
    end = month_start(last)
    while day <= end:
        months.append(f"{day.year:04d}-{day.month:02d}")
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return months


def working_days(month: str) -> int:
    """Jours ouvrés of the month: Monday to Friday less public holidays."""
    return workdays.working_days(month_start(month), month_end(month))


def it_units(tree: OrgTree, as_of: date | None = None) -> frozenset[str]:
    """The IT units (the DI and its subtree: divisions and national computing centres)."""
    return tree.subtree_codes([IT_ROOT_UNIT], as_of)


def computing_centres(tree: OrgTree, as_of: date | None = None) -> list[str]:
    """The national computing centres (CNI): national centres under the DI."""
    units = it_units(tree, as_of)
    return [u.code for u in tree.units(as_of, kind=OrgKind.national_centre) if u.code in units]
