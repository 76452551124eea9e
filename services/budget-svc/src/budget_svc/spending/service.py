"""Spending chain rules: service fait, invoices and their payment deadline, payments (CP).

Refused: a payment beyond service fait (plus the commitment's advance ceiling); cumulative CP
paid above the AE committed; a payment above the CP available on the line; the same person
acting as ordonnateur (service fait, payment request) and comptable (payment) on one
commitment. Délai global de paiement (décret n° 2013-269 du 29 mars 2013): 30 days from the
later of the invoice's receipt and its service fait (art. 2); one suspension (art. 4), after
which a new full period starts when the documents arrive, and the suspended days are not counted
in the days to pay; late payment owes interest (ECB rate + 8 points, day-exact, on the amount
TTC) and a fixed fee, both dated parameters, paid on the programme's credits: they consume AE
and CP of the invoice's line (kind ``late_payment_charges``), even beyond what is available
(an overrun: they are owed by law), and are booked 6711 / 401, then 401 / 515.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.accounting import service as accounting
from budget_svc.accounting.service import Posting
from budget_svc.commitments.models import Commitment
from budget_svc.commitments.schemas import CommitmentStatus
from budget_svc.common import ZERO, cents
from budget_svc.ledger import service as ledger
from budget_svc.ledger.models import BudgetLine
from budget_svc.spending import events
from budget_svc.spending.models import (
    AdvanceTerms,
    Invoice,
    LatePaymentRate,
    Payment,
    ServiceDone,
    TrainingCharge,
)
from budget_svc.spending.schemas import InvoiceStatus, ServiceDoneSource
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, Conflict, UnprocessableEntity
from sg_common.repository import Repository

#: Délai global de paiement of the State (days from the later of receipt and service fait).
INVOICES = Repository(Invoice, what="invoice")
SERVICE_DONE = Repository(ServiceDone, what="service fait")
PAYMENTS = Repository(Payment, what="payment")
TRAINING_CHARGES = Repository(TrainingCharge, what="training charge")
RATES = Repository(LatePaymentRate, what="late-payment parameters", unit=None, key="valid_from")

PAYMENT_PERIOD_DAYS = 30

#: Ledger kind of late-payment interest and the fixed fee (consume AE and CP of the line).
LATE_CHARGES = "late_payment_charges"

#: Reference data: ECB main refinancing rate on the first day of each semester (%), + 8 points.
LATE_PAYMENT_RATES: list[tuple[date, str]] = [
    (date(2024, 1, 1), "4.500"),
    (date(2024, 7, 1), "4.250"),
    (date(2025, 1, 1), "3.150"),
    (date(2025, 7, 1), "2.150"),
    (date(2026, 1, 1), "2.150"),
]


class ServiceDoneExceedsCommitment(BusinessRuleViolation):
    type_slug = "service-done-exceeds-commitment"
    title = "Service fait cannot exceed the AE committed"


class CommitmentNotActive(BusinessRuleViolation):
    type_slug = "commitment-cancelled"
    title = "The commitment is cancelled"


class SeparationOfDuties(BusinessRuleViolation):
    type_slug = "separation-of-duties"
    title = "The ordonnateur (service fait, payment request) and the comptable (payment) differ"


class ServiceNotDone(BusinessRuleViolation):
    type_slug = "service-not-done"
    title = "No payment before service fait (beyond the commitment's advance ceiling)"


class CpExceedsAe(BusinessRuleViolation):
    type_slug = "cp-exceeds-ae"
    title = "Cumulative CP paid on a commitment cannot exceed its AE"


class InsufficientCp(BusinessRuleViolation):
    type_slug = "insufficient-cp"
    title = "Not enough CP available on the budget line for this payment"


class InvalidInvoiceStatus(BusinessRuleViolation):
    type_slug = "invalid-invoice-status"
    title = "The invoice is not in a state that allows this"


class SuspensionAlreadyUsed(BusinessRuleViolation):
    type_slug = "suspension-already-used"
    title = "The payment period of an invoice may be suspended only once"


class DuplicateInvoice(BusinessRuleViolation):
    type_slug = "duplicate-invoice"
    title = "This supplier's invoice number is already registered"


class InvalidInvoiceAmounts(UnprocessableEntity):
    type_slug = "invalid-invoice-amounts"
    title = "The amount incl. VAT cannot be lower than the amount excl. VAT"


class FutureDate(UnprocessableEntity):
    type_slug = "future-date"
    title = "The date cannot be in the future"


class InvalidAdvanceCeiling(BusinessRuleViolation):
    type_slug = "invalid-advance-ceiling"
    title = "The advance ceiling cannot exceed the AE of the commitment"


# ---------------------------------------------------------------------------- sums


async def service_done_total(session: AsyncSession, commitment_id: int) -> Decimal:
    value = (
        await session.exec(
            select(func.coalesce(func.sum(ServiceDone.amount), 0)).where(
                ServiceDone.commitment_id == commitment_id
            )
        )
    ).one()
    return Decimal(str(value)).quantize(Decimal("0.01"))


async def paid_total(session: AsyncSession, commitment_id: int) -> Decimal:
    value = (
        await session.exec(
            select(func.coalesce(func.sum(Payment.amount), 0)).where(
                Payment.commitment_id == commitment_id
            )
        )
    ).one()
    return Decimal(str(value)).quantize(Decimal("0.01"))


async def advance_ceiling(session: AsyncSession, commitment_id: int) -> Decimal:
    terms = await session.get(AdvanceTerms, commitment_id)
    return terms.ceiling if terms is not None else ZERO


async def consumed(session: AsyncSession, commitment_id: int) -> Decimal:
    """What a commitment's AE cannot go below: max(service fait, CP paid)."""
    return max(
        await service_done_total(session, commitment_id), await paid_total(session, commitment_id)
    )


async def _ordonnateurs(session: AsyncSession, commitment_id: int) -> set[str]:
    certifiers = (
        await session.exec(
            select(ServiceDone.certified_by).where(ServiceDone.commitment_id == commitment_id)
        )
    ).all()
    requesters = (
        await session.exec(
            select(Invoice.payment_requested_by).where(
                Invoice.commitment_id == commitment_id,
                col(Invoice.payment_requested_by).is_not(None),
            )
        )
    ).all()
    return set(certifiers) | {r for r in requesters if r is not None}


async def _payers(session: AsyncSession, commitment_id: int) -> set[str]:
    rows = (
        await session.exec(select(Payment.paid_by).where(Payment.commitment_id == commitment_id))
    ).all()
    return set(rows)


def _require_active(commitment: Commitment) -> None:
    if commitment.status == CommitmentStatus.CANCELLED:
        raise CommitmentNotActive(f"commitment {commitment.id} is cancelled")


def _not_future(day: date, what: str) -> None:
    if day > today():
        raise FutureDate(f"{what} ({day}) is after today ({today()})")


# ---------------------------------------------------------------------------- service fait


async def certify(
    session: AsyncSession,
    *,
    commitment: Commitment,
    amount: Decimal,
    by: str,
    certified_on: date | None = None,
    source: ServiceDoneSource = ServiceDoneSource.API,
    receipt_id: str | None = None,
    comment: str | None = None,
    check_separation: bool = True,
    by_delegation_of: str | None = None,
    delegation_id: str | None = None,
) -> ServiceDone:
    """Certify service fait for ``amount`` (books the charge against suppliers)."""
    assert commitment.id is not None
    _require_active(commitment)
    day = certified_on or today()
    _not_future(day, "service fait date")
    if check_separation and by in await _payers(session, commitment.id):
        raise SeparationOfDuties(
            f"{by} paid on commitment {commitment.id}: they cannot certify its service fait"
        )
    done = await service_done_total(session, commitment.id)
    if done + amount > commitment.ae:
        raise ServiceDoneExceedsCommitment(
            f"service fait would reach {done + amount}, above the {commitment.ae} committed",
            extra={"service_done": str(done), "ae": str(commitment.ae)},
        )
    record = ServiceDone(
        commitment_id=commitment.id,
        unit_code=commitment.unit_code,
        amount=amount,
        certified_on=day,
        source=source.value,
        receipt_id=receipt_id,
        comment=comment,
        certified_by=by,
        by_delegation_of=by_delegation_of,
        delegation_id=delegation_id,
        recorded_at=utcnow(),
    )
    session.add(record)
    await session.flush()
    await refresh_periods(session, commitment.id)
    charge = accounting.CHARGE_BY_TITLE.get(commitment.title, "606")
    await accounting.post(
        session,
        entry_date=day,
        label=f"Service fait {record.id} sur l'engagement {commitment.id}",
        source="service_done",
        source_id=str(record.id),
        unit_code=commitment.unit_code,
        commitment_id=commitment.id,
        postings=[Posting(charge, debit=amount), Posting(accounting.SUPPLIERS, credit=amount)],
        by=by,
    )
    advanced = await accounting.account_balance(
        session, accounting.SUPPLIER_ADVANCES, commitment_id=commitment.id
    )
    if advanced > ZERO:
        cleared = min(advanced, amount)
        await accounting.post(
            session,
            entry_date=day,
            label=f"Apurement de l'avance par le service fait {record.id}",
            source="advance_clearing",
            source_id=str(record.id),
            unit_code=commitment.unit_code,
            commitment_id=commitment.id,
            postings=[
                Posting(accounting.SUPPLIERS, debit=cleared),
                Posting(accounting.SUPPLIER_ADVANCES, credit=cleared),
            ],
            by=by,
        )
    await events.service_done(session, record, commitment)
    return record


async def set_advance_terms(
    session: AsyncSession, *, commitment: Commitment, ceiling: Decimal, reason: str, by: str
) -> AdvanceTerms:
    assert commitment.id is not None
    _require_active(commitment)
    if ceiling > commitment.ae:
        raise InvalidAdvanceCeiling(f"ceiling {ceiling} is above the AE {commitment.ae}")
    terms = await session.get(AdvanceTerms, commitment.id)
    if terms is None:
        terms = AdvanceTerms(
            commitment_id=commitment.id, ceiling=ceiling, reason=reason, set_by=by, set_at=utcnow()
        )
    else:
        terms.ceiling, terms.reason, terms.set_by, terms.set_at = ceiling, reason, by, utcnow()
    session.add(terms)
    await session.flush()
    return terms


# ---------------------------------------------------------------------------- invoices

#: Open invoices whose payment period runs (a suspended one's is stopped).
OPEN_STATES = (InvoiceStatus.RECEIVED.value, InvoiceStatus.TO_PAY.value)
_OPEN = (InvoiceStatus.RECEIVED.value, InvoiceStatus.SUSPENDED.value, InvoiceStatus.TO_PAY.value)


async def service_done_dates(session: AsyncSession, commitment_id: int) -> dict[int, date | None]:
    """Service fait date of each invoice of a commitment not rejected (``None``: not yet done).

    An invoice's service is done on the day the commitment's cumulated service fait (by date)
    first covers the invoices registered up to it (by id), itself included.
    """
    invoices = (
        await session.exec(
            select(Invoice)
            .where(
                Invoice.commitment_id == commitment_id,
                Invoice.status != InvoiceStatus.REJECTED.value,
            )
            .order_by(col(Invoice.id))
        )
    ).all()
    certified = (
        await session.exec(
            select(ServiceDone)
            .where(ServiceDone.commitment_id == commitment_id)
            .order_by(col(ServiceDone.certified_on), col(ServiceDone.id))
        )
    ).all()
    steps: list[tuple[date, Decimal]] = []
    done = ZERO
    for record in certified:
        done += record.amount
        steps.append((record.certified_on, done))
    dates: dict[int, date | None] = {}
    invoiced = ZERO
    for invoice in invoices:
        assert invoice.id is not None
        invoiced += invoice.amount_ttc
        dates[invoice.id] = next((day for day, total in steps if total >= invoiced), None)
    return dates


def period_start(invoice: Invoice, service_done_on: date | None) -> date:
    """Start of the current period: receipt (or, after the suspension, the documents' arrival),
    or the service fait date when later (décret n° 2013-269, art. 2)."""
    base = invoice.documents_received_on or invoice.received_on
    return max(base, service_done_on) if service_done_on is not None else base


def days_to_pay(invoice: Invoice, service_done_on: date | None, paid_on: date) -> int:
    """Days the délai actually ran: from the later of receipt and service fait to payment,
    less the days of the suspension (the clock stops while documents are missing)."""
    start = max(invoice.received_on, service_done_on or invoice.received_on)
    suspended = 0
    if invoice.suspended_on is not None and invoice.documents_received_on is not None:
        suspended = max(0, (invoice.documents_received_on - max(invoice.suspended_on, start)).days)
    return max(0, (paid_on - start).days - suspended)


async def refresh_periods(session: AsyncSession, commitment_id: int) -> None:
    """Recompute ``period_start`` / ``due_on`` of the commitment's open invoices (after a
    service fait, an invoice registered or rejected); a change bumps the invoice's version."""
    dates = await service_done_dates(session, commitment_id)
    invoices = (
        await session.exec(
            select(Invoice).where(
                Invoice.commitment_id == commitment_id, col(Invoice.status).in_(_OPEN)
            )
        )
    ).all()
    for invoice in invoices:
        assert invoice.id is not None
        start = period_start(invoice, dates.get(invoice.id))
        if start != invoice.period_start:
            INVOICES.update(
                invoice, period_start=start, due_on=start + timedelta(days=PAYMENT_PERIOD_DAYS)
            )
    await session.flush()


async def register_invoice(
    session: AsyncSession,
    *,
    commitment: Commitment,
    supplier: str,
    number: str,
    amount_ht: Decimal,
    amount_ttc: Decimal,
    received_on: date,
    by: str,
) -> Invoice:
    _require_active(commitment)
    if amount_ttc < amount_ht:
        raise InvalidInvoiceAmounts(f"TTC {amount_ttc} is lower than HT {amount_ht}")
    _not_future(received_on, "receipt date")
    duplicate = (
        await session.exec(
            select(Invoice).where(Invoice.supplier == supplier, Invoice.number == number)
        )
    ).first()
    if duplicate is not None:
        raise DuplicateInvoice(
            f"invoice {number} of {supplier} is invoice {duplicate.id}",
            extra={"invoice_id": duplicate.id},
        )
    invoice = Invoice(
        commitment_id=commitment.id,  # type: ignore[arg-type]
        unit_code=commitment.unit_code,
        fiscal_year=commitment.fiscal_year,
        supplier=supplier,
        number=number,
        amount_ht=amount_ht,
        amount_ttc=amount_ttc,
        received_on=received_on,
        status=InvoiceStatus.RECEIVED.value,
        period_start=received_on,
        due_on=received_on + timedelta(days=PAYMENT_PERIOD_DAYS),
        created_by=by,
        created_at=utcnow(),
    )
    session.add(invoice)
    await session.flush()
    assert invoice.id is not None
    done_on = (await service_done_dates(session, invoice.commitment_id)).get(invoice.id)
    invoice.period_start = period_start(invoice, done_on)
    invoice.due_on = invoice.period_start + timedelta(days=PAYMENT_PERIOD_DAYS)
    session.add(invoice)
    await session.flush()
    return invoice


def _require_status(invoice: Invoice, *allowed: InvoiceStatus) -> None:
    if invoice.status not in {s.value for s in allowed}:
        raise InvalidInvoiceStatus(
            f"invoice {invoice.id} is {invoice.status}; expected "
            + " or ".join(s.value for s in allowed)
        )


def suspend(*, invoice: Invoice, reason: str, missing_documents: str) -> Invoice:
    """Suspend the payment period (once) until the missing documents arrive."""
    if invoice.suspended_on is not None:
        raise SuspensionAlreadyUsed(
            f"invoice {invoice.id} was already suspended on {invoice.suspended_on}"
        )
    _require_status(invoice, InvoiceStatus.RECEIVED, InvoiceStatus.TO_PAY)
    return INVOICES.update(
        invoice,
        status=InvoiceStatus.SUSPENDED.value,
        suspended_on=today(),
        suspension_reason=reason,
        missing_documents=missing_documents,
        payment_requested_by=None,
        payment_requested_on=None,
        payment_requested_by_delegation_of=None,
        payment_request_delegation_id=None,
        payment_request_comment=None,
    )


async def documents_received(
    session: AsyncSession, *, invoice: Invoice, received_on: date | None
) -> Invoice:
    """The missing documents arrived: a new full period starts from that date."""
    _require_status(invoice, InvoiceStatus.SUSPENDED)
    day = received_on or today()
    _not_future(day, "documents date")
    assert invoice.suspended_on is not None
    if day < invoice.suspended_on:
        raise UnprocessableEntity(
            f"documents cannot arrive ({day}) before the suspension ({invoice.suspended_on})"
        )
    assert invoice.id is not None
    INVOICES.update(invoice, status=InvoiceStatus.RECEIVED.value, documents_received_on=day)
    done_on = (await service_done_dates(session, invoice.commitment_id)).get(invoice.id)
    start = period_start(invoice, done_on)
    invoice.period_start = start  # from the arrival just recorded: the same change, one version
    invoice.due_on = start + timedelta(days=PAYMENT_PERIOD_DAYS)
    return invoice


async def request_payment(
    session: AsyncSession,
    *,
    invoice: Invoice,
    by: str,
    by_delegation_of: str | None = None,
    delegation_id: str | None = None,
    comment: str | None = None,
) -> Invoice:
    """The ordonnateur asks the CPF to pay (demande de paiement): the invoice is to pay; the
    request's comment is kept on the invoice for the accountant."""
    _require_status(invoice, InvoiceStatus.RECEIVED)
    if by in await _payers(session, invoice.commitment_id):
        raise SeparationOfDuties(
            f"{by} paid on commitment {invoice.commitment_id}: they cannot request its payments"
        )
    return INVOICES.update(
        invoice,
        status=InvoiceStatus.TO_PAY.value,
        payment_requested_by=by,
        payment_requested_on=today(),
        payment_requested_by_delegation_of=by_delegation_of,
        payment_request_delegation_id=delegation_id,
        payment_request_comment=comment,
    )


async def reject(session: AsyncSession, *, invoice: Invoice, reason: str) -> Invoice:
    _require_status(invoice, InvoiceStatus.RECEIVED, InvoiceStatus.SUSPENDED, InvoiceStatus.TO_PAY)
    INVOICES.update(invoice, status=InvoiceStatus.REJECTED.value, rejection_reason=reason)
    await session.flush()
    await refresh_periods(session, invoice.commitment_id)
    return invoice


# ---------------------------------------------------------------------------- late payment


async def rate_on(session: AsyncSession, day: date) -> LatePaymentRate | None:
    """The late-payment parameters in force on ``day`` (latest ``valid_from`` ≤ day)."""
    stmt = (
        select(LatePaymentRate)
        .where(col(LatePaymentRate.valid_from) <= day)
        .order_by(col(LatePaymentRate.valid_from).desc())
    )
    return (await session.exec(stmt)).first()


async def late_payment(
    session: AsyncSession, *, amount: Decimal, due_on: date, paid_on: date
) -> tuple[int, Decimal, Decimal]:
    """(days late, interest, fixed fee): interest = amount × (ECB + margin) % × days / 365,
    with the rate in force on the first day of lateness; nothing when paid by ``due_on``."""
    days_late = (paid_on - due_on).days
    if days_late <= 0:
        return 0, ZERO, ZERO
    rate = await rate_on(session, due_on + timedelta(days=1))
    if rate is None:
        return days_late, ZERO, ZERO
    yearly = (rate.ecb_rate + rate.margin_points) / Decimal(100)
    interest = cents(amount * yearly * Decimal(days_late) / Decimal(365))
    return days_late, interest, rate.fixed_fee


async def load_rates(session: AsyncSession) -> None:
    """Insert the reference late-payment parameters when missing (idempotent, at start)."""
    existing = set((await session.exec(select(col(LatePaymentRate.valid_from)))).all())
    for valid_from, ecb in LATE_PAYMENT_RATES:
        if valid_from not in existing:
            session.add(
                LatePaymentRate(
                    valid_from=valid_from,
                    ecb_rate=Decimal(ecb),
                    margin_points=Decimal("8.000"),
                    fixed_fee=Decimal("40.00"),
                )
            )
    await session.flush()


# ---------------------------------------------------------------------------- payment


async def pay(
    session: AsyncSession, *, invoice: Invoice, commitment: Commitment, by: str
) -> Payment:
    """The CPF pays an invoice to pay: consumes CP of the commitment's line, settles the
    payable, and computes late interest (``budget.invoice_paid``, ``budget.payment_late``)."""
    assert commitment.id is not None
    assert invoice.id is not None
    _require_status(invoice, InvoiceStatus.TO_PAY)
    if by in await _ordonnateurs(session, commitment.id):
        raise SeparationOfDuties(
            f"{by} certified service fait or requested payment on commitment {commitment.id}: "
            "the comptable must be another person"
        )
    line = await ledger.lock_line(session, commitment.line_id)
    amount = invoice.amount_ttc
    paid = await paid_total(session, commitment.id)
    if paid + amount > commitment.ae:
        raise CpExceedsAe(
            f"CP paid would reach {paid + amount}, above the {commitment.ae} AE committed",
            extra={"paid_cp": str(paid), "ae": str(commitment.ae)},
        )
    done = await service_done_total(session, commitment.id)
    ceiling = await advance_ceiling(session, commitment.id)
    if paid + amount > done + ceiling:
        raise ServiceNotDone(
            f"service fait certified is {done} (advance ceiling {ceiling}) and {paid} is already "
            f"paid: {amount} cannot be paid yet",
            extra={
                "service_done": str(done),
                "paid_cp": str(paid),
                "advance_ceiling": str(ceiling),
            },
        )
    available = (await ledger.balance(session, line.id)).available_cp  # type: ignore[arg-type]
    if amount > available:
        raise InsufficientCp(
            f"{available} CP available on the line: cannot pay {amount}",
            extra={"requested_cp": str(amount), "available_cp": str(max(available, ZERO))},
        )
    paid_on = today()
    await accounting.require_open(session, paid_on)
    advance = max(ZERO, min(amount, paid + amount - done))
    days_late, interest, fee = await late_payment(
        session, amount=amount, due_on=invoice.due_on, paid_on=paid_on
    )
    done_on = (await service_done_dates(session, commitment.id)).get(invoice.id)
    payment = Payment(
        invoice_id=invoice.id,
        commitment_id=commitment.id,
        unit_code=commitment.unit_code,
        amount=amount,
        advance=advance,
        paid_on=paid_on,
        days_to_pay=days_to_pay(invoice, done_on, paid_on),
        days_late=days_late,
        interest=interest,
        fixed_fee=fee,
        paid_by=by,
        recorded_at=utcnow(),
    )
    session.add(payment)
    await session.flush()
    await ledger.record(
        session,
        line=line,
        kind="payment",
        recorded_by=by,
        reason=f"Paiement de la facture {invoice.number} ({invoice.supplier})"[:500],
        paid_cp=amount,
        commitment_id=commitment.id,
    )
    await accounting.post(
        session,
        entry_date=paid_on,
        label=f"Paiement de la facture {invoice.id} ({invoice.number})",
        source="payment",
        source_id=str(payment.id),
        unit_code=commitment.unit_code,
        commitment_id=commitment.id,
        postings=[
            Posting(accounting.SUPPLIERS, debit=amount - advance),
            Posting(accounting.SUPPLIER_ADVANCES, debit=advance),
            Posting(accounting.TREASURY, credit=amount),
        ],
        by=by,
    )
    if days_late > 0 and interest + fee > ZERO:
        await _pay_late_charges(
            session,
            line=line,
            invoice=invoice,
            commitment=commitment,
            payment=payment,
            charges=interest + fee,
            by=by,
        )
    INVOICES.update(
        invoice,
        status=InvoiceStatus.PAID.value,
        paid_on=paid_on,
        days_to_pay=payment.days_to_pay,
        days_late=days_late,
        late_interest=interest,
        late_fee=fee,
    )
    await session.flush()
    await events.invoice_paid(session, invoice, payment)
    if days_late > 0:
        await events.payment_late(session, invoice, payment)
    return payment


async def _pay_late_charges(
    session: AsyncSession,
    *,
    line: BudgetLine,
    invoice: Invoice,
    commitment: Commitment,
    payment: Payment,
    charges: Decimal,
    by: str,
) -> None:
    """Interest and fixed fee of a late payment, paid on the programme's credits: a
    ``late_payment_charges`` movement consumes AE and CP of the invoice's line (locked by the
    payment), beyond what is available if need be (they are owed by law: the overrun shows as a
    negative availability and in the movement's reason); booked as a charge owed to the supplier
    (6711 / 401) settled by the Treasury (401 / 515), as service fait and payment are."""
    assert line.id is not None
    left = await ledger.balance(session, line.id)
    overrun = charges > left.available_ae or charges > left.available_cp
    reason = f"Intérêts moratoires et indemnité, facture {invoice.number} ({invoice.supplier})"
    if overrun:
        reason = (
            f"Dépassement (AE {left.available_ae}, CP {left.available_cp} disponibles): {reason}"
        )
    await ledger.record(
        session,
        line=line,
        kind=LATE_CHARGES,
        recorded_by=by,
        reason=reason[:500],
        committed_ae=charges,
        paid_cp=charges,
        commitment_id=commitment.id,
    )
    label = f"Intérêts moratoires ({payment.days_late} j) et indemnité, facture {invoice.id}"
    for source, postings in (
        (
            "late_interest",
            [
                Posting(accounting.LATE_INTEREST, debit=charges),
                Posting(accounting.SUPPLIERS, credit=charges),
            ],
        ),
        (
            "late_interest_payment",
            [
                Posting(accounting.SUPPLIERS, debit=charges),
                Posting(accounting.TREASURY, credit=charges),
            ],
        ),
    ):
        await accounting.post(
            session,
            entry_date=payment.paid_on,
            label=label if source == "late_interest" else f"Paiement: {label}",
            source=source,
            source_id=str(payment.id),
            unit_code=commitment.unit_code,
            commitment_id=commitment.id,
            postings=postings,
            by=by,
        )


async def receipt_certified(session: AsyncSession, receipt_id: str) -> bool:
    """Whether a service fait was already recorded for this receipt (facilities' event may be
    delivered again)."""
    stmt = select(ServiceDone.id).where(ServiceDone.receipt_id == receipt_id)
    return (await session.exec(stmt)).first() is not None


# ---------------------------------------------------------------------------- lists


async def invoice_count(session: AsyncSession, commitment_id: int) -> int:
    """How many invoices the commitment has (every status)."""
    stmt = select(func.count()).select_from(Invoice).where(Invoice.commitment_id == commitment_id)
    return int((await session.exec(stmt)).one())


async def page_invoices(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    status: InvoiceStatus | None,
    unit_code: str | None,
    commitment_id: int | None,
    fiscal_year: int | None,
    units: set[str] | None,
    due_within: int | None,
    late: bool | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Invoice], str | None]:
    """A page of the CPF worklist in ``scope``: by status, unit, commitment, year, among
    ``units`` (a network or a directorate's subtree); at risk (open, due within N days) or
    late (open, past due)."""
    stmt = scope.apply(select(Invoice), col(Invoice.unit_code))
    if status is not None:
        stmt = stmt.where(Invoice.status == status.value)
    if unit_code is not None:
        stmt = stmt.where(Invoice.unit_code == unit_code)
    if commitment_id is not None:
        stmt = stmt.where(Invoice.commitment_id == commitment_id)
    if fiscal_year is not None:
        stmt = stmt.where(Invoice.fiscal_year == fiscal_year)
    if units is not None:
        stmt = stmt.where(col(Invoice.unit_code).in_(sorted(units)))
    if due_within is not None:
        stmt = stmt.where(
            col(Invoice.status).in_(OPEN_STATES),
            col(Invoice.due_on) <= today() + timedelta(days=due_within),
        )
    if late is True:
        stmt = stmt.where(col(Invoice.status).in_(OPEN_STATES), col(Invoice.due_on) < today())
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Invoice.id)], limit=limit, cursor=cursor, listing=listing
    )
    return list(rows), next_cursor


def late_payments(late: bool | None) -> list[ColumnElement[bool]]:
    """The condition on payments ``late`` asks: paid late, on time, or either (None)."""
    if late is None:
        return []
    return [col(Payment.days_late) > 0] if late else [col(Payment.days_late) == 0]


async def payments_of_year(
    session: AsyncSession, scope: OrgScope, *, year: int, unit_code: str | None
) -> list[Payment]:
    """The payments in ``scope`` made in ``year`` (by payment date)."""
    stmt = scope.apply(select(Payment), col(Payment.unit_code)).where(
        col(Payment.paid_on) >= date(year, 1, 1), col(Payment.paid_on) <= date(year, 12, 31)
    )
    if unit_code is not None:
        stmt = stmt.where(Payment.unit_code == unit_code)
    return list((await session.exec(stmt)).all())


async def rates(session: AsyncSession) -> list[LatePaymentRate]:
    """The late-payment parameters, oldest first."""
    stmt = select(LatePaymentRate).order_by(col(LatePaymentRate.valid_from))
    return list((await session.exec(stmt)).all())


async def create_rate(session: AsyncSession, rate: LatePaymentRate) -> LatePaymentRate:
    """Add the parameters in force from a date (409 if that date has some)."""
    if await session.get(LatePaymentRate, rate.valid_from) is not None:
        raise Conflict(f"parameters from {rate.valid_from} already exist")
    return await RATES.add(session, rate)
