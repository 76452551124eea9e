"""Purchases: catalogue, procedure by dated thresholds and channel, requisition → order →
budget commitment → receipt (service fait), cancellation."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc import notifications
from facilities_svc.budgetview import service as budget_view
from facilities_svc.purchases import events
from facilities_svc.purchases.models import (
    BudgetEnvelope,
    CatalogueItem,
    ProcedureThreshold,
    Receipt,
    ReceiptLine,
    Requisition,
    RequisitionLine,
)
from facilities_svc.purchases.schemas import (
    CatalogueItemCreate,
    CatalogueItemUpdate,
    Channel,
    LineCreate,
    Procedure,
    PurchaseKind,
    ReceiptCreate,
    RequisitionCreate,
    RequisitionStatus,
    RequisitionUpdate,
    ThresholdCreate,
)
from sg_common.clock import today
from sg_common.delegations import Signature
from sg_common.errors import BusinessRuleViolation, Conflict, UnprocessableEntity
from sg_common.repository import Repository

CENT = Decimal("0.01")
#: The catalogue is the whole institute's: not scoped by unit.
ITEMS = Repository(CatalogueItem, what="catalogue item", unit=None)
REQUISITIONS = Repository(Requisition, what="requisition")
S = RequisitionStatus

ORDERED_STATUSES = {S.awaiting_commitment, S.confirmed, S.partially_received, S.received}
CANCELLABLE = {S.draft, S.submitted, S.approved, S.awaiting_commitment, S.confirmed, S.rejected}
NEED_STATUSES = {S.submitted, S.approved, *ORDERED_STATUSES}
"""Requisitions that express a need of the year (not drafts, refused, rejected, cancelled)."""
PROCEDURE_RANK = {Procedure.direct_award: 0, Procedure.adapted_procedure: 1, Procedure.tender: 2}
CHANNEL_PROCEDURE = {
    Channel.ugap: Procedure.ugap_order,
    Channel.interministerial: Procedure.interministerial_contract,
    Channel.own_contract: Procedure.own_contract_order,
}


# problems ------------------------------------------------------------------------------------
class DuplicateCatalogueItem(Conflict):
    type_slug = "duplicate-catalogue-item"
    title = "A catalogue item has this code"


class UnknownCatalogueItem(UnprocessableEntity):
    type_slug = "unknown-catalogue-item"
    title = "Unknown catalogue item"


class InactiveCatalogueItem(BusinessRuleViolation):
    type_slug = "inactive-catalogue-item"
    title = "The catalogue item is withdrawn"


class InvalidThresholds(UnprocessableEntity):
    type_slug = "invalid-thresholds"
    title = "The direct-award threshold must be below the formal-tender threshold"


class DuplicateThreshold(Conflict):
    type_slug = "duplicate-threshold"
    title = "Thresholds already start on that date"


class NoThresholdInForce(BusinessRuleViolation):
    type_slug = "no-threshold-in-force"
    title = "No procedure thresholds in force at that date"


class InvalidStatusTransition(BusinessRuleViolation):
    type_slug = "invalid-status-transition"
    title = "The requisition is not in a status that allows this"


class RequisitionChanged(Conflict):
    """Changed by another request between a check and the write it allowed (the order, checked
    against budget with no transaction open): the same problem type as any conflicting write."""

    type_slug = "concurrent-conflict"
    title = "Conflicting write"


class SelfApproval(BusinessRuleViolation):
    type_slug = "self-approval"
    title = "A requester cannot approve their own requisition"


class TenderReferenceRequired(BusinessRuleViolation):
    type_slug = "tender-reference-required"
    title = "A tender needs its reference before ordering"


class OrderNotConfirmed(BusinessRuleViolation):
    type_slug = "order-not-confirmed"
    title = "Goods can only be received on an order whose commitment budget confirmed"


class ReceiptExceedsOrder(BusinessRuleViolation):
    type_slug = "receipt-exceeds-order"
    title = "More received than ordered"


class UnknownOrderLine(UnprocessableEntity):
    type_slug = "unknown-order-line"
    title = "The line is not on this order"


class NotCancellable(BusinessRuleViolation):
    type_slug = "not-cancellable"
    title = "The order can no longer be cancelled"


class UnknownPurchaseOrder(LookupError):
    """An event names an order this service never placed (the event goes to dead letters)."""


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# catalogue -----------------------------------------------------------------------------------
async def create_item(session: AsyncSession, *, body: CatalogueItemCreate) -> CatalogueItem:
    """Add an item or a service to the catalogue."""
    found = await session.exec(select(CatalogueItem).where(CatalogueItem.code == body.code))
    if found.first() is not None:
        raise DuplicateCatalogueItem(f"catalogue item {body.code} exists; update it instead")
    item = CatalogueItem(**body.model_dump())
    session.add(item)
    await session.flush()
    return item


async def update_item(
    session: AsyncSession, *, item: CatalogueItem, body: CatalogueItemUpdate
) -> CatalogueItem:
    """Change an item's price, channel or availability."""
    ITEMS.patch(item, body)
    await session.flush()
    return item


async def contract_references(session: AsyncSession, codes: Sequence[str]) -> list[str]:
    """The contract references of the catalogue items with these codes, sorted."""
    references = (
        await session.exec(
            select(CatalogueItem.contract_reference).where(
                col(CatalogueItem.code).in_(codes),
                col(CatalogueItem.contract_reference).isnot(None),
            )
        )
    ).all()
    return sorted({r for r in references if r})


# thresholds and procedure ---------------------------------------------------------------------
async def create_threshold(session: AsyncSession, *, body: ThresholdCreate) -> ProcedureThreshold:
    """Record thresholds in force from a date (earlier thresholds keep their period)."""
    if body.direct_award_below >= body.formal_tender_from:
        raise InvalidThresholds(
            f"direct award below {body.direct_award_below} must be less than formal tender "
            f"from {body.formal_tender_from}"
        )
    found = await session.exec(
        select(ProcedureThreshold).where(
            ProcedureThreshold.kind == body.kind.value,
            ProcedureThreshold.valid_from == body.valid_from,
        )
    )
    if found.first() is not None:
        raise DuplicateThreshold(
            f"thresholds for {body.kind.value} already start on {body.valid_from}"
        )
    row = ProcedureThreshold(**body.model_dump())
    session.add(row)
    await session.flush()
    return row


async def thresholds(
    session: AsyncSession, kind: PurchaseKind | None
) -> Sequence[ProcedureThreshold]:
    """The recorded thresholds (of ``kind``, if given), newest first."""
    stmt = select(ProcedureThreshold)
    if kind is not None:
        stmt = stmt.where(ProcedureThreshold.kind == kind.value)
    rows = await session.exec(
        stmt.order_by(col(ProcedureThreshold.valid_from).desc(), col(ProcedureThreshold.kind))
    )
    return rows.all()


async def thresholds_on(
    session: AsyncSession, *, kind: PurchaseKind, on: date, lock: bool = False
) -> ProcedureThreshold:
    """The thresholds of a kind of purchase in force on a date; ``lock`` serialises the
    submissions of that kind (``SELECT ... FOR UPDATE`` on PostgreSQL) so two requisitions of
    the same need cannot both be counted without the other."""
    stmt = (
        select(ProcedureThreshold)
        .where(ProcedureThreshold.kind == kind.value, ProcedureThreshold.valid_from <= on)
        .order_by(col(ProcedureThreshold.valid_from).desc())
        .limit(1)
    )
    if lock:
        stmt = stmt.with_for_update()
    row = (await session.exec(stmt)).first()
    if row is None:
        raise NoThresholdInForce(
            f"no procedure thresholds for {kind.value} in force on {on}; record them first"
        )
    return row


def procedure_by_value(thresholds: ProcedureThreshold, value: Decimal) -> tuple[Procedure, Decimal]:
    """The open-market procedure an estimated value calls for, and the threshold that decided:
    below the no-publicity threshold → direct award (R. 2122-8), below the EU threshold →
    adapted procedure (R. 2123-1), at or above it → formal procedure (L. 2124-1)."""
    if value < thresholds.direct_award_below:
        return Procedure.direct_award, thresholds.direct_award_below
    if value < thresholds.formal_tender_from:
        return Procedure.adapted_procedure, thresholds.direct_award_below
    return Procedure.tender, thresholds.formal_tender_from


async def choose_procedure(
    session: AsyncSession, *, amount_ht: Decimal, channel: Channel, kind: PurchaseKind, on: date
) -> tuple[Procedure, date | None]:
    """UGAP, interministerial and own contracts are orders under an existing contract; the open
    market goes by the amount: direct award, adapted procedure (MAPA), or formal tender."""
    if channel in CHANNEL_PROCEDURE:
        return CHANNEL_PROCEDURE[channel], None
    thresholds = await thresholds_on(session, kind=kind, on=on)
    return procedure_by_value(thresholds, amount_ht)[0], thresholds.valid_from


async def needs_of_the_year(
    session: AsyncSession, *, requisition: Requisition, categories: Sequence[str]
) -> dict[str, Decimal]:
    """Σ HT per purchase category of the other requisitions of the same need: the whole
    institute's (every unit: the DSG buys for all of them), same kind and fiscal year, bought
    on the open market, submitted or further on (drafts, refused, rejected and cancelled ones
    are not needs)."""
    stmt = (
        select(RequisitionLine.category, func.sum(RequisitionLine.amount_ht))
        .join(Requisition, col(Requisition.id) == col(RequisitionLine.requisition_id))
        .where(
            Requisition.fiscal_year == requisition.fiscal_year,
            Requisition.kind == requisition.kind,
            Requisition.channel == Channel.open_market.value,
            col(Requisition.status).in_([s.value for s in NEED_STATUSES]),
            Requisition.id != requisition.id,
            col(RequisitionLine.category).in_(categories),
        )
        .group_by(col(RequisitionLine.category))
    )
    rows = (await session.exec(stmt)).all()
    return {category: _money(Decimal(str(total))) for category, total in rows if total is not None}


async def _decide_procedure(session: AsyncSession, requisition: Requisition) -> None:
    """Choose the procedure on the estimated value of the need of the year (R. 2121-1,
    R. 2121-6): for each purchase category of the requisition, its open-market lines plus every
    similar need already expressed; the requisition's own total when larger (it is one
    contract). Flag it when it alone would have called for a lighter procedure (R. 2121-4)."""
    assert requisition.id is not None
    channel = Channel(requisition.channel or Channel.open_market)
    requisition.purchase_category = None
    requisition.estimated_value_ht = None
    requisition.threshold_ht = None
    requisition.split_flagged = False
    requisition.procedure_note = None
    if channel in CHANNEL_PROCEDURE:
        requisition.procedure = CHANNEL_PROCEDURE[channel].value
        requisition.thresholds_from = None
        return
    kind = PurchaseKind(requisition.kind)
    thresholds = await thresholds_on(session, kind=kind, on=today(), lock=True)
    own: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for line in (await lines_of(session, requisition_ids=[requisition.id]))[requisition.id]:
        own[line.category] += line.amount_ht
    others = await needs_of_the_year(session, requisition=requisition, categories=list(own))
    needs = {c: amount + others.get(c, Decimal("0.00")) for c, amount in own.items()}
    category: str | None
    category, value = max(needs.items(), key=lambda need: (need[1], need[0]))
    if requisition.amount_ht > value:
        category, value = None, requisition.amount_ht
    procedure, threshold = procedure_by_value(thresholds, value)
    alone, _ = procedure_by_value(thresholds, requisition.amount_ht)
    requisition.procedure = procedure.value
    requisition.thresholds_from = thresholds.valid_from
    requisition.purchase_category = category
    requisition.estimated_value_ht = value
    requisition.threshold_ht = threshold
    requisition.split_flagged = PROCEDURE_RANK[procedure] > PROCEDURE_RANK[alone]
    need = (
        f"{category} {kind.value} of {requisition.fiscal_year} (whole institute)"
        if category is not None
        else "this requisition (one contract over several purchase categories)"
    )
    position = "below" if value < threshold else "at or above"
    note = (
        f"{need}: {value:.2f} € HT, {position} the {threshold:.2f} € HT threshold in force "
        f"from {thresholds.valid_from}: {procedure.value}"
    )
    if requisition.split_flagged:
        note += (
            f"; this requisition alone ({requisition.amount_ht:.2f} € HT) would be "
            f"{alone.value}, but a need split into several purchases keeps the procedure of "
            "its whole value"
        )
    requisition.procedure_note = note


def channel_of(lines: Sequence[RequisitionLine]) -> Channel:
    """The lines' common framework channel, or the open market when they differ."""
    channels = {Channel(line.channel) for line in lines}
    if len(channels) == 1:
        return channels.pop()
    return Channel.open_market


# requisitions --------------------------------------------------------------------------------
async def lines_of(
    session: AsyncSession, *, requisition_ids: Sequence[int]
) -> dict[int, list[RequisitionLine]]:
    """Lines of several requisitions, in one query."""
    grouped: dict[int, list[RequisitionLine]] = defaultdict(list)
    if not requisition_ids:
        return grouped
    stmt = (
        select(RequisitionLine)
        .where(col(RequisitionLine.requisition_id).in_(requisition_ids))
        .order_by(col(RequisitionLine.id))
    )
    for line in (await session.exec(stmt)).all():
        grouped[line.requisition_id].append(line)
    return grouped


async def _build_lines(
    session: AsyncSession, requisition: Requisition, lines: Sequence[LineCreate]
) -> list[RequisitionLine]:
    assert requisition.id is not None
    codes = [line.item_code for line in lines]
    stmt = select(CatalogueItem).where(col(CatalogueItem.code).in_(codes))
    items = {item.code: item for item in (await session.exec(stmt)).all()}
    built: list[RequisitionLine] = []
    for line in lines:
        item = items.get(line.item_code)
        if item is None:
            raise UnknownCatalogueItem(f"{line.item_code} is not in the catalogue")
        if not item.active:
            raise InactiveCatalogueItem(f"{line.item_code} is withdrawn from the catalogue")
        amount_ht = _money(item.unit_price_ht * line.quantity)
        built.append(
            RequisitionLine(
                requisition_id=requisition.id,
                item_code=item.code,
                category=item.category,
                description=item.label,
                channel=item.channel,
                quantity=line.quantity,
                unit_price_ht=item.unit_price_ht,
                vat_rate=item.vat_rate,
                amount_ht=amount_ht,
                amount_ttc=_money(amount_ht * (1 + item.vat_rate)),
            )
        )
    requisition.amount_ht = sum((b.amount_ht for b in built), Decimal("0.00"))
    requisition.amount_ttc = sum((b.amount_ttc for b in built), Decimal("0.00"))
    requisition.channel = channel_of(built)
    session.add_all(built)
    return built


async def create_requisition(
    session: AsyncSession,
    *,
    body: RequisitionCreate,
    requested_by: str,
    requested_by_login: str | None = None,
) -> Requisition:
    """A unit's demande d'achat, in draft (``requested_by``: the requester's token subject;
    ``requested_by_login``: their directory login, the name délégations give people)."""
    requisition = Requisition(
        unit_code=body.unit_code,
        subject=body.subject,
        fiscal_year=body.fiscal_year,
        action=body.action,
        budget_title=body.budget_title.value,
        kind=body.kind.value,
        status=S.draft.value,
        requested_by=requested_by,
        requested_by_login=requested_by_login,
    )
    session.add(requisition)
    await session.flush()
    await _build_lines(session, requisition, body.lines)
    await session.flush()
    return requisition


def _require_status(requisition: Requisition, *allowed: RequisitionStatus, doing: str) -> None:
    if requisition.status not in {a.value for a in allowed}:
        raise InvalidStatusTransition(
            f"requisition {requisition.id} is {requisition.status}; to {doing} it must be "
            + " or ".join(a.value for a in allowed),
            extra={"requisition_status": requisition.status},
        )


async def update_requisition(
    session: AsyncSession, *, requisition: Requisition, body: RequisitionUpdate
) -> Requisition:
    """Edit a draft (or the tender reference of an approved tender)."""
    if body.model_fields_set == {"tender_reference"}:
        _require_status(requisition, S.draft, S.submitted, S.approved, doing="set its reference")
    else:
        _require_status(requisition, S.draft, doing="edit")
    changed = REQUISITIONS.patch(requisition, body, exclude={"lines"})
    if body.lines is not None:
        existing = await lines_of(session, requisition_ids=[requisition.id or 0])
        for line in existing.get(requisition.id or 0, []):
            await session.delete(line)
        await session.flush()
        await _build_lines(session, requisition, body.lines)
    if not changed:  # new lines only (or nothing): a change all the same
        REQUISITIONS.update(requisition)
    await session.flush()
    return requisition


async def submit_requisition(session: AsyncSession, *, requisition: Requisition) -> Requisition:
    """Send the draft for approval; the procedure is chosen with the thresholds of the day, on
    the estimated value of the need of the year."""
    _require_status(requisition, S.draft, doing="submit")
    await _decide_procedure(session, requisition)
    REQUISITIONS.update(requisition, status=S.submitted.value)
    await session.flush()
    await notifications.requisition_submitted(session, requisition)
    return requisition


def _decided_by(requisition: Requisition, signature: Signature) -> None:
    """Record who decided, and in whose name; nobody decides on their own requisition, nor
    on their delegator's (signed in the delegator's name, it would be theirs)."""
    requester = {requisition.requested_by, requisition.requested_by_login} - {None}
    for who in (signature.signed_by, signature.by_delegation_of):
        if who is not None and who in requester:
            raise SelfApproval(f"{who} requested this purchase; another buyer must approve it")
    requisition.approved_by = signature.signed_by
    requisition.approved_by_delegation_of = signature.by_delegation_of


async def approve_requisition(
    session: AsyncSession, *, requisition: Requisition, signature: Signature
) -> Requisition:
    """Validation de la demande by the purchasing office (or by délégation de signature)."""
    _require_status(requisition, S.submitted, doing="approve")
    _decided_by(requisition, signature)
    REQUISITIONS.update(requisition, status=S.approved.value)
    await session.flush()
    await notifications.requisition_decided(session, requisition)
    return requisition


async def refuse_requisition(
    session: AsyncSession, *, requisition: Requisition, reason: str, signature: Signature
) -> Requisition:
    """Refuse a submitted requisition, with the reason shown to the requester (the same
    decision as an approval: the same people, the same rules)."""
    _require_status(requisition, S.submitted, doing="refuse")
    _decided_by(requisition, signature)
    REQUISITIONS.update(requisition, status=S.refused.value, rejection_reason=reason)
    await session.flush()
    await notifications.requisition_decided(session, requisition)
    return requisition


async def order_requisition(
    session: AsyncSession, *, requisition: Requisition, tender_reference: str | None
) -> Requisition:
    """Place the order (bon de commande) and ask budget to commit AE: ``purchase.ordered``."""
    _require_status(requisition, S.approved, doing="order")
    if tender_reference:
        requisition.tender_reference = tender_reference
    if requisition.procedure == Procedure.tender and not requisition.tender_reference:
        raise TenderReferenceRequired(
            f"requisition {requisition.id} ({requisition.amount_ht} € HT) is above the formal "
            "tender threshold: give the reference of the awarded tender (tender_reference)"
        )
    assert requisition.id is not None
    REQUISITIONS.update(
        requisition,
        order_id=f"PO-{requisition.fiscal_year}-{requisition.id:06d}",
        ordered_on=today(),
        status=S.awaiting_commitment.value,
    )
    lines = (await lines_of(session, requisition_ids=[requisition.id]))[requisition.id]
    await events.ordered(session, requisition, lines)
    await session.flush()
    return requisition


async def cancel_requisition(
    session: AsyncSession, *, requisition: Requisition, reason: str
) -> Requisition:
    """Cancel before any receipt; an order already sent is cancelled: ``purchase.cancelled``."""
    if requisition.status not in {c.value for c in CANCELLABLE}:
        raise NotCancellable(
            f"requisition {requisition.id} is {requisition.status}: goods were received or it "
            "is closed; it cannot be cancelled",
            extra={"requisition_status": requisition.status},
        )
    REQUISITIONS.update(requisition, status=S.cancelled.value, cancel_reason=reason)
    if requisition.order_id is not None:
        await events.cancelled(session, requisition, reason)
    await session.flush()
    return requisition


async def receive(
    session: AsyncSession, *, requisition: Requisition, body: ReceiptCreate, received_by: str
) -> tuple[Receipt, list[ReceiptLine]]:
    """Réception, full or partial per line (service fait): ``purchase.received``."""
    if requisition.status not in {S.confirmed, S.partially_received, S.received}:
        raise OrderNotConfirmed(
            f"requisition {requisition.id} is {requisition.status}: goods are received only "
            "once budget has recorded the commitment (status confirmed)",
            extra={"requisition_status": requisition.status},
        )
    _require_status(requisition, S.confirmed, S.partially_received, doing="receive goods")
    assert requisition.id is not None
    assert requisition.order_id is not None
    lines = {
        line.id: line
        for line in (await lines_of(session, requisition_ids=[requisition.id]))[requisition.id]
    }
    wanted: dict[int, int] = defaultdict(int)
    for entry in body.lines:
        if entry.line_id not in lines:
            raise UnknownOrderLine(f"line {entry.line_id} is not on order {requisition.order_id}")
        wanted[entry.line_id] += entry.quantity
    for line_id, quantity in wanted.items():
        line = lines[line_id]
        remaining = line.quantity - line.received_quantity
        if quantity > remaining:
            raise ReceiptExceedsOrder(
                f"line {line_id} ({line.description}): {quantity} received but only "
                f"{remaining} of {line.quantity} remain to receive",
                extra={"line_id": line_id, "remaining": remaining},
            )
    receipt = Receipt(
        requisition_id=requisition.id,
        unit_code=requisition.unit_code,
        received_on=body.received_on or today(),
        received_by=received_by,
        amount_ht=Decimal("0.00"),
        amount_ttc=Decimal("0.00"),
        note=body.note,
    )
    session.add(receipt)
    await session.flush()
    assert receipt.id is not None
    receipt_lines: list[ReceiptLine] = []
    for line_id, quantity in wanted.items():
        line = lines[line_id]
        remaining_after = line.quantity - line.received_quantity - quantity
        if remaining_after == 0:  # the last delivery takes the rounding remainder
            received_ht = sum(
                (r.amount_ht for r in await _received_lines(session, line_id)), Decimal("0.00")
            )
            received_ttc = sum(
                (r.amount_ttc for r in await _received_lines(session, line_id)), Decimal("0.00")
            )
            amount_ht, amount_ttc = line.amount_ht - received_ht, line.amount_ttc - received_ttc
        else:
            amount_ht = _money(line.unit_price_ht * quantity)
            amount_ttc = _money(amount_ht * (1 + line.vat_rate))
        line.received_quantity += quantity
        session.add(line)
        receipt_lines.append(
            ReceiptLine(
                receipt_id=receipt.id,
                line_id=line_id,
                quantity=quantity,
                amount_ht=amount_ht,
                amount_ttc=amount_ttc,
            )
        )
    session.add_all(receipt_lines)
    receipt.amount_ht = sum((r.amount_ht for r in receipt_lines), Decimal("0.00"))
    receipt.amount_ttc = sum((r.amount_ttc for r in receipt_lines), Decimal("0.00"))
    complete = all(line.received_quantity == line.quantity for line in lines.values())
    REQUISITIONS.update(
        requisition, status=(S.received if complete else S.partially_received).value
    )
    await session.flush()
    await events.received(session, requisition, receipt, receipt_lines)
    return receipt, receipt_lines


async def _received_lines(session: AsyncSession, line_id: int) -> list[ReceiptLine]:
    stmt = select(ReceiptLine).where(ReceiptLine.line_id == line_id)
    return list((await session.exec(stmt)).all())


async def receipts_of(
    session: AsyncSession, *, requisition_id: int
) -> list[tuple[Receipt, list[ReceiptLine]]]:
    """The receipts of an order, oldest first."""
    receipts = (
        await session.exec(
            select(Receipt)
            .where(Receipt.requisition_id == requisition_id)
            .order_by(col(Receipt.id))
        )
    ).all()
    result = []
    for receipt in receipts:
        lines = (
            await session.exec(
                select(ReceiptLine)
                .where(ReceiptLine.receipt_id == receipt.id)
                .order_by(col(ReceiptLine.id))
            )
        ).all()
        result.append((receipt, list(lines)))
    return result


# budget answers ------------------------------------------------------------------------------
async def _order(session: AsyncSession, order_id: str) -> Requisition:
    found = await session.exec(select(Requisition).where(Requisition.order_id == order_id))
    requisition = found.first()
    if requisition is None:
        raise UnknownPurchaseOrder(f"no purchase order {order_id}")
    return requisition


async def commitment_recorded(
    session: AsyncSession, *, order_id: str, commitment_id: str
) -> Requisition:
    """Budget committed the AE: the order is confirmed (ignored once cancelled)."""
    requisition = await _order(session, order_id)
    if requisition.status == S.awaiting_commitment:
        requisition.status = S.confirmed.value
        requisition.rejection_reason = None
    if requisition.status != S.cancelled:
        requisition.commitment_id = commitment_id
    REQUISITIONS.update(requisition)
    await session.flush()
    return requisition


async def commitment_rejected(
    session: AsyncSession, *, order_id: str, reason: str, requested: Decimal, available: Decimal
) -> Requisition:
    """Budget refused the commitment: the order is rejected with budget's reason."""
    requisition = await _order(session, order_id)
    if requisition.status == S.awaiting_commitment:
        REQUISITIONS.update(
            requisition,
            status=S.rejected.value,
            rejection_reason=(
                f"{reason} (AE requested {requested:.2f} €, available {available:.2f} €)"
            ),
        )
        await session.flush()
    return requisition


async def record_allocation(
    session: AsyncSession,
    *,
    allocation_id: str,
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: str,
    ae: Decimal,
    cp: Decimal,
) -> BudgetEnvelope:
    """Keep the unit's notified envelope (the latest notification of an allocation wins)."""
    found = await session.exec(
        select(BudgetEnvelope).where(BudgetEnvelope.allocation_id == allocation_id)
    )
    envelope = found.first() or BudgetEnvelope(
        allocation_id=allocation_id,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
        ae=ae,
        cp=cp,
    )
    envelope.unit_code, envelope.fiscal_year = unit_code, fiscal_year
    envelope.action, envelope.title, envelope.ae, envelope.cp = action, title, ae, cp
    session.add(envelope)
    await session.flush()
    return envelope


async def availability(
    session: AsyncSession, *, unit_code: str, fiscal_year: int
) -> list[dict[str, object]]:
    """The unit's AE per line from budget's events, less the orders awaiting budget's answer.

    A line budget has described (``budget.availability_changed``) shows budget's figures as of
    that snapshot: transfers, reserve and every commitment included. A line known only from
    ``budget.allocated`` (its snapshot not arrived yet) is estimated: AE notified minus this
    service's orders."""
    envelopes = (
        await session.exec(
            select(BudgetEnvelope).where(
                BudgetEnvelope.unit_code == unit_code, BudgetEnvelope.fiscal_year == fiscal_year
            )
        )
    ).all()
    orders = (
        await session.exec(
            select(Requisition).where(
                Requisition.unit_code == unit_code,
                Requisition.fiscal_year == fiscal_year,
                col(Requisition.status).in_([s.value for s in (*ORDERED_STATUSES,)]),
            )
        )
    ).all()
    views = await budget_view.lines_of(session, unit_code=unit_code, fiscal_year=fiscal_year)
    totals: dict[tuple[str, str], dict[str, Decimal]] = defaultdict(
        lambda: defaultdict(lambda: Decimal("0.00"))
    )
    for envelope in envelopes:
        key = (envelope.action, envelope.title)
        totals[key]["ae"] += envelope.ae
        totals[key]["cp"] += envelope.cp
    for order in orders:
        key = (order.action, order.budget_title)
        bucket = "awaiting" if order.status == S.awaiting_commitment else "committed"
        totals[key][bucket] += order.amount_ttc
    result = []
    for action, title in sorted(set(totals) | set(views)):
        amounts = totals[(action, title)]
        view = views.get((action, title))
        if view is not None:
            allocated_ae, allocated_cp = view.allocated_ae, view.allocated_cp
            committed, available = view.committed_ae, view.available_ae
        else:
            allocated_ae, allocated_cp = amounts["ae"], amounts["cp"]
            committed = amounts["committed"]
            available = allocated_ae - committed
        result.append(
            {
                "unit_code": unit_code,
                "fiscal_year": fiscal_year,
                "action": action,
                "title": title,
                "ae_allocated": allocated_ae,
                "cp_allocated": allocated_cp,
                "ae_committed": committed,
                "ae_awaiting_commitment": amounts["awaiting"],
                "ae_available": available - amounts["awaiting"],
            }
        )
    return result
