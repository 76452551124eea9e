"""The org tree: as-of queries, closed and moved units, validation of the data."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import SQLModel, select

from sg_common.org import ClosedOrgUnit, OrgTree, OrgUnitRecord, UnknownOrgUnit, sync_org_units
from sg_common.testing import test_database

TREE = OrgTree.default()
BEFORE_MERGER = date(2015, 6, 1)
AFTER_MERGER = date(2020, 6, 1)


def test_sg_has_its_five_departements() -> None:
    children = {u.code for u in TREE.children("SG", AFTER_MERGER)}
    assert children == {"DPG", "DRH", "DSG", "DI", "DOMP"}
    assert [u.code for u in TREE.ancestors("DPG-CPF", AFTER_MERGER)] == ["DPG", "SG", "DG", "INSEE"]


def test_closed_regional_directorate_exists_only_before_the_merger() -> None:
    assert TREE.get("DR-LIM", BEFORE_MERGER) is not None
    with pytest.raises(ClosedOrgUnit, match="closed on 2015-12-31") as closed:
        TREE.require("DR-LIM", AFTER_MERGER)
    assert closed.value.status == 422
    with pytest.raises(ClosedOrgUnit, match="opens on 2016-01-01"):
        TREE.require("DR-NAQ", BEFORE_MERGER)
    assert TREE.require("DR-NAQ", AFTER_MERGER).name == "Direction régionale Nouvelle-Aquitaine"


def test_unknown_unit_is_a_422() -> None:
    with pytest.raises(UnknownOrgUnit) as unknown:
        TREE.require("NOPE")
    assert unknown.value.status == 422
    assert unknown.value.to_problem()["type"].endswith("/unknown-org-unit")


def test_moved_unit_has_ancestors_of_its_date() -> None:
    before = [u.code for u in TREE.ancestors("DOMP-POSTES", date(2024, 8, 31))]
    after = [u.code for u in TREE.ancestors("DOMP-POSTES", date(2024, 9, 1))]
    assert before[0] == "DI"
    assert after[0] == "DOMP"


def test_descendants_exclude_siblings() -> None:
    codes = {u.code for u in TREE.descendants("DR-BRE", AFTER_MERGER)}
    assert codes == {"DR-BRE", "DR-BRE-SED", "DR-BRE-SES"}
    assert "DR-PDL" not in TREE.subtree_codes(["DR-BRE"], AFTER_MERGER)
    assert TREE.subtree_codes(["DR-BRE", "NOPE"], AFTER_MERGER) == frozenset(codes)


def test_kinds() -> None:
    assert TREE.is_central("DPG-BUDGET", AFTER_MERGER)
    assert not TREE.is_central("DR-BRE-SED", AFTER_MERGER)
    assert not TREE.is_central("CNI-ORLEANS", AFTER_MERGER)
    assert TREE.regional_directorate_of("DR-BRE-SED", AFTER_MERGER).code == "DR-BRE"  # type: ignore[union-attr]
    assert TREE.regional_directorate_of("DPG", AFTER_MERGER) is None


def _record(code: str, parent: str | None, frm: str = "2000-01-01", to: str | None = None) -> dict:
    return {
        "code": code,
        "name": code,
        "kind": "central",
        "parent": parent,
        "valid_from": frm,
        "valid_to": to,
    }


def test_data_validation() -> None:
    with pytest.raises(ValueError, match="exactly one root"):
        OrgTree.from_records([_record("A", None), _record("B", None)])
    with pytest.raises(ValueError, match="unknown parent"):
        OrgTree.from_records([_record("A", None), _record("B", "Z")])
    with pytest.raises(ValueError, match="overlapping"):
        OrgTree.from_records(
            [
                _record("A", None),
                _record("B", "A", to="2010-12-31"),
                _record("B", "A", "2010-06-01"),
            ]
        )
    with pytest.raises(ValueError, match="not open all along"):
        OrgTree.from_records([_record("A", None, "2005-01-01"), _record("B", "A", "2000-01-01")])
    ok = OrgTree.from_records([_record("A", None), _record("B", "A", to="2010-12-31")])
    assert ok.get("B", date(2011, 1, 1)) is None


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
async def test_sync_is_idempotent(backend: str, tmp_path: Path) -> None:
    from sg_common.db import Database
    from sg_common.testing import postgres_test_url

    if backend == "postgresql" and postgres_test_url() is None:
        pytest.skip("SG_TEST_POSTGRES_URL is not set")
    async with test_database(backend, tmp_path) as reserved:
        db = Database(reserved.url)
        async with db.engine.begin() as conn:
            await conn.run_sync(SQLModel.metadata.create_all)
        async with db.transaction() as session:
            first = await sync_org_units(session, TREE)
        async with db.transaction() as session:
            second = await sync_org_units(session, TREE)
        async with db.transaction(write=False) as session:
            count = (await session.exec(select(func.count()).select_from(OrgUnitRecord))).one()
        await db.dispose()
    assert first == len(TREE.all_versions())
    assert second == 0
    assert count == len(TREE.all_versions())
