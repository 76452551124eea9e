"""Org-unit scope: a user sees their units and their descendants; SG-wide roles see all.

The scope is applied **in the query** (``scope.apply(stmt, Model.unit_code)``), so a list never
loads another unit's rows, and a fetch by id of an out-of-scope record finds nothing (404, which
does not reveal that it exists). Writes naming a unit use ``scope.check(code)`` (403).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

from sqlalchemy import false

from sg_common.auth.principal import Principal
from sg_common.errors import Forbidden, NotFound


class OrgScopeSource(Protocol):
    """What the scope needs from the org tree (``sg_common.org.OrgTree`` provides it)."""

    def subtree_codes(self, codes: Iterable[str], as_of: date | None = None) -> frozenset[str]:
        """The given units plus all their descendants valid at ``as_of`` (default: today)."""
        ...


class _Filterable(Protocol):
    def where(self, *whereclause: Any) -> Any: ...


StmtT = TypeVar("StmtT", bound=_Filterable)


class OutOfScope(Forbidden):
    """The unit named by the request is outside the caller's org-unit scope."""

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
        """Everything for SG-wide or all-seeing roles; else the principal's units' subtrees."""
        if principal.is_sg_wide(sg_wide_roles) or principal.has_any_role(*all_seeing_roles):
            return cls(None)
        if not principal.units:
            return cls(frozenset())
        return cls(frozenset(tree.subtree_codes(principal.units, as_of)))

    @property
    def sees_all(self) -> bool:
        return self.visible is None

    def apply(self, stmt: StmtT, column: Any) -> StmtT:
        """``stmt`` restricted to rows whose ``column`` (a unit code) is visible.

        Unchanged when the scope sees everything; no rows at all when it sees nothing.
        """
        if self.visible is None:
            return stmt
        if not self.visible:
            restricted: StmtT = stmt.where(false())
            return restricted
        restricted = stmt.where(column.in_(sorted(self.visible)))
        return restricted

    def allows(self, code: str) -> bool:
        """Whether the unit ``code`` is visible."""
        return self.visible is None or code in self.visible

    def check(self, code: str, *, not_found: bool = False, what: str = "record") -> None:
        """Raise unless ``code`` is visible: 403 ``out-of-scope``, or 404 with ``not_found``
        (for reads, so the answer does not reveal that the record exists)."""
        if self.allows(code):
            return
        if not_found:
            raise NotFound(f"{what} not found")
        raise OutOfScope(f"unit {code} is outside your scope", extra={"unit": code})
