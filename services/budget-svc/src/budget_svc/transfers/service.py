"""Transfer rules: asymmetric fungibility (never into T2 from another title), never more than
the source line has available, never onto the same line."""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from budget_svc.common import ZERO
from budget_svc.ledger import service as ledger
from budget_svc.structure import service as structure_service
from budget_svc.transfers.models import Transfer
from budget_svc.transfers.schemas import TransferCreate
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity
from sg_common.repository import Repository

TRANSFERS = Repository(Transfer, what="transfer", unit=None)  # two units: see get_transfer


class FungibilityViolation(BusinessRuleViolation):
    type_slug = "fungibility-violation"
    title = "Credits cannot move into T2"


class SameLineTransfer(UnprocessableEntity):
    type_slug = "same-line-transfer"
    title = "A transfer moves credits between two different lines"


class EmptyTransfer(UnprocessableEntity):
    type_slug = "empty-transfer"
    title = "A transfer needs an AE or CP amount"


def check_fungibility(source_title: str, destination_title: str) -> None:
    """Credits may leave T2 for other titles, never enter T2 from another title."""
    if destination_title == "T2" and source_title != "T2":
        raise FungibilityViolation(
            f"credits of {source_title} cannot be moved into T2 (asymmetric fungibility): "
            "staff credits can only be increased by the DPG's T2 allocation"
        )


async def transfer(session: AsyncSession, *, body: TransferCreate, by: str) -> Transfer:
    """Move AE/CP from the source line to the destination line."""
    src, dst = body.source, body.destination
    if (src.unit_code, src.action, src.title) == (dst.unit_code, dst.action, dst.title):
        raise SameLineTransfer("source and destination are the same budget line")
    if body.ae == ZERO and body.cp == ZERO:
        raise EmptyTransfer("give a positive AE or CP amount")
    check_fungibility(src.title.value, dst.title.value)
    await structure_service.require_line_refs(
        session, fiscal_year=body.fiscal_year, action=src.action
    )
    await structure_service.require_action(session, dst.action)
    source = await ledger.find_line(
        session,
        unit_code=src.unit_code,
        fiscal_year=body.fiscal_year,
        action=src.action,
        title=src.title.value,
    )
    existing_destination = await ledger.find_line(
        session,
        unit_code=dst.unit_code,
        fiscal_year=body.fiscal_year,
        action=dst.action,
        title=dst.title.value,
    )
    # lock both lines in id order, so two opposite transfers cannot deadlock
    for line_id in sorted({line.id for line in (source, existing_destination) if line and line.id}):
        await ledger.lock_line(session, line_id)
    available = await ledger.balance(session, source.id) if source and source.id else None
    available_ae = available.available_ae if available else ZERO
    available_cp = available.available_cp if available else ZERO
    if source is None or body.ae > available_ae or body.cp > available_cp:
        raise ledger.InsufficientCredits(
            f"the source line has {available_ae} AE / {available_cp} CP available; "
            f"cannot move {body.ae} AE / {body.cp} CP",
            extra={"available_ae": str(available_ae), "available_cp": str(available_cp)},
        )
    destination = await ledger.get_or_create_line(
        session,
        unit_code=dst.unit_code,
        fiscal_year=body.fiscal_year,
        action=dst.action,
        title=dst.title.value,
    )
    record = Transfer(
        fiscal_year=body.fiscal_year,
        from_unit=src.unit_code,
        from_action=src.action,
        from_title=src.title.value,
        to_unit=dst.unit_code,
        to_action=dst.action,
        to_title=dst.title.value,
        ae=body.ae,
        cp=body.cp,
        reason=body.reason,
        recorded_by=by,
        recorded_at=utcnow(),
    )
    session.add(record)
    await session.flush()
    await ledger.record(
        session,
        line=source,
        kind="transfer_out",
        recorded_by=by,
        reason=body.reason,
        allocated_ae=-body.ae,
        allocated_cp=-body.cp,
        transfer_id=record.id,
    )
    await ledger.record(
        session,
        line=destination,
        kind="transfer_in",
        recorded_by=by,
        reason=body.reason,
        allocated_ae=body.ae,
        allocated_cp=body.cp,
        transfer_id=record.id,
    )
    return record


def _in_scope(stmt: SelectOfScalar[Transfer], scope: OrgScope) -> SelectOfScalar[Transfer]:
    """Transfers whose source or destination unit is visible (filtered in the query)."""
    if scope.sees_all:
        return stmt
    visible = sorted(scope.visible or ())
    return stmt.where(or_(col(Transfer.from_unit).in_(visible), col(Transfer.to_unit).in_(visible)))


async def page_transfers(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    fiscal_year: int | None,
    unit_code: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Transfer], str | None]:
    """A page of the transfers touching ``scope`` (by either unit), filtered."""
    stmt = _in_scope(select(Transfer), scope)
    if fiscal_year is not None:
        stmt = stmt.where(Transfer.fiscal_year == fiscal_year)
    if unit_code is not None:
        stmt = stmt.where(
            or_(col(Transfer.from_unit) == unit_code, col(Transfer.to_unit) == unit_code)
        )
    return await paginate(
        session, stmt, order_by=[col(Transfer.id)], limit=limit, cursor=cursor, listing=listing
    )


async def get_transfer(session: AsyncSession, transfer_id: int, scope: OrgScope) -> Transfer:
    """The transfer if either of its units is in ``scope`` (404 otherwise, as for a transfer
    that does not exist): a transfer has two units, so the scope is checked on the row."""
    found = await TRANSFERS.get(session, transfer_id)
    if not (scope.allows(found.from_unit) or scope.allows(found.to_unit)):
        raise TRANSFERS.missing(transfer_id)
    return found
