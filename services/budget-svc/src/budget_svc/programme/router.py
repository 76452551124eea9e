"""Triennial work programme, performance (PAP/RAP) and management control over HTTP."""

from __future__ import annotations

import json
from decimal import Decimal

from fastapi import APIRouter, Query, Request, Response, status
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.commitments.models import Commitment
from budget_svc.common import actor
from budget_svc.programme import service
from budget_svc.programme.models import (
    CostAttribution,
    Indicator,
    IndicatorValue,
    Objective,
    ProgrammeItem,
    ProgrammeVersion,
    StatisticalOperation,
)
from budget_svc.programme.schemas import (
    CostAxis,
    CostRow,
    IndicatorCreate,
    IndicatorPublic,
    IndicatorValuePublic,
    IndicatorValueSet,
    ObjectiveCreate,
    ObjectivePublic,
    ProgrammeItemCreate,
    ProgrammeItemPublic,
    ProgrammeItemUpdate,
    ProgrammeVersionCreate,
    ProgrammeVersionPublic,
    StatisticalOperationPublic,
    YearProgress,
)
from sg_common.api import IfMatchHeader, Line, check_if_match, set_etag
from sg_common.auth import OrgScope
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import utcnow
from sg_common.deps import SessionDep
from sg_common.errors import Conflict, NotFound, problem_responses

router = APIRouter(tags=["work-programme"])
performance_router = APIRouter(prefix="/performance", tags=["performance"])
control_router = APIRouter(tags=["management-control"])


async def _item(session: AsyncSession, item_id: int, scope: OrgScope) -> ProgrammeItem:
    stmt = scope.apply(
        select(ProgrammeItem).where(ProgrammeItem.id == item_id), col(ProgrammeItem.owner_unit)
    )
    found = (await session.exec(stmt)).first()
    if found is None:
        raise NotFound(f"work programme item {item_id} does not exist")
    return found


@router.get("/statistical-operations", summary="Operations known from production's schedule")
async def list_operations(session: SessionDep, _r: Caller) -> list[StatisticalOperationPublic]:
    rows = (
        await session.exec(
            select(StatisticalOperation).order_by(col(StatisticalOperation.operation_id))
        )
    ).all()
    return [StatisticalOperationPublic.model_validate(r) for r in rows]


@router.post(
    "/work-programme/items",
    status_code=status.HTTP_201_CREATED,
    summary="Add an item to a year of the triennial work programme",
    responses=problem_responses(403, 422),
)
async def create_item(
    body: ProgrammeItemCreate,
    session: SessionDep,
    scope: Scope,
    request: Request,
    response: Response,
    principal: Caller,
) -> ProgrammeItemPublic:
    request.app.state.org_tree.require(body.owner_unit)
    scope.check(body.owner_unit)
    item = ProgrammeItem(
        year=body.year,
        owner_unit=body.owner_unit,
        title=body.title,
        description=body.description,
        operation_ids=await service.require_operations(session, body.operation_ids),
        credits_ae=body.credits_ae,
        credits_cp=body.credits_cp,
        planned=body.planned,
        created_by=actor(principal),
        updated_at=utcnow(),
    )
    session.add(item)
    await session.flush()
    set_etag(response, item.version)
    return service.item_public(item)


@router.get("/work-programme/items", summary="Items of the work programme, in your scope")
async def list_items(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    year: int | None = None,
    owner_unit: Line | None = None,
    operation_id: Line | None = None,
) -> list[ProgrammeItemPublic]:
    stmt = scope.apply(select(ProgrammeItem), col(ProgrammeItem.owner_unit))
    if year is not None:
        stmt = stmt.where(ProgrammeItem.year == year)
    if owner_unit is not None:
        stmt = stmt.where(ProgrammeItem.owner_unit == owner_unit)
    rows = (await session.exec(stmt.order_by(col(ProgrammeItem.id)).limit(1000))).all()
    items = [service.item_public(r) for r in rows]
    if operation_id is not None:
        items = [i for i in items if operation_id in i.operation_ids]
    return items


@router.get("/work-programme/items/{item_id}", responses=problem_responses(404))
async def get_item(
    item_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> ProgrammeItemPublic:
    item = await _item(session, item_id, scope)
    set_etag(response, item.version)
    return service.item_public(item)


@router.patch(
    "/work-programme/items/{item_id}",
    summary="Update an item: progress (done), planned, credits, linked operations (If-Match)",
    responses=problem_responses(404, 412, 422, 428),
)
async def update_item(
    item_id: int,
    body: ProgrammeItemUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _w: Caller,
    if_match: IfMatchHeader = None,
) -> ProgrammeItemPublic:
    item = await _item(session, item_id, scope)
    check_if_match(if_match, item.version)
    changes = body.model_dump(exclude_unset=True)
    if "operation_ids" in changes:
        changes["operation_ids"] = await service.require_operations(
            session, changes["operation_ids"] or []
        )
    for key, value in changes.items():
        if value is not None:
            setattr(item, key, value)
    item.version += 1
    item.updated_at = utcnow()
    session.add(item)
    await session.flush()
    set_etag(response, item.version)
    return service.item_public(item)


@router.post(
    "/work-programme/{year}/versions",
    status_code=status.HTTP_201_CREATED,
    summary="Publish a version of a year's programme (frozen snapshot of its items)",
)
async def publish_version(
    year: int, body: ProgrammeVersionCreate, session: SessionDep, principal: Caller
) -> ProgrammeVersionPublic:
    items = list(
        (
            await session.exec(
                select(ProgrammeItem)
                .where(ProgrammeItem.year == year)
                .order_by(col(ProgrammeItem.id))
            )
        ).all()
    )
    last = (
        await session.exec(
            select(func.coalesce(func.max(ProgrammeVersion.number), 0)).where(
                ProgrammeVersion.year == year
            )
        )
    ).one()
    version = ProgrammeVersion(
        year=year,
        number=int(last) + 1,
        note=body.note,
        snapshot=service.snapshot(items),
        published_by=actor(principal),
        published_at=utcnow(),
    )
    session.add(version)
    await session.flush()
    return _version_public(version)


def _version_public(version: ProgrammeVersion) -> ProgrammeVersionPublic:
    return ProgrammeVersionPublic(
        year=version.year,
        number=version.number,
        note=version.note,
        items=[ProgrammeItemPublic.model_validate(i) for i in json.loads(version.snapshot)],
        published_by=version.published_by,
        published_at=version.published_at,
    )


@router.get("/work-programme/{year}/versions", summary="Published versions of a year")
async def list_versions(year: int, session: SessionDep, _r: Caller) -> list[ProgrammeVersionPublic]:
    rows = (
        await session.exec(
            select(ProgrammeVersion)
            .where(ProgrammeVersion.year == year)
            .order_by(col(ProgrammeVersion.number))
        )
    ).all()
    return [_version_public(r) for r in rows]


@router.get(
    "/work-programme/progress",
    summary="Triennial execution: per year, credits, planned vs done and % progress",
)
async def programme_progress(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    start_year: int = Query(ge=2000, le=2100),
    owner_unit: Line | None = None,
) -> list[YearProgress]:
    stmt = scope.apply(select(ProgrammeItem), col(ProgrammeItem.owner_unit)).where(
        col(ProgrammeItem.year) >= start_year, col(ProgrammeItem.year) <= start_year + 2
    )
    if owner_unit is not None:
        stmt = stmt.where(ProgrammeItem.owner_unit == owner_unit)
    rows = (await session.exec(stmt)).all()
    result = []
    for year in range(start_year, start_year + 3):
        items = [r for r in rows if r.year == year]
        pcts = [service.progress(i.planned, i.done) for i in items]
        result.append(
            YearProgress(
                year=year,
                items=len(items),
                credits_ae=sum((i.credits_ae for i in items), Decimal("0.00")),
                credits_cp=sum((i.credits_cp for i in items), Decimal("0.00")),
                planned=sum((i.planned for i in items), Decimal("0")),
                done=sum((i.done for i in items), Decimal("0")),
                progress_pct=(sum(pcts, Decimal(0)) / len(pcts)).quantize(Decimal("0.1"))
                if pcts
                else Decimal("0.0"),
            )
        )
    return result


# ---------------------------------------------------------------------------- performance


@performance_router.post(
    "/objectives", status_code=status.HTTP_201_CREATED, responses=problem_responses(409)
)
async def create_objective(
    body: ObjectiveCreate, session: SessionDep, _m: Caller
) -> ObjectivePublic:
    if (await session.exec(select(Objective).where(Objective.code == body.code))).first():
        raise Conflict(f"objective {body.code} already exists")
    objective = Objective(code=body.code, label=body.label)
    session.add(objective)
    await session.flush()
    assert objective.id is not None
    return ObjectivePublic(
        id=objective.id, code=objective.code, label=objective.label, indicators=[]
    )


@performance_router.get("/objectives", summary="Objectives and their indicators (PAP)")
async def list_objectives(session: SessionDep, _r: Caller) -> list[ObjectivePublic]:
    objectives = (await session.exec(select(Objective).order_by(col(Objective.code)))).all()
    indicators = (await session.exec(select(Indicator).order_by(col(Indicator.code)))).all()
    return [
        ObjectivePublic(
            id=o.id,
            code=o.code,
            label=o.label,
            indicators=[
                IndicatorPublic.model_validate(i) for i in indicators if i.objective_id == o.id
            ],
        )
        for o in objectives
    ]


@performance_router.post(
    "/indicators", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409)
)
async def create_indicator(
    body: IndicatorCreate, session: SessionDep, _m: Caller
) -> IndicatorPublic:
    if await session.get(Objective, body.objective_id) is None:
        raise NotFound(f"objective {body.objective_id} does not exist")
    if (await session.exec(select(Indicator).where(Indicator.code == body.code))).first():
        raise Conflict(f"indicator {body.code} already exists")
    indicator = Indicator(**body.model_dump(mode="json"))
    session.add(indicator)
    await session.flush()
    return IndicatorPublic.model_validate(indicator)


@performance_router.put(
    "/indicators/{indicator_id}/values/{year}",
    summary="Set the target (PAP) and/or actual (RAP) of a year, for the programme or a unit",
    responses=problem_responses(404),
)
async def set_value(
    indicator_id: int,
    year: int,
    body: IndicatorValueSet,
    session: SessionDep,
    principal: Caller,
) -> IndicatorValuePublic:
    indicator = await session.get(Indicator, indicator_id)
    if indicator is None:
        raise NotFound(f"indicator {indicator_id} does not exist")
    unit = body.unit_code or ""
    value = (
        await session.exec(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id,
                IndicatorValue.year == year,
                IndicatorValue.unit_code == unit,
            )
        )
    ).first()
    if value is None:
        value = IndicatorValue(
            indicator_id=indicator_id, year=year, unit_code=unit, recorded_by=actor(principal)
        )
    for key in body.model_fields_set & {"target", "actual"}:
        setattr(value, key, getattr(body, key))
    value.recorded_by = actor(principal)
    session.add(value)
    await session.flush()
    return service.value_public(indicator, value)


@performance_router.get(
    "/indicators/{indicator_id}/values",
    summary="Targets and actuals by year and unit, with the trend (met or not)",
    responses=problem_responses(404),
)
async def list_values(
    indicator_id: int, session: SessionDep, _r: Caller
) -> list[IndicatorValuePublic]:
    indicator = await session.get(Indicator, indicator_id)
    if indicator is None:
        raise NotFound(f"indicator {indicator_id} does not exist")
    rows = (
        await session.exec(
            select(IndicatorValue)
            .where(IndicatorValue.indicator_id == indicator_id)
            .order_by(col(IndicatorValue.year), col(IndicatorValue.unit_code))
        )
    ).all()
    return [service.value_public(indicator, r) for r in rows]


# ---------------------------------------------------------------------------- control


class CostAttributionSet(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"activity": "collecte", "operation_id": "OP-LOGEMENT-2026"}]
        },
    )
    activity: Line = Field(min_length=2, max_length=64)
    operation_id: Line | None = Field(default=None, max_length=64)


class CostAttributionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    commitment_id: int
    activity: str
    operation_id: str | None
    set_by: str


@control_router.put(
    "/commitments/{commitment_id}/cost-attribution",
    summary="Attribute a commitment's costs to an activity and a statistical operation",
    responses=problem_responses(404, 422),
)
async def set_cost_attribution(
    commitment_id: int,
    body: CostAttributionSet,
    session: SessionDep,
    scope: Scope,
    principal: Caller,
) -> CostAttributionPublic:
    stmt = scope.apply(
        select(Commitment).where(Commitment.id == commitment_id), col(Commitment.unit_code)
    )
    if (await session.exec(stmt)).first() is None:
        raise NotFound(f"commitment {commitment_id} does not exist")
    if body.operation_id is not None:
        await service.require_operations(session, [body.operation_id])
    found = await session.get(CostAttribution, commitment_id)
    if found is None:
        found = CostAttribution(commitment_id=commitment_id, activity=body.activity, set_by="")
    found.activity = body.activity
    found.operation_id = body.operation_id
    found.set_by = actor(principal)
    session.add(found)
    await session.flush()
    return CostAttributionPublic.model_validate(found)


@control_router.get(
    "/management-control/costs",
    summary="Costs (charges booked) per unit / activity / statistical operation",
)
async def list_costs(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    fiscal_year: int = Query(ge=2000, le=2100),
    group_by: list[CostAxis] = Query(default=[CostAxis.UNIT_CODE]),
) -> list[CostRow]:
    return await service.costs(session, scope=scope, fiscal_year=fiscal_year, axes=set(group_by))
