"""The suite's clock: every "now" and "today" goes through here so tests can freeze time.

Code calls :func:`utcnow` / :func:`today`; the pytest fixture ``frozen_clock`` (or
:func:`freeze`) pins it. Business dates (due dates, effective dates) are Europe/Paris.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


class Clock:
    """A clock that is either real or frozen at an instant (and can be advanced)."""

    def __init__(self) -> None:
        self._frozen: datetime | None = None

    def now(self) -> datetime:
        return self._frozen if self._frozen is not None else datetime.now(UTC)

    def freeze(self, at: datetime) -> None:
        self._frozen = at if at.tzinfo else at.replace(tzinfo=UTC)

    def advance(self, delta: timedelta) -> None:
        if self._frozen is None:
            raise RuntimeError("only a frozen clock can be advanced")
        self._frozen += delta

    def unfreeze(self) -> None:
        self._frozen = None

    @property
    def frozen(self) -> bool:
        return self._frozen is not None


clock = Clock()


def utcnow() -> datetime:
    """The current instant, timezone-aware UTC."""
    return clock.now()


def today() -> date:
    """Today's date in Paris (the institute's business calendar)."""
    return clock.now().astimezone(PARIS).date()


@contextmanager
def freeze(at: datetime) -> Iterator[Clock]:
    """Freeze the clock at ``at`` for the block."""
    previous = clock._frozen
    clock.freeze(at)
    try:
        yield clock
    finally:
        clock._frozen = previous
