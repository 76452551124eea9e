"""Triennial work programme, performance (PAP/RAP) and management control over HTTP."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel, ConfigDict, Field

from budget_svc.commitments.service import COMMITMENTS
from budget_svc.common import actor
from budget_svc.programme import service
from budget_svc.programme.models import (
    ProgrammeItem,
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
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import utcnow
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import problem_responses

router = APIRouter(tags=["work-programme"])
performance_router = APIRouter(prefix="/performance", tags=["performance"])
control_router = APIRouter(tags=["management-control"])


@router.get("/statistical-operations", summary="Operations known from production's schedule")
async def list_operations(session: SessionDep, _r: Caller) -> list[StatisticalOperationPublic]:
    return [StatisticalOperationPublic.model_validate(r) for r in await service.operations(session)]


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
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> ProgrammeItemPublic:
    tree.require(body.owner_unit)
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
    await service.ITEMS.add(session, item)
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
    return await service.items(
        session, scope, year=year, owner_unit=owner_unit, operation_id=operation_id
    )


@router.get("/work-programme/items/{item_id}", responses=problem_responses(404))
async def get_item(
    item_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> ProgrammeItemPublic:
    item = await service.ITEMS.get(session, item_id, scope)
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
    item = await service.ITEMS.get(session, item_id, scope)
    check_if_match(if_match, item.version)
    await service.update_item(session, item, body)
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
    version = await service.publish_version(session, year=year, note=body.note, by=actor(principal))
    return service.version_public(version)


@router.get("/work-programme/{year}/versions", summary="Published versions of a year")
async def list_versions(year: int, session: SessionDep, _r: Caller) -> list[ProgrammeVersionPublic]:
    return [service.version_public(r) for r in await service.versions(session, year)]


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
    return await service.progress_by_year(
        session, scope, start_year=start_year, owner_unit=owner_unit
    )


# ---------------------------------------------------------------------------- performance


@performance_router.post(
    "/objectives", status_code=status.HTTP_201_CREATED, responses=problem_responses(409)
)
async def create_objective(
    body: ObjectiveCreate, session: SessionDep, _m: Caller
) -> ObjectivePublic:
    objective = await service.create_objective(session, code=body.code, label=body.label)
    assert objective.id is not None
    return ObjectivePublic(
        id=objective.id, code=objective.code, label=objective.label, indicators=[]
    )


@performance_router.get("/objectives", summary="Objectives and their indicators (PAP)")
async def list_objectives(session: SessionDep, _r: Caller) -> list[ObjectivePublic]:
    return [
        ObjectivePublic(
            id=o.id,
            code=o.code,
            label=o.label,
            indicators=[IndicatorPublic.model_validate(i) for i in indicators],
        )
        for o, indicators in await service.objectives(session)
    ]


@performance_router.post(
    "/indicators", status_code=status.HTTP_201_CREATED, responses=problem_responses(404, 409)
)
async def create_indicator(
    body: IndicatorCreate, session: SessionDep, _m: Caller
) -> IndicatorPublic:
    indicator = await service.create_indicator(session, body)
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
    indicator = await service.INDICATORS.get(session, indicator_id)
    value = await service.set_value(
        session,
        indicator,
        year=year,
        unit_code=body.unit_code,
        values={key: getattr(body, key) for key in body.model_fields_set & {"target", "actual"}},
        by=actor(principal),
    )
    return service.value_public(indicator, value)


@performance_router.get(
    "/indicators/{indicator_id}/values",
    summary="Targets and actuals by year and unit, with the trend (met or not)",
    responses=problem_responses(404),
)
async def list_values(
    indicator_id: int, session: SessionDep, _r: Caller
) -> list[IndicatorValuePublic]:
    indicator = await service.INDICATORS.get(session, indicator_id)
    return [service.value_public(indicator, r) for r in await service.values(session, indicator_id)]


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
    await COMMITMENTS.exists(session, commitment_id, scope)
    found = await service.set_cost_attribution(
        session,
        commitment_id=commitment_id,
        activity=body.activity,
        operation_id=body.operation_id,
        by=actor(principal),
    )
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
