"""Reference data of programme 220, loaded idempotently at start (inserted when missing)."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.structure.models import (
    BudgetAction,
    BudgetTitleRef,
    FiscalYear,
    Programme,
    SubAction,
)

PROGRAMME = ("220", "Statistiques et études économiques")
ACTIONS = [
    ("01", "Infrastructures statistiques et missions régaliennes"),
    ("08", "Information économique, démographique et sociale"),
    ("09", "Pilotage, soutien et formation initiale"),
]
SUB_ACTIONS = [
    ("01-01", "01", "Répertoires et infrastructures statistiques"),
    ("01-02", "01", "Recensement de la population et missions régaliennes"),
    ("08-01", "08", "Statistiques d'entreprises et comptes nationaux"),
    ("08-02", "08", "Statistiques démographiques et sociales"),
    ("08-03", "08", "Études, diffusion et action régionale"),
    ("09-01", "09", "Pilotage et fonctions support"),
    ("09-02", "09", "Formation initiale (écoles du GENES)"),
]
TITLES = [
    ("T2", "Dépenses de personnel", "staff"),
    ("T3", "Dépenses de fonctionnement", "other"),
    ("T5", "Dépenses d'investissement", "other"),
    ("T6", "Dépenses d'intervention", "other"),
]
#: year → status; rates: 0.5 % of T2, 5 % of the other titles (loi de finances defaults).
FISCAL_YEARS = [(2025, "closed"), (2026, "open"), (2027, "open")]
DEFAULT_RATE_T2 = Decimal("0.0050")
DEFAULT_RATE_OTHER = Decimal("0.0500")


async def load_budget_structure(session: AsyncSession) -> None:
    """Insert programme 220, its actions, sub-actions, titles and fiscal years when missing."""
    if await session.get(Programme, PROGRAMME[0]) is None:
        session.add(Programme(code=PROGRAMME[0], label=PROGRAMME[1]))
        await session.flush()
    for code, label in ACTIONS:
        if await session.get(BudgetAction, code) is None:
            session.add(BudgetAction(code=code, programme_code=PROGRAMME[0], label=label))
    await session.flush()
    for code, action, label in SUB_ACTIONS:
        if await session.get(SubAction, code) is None:
            session.add(SubAction(code=code, action_code=action, label=label))
    for code, label, title_class in TITLES:
        if await session.get(BudgetTitleRef, code) is None:
            session.add(BudgetTitleRef(code=code, label=label, title_class=title_class))
    for year, status in FISCAL_YEARS:
        if await session.get(FiscalYear, year) is None:
            session.add(
                FiscalYear(
                    year=year,
                    status=status,
                    reserve_rate_t2=DEFAULT_RATE_T2,
                    reserve_rate_other=DEFAULT_RATE_OTHER,
                )
            )
    await session.flush()
