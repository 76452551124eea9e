"""The GSBPM phase nomenclature (Generic Statistical Business Process Model)."""

from __future__ import annotations

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.models import GsbpmPhase
from production_svc.operations.schemas import GsbpmPhasePublic

GSBPM: list[tuple[str, int, str, str]] = [
    ("specify_needs", 1, "Specify needs", "Spécifier les besoins"),
    ("design", 2, "Design", "Concevoir"),
    ("build", 3, "Build", "Construire"),
    ("collect", 4, "Collect", "Collecter"),
    ("process", 5, "Process", "Traiter"),
    ("analyse", 6, "Analyse", "Analyser"),
    ("disseminate", 7, "Disseminate", "Diffuser"),
    ("evaluate", 8, "Evaluate", "Évaluer"),
]


GSBPM_NAMES = {code: name for code, _n, name, _fr in GSBPM}


GSBPM_ORDER = {code: number for code, number, _name, _fr in GSBPM}


async def load_gsbpm(session: AsyncSession) -> None:
    """Load the GSBPM phase nomenclature (idempotent)."""
    existing = {p.code: p for p in (await session.exec(select(GsbpmPhase))).all()}
    for code, number, name, name_fr in GSBPM:
        row = existing.get(code) or GsbpmPhase(code=code, number=number, name=name, name_fr=name_fr)
        row.number, row.name, row.name_fr = number, name, name_fr
        session.add(row)


async def list_gsbpm(session: AsyncSession) -> list[GsbpmPhasePublic]:
    """The GSBPM phases in process order."""
    rows = (await session.exec(select(GsbpmPhase).order_by(col(GsbpmPhase.number)))).all()
    return [GsbpmPhasePublic.model_validate(r) for r in rows]
