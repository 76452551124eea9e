"""Org-unit scope: a user sees their units and their descendants; SG-wide roles see all.

The scope is applied **in the query** (``scope.apply(stmt, Model.unit_code)``), so a list never
loads another unit's rows and a fetch of one answers 404.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

from sqlalchemy import false

from sg_common.auth.principal import Principal
from sg_common.errors import Forbidden, NotFound

S = TypeVar("S")


class OrgScopeSource(Protocol):
    def subtree_codes(self, codes: Iterable[str], as_of: date | None = None) -> frozenset[str]: ...


class OutOfScope(Forbidden):
    type_slug = "out-of-scope"
    title = "Outside your org-unit scope"


@dataclass(frozen=True)
class OrgScope:
    """The units a principal may see; ``visible=None`` means every unit."""

    visible: frozenset[str] | None

    @classmethod
    def everything(cls) -> OrgScope:
        return cls(None)

    @classmethod
    def for_principal(
        cls,
        principal: Principal,
        tree: OrgScopeSource,
        *,
        sg_wide_roles: Iterable[str],
        all_seeing_roles: Iterable[str] = (),
        as_of: date | None = None,
    ) -> OrgScope:
        if principal.is_sg_wide(sg_wide_roles) or principal.has_any_role(*all_seeing_roles):
            return cls(None)
        return cls(tree.subtree_codes(principal.units, as_of))

    @property
    def sees_all(self) -> bool:
        return self.visible is None

    def apply(self, stmt: S, column: Any) -> S:
        """Restrict a select to rows whose ``column`` is a visible unit."""
        if self.visible is None:
            return stmt
        if not self.visible:
            return stmt.where(false())  # type: ignore[attr-defined]
        return stmt.where(column.in_(sorted(self.visible)))  # type: ignore[attr-defined]

    def allows(self, code: str) -> bool:
        return self.visible is None or code in self.visible

    def check(self, code: str, *, not_found: bool = False, what: str = "record") -> None:
        """Raise 403 (or 404 to hide existence) unless ``code`` is in scope."""
        if self.allows(code):
            return
        if not_found:
            raise NotFound(f"{what} not found")
        raise OutOfScope(f"unit {code} is outside your scope")
