"""Reference data loaded at start, idempotently: the procedure thresholds, dated per kind.

Sources (docs/services/facilities.md, "Procedure thresholds", says what each one sets):

* no publicity nor competition below (code de la commande publique, R. 2122-8): 40 000 € HT
  since 1 January 2020 (décret n° 2019-1344); for works, 100 000 € HT under the temporary regime
  of loi n° 2020-1525 (ASAP) art. 142, extended to 31 December 2024 by décret n° 2022-1683 and to
  31 December 2025 by décret n° 2024-1217, then made permanent in R. 2122-8 from 1 January 2026
  by décret n° 2025-1386, which also raises supplies and services to 60 000 € HT from
  1 April 2026;
* formal procedure from (L. 2124-1, R. 2123-1 and the avis relatif aux seuils de procédure
  annexed to the code): central government supplies and services 143 000 € HT and works
  5 538 000 € HT in 2024-2025 (avis of 7 December 2023), 140 000 € HT and 5 404 000 € HT in
  2026-2027 (avis of 26 December 2025).
"""

from datetime import date
from decimal import Decimal

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.purchases.models import ProcedureThreshold

_AVIS_2024 = "avis seuils 2024-2025 (JO 7 déc. 2023)"
_AVIS_2026 = "avis seuils 2026-2027 (JO 26 déc. 2025)"
_SUPPLIES_AND_SERVICES = [
    (date(2024, 1, 1), "40000.00", "143000.00", f"R. 2122-8 (décret 2019-1344); {_AVIS_2024}"),
    (date(2026, 1, 1), "40000.00", "140000.00", f"R. 2122-8 (décret 2019-1344); {_AVIS_2026}"),
    (date(2026, 4, 1), "60000.00", "140000.00", f"R. 2122-8 (décret 2025-1386); {_AVIS_2026}"),
]

#: (kind, valid from, no publicity below, formal procedure from, note) — amounts HT; parameters
#: that the DSG records with POST /procedure-thresholds when the texts change.
THRESHOLDS: list[tuple[str, date, Decimal, Decimal, str]] = [
    (kind, valid_from, Decimal(direct), Decimal(formal), note)
    for kind in ("supplies", "services")
    for valid_from, direct, formal, note in _SUPPLIES_AND_SERVICES
] + [
    (
        "works",
        date(2024, 1, 1),
        Decimal("100000.00"),
        Decimal("5538000.00"),
        f"Dispense travaux < 100 000 € (décret 2022-1683, jusqu'au 31/12/2024); {_AVIS_2024}",
    ),
    (
        "works",
        date(2025, 1, 1),
        Decimal("100000.00"),
        Decimal("5538000.00"),
        f"Dispense travaux < 100 000 € prorogée au 31/12/2025 (décret 2024-1217); {_AVIS_2024}",
    ),
    (
        "works",
        date(2026, 1, 1),
        Decimal("100000.00"),
        Decimal("5404000.00"),
        f"R. 2122-8 (décret 2025-1386); {_AVIS_2026}",
    ),
]


async def load_thresholds(session: AsyncSession) -> None:
    """Insert the shipped thresholds that are missing (never overwrites the DSG's changes)."""
    rows = await session.exec(
        select(col(ProcedureThreshold.kind), col(ProcedureThreshold.valid_from))
    )
    existing = set(rows.all())
    for kind, valid_from, direct, formal, note in THRESHOLDS:
        if (kind, valid_from) not in existing:
            session.add(
                ProcedureThreshold(
                    kind=kind,
                    valid_from=valid_from,
                    direct_award_below=direct,
                    formal_tender_from=formal,
                    note=note,
                )
            )
    await session.flush()
