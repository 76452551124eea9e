"""What the ledger publishes: ``budget.availability_changed``, to the outbox in the caller's
transaction."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Literal

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.ledger.models import BudgetLine
from sg_common.events import publish
from sg_contracts.budget import BudgetAvailabilityChangedV1

if TYPE_CHECKING:
    from budget_svc.ledger.service import Balance


def line_subject(line: BudgetLine) -> str:
    """The Kafka key of a budget line's events: ``line/<unit>/<year>/<action>/<title>``."""
    return f"line/{line.unit_code}/{line.fiscal_year}/{line.action}/{line.title}"


async def availability_changed(
    session: AsyncSession,
    line: BudgetLine,
    figures: Balance,
    *,
    sequence: int,
    cause: str,
    reference: str | None,
) -> None:
    """``budget.availability_changed``: the line's figures after a change (subject: the line,
    so a line's snapshots stay in one partition, in order)."""
    title: Literal["T2", "T3", "T5", "T6"] = line.title  # type: ignore[assignment]
    await publish(
        session,
        BudgetAvailabilityChangedV1(
            unit_code=line.unit_code,
            fiscal_year=line.fiscal_year,
            action=line.action,
            title=title,
            sequence=sequence,
            **asdict(figures),
            available_ae=figures.available_ae,
            available_cp=figures.available_cp,
            cause=cause,
            reference=reference,
        ),
        subject=line_subject(line),
    )
