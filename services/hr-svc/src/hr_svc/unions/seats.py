"""Seats by proportional representation at the highest average (plus forte moyenne).

Each seat in turn goes to the list whose average ``votes / (seats won + 1)`` is highest (the
quotient-then-highest-average rule of the public-service elections gives the same result).
Equal averages: the list with more votes wins; then the one with more candidates; then, as
the law asks a drawing of lots, the first list given (and the tie is reported).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction


@dataclass
class Allocation:
    seats: dict[str, int]
    ties: list[str] = field(default_factory=list)


def highest_average(
    votes: dict[str, int], seats: int, candidates: dict[str, int] | None = None
) -> Allocation:
    """Seats per list (ordered as ``votes``), and a note per tie that needed breaking."""
    candidates = candidates or {}
    won = dict.fromkeys(votes, 0)
    order = {name: i for i, name in enumerate(votes)}
    ties: list[str] = []
    if sum(votes.values()) == 0:
        return Allocation(won)
    for seat in range(1, seats + 1):
        averages = {name: Fraction(v, won[name] + 1) for name, v in votes.items() if v > 0}
        best = max(averages.values())
        tied = [name for name, avg in averages.items() if avg == best]
        tied.sort(key=lambda n: (-votes[n], -candidates.get(n, 0), order[n]))
        winner = tied[0]
        if len(tied) > 1:
            runner = tied[1]
            if votes[winner] > votes[runner]:
                how = "more votes"
            elif candidates.get(winner, 0) > candidates.get(runner, 0):
                how = "more candidates"
            else:
                how = "drawing of lots required; given to the first list"
            ties.append(
                f"seat {seat}: equal average {float(best):.2f} for {', '.join(tied)}"
                f" → {winner} ({how})"
            )
        won[winner] += 1
    return Allocation(won, ties)
