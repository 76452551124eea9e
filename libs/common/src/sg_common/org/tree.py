"""INSEE's organisation as versioned, effective-dated data, queried "as of" a date.

Each :class:`OrgUnit` is one version of a unit: a code keeps its identity while the unit is
renamed or moved (a new version with a new ``valid_from``); a closed unit has a ``valid_to``
(inclusive last day). "Services centraux" are the ``central`` units under the DG at head office;
regional directorates (DR) and their services are ``regional``; the national computing centres
(CNI) are ``national_centre``: attached to a central directorate, but located in regions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from sg_common.clock import today
from sg_common.errors import UnprocessableEntity


class OrgKind(StrEnum):
    central = "central"
    regional = "regional"
    national_centre = "national_centre"


class UnknownOrgUnit(UnprocessableEntity):
    type_slug = "unknown-org-unit"
    title = "Unknown org unit"


class ClosedOrgUnit(UnprocessableEntity):
    type_slug = "closed-org-unit"
    title = "Org unit not open at that date"


@dataclass(frozen=True)
class OrgUnit:
    """One version of an org unit (unité)."""

    code: str
    name: str
    kind: OrgKind
    parent: str | None
    valid_from: date
    valid_to: date | None = None
    site: str | None = None

    def valid_at(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class OrgSnapshot:
    """The tree as it stood on one day."""

    as_of: date
    units: Mapping[str, OrgUnit]
    children: Mapping[str, tuple[str, ...]]

    def subtree(self, code: str) -> frozenset[str]:
        seen: set[str] = set()
        stack = [code] if code in self.units else []
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(self.children.get(current, ()))
        return frozenset(seen)


class OrgTree:
    """Queries over the versioned organisation."""

    def __init__(self, units: Iterable[OrgUnit]) -> None:
        self._versions: dict[str, list[OrgUnit]] = defaultdict(list)
        for unit in units:
            self._versions[unit.code].append(unit)
        for versions in self._versions.values():
            versions.sort(key=lambda u: u.valid_from)
        self._validate()
        self._snapshot = lru_cache(maxsize=64)(self._build_snapshot)

    # construction -------------------------------------------------------------------------
    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> OrgTree:
        return cls(
            OrgUnit(
                code=r["code"],
                name=r["name"],
                kind=OrgKind(r["kind"]),
                parent=r.get("parent"),
                valid_from=date.fromisoformat(str(r["valid_from"])),
                valid_to=date.fromisoformat(str(r["valid_to"])) if r.get("valid_to") else None,
                site=r.get("site"),
            )
            for r in records
        )

    @classmethod
    def default(cls) -> OrgTree:
        """The organisation shipped with the library (cached)."""
        return _default_tree()

    def _validate(self) -> None:
        roots = {code for code, vs in self._versions.items() if any(v.parent is None for v in vs)}
        if len(roots) != 1:
            raise ValueError(f"the org tree needs exactly one root, found {sorted(roots)}")
        for code, versions in self._versions.items():
            for before, after in pairwise(versions):
                if before.valid_to is None or before.valid_to >= after.valid_from:
                    raise ValueError(f"overlapping versions of {code} at {after.valid_from}")
            for version in versions:
                if version.valid_to is not None and version.valid_to < version.valid_from:
                    raise ValueError(f"{code} closes before it opens")
                if version.parent is None:
                    continue
                parents = self._versions.get(version.parent)
                if not parents:
                    raise ValueError(f"{code} has an unknown parent {version.parent}")
                if not _covered(version, parents):
                    raise ValueError(f"{code}'s parent {version.parent} is not open all along")

    # queries ------------------------------------------------------------------------------
    def all_versions(self) -> list[OrgUnit]:
        return [v for versions in self._versions.values() for v in versions]

    def get(self, code: str, as_of: date | None = None) -> OrgUnit | None:
        day = as_of or today()
        return next((v for v in self._versions.get(code, ()) if v.valid_at(day)), None)

    def require(self, code: str, as_of: date | None = None) -> OrgUnit:
        """The unit valid at the date, or a 422 problem (unknown code, or not open then)."""
        day = as_of or today()
        versions = self._versions.get(code)
        if not versions:
            raise UnknownOrgUnit(f"org unit {code!r} does not exist")
        unit = self.get(code, day)
        if unit is None:
            first, last = versions[0], versions[-1]
            if day < first.valid_from:
                detail = f"org unit {code} opens on {first.valid_from}, after {day}"
            else:
                detail = f"org unit {code} closed on {last.valid_to}, before {day}"
            raise ClosedOrgUnit(detail)
        return unit

    def snapshot(self, as_of: date | None = None) -> OrgSnapshot:
        return self._snapshot(as_of or today())

    def _build_snapshot(self, day: date) -> OrgSnapshot:
        units = {code: u for code in self._versions if (u := self.get(code, day)) is not None}
        children: dict[str, list[str]] = defaultdict(list)
        for unit in units.values():
            if unit.parent is not None:
                children[unit.parent].append(unit.code)
        return OrgSnapshot(day, units, {k: tuple(sorted(v)) for k, v in children.items()})

    def parent(self, code: str, as_of: date | None = None) -> OrgUnit | None:
        unit = self.require(code, as_of)
        return self.get(unit.parent, as_of) if unit.parent else None

    def children(self, code: str, as_of: date | None = None) -> list[OrgUnit]:
        snap = self.snapshot(as_of)
        self.require(code, snap.as_of)
        return [snap.units[c] for c in snap.children.get(code, ())]

    def ancestors(self, code: str, as_of: date | None = None) -> list[OrgUnit]:
        """Ancestors nearest first, up to the root."""
        day = as_of or today()
        unit = self.require(code, day)
        chain: list[OrgUnit] = []
        while unit.parent is not None:
            unit = self.require(unit.parent, day)
            chain.append(unit)
        return chain

    def descendants(
        self, code: str, as_of: date | None = None, *, include_self: bool = True
    ) -> list[OrgUnit]:
        snap = self.snapshot(as_of)
        self.require(code, snap.as_of)
        codes = snap.subtree(code) - (set() if include_self else {code})
        return sorted((snap.units[c] for c in codes), key=lambda u: u.code)

    def subtree_codes(self, codes: Iterable[str], as_of: date | None = None) -> frozenset[str]:
        """The given units and all their descendants valid at the date (unknown codes: none)."""
        snap = self.snapshot(as_of)
        result: set[str] = set()
        for code in codes:
            result |= snap.subtree(code)
        return frozenset(result)

    def units(self, as_of: date | None = None, kind: OrgKind | None = None) -> list[OrgUnit]:
        snap = self.snapshot(as_of)
        return sorted(
            (u for u in snap.units.values() if kind is None or u.kind == kind), key=lambda u: u.code
        )

    def is_central(self, code: str, as_of: date | None = None) -> bool:
        """True for services centraux (head-office units), false for DRs and national centres."""
        return self.require(code, as_of).kind == OrgKind.central

    def is_regional(self, code: str, as_of: date | None = None) -> bool:
        return self.require(code, as_of).kind == OrgKind.regional

    def regional_directorate_of(self, code: str, as_of: date | None = None) -> OrgUnit | None:
        """The DR a regional unit belongs to (itself if it is one), else None."""
        unit = self.require(code, as_of)
        if unit.kind != OrgKind.regional:
            return None
        for candidate in [unit, *self.ancestors(code, as_of)]:
            if candidate.kind == OrgKind.regional and candidate.parent == "DG":
                return candidate
        return None


def _covered(child: OrgUnit, parents: list[OrgUnit]) -> bool:
    """Is the parent open on every day of the child's version?"""
    cursor = child.valid_from
    for parent in parents:
        if parent.valid_to is not None and parent.valid_to < cursor:
            continue
        if parent.valid_from > cursor:
            return False
        if parent.valid_to is None:
            return True
        if child.valid_to is not None and parent.valid_to >= child.valid_to:
            return True
        cursor = date.fromordinal(parent.valid_to.toordinal() + 1)
    return False


@cache
def _default_tree() -> OrgTree:
    text = resources.files("sg_common.org.data").joinpath("org_units.json").read_text("utf-8")
    return OrgTree.from_records(json.loads(text))


#: ``session.info`` key under which the event consumer puts the service's org tree.
SESSION_TREE_KEY = "sg_org_tree"


def org_tree_of(session: Any) -> OrgTree:
    """The org tree of the service running this session's work.

    Event handlers have no request (``request.app.state.org_tree``); the consumer puts the
    service's tree in ``session.info`` before calling them. Outside a consumer: the default tree.
    """
    tree = getattr(session, "info", {}).get(SESSION_TREE_KEY)
    return tree if isinstance(tree, OrgTree) else OrgTree.default()
