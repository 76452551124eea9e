"""Reference data loaded at start, idempotently: the dated procedure thresholds."""

from datetime import date
from decimal import Decimal

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.purchases.models import ProcedureThreshold

#: (valid from, direct award below, formal tender from, note) — amounts HT, parameters that
#: the DSG updates with POST /procedure-thresholds when the thresholds change.
THRESHOLDS = [
    (date(2024, 1, 1), Decimal("40000.00"), Decimal("143000.00"), "Seuils 2024-2025"),
    (date(2026, 1, 1), Decimal("40000.00"), Decimal("140000.00"), "Seuils 2026-2027"),
]


async def load_thresholds(session: AsyncSession) -> None:
    """Insert the shipped thresholds that are missing (never overwrites the DSG's changes)."""
    existing = set((await session.exec(select(col(ProcedureThreshold.valid_from)))).all())
    for valid_from, direct, formal, note in THRESHOLDS:
        if valid_from not in existing:
            session.add(
                ProcedureThreshold(
                    valid_from=valid_from,
                    direct_award_below=direct,
                    formal_tender_from=formal,
                    note=note,
                )
            )
    await session.flush()
