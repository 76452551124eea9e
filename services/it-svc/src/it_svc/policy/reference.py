"""Reference data of it-svc: the initial catalogue of standards (socle technique), loaded at
start. Idempotent: only missing (kind, model, version) entries are added; a status the DI has
changed since is never overwritten."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.policy.models import CatalogueStandard
from sg_common.clock import utcnow

#: (kind, model, version or None for every version, status, note)
INITIAL_CATALOGUE: tuple[tuple[str, str, str | None, str, str], ...] = (
    ("hardware", "Dell Latitude 5440", None, "approved", "Portable standard des agents"),
    ("hardware", "Dell OptiPlex 7010", None, "approved", "Poste fixe standard"),
    ("hardware", "HP EliteDesk 800 G4", None, "tolerated", "Remplacement au fil de l'eau"),
    ("network", "Cisco Catalyst 9200", None, "approved", "Commutateur d'accès des sites"),
    ("software", "Windows", "11", "approved", "Système des postes de travail"),
    ("software", "Windows", "10", "tolerated", "Fin de support : migrer vers Windows 11"),
    ("software", "Windows", "7", "forbidden", "Plus de correctifs de sécurité"),
    ("software", "Firefox ESR", None, "approved", "Navigateur de référence"),
    ("software", "R", None, "approved", "Logiciel statistique de référence"),
    ("software", "Python", None, "approved", "Logiciel statistique de référence"),
    ("software", "SAS", "9.4", "tolerated", "Usage résiduel, migration vers R et Python"),
)


async def load_initial_catalogue(session: AsyncSession) -> int:
    """Add the standards of the initial catalogue that are missing; return how many."""
    existing = {
        (s.kind, s.model.lower(), (s.model_version or "").lower())
        for s in (await session.exec(select(CatalogueStandard))).all()
    }
    now = utcnow()
    added = 0
    for kind, model, version, status, note in INITIAL_CATALOGUE:
        if (kind, model.lower(), (version or "").lower()) in existing:
            continue
        session.add(
            CatalogueStandard(
                kind=kind,
                model=model,
                model_version=version,
                status=status,
                note=note,
                created_at=now,
                updated_at=now,
            )
        )
        added += 1
    await session.flush()
    return added
