"""General accounting over HTTP: chart, journal, reversal, periods, trial balance, account
ledger. Kept by the CPF (``budget.accountant``); read by the manager and the controller."""

from __future__ import annotations

from typing import Annotated, NoReturn

from fastapi import APIRouter, Path, status

from budget_svc.accounting import service
from budget_svc.accounting.models import EntryLine, JournalEntry
from budget_svc.accounting.schemas import (
    AccountLedger,
    AccountLedgerRow,
    AccountPublic,
    EntryCreate,
    EntryLinePublic,
    EntryPage,
    EntryPublic,
    EntryReversal,
    PeriodPublic,
    TrialBalance,
    TrialBalanceRow,
)
from budget_svc.common import ZERO, actor
from sg_common.api import Cursor, Limit, Line, Listing, Sort
from sg_common.auth.permissions import Caller
from sg_common.clock import today
from sg_common.deps import SessionDep
from sg_common.errors import problem_responses
from sg_common.months import MONTH_PATTERN

router = APIRouter(prefix="/accounting", tags=["accounting"])
PeriodParam = Annotated[str, Path(pattern=MONTH_PATTERN)]


def entry_public(entry: JournalEntry, lines: list[EntryLine]) -> EntryPublic:
    assert entry.id is not None
    return EntryPublic(
        id=entry.id,
        entry_date=entry.entry_date,
        period=entry.period,
        label=entry.label,
        source=entry.source,
        source_id=entry.source_id,
        unit_code=entry.unit_code,
        commitment_id=entry.commitment_id,
        reverses_id=entry.reverses_id,
        recorded_by=entry.recorded_by,
        recorded_at=entry.recorded_at,
        lines=[EntryLinePublic.model_validate(line) for line in lines],
        total_debit=sum((line.debit for line in lines), ZERO),
        total_credit=sum((line.credit for line in lines), ZERO),
    )


@router.get("/accounts", summary="The chart of accounts")
async def list_accounts(session: SessionDep, _r: Caller) -> list[AccountPublic]:
    return [AccountPublic.model_validate(r) for r in await service.accounts(session)]


ENTRY_SORT = Sort(
    JournalEntry, "entry_date", "period", "label", "source", "unit_code", "recorded_at"
)


@router.get("/entries", summary="The journal, newest first")
async def list_entries(
    listing: Annotated[Listing, ENTRY_SORT],
    session: SessionDep,
    _r: Caller,
    period: Line | None = None,
    source: Line | None = None,
    commitment_id: int | None = None,
    unit_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> EntryPage:
    rows, next_cursor = await service.page_entries(
        session,
        listing,
        period=period,
        source=source,
        commitment_id=commitment_id,
        unit_code=unit_code,
        limit=limit,
        cursor=cursor,
    )
    lines = await service.lines_of(session, [r.id for r in rows if r.id is not None])
    return EntryPage(
        items=[entry_public(r, lines[r.id]) for r in rows if r.id is not None],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.post(
    "/entries",
    status_code=status.HTTP_201_CREATED,
    summary="Post a manual entry (must balance; not in a closed period)",
    responses=problem_responses(409, 422),
)
async def create_entry(body: EntryCreate, session: SessionDep, principal: Caller) -> EntryPublic:
    entry = await service.post(
        session,
        entry_date=body.entry_date,
        label=body.label,
        source="manual",
        unit_code=body.unit_code,
        postings=[
            service.Posting(li.account, debit=li.debit, credit=li.credit) for li in body.lines
        ],
        by=actor(principal),
    )
    assert entry.id is not None
    return entry_public(entry, (await service.lines_of(session, [entry.id]))[entry.id])


@router.get("/entries/{entry_id}", responses=problem_responses(404))
async def get_entry(entry_id: int, session: SessionDep, _r: Caller) -> EntryPublic:
    entry = await service.ENTRIES.get(session, entry_id)
    return entry_public(entry, (await service.lines_of(session, [entry_id]))[entry_id])


def _immutable(entry_id: int) -> NoReturn:
    raise service.EntryImmutable(
        f"entry {entry_id} cannot be changed: POST /accounting/entries/{entry_id}/reversal"
    )


@router.patch(
    "/entries/{entry_id}",
    summary="Refused: entries are immutable (409 entry-immutable)",
    responses=problem_responses(404, 409),
)
async def edit_entry(entry_id: int, session: SessionDep, _p: Caller) -> EntryPublic:
    await service.ENTRIES.get(session, entry_id)
    _immutable(entry_id)


@router.delete(
    "/entries/{entry_id}",
    summary="Refused: entries are immutable (409 entry-immutable)",
    responses=problem_responses(404, 409),
)
async def delete_entry(entry_id: int, session: SessionDep, _p: Caller) -> None:
    await service.ENTRIES.get(session, entry_id)
    _immutable(entry_id)


@router.post(
    "/entries/{entry_id}/reversal",
    status_code=status.HTTP_201_CREATED,
    summary="Reverse an entry (contre-passation): the correction of an entry",
    responses=problem_responses(404, 409),
)
async def reverse_entry(
    entry_id: int, body: EntryReversal, session: SessionDep, principal: Caller
) -> EntryPublic:
    entry = await service.ENTRIES.get(session, entry_id)
    reversal = await service.reverse(
        session,
        entry=entry,
        entry_date=body.entry_date or today(),
        reason=body.reason,
        by=actor(principal),
    )
    assert reversal.id is not None
    return entry_public(reversal, (await service.lines_of(session, [reversal.id]))[reversal.id])


@router.get("/periods", summary="Closed accounting periods")
async def list_periods(session: SessionDep, _r: Caller) -> list[PeriodPublic]:
    return [PeriodPublic.model_validate(r) for r in await service.periods(session)]


@router.post(
    "/periods/{period}/close",
    status_code=status.HTTP_201_CREATED,
    summary="Close a period (YYYY-MM): no new entry may be dated in it",
    responses=problem_responses(409),
)
async def close_period(period: PeriodParam, session: SessionDep, principal: Caller) -> PeriodPublic:
    closed = await service.close_period(session, period=period, by=actor(principal))
    return PeriodPublic.model_validate(closed)


@router.get("/trial-balance", summary="Balance générale: debit and credit per account")
async def trial_balance(
    session: SessionDep,
    _r: Caller,
    period_from: Line | None = None,
    period_to: Line | None = None,
) -> TrialBalance:
    rows = await service.trial_balance(session, period_from=period_from, period_to=period_to)
    debit = sum((r.debit for r in rows), ZERO)
    credit = sum((r.credit for r in rows), ZERO)
    return TrialBalance(
        period_from=period_from,
        period_to=period_to,
        rows=[
            TrialBalanceRow(
                account=r.account, label=r.label, debit=r.debit, credit=r.credit, balance=r.balance
            )
            for r in rows
        ],
        total_debit=debit,
        total_credit=credit,
        balanced=debit == credit,
    )


@router.get(
    "/accounts/{code}/ledger",
    summary="Grand livre of one account: its lines in order, with the running balance",
    responses=problem_responses(404),
)
async def account_ledger(
    code: Line,
    session: SessionDep,
    _r: Caller,
    period_from: Line | None = None,
    period_to: Line | None = None,
) -> AccountLedger:
    account = await service.ACCOUNTS.get(session, code)
    running = ZERO
    rows: list[AccountLedgerRow] = []
    debit = credit = ZERO
    lines = await service.account_lines(session, code, period_from=period_from, period_to=period_to)
    for line, entry in lines:
        running += line.debit - line.credit
        debit += line.debit
        credit += line.credit
        rows.append(
            AccountLedgerRow(
                entry_id=entry.id,
                entry_date=entry.entry_date,
                period=entry.period,
                label=entry.label,
                source=entry.source,
                unit_code=entry.unit_code,
                debit=line.debit,
                credit=line.credit,
                running_balance=running,
            )
        )
    return AccountLedger(
        account=code,
        label=account.label,
        rows=rows,
        total_debit=debit,
        total_credit=credit,
        balance=debit - credit,
    )
