"""Triennial work programme, performance indicators and costs for management control."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.accounting.models import Account, EntryLine, JournalEntry
from budget_svc.commitments.models import Commitment
from budget_svc.common import ZERO
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
    IndicatorValuePublic,
    ProgrammeItemPublic,
    ProgrammeItemUpdate,
    ProgrammeVersionPublic,
    Trend,
    YearProgress,
)
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import Conflict, UnprocessableEntity
from sg_common.repository import Repository

ITEMS = Repository(ProgrammeItem, what="work programme item", unit="owner_unit")
OBJECTIVES = Repository(Objective, what="objective", unit=None)
INDICATORS = Repository(Indicator, what="indicator", unit=None)


class UnknownOperation(UnprocessableEntity):
    type_slug = "unknown-operation"
    title = "Unknown statistical operation (not scheduled by production)"


def operation_ids(item: ProgrammeItem) -> list[str]:
    return [i for i in item.operation_ids.split(",") if i]


def progress(planned: Decimal, done: Decimal) -> Decimal:
    if planned <= 0:
        return Decimal("0.0")
    return min(Decimal(100), done * 100 / planned).quantize(Decimal("0.1"))


def item_public(item: ProgrammeItem) -> ProgrammeItemPublic:
    assert item.id is not None
    return ProgrammeItemPublic(
        id=item.id,
        year=item.year,
        owner_unit=item.owner_unit,
        title=item.title,
        description=item.description,
        operation_ids=operation_ids(item),
        credits_ae=item.credits_ae,
        credits_cp=item.credits_cp,
        planned=item.planned,
        done=item.done,
        progress_pct=progress(item.planned, item.done),
        created_by=item.created_by,
        updated_at=item.updated_at,
        version=item.version,
    )


def snapshot(items: list[ProgrammeItem]) -> str:
    return json.dumps([item_public(i).model_dump(mode="json") for i in items])


async def require_operations(session: AsyncSession, ids: list[str]) -> str:
    """The ids joined, after checking production scheduled each of them (422 otherwise)."""
    if ids:
        known = set(
            (
                await session.exec(
                    select(col(StatisticalOperation.operation_id)).where(
                        col(StatisticalOperation.operation_id).in_(ids)
                    )
                )
            ).all()
        )
        missing = sorted(set(ids) - known)
        if missing:
            raise UnknownOperation(f"operations {', '.join(missing)} were never scheduled")
    return ",".join(dict.fromkeys(ids))


def met(trend: str, target: Decimal | None, actual: Decimal | None) -> bool | None:
    if target is None or actual is None:
        return None
    return actual >= target if trend == Trend.INCREASE else actual <= target


def value_public(indicator: Indicator, value: IndicatorValue) -> IndicatorValuePublic:
    return IndicatorValuePublic(
        indicator_id=value.indicator_id,
        code=indicator.code,
        year=value.year,
        unit_code=value.unit_code or None,
        target=value.target,
        actual=value.actual,
        met=met(indicator.trend, value.target, value.actual),
    )


async def costs(
    session: AsyncSession, *, scope: OrgScope, fiscal_year: int, axes: set[CostAxis]
) -> list[CostRow]:
    """Charges booked in the general ledger on the year's commitments, grouped."""
    stmt = (
        select(  # type: ignore[call-overload]
            col(Commitment.unit_code),
            col(Commitment.action),
            col(Commitment.sub_action),
            col(CostAttribution.activity),
            col(CostAttribution.operation_id),
            func.coalesce(func.sum(EntryLine.debit), 0)
            - func.coalesce(func.sum(EntryLine.credit), 0),
        )
        .select_from(EntryLine)
        .join(JournalEntry, col(JournalEntry.id) == col(EntryLine.entry_id))
        .join(Account, col(Account.code) == col(EntryLine.account_code))
        .join(Commitment, col(Commitment.id) == col(JournalEntry.commitment_id))
        .outerjoin(CostAttribution, col(CostAttribution.commitment_id) == col(Commitment.id))
        .where(Account.kind == "charge", Commitment.fiscal_year == fiscal_year)
        .group_by(
            col(Commitment.unit_code),
            col(Commitment.action),
            col(Commitment.sub_action),
            col(CostAttribution.activity),
            col(CostAttribution.operation_id),
        )
    )
    stmt = scope.apply(stmt, col(Commitment.unit_code))
    grouped: dict[tuple[str | None, str | None, str | None], Decimal] = defaultdict(lambda: ZERO)
    for unit, action, sub_action, activity, operation, amount in (await session.exec(stmt)).all():
        activity = activity or f"action {sub_action or action}"
        key = (
            unit if CostAxis.UNIT_CODE in axes else None,
            activity if CostAxis.ACTIVITY in axes else None,
            operation if CostAxis.OPERATION_ID in axes else None,
        )
        grouped[key] += Decimal(str(amount)).quantize(Decimal("0.01"))
    return [
        CostRow(unit_code=k[0], activity=k[1], operation_id=k[2], cost=v)
        for k, v in sorted(grouped.items(), key=lambda kv: tuple(x or "" for x in kv[0]))
    ]


async def keep_operation(
    session: AsyncSession,
    *,
    operation_id: str,
    name: str,
    kind: str,
    lead_unit: str,
    revision: int,
    starts_on: date | None,
    ends_on: date | None,
) -> None:
    """Keep the latest schedule of a statistical operation (an older revision changes nothing)."""
    found = await session.get(StatisticalOperation, operation_id)
    if found is not None and found.revision > revision:
        return
    operation = found or StatisticalOperation(
        operation_id=operation_id, name="", kind="", lead_unit="", revision=0
    )
    operation.name = name[:300]
    operation.kind = kind[:64]
    operation.lead_unit = lead_unit[:32]
    operation.revision = revision
    operation.starts_on, operation.ends_on = starts_on, ends_on
    session.add(operation)
    await session.flush()


# ---------------------------------------------------------------------------- work programme


async def operations(session: AsyncSession) -> list[StatisticalOperation]:
    """The statistical operations production scheduled, by id."""
    stmt = select(StatisticalOperation).order_by(col(StatisticalOperation.operation_id))
    return list((await session.exec(stmt)).all())


async def items(
    session: AsyncSession,
    scope: OrgScope,
    *,
    year: int | None = None,
    owner_unit: str | None = None,
    operation_id: str | None = None,
) -> list[ProgrammeItemPublic]:
    """The programme's items in ``scope`` (the first 1000 by id), filtered."""
    stmt = scope.apply(select(ProgrammeItem), col(ProgrammeItem.owner_unit))
    if year is not None:
        stmt = stmt.where(ProgrammeItem.year == year)
    if owner_unit is not None:
        stmt = stmt.where(ProgrammeItem.owner_unit == owner_unit)
    rows = (await session.exec(stmt.order_by(col(ProgrammeItem.id)).limit(1000))).all()
    found = [item_public(r) for r in rows]
    if operation_id is not None:
        found = [i for i in found if operation_id in i.operation_ids]
    return found


async def update_item(
    session: AsyncSession, item: ProgrammeItem, body: ProgrammeItemUpdate
) -> ProgrammeItem:
    """Apply a PATCH (the repository's null policy; the operations checked first)."""
    joined = None
    if body.operation_ids is not None:
        joined = await require_operations(session, body.operation_ids)
    ITEMS.patch(item, body)
    if joined is not None:
        item.operation_ids = joined  # the list the patch set, as the column keeps it
    item.updated_at = utcnow()
    await session.flush()
    return item


async def publish_version(
    session: AsyncSession, *, year: int, note: str, by: str
) -> ProgrammeVersion:
    """Freeze the year's items (all units) as its next version."""
    rows = list(
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
        note=note,
        snapshot=snapshot(rows),
        published_by=by,
        published_at=utcnow(),
    )
    session.add(version)
    await session.flush()
    return version


def version_public(version: ProgrammeVersion) -> ProgrammeVersionPublic:
    return ProgrammeVersionPublic(
        year=version.year,
        number=version.number,
        note=version.note,
        items=[ProgrammeItemPublic.model_validate(i) for i in json.loads(version.snapshot)],
        published_by=version.published_by,
        published_at=version.published_at,
    )


async def versions(session: AsyncSession, year: int) -> list[ProgrammeVersion]:
    stmt = (
        select(ProgrammeVersion)
        .where(ProgrammeVersion.year == year)
        .order_by(col(ProgrammeVersion.number))
    )
    return list((await session.exec(stmt)).all())


async def progress_by_year(
    session: AsyncSession, scope: OrgScope, *, start_year: int, owner_unit: str | None
) -> list[YearProgress]:
    """The three years from ``start_year``: credits, planned vs done, mean progress."""
    stmt = scope.apply(select(ProgrammeItem), col(ProgrammeItem.owner_unit)).where(
        col(ProgrammeItem.year) >= start_year, col(ProgrammeItem.year) <= start_year + 2
    )
    if owner_unit is not None:
        stmt = stmt.where(ProgrammeItem.owner_unit == owner_unit)
    rows = (await session.exec(stmt)).all()
    result = []
    for year in range(start_year, start_year + 3):
        of_year = [r for r in rows if r.year == year]
        pcts = [progress(i.planned, i.done) for i in of_year]
        result.append(
            YearProgress(
                year=year,
                items=len(of_year),
                credits_ae=sum((i.credits_ae for i in of_year), Decimal("0.00")),
                credits_cp=sum((i.credits_cp for i in of_year), Decimal("0.00")),
                planned=sum((i.planned for i in of_year), Decimal("0")),
                done=sum((i.done for i in of_year), Decimal("0")),
                progress_pct=(sum(pcts, Decimal(0)) / len(pcts)).quantize(Decimal("0.1"))
                if pcts
                else Decimal("0.0"),
            )
        )
    return result


# ---------------------------------------------------------------------------- performance


async def create_objective(session: AsyncSession, *, code: str, label: str) -> Objective:
    """A new objective (409 if its code is taken)."""
    if (await session.exec(select(Objective).where(Objective.code == code))).first():
        raise Conflict(f"objective {code} already exists")
    return await OBJECTIVES.add(session, Objective(code=code, label=label))


async def objectives(session: AsyncSession) -> list[tuple[Objective, list[Indicator]]]:
    """Every objective by code, with its indicators by code."""
    found = (await session.exec(select(Objective).order_by(col(Objective.code)))).all()
    indicators = (await session.exec(select(Indicator).order_by(col(Indicator.code)))).all()
    return [(o, [i for i in indicators if i.objective_id == o.id]) for o in found]


async def create_indicator(session: AsyncSession, body: IndicatorCreate) -> Indicator:
    """A new indicator of an objective (404 unknown objective, 409 code taken)."""
    await OBJECTIVES.exists(session, body.objective_id)
    if (await session.exec(select(Indicator).where(Indicator.code == body.code))).first():
        raise Conflict(f"indicator {body.code} already exists")
    return await INDICATORS.add(session, Indicator(**body.model_dump(mode="json")))


async def set_value(
    session: AsyncSession,
    indicator: Indicator,
    *,
    year: int,
    unit_code: str | None,
    values: dict[str, Decimal | None],
    by: str,
) -> IndicatorValue:
    """Set the target and/or actual (``values``) of the indicator's year for a unit ("" or
    None: the whole programme), creating the row on first use."""
    unit = unit_code or ""
    value = (
        await session.exec(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator.id,
                IndicatorValue.year == year,
                IndicatorValue.unit_code == unit,
            )
        )
    ).first()
    if value is None:
        assert indicator.id is not None
        value = IndicatorValue(indicator_id=indicator.id, year=year, unit_code=unit, recorded_by=by)
    for key, amount in values.items():
        setattr(value, key, amount)
    value.recorded_by = by
    session.add(value)
    await session.flush()
    return value


async def values(session: AsyncSession, indicator_id: int) -> list[IndicatorValue]:
    stmt = (
        select(IndicatorValue)
        .where(IndicatorValue.indicator_id == indicator_id)
        .order_by(col(IndicatorValue.year), col(IndicatorValue.unit_code))
    )
    return list((await session.exec(stmt)).all())


# ---------------------------------------------------------------------------- control


async def set_cost_attribution(
    session: AsyncSession,
    *,
    commitment_id: int,
    activity: str,
    operation_id: str | None,
    by: str,
) -> CostAttribution:
    """Attribute a commitment's costs (the caller checked it is in scope)."""
    if operation_id is not None:
        await require_operations(session, [operation_id])
    found = await session.get(CostAttribution, commitment_id)
    if found is None:
        found = CostAttribution(commitment_id=commitment_id, activity=activity, set_by="")
    found.activity = activity
    found.operation_id = operation_id
    found.set_by = by
    session.add(found)
    await session.flush()
    return found
