"""Read the organisation: units as of a date, one unit with its ancestors and descendants.

Served by every service from its own copy of the reference data (loaded at start), so each
service answers "which units exist on date D" without calling another service.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict
from sqlalchemy import or_
from sqlmodel import col, select

from sg_common.auth import CurrentPrincipal
from sg_common.clock import today
from sg_common.deps import SessionDep
from sg_common.errors import problem_responses
from sg_common.fields import BusinessDate, Line
from sg_common.org import OrgKind, OrgTree, OrgUnitRecord

router = APIRouter(prefix="/org", tags=["org"])

AsOf = Annotated[
    BusinessDate | None, Query(description="Date of the view (default: today, Paris).")
]


class OrgUnitPublic(BaseModel):
    """An org unit (unité) as of a date."""

    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    kind: OrgKind
    parent_code: str | None
    valid_from: date
    valid_to: date | None
    site: str | None = None


class OrgUnitDetail(OrgUnitPublic):
    """A unit with its ancestors (nearest first) and its direct children."""

    ancestors: list[str]
    children: list[str]
    is_central: bool


class OrgUnitList(BaseModel):
    as_of: date
    items: list[OrgUnitPublic]


@router.get("/units", summary="List org units valid at a date")
async def list_units(
    session: SessionDep,
    _principal: CurrentPrincipal,
    as_of: AsOf = None,
    kind: Annotated[OrgKind | None, Query()] = None,
    parent: Annotated[Line | None, Query(max_length=32)] = None,
) -> OrgUnitList:
    day = as_of or today()
    stmt = select(OrgUnitRecord).where(
        OrgUnitRecord.valid_from <= day,
        or_(col(OrgUnitRecord.valid_to).is_(None), col(OrgUnitRecord.valid_to) >= day),
    )
    if kind is not None:
        stmt = stmt.where(OrgUnitRecord.kind == kind)
    if parent is not None:
        stmt = stmt.where(OrgUnitRecord.parent_code == parent)
    rows = (await session.exec(stmt.order_by(col(OrgUnitRecord.code)))).all()
    return OrgUnitList(as_of=day, items=[OrgUnitPublic.model_validate(r) for r in rows])


@router.get(
    "/units/{code}",
    summary="One org unit as of a date, with ancestors and children",
    responses=problem_responses(404),
)
async def get_unit(
    code: Line,
    request: Request,
    session: SessionDep,
    _principal: CurrentPrincipal,
    as_of: AsOf = None,
) -> OrgUnitDetail:
    day = as_of or today()
    tree: OrgTree = request.app.state.org_tree
    unit = tree.require(code, day)
    record = await session.get(OrgUnitRecord, (unit.code, unit.valid_from))
    source = record if record is not None else unit
    return OrgUnitDetail(
        code=unit.code,
        name=source.name,
        kind=unit.kind,
        parent_code=unit.parent,
        valid_from=unit.valid_from,
        valid_to=unit.valid_to,
        site=unit.site,
        ancestors=[a.code for a in tree.ancestors(code, day)],
        children=[c.code for c in tree.children(code, day)],
        is_central=tree.is_central(code, day),
    )
