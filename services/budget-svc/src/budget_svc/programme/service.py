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
    ProgrammeItem,
    StatisticalOperation,
)
from budget_svc.programme.schemas import (
    CostAxis,
    CostRow,
    IndicatorValuePublic,
    ProgrammeItemPublic,
    Trend,
)
from sg_common.auth import OrgScope
from sg_common.errors import UnprocessableEntity


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
