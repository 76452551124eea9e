"""Crédit de temps syndical: the global credit from the scale, shared half by seats, half by votes.

The rule (décret n° 82-447 du 28 mai 1982, article 16, as rewritten by décret n° 2012-224 du
16 février 2012; codified since 1 February 2025 in the partie réglementaire of the code général
de la fonction publique, articles R214-8 and following, by décret n° 2024-1038):

* the global credit, in full-time equivalents (ETP), comes from a scale applied to the number
  of electors registered for the election of the comité social d'administration;
* it is renewed every year until the next election;
* half of it is shared among the unions holding seats on that committee, by their seats;
  the other half among every union that presented a list, in proportion to its votes.

The scale is a dated reference table (``SCALES``). One ETP is converted into hours at the
annual working time of the State's civil service, 1 607 h (décret n° 2000-815, article 1).
An incomplete tranche of electors counts pro rata (see docs/services/hr.md: our reading).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

CENT = Decimal("0.01")
FOUR = Decimal("0.0001")
#: Annual working time of a full-time agent (décret n° 2000-815 du 25 août 2000, art. 1).
HOURS_PER_ETP = 1607


@dataclass(frozen=True)
class Tier:
    """Electors up to ``up_to`` (None: no limit) count one ETP per ``electors_per_etp``."""

    up_to: int | None
    electors_per_etp: int


@dataclass(frozen=True)
class Scale:
    """A version of the scale: the first credit year it applies to and the text it comes from."""

    from_year: int
    tiers: tuple[Tier, ...]
    source: str


#: Versions of the scale, oldest first. The 2012 scale: 1 ETP per 230 electors up to
#: 140 000, 1 ETP per 650 beyond (art. 16 II of décret n° 82-447 as rewritten in February 2012).
SCALES: tuple[Scale, ...] = (
    Scale(
        from_year=2012,
        tiers=(Tier(140_000, 230), Tier(None, 650)),
        source="décret n° 82-447, art. 16 II (décret n° 2012-224); CGFP art. R214-9",
    ),
)


def scale_for(year: int) -> Scale:
    """The scale in force for a credit year (the latest version starting at or before it)."""
    in_force = [s for s in SCALES if s.from_year <= year]
    if not in_force:
        raise ValueError(f"no credit scale for {year}")
    return in_force[-1]


def credit_etp(electors: int, scale: Scale = SCALES[-1]) -> Fraction:
    """The global credit in ETP for a number of registered electors (exact)."""
    etp = Fraction(0)
    floor = 0
    for tier in scale.tiers:
        top = electors if tier.up_to is None else min(electors, tier.up_to)
        if top > floor:
            etp += Fraction(top - floor, tier.electors_per_etp)
        if tier.up_to is None or electors <= tier.up_to:
            break
        floor = tier.up_to
    return etp


def rounded(value: Fraction, places: Decimal = CENT) -> Decimal:
    """An exact figure rounded to ``places`` (half up); hours go to the cent."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(places, ROUND_HALF_UP)


@dataclass(frozen=True)
class Share:
    by_seats: Decimal
    by_votes: Decimal

    @property
    def total(self) -> Decimal:
        return self.by_seats + self.by_votes


def share_credit(
    hours: Fraction, *, seats: dict[str, int], votes: dict[str, int]
) -> dict[str, Share]:
    """Each list's share: half of ``hours`` by seats held, half by votes (each part to the cent)."""
    half = hours / 2
    total_seats = sum(seats.values())
    total_votes = sum(votes.values())
    return {
        name: Share(
            by_seats=rounded(half * Fraction(seats.get(name, 0), total_seats))
            if total_seats
            else Decimal("0.00"),
            by_votes=rounded(half * Fraction(votes[name], total_votes))
            if total_votes
            else Decimal("0.00"),
        )
        for name in votes
    }
