"""Helpers shared by the domains of it-svc: working days of a month, the IT units of the
org tree (month arithmetic: ``sg_common.months``; its roles: ``it_svc.roles``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import PlainSerializer

from sg_common import workdays
from sg_common.months import month_end, month_start
from sg_common.org import OrgTree
from sg_common.org.tree import OrgKind

#: The DI: every unit of its subtree (DI-*, CNI-*) is an IT unit.
IT_ROOT_UNIT = "DI"

#: Decimals in responses: person-days and shares with 2 places, loads with 4 (JSON strings).
Dec2 = Annotated[Decimal, PlainSerializer(lambda v: f"{v:.2f}", return_type=str, when_used="json")]
Dec4 = Annotated[Decimal, PlainSerializer(lambda v: f"{v:.4f}", return_type=str, when_used="json")]


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
