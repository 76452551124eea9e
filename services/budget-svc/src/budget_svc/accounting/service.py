"""Double-entry bookkeeping: post balanced entries, reverse them, close periods, trial balance
and the ledger of an account.

Postings of the spending chain (accrual): service fait debits the charge account of the title
and credits suppliers (401); a payment debits suppliers (or supplier advances, 4091, for the
part paid before service fait) and credits the Treasury account (515); a later service fait
clears the advance (401 debit, 4091 credit). Late-payment interest and fee: 6711 / 515.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.accounting.models import Account, AccountingPeriod, EntryLine, JournalEntry
from budget_svc.common import ZERO
from sg_common.api import Listing, paginate
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity
from sg_common.repository import Repository

ENTRIES = Repository(JournalEntry, what="entry", unit=None)
ACCOUNTS = Repository(Account, what="account", unit=None, key="code")

SUPPLIERS = "401"
SUPPLIER_ADVANCES = "4091"
TREASURY = "515"
LATE_INTEREST = "6711"
CHARGE_BY_TITLE = {"T2": "641", "T3": "606", "T5": "218", "T6": "657"}

#: The minimal chart of accounts: code → (label, kind).
CHART: dict[str, tuple[str, str]] = {
    "218": ("Autres immobilisations corporelles (titre 5)", "asset"),
    "401": ("Fournisseurs", "third_party"),
    "4091": ("Fournisseurs — avances et acomptes versés", "third_party"),
    "515": ("Compte au Trésor", "treasury"),
    "606": ("Achats non stockés et services extérieurs (titre 3)", "charge"),
    "641": ("Rémunérations du personnel (titre 2)", "charge"),
    "657": ("Charges d'intervention (titre 6)", "charge"),
    "6711": ("Intérêts moratoires et indemnité forfaitaire", "charge"),
}


class UnbalancedEntry(UnprocessableEntity):
    type_slug = "unbalanced-entry"
    title = "An entry balances: total debits equal total credits, and each line is one side"


class PeriodClosed(BusinessRuleViolation):
    type_slug = "period-closed"
    title = "The accounting period is closed: no new entry may be dated in it"


class PeriodAlreadyClosed(BusinessRuleViolation):
    type_slug = "period-already-closed"
    title = "The accounting period is already closed"


class EntryImmutable(BusinessRuleViolation):
    type_slug = "entry-immutable"
    title = "An entry is never edited or deleted: post a reversal entry"


class EntryAlreadyReversed(BusinessRuleViolation):
    type_slug = "entry-already-reversed"
    title = "The entry was already reversed"


class UnknownAccount(UnprocessableEntity):
    type_slug = "unknown-account"
    title = "Unknown account of the chart of accounts"


@dataclass
class Posting:
    account: str
    debit: Decimal = ZERO
    credit: Decimal = ZERO


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


async def load_chart(session: AsyncSession) -> None:
    """Insert the chart of accounts when missing (idempotent, at start)."""
    existing = set((await session.exec(select(Account.code))).all())
    for code, (label, kind) in CHART.items():
        if code not in existing:
            session.add(Account(code=code, label=label, kind=kind))
    await session.flush()


async def is_closed(session: AsyncSession, period: str) -> bool:
    return await session.get(AccountingPeriod, period) is not None


async def require_open(session: AsyncSession, day: date) -> None:
    period = period_of(day)
    if await is_closed(session, period):
        raise PeriodClosed(f"period {period} is closed: date the operation in an open period")


async def post(
    session: AsyncSession,
    *,
    entry_date: date,
    label: str,
    source: str,
    postings: list[Posting],
    by: str,
    source_id: str | None = None,
    unit_code: str | None = None,
    commitment_id: int | None = None,
    reverses_id: int | None = None,
) -> JournalEntry:
    """Post a balanced entry (422 ``unbalanced-entry``; 409 ``period-closed``)."""
    postings = [p for p in postings if p.debit or p.credit]
    debit = sum((p.debit for p in postings), ZERO)
    credit = sum((p.credit for p in postings), ZERO)
    if (
        not postings
        or debit != credit
        or debit <= ZERO
        or any(p.debit < ZERO or p.credit < ZERO or (p.debit and p.credit) for p in postings)
    ):
        raise UnbalancedEntry(f"debits {debit} ≠ credits {credit}, or a line has both sides")
    known = set((await session.exec(select(Account.code))).all())
    for p in postings:
        if p.account not in known:
            raise UnknownAccount(f"account {p.account!r} is not in the chart of accounts")
    await require_open(session, entry_date)
    entry = JournalEntry(
        entry_date=entry_date,
        period=period_of(entry_date),
        label=label[:500],
        source=source,
        source_id=source_id,
        unit_code=unit_code,
        commitment_id=commitment_id,
        reverses_id=reverses_id,
        recorded_by=by,
        recorded_at=utcnow(),
    )
    session.add(entry)
    await session.flush()
    assert entry.id is not None
    for p in postings:
        session.add(
            EntryLine(entry_id=entry.id, account_code=p.account, debit=p.debit, credit=p.credit)
        )
    await session.flush()
    return entry


async def lines_of(session: AsyncSession, entry_ids: list[int]) -> dict[int, list[EntryLine]]:
    if not entry_ids:
        return {}
    rows = (
        await session.exec(
            select(EntryLine)
            .where(col(EntryLine.entry_id).in_(entry_ids))
            .order_by(col(EntryLine.id))
        )
    ).all()
    found: dict[int, list[EntryLine]] = {i: [] for i in entry_ids}
    for row in rows:
        found[row.entry_id].append(row)
    return found


async def reverse(
    session: AsyncSession, *, entry: JournalEntry, entry_date: date, reason: str, by: str
) -> JournalEntry:
    """Post the reversal (contre-passation) of an entry: every line on the other side."""
    assert entry.id is not None
    if entry.reverses_id is not None:
        raise EntryAlreadyReversed(f"entry {entry.id} is itself a reversal")
    done = (
        await session.exec(select(JournalEntry).where(JournalEntry.reverses_id == entry.id))
    ).first()
    if done is not None:
        raise EntryAlreadyReversed(f"entry {entry.id} was reversed by entry {done.id}")
    lines = (await lines_of(session, [entry.id]))[entry.id]
    return await post(
        session,
        entry_date=entry_date,
        label=f"Contre-passation de l'écriture {entry.id}: {reason}",
        source="reversal",
        source_id=str(entry.id),
        unit_code=entry.unit_code,
        commitment_id=entry.commitment_id,
        reverses_id=entry.id,
        postings=[
            Posting(line.account_code, debit=line.credit, credit=line.debit) for line in lines
        ],
        by=by,
    )


async def close_period(session: AsyncSession, *, period: str, by: str) -> AccountingPeriod:
    if await is_closed(session, period):
        raise PeriodAlreadyClosed(f"period {period} is already closed")
    closed = AccountingPeriod(period=period, closed_at=utcnow(), closed_by=by)
    session.add(closed)
    await session.flush()
    return closed


@dataclass
class TrialRow:
    account: str
    label: str
    debit: Decimal
    credit: Decimal

    @property
    def balance(self) -> Decimal:
        return self.debit - self.credit


async def trial_balance(
    session: AsyncSession,
    *,
    period_from: str | None = None,
    period_to: str | None = None,
    unit_codes: list[str] | None = None,
) -> list[TrialRow]:
    """Debit and credit totals per account over the periods (balance = debit − credit)."""
    stmt = (
        select(
            col(EntryLine.account_code),
            func.coalesce(func.sum(EntryLine.debit), 0),
            func.coalesce(func.sum(EntryLine.credit), 0),
        )
        .join(JournalEntry, col(JournalEntry.id) == col(EntryLine.entry_id))
        .group_by(col(EntryLine.account_code))
        .order_by(col(EntryLine.account_code))
    )
    if period_from is not None:
        stmt = stmt.where(col(JournalEntry.period) >= period_from)
    if period_to is not None:
        stmt = stmt.where(col(JournalEntry.period) <= period_to)
    if unit_codes is not None:
        stmt = stmt.where(col(JournalEntry.unit_code).in_(unit_codes))
    labels = {a.code: a.label for a in (await session.exec(select(Account))).all()}
    rows = (await session.exec(stmt)).all()
    q = Decimal("0.01")
    return [
        TrialRow(
            account=code,
            label=labels.get(code, code),
            debit=Decimal(str(d)).quantize(q),
            credit=Decimal(str(c)).quantize(q),
        )
        for code, d, c in rows
    ]


async def account_balance(
    session: AsyncSession, account: str, *, commitment_id: int | None = None
) -> Decimal:
    """Debit − credit of an account (optionally on one commitment's entries)."""
    stmt = (
        select(
            func.coalesce(func.sum(EntryLine.debit), 0)
            - func.coalesce(func.sum(EntryLine.credit), 0)
        )
        .join(JournalEntry, col(JournalEntry.id) == col(EntryLine.entry_id))
        .where(EntryLine.account_code == account)
    )
    if commitment_id is not None:
        stmt = stmt.where(JournalEntry.commitment_id == commitment_id)
    value = (await session.exec(stmt)).one()
    return Decimal(str(value)).quantize(Decimal("0.01"))


async def accounts(session: AsyncSession) -> list[Account]:
    """The chart of accounts, by code."""
    return list((await session.exec(select(Account).order_by(col(Account.code)))).all())


async def periods(session: AsyncSession) -> list[AccountingPeriod]:
    """The closed periods, oldest first."""
    stmt = select(AccountingPeriod).order_by(col(AccountingPeriod.period))
    return list((await session.exec(stmt)).all())


async def page_entries(
    session: AsyncSession,
    listing: Listing,
    *,
    period: str | None,
    source: str | None,
    commitment_id: int | None,
    unit_code: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[JournalEntry], str | None]:
    """A page of the journal, newest first, filtered (the lines: :func:`lines_of`)."""
    stmt = select(JournalEntry)
    if period is not None:
        stmt = stmt.where(JournalEntry.period == period)
    if source is not None:
        stmt = stmt.where(JournalEntry.source == source)
    if commitment_id is not None:
        stmt = stmt.where(JournalEntry.commitment_id == commitment_id)
    if unit_code is not None:
        stmt = stmt.where(JournalEntry.unit_code == unit_code)
    rows, next_cursor = await paginate(
        session,
        stmt,
        order_by=[col(JournalEntry.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
        descending=True,
    )
    return list(rows), next_cursor


async def account_lines(
    session: AsyncSession, code: str, *, period_from: str | None, period_to: str | None
) -> list[tuple[EntryLine, JournalEntry]]:
    """An account's lines with their entries, by entry date then line, within the periods."""
    stmt = (
        select(EntryLine, JournalEntry)
        .join(JournalEntry, col(JournalEntry.id) == col(EntryLine.entry_id))
        .where(EntryLine.account_code == code)
        .order_by(col(JournalEntry.entry_date), col(EntryLine.id))
    )
    if period_from is not None:
        stmt = stmt.where(col(JournalEntry.period) >= period_from)
    if period_to is not None:
        stmt = stmt.where(col(JournalEntry.period) <= period_to)
    return [(line, entry) for line, entry in (await session.exec(stmt)).all()]
