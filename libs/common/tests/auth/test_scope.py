"""OrgScope on its own: who sees what, and the filter applied in SQL (SQLite)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sg_common.auth import OrgScope, OutOfScope, Principal
from sg_common.errors import NotFound

from .support import FakeTree, record_table

SG_WIDE = ("sg.admin", "sg.auditor")


def rows_visible(scope: OrgScope) -> set[str]:
    engine, records = record_table()
    with engine.connect() as conn:
        stmt = scope.apply(select(records.c.unit_code), records.c.unit_code)
        return {row.unit_code for row in conn.execute(stmt)}


def scope_of(principal: Principal, tree: FakeTree | None = None, **kwargs: object) -> OrgScope:
    return OrgScope.for_principal(
        principal,
        tree or FakeTree(),
        sg_wide_roles=SG_WIDE,
        **kwargs,  # type: ignore[arg-type]
    )


def test_unit_sees_itself_and_descendants_not_siblings() -> None:
    scope = scope_of(Principal(subject="x", units=("DPG",)))
    assert scope.visible == {"DPG", "DPG-CPF"}
    assert rows_visible(scope) == {"DPG", "DPG-CPF"}
    assert scope.allows("DPG-CPF")
    assert not scope.allows("DRH")
    assert not scope.allows("SG")


def test_several_units() -> None:
    scope = scope_of(Principal(subject="x", units=("DRH", "DR-BRE")))
    assert rows_visible(scope) == {"DRH", "DR-BRE"}


@pytest.mark.parametrize("role", SG_WIDE)
def test_sg_wide_sees_everything(role: str) -> None:
    tree = FakeTree()
    scope = scope_of(Principal(subject="x", roles=frozenset({role}), units=("DRH",)), tree)
    assert scope.visible is None
    assert scope.sees_all
    assert rows_visible(scope) == {"DG", "SG", "DPG", "DPG-CPF", "DRH", "DR-BRE"}
    assert tree.calls == []


def test_all_seeing_role() -> None:
    principal = Principal(subject="x", roles=frozenset({"budget.controller"}))
    assert scope_of(principal, all_seeing_roles=["budget.controller"]).sees_all
    assert scope_of(principal).visible == frozenset()


def test_no_units_sees_nothing() -> None:
    scope = scope_of(Principal(subject="x", roles=frozenset({"budget.officer"})))
    assert scope.visible == frozenset()
    assert rows_visible(scope) == set()
    assert rows_visible(OrgScope(frozenset())) == set()


def test_as_of_is_passed_to_the_tree() -> None:
    tree = FakeTree()
    scope_of(Principal(subject="x", units=("DPG",)), tree, as_of=date(2025, 1, 1))
    assert tree.calls == [(("DPG",), date(2025, 1, 1))]


def test_everything_leaves_the_statement_unchanged() -> None:
    stmt = select(1)
    assert OrgScope.everything().apply(stmt, None) is stmt


def test_check() -> None:
    scope = OrgScope(frozenset({"DPG"}))
    scope.check("DPG")
    with pytest.raises(OutOfScope) as forbidden:
        scope.check("DRH")
    assert forbidden.value.status == 403
    assert forbidden.value.type_slug == "out-of-scope"
    assert forbidden.value.detail == "unit DRH is outside your scope"
    with pytest.raises(NotFound):
        scope.check("DRH", not_found=True)
    OrgScope.everything().check("ANY")
