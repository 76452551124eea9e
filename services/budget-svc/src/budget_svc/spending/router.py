"""The spending chain over HTTP: service fait, advance terms, the CPF invoice worklist and its
transitions (suspension, documents, payment request, payment, rejection), payments, average
payment times, late-payment parameters and training charges."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from budget_svc.commitments.service import COMMITMENTS
from budget_svc.common import actor
from budget_svc.delegations import service as delegations
from budget_svc.delegations.service import Act, Signatory
from budget_svc.spending import service
from budget_svc.spending.models import (
    Invoice,
    LatePaymentRate,
    Payment,
    ServiceDone,
    TrainingCharge,
)
from budget_svc.spending.schemas import (
    AdvanceTermsPublic,
    AdvanceTermsUpdate,
    CommitmentSpending,
    InvoiceCreate,
    InvoiceDocuments,
    InvoicePage,
    InvoicePublic,
    InvoiceRejection,
    InvoiceStatus,
    InvoiceSuspension,
    LatePaymentRateCreate,
    LatePaymentRatePublic,
    Network,
    PaymentPage,
    PaymentPublic,
    PaymentRequest,
    PaymentTime,
    ServiceDoneCreate,
    ServiceDonePage,
    ServiceDonePublic,
    TrainingChargePage,
    TrainingChargePublic,
)
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import today
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.documents import document_router
from sg_common.errors import problem_responses
from sg_common.org import OrgTree

router = APIRouter(tags=["spending"])
cpf_router = APIRouter(tags=["cpf"])

OPEN_STATES = service.OPEN_STATES


def invoice_public(invoice: Invoice) -> InvoicePublic:
    public = InvoicePublic.model_validate(invoice)
    if invoice.status in OPEN_STATES:
        public.days_remaining = (invoice.due_on - today()).days
        public.late = public.days_remaining < 0
    elif invoice.status == InvoiceStatus.SUSPENDED:
        public.late = False
    else:
        public.late = bool(invoice.days_late)
    return public


# ---------------------------------------------------------------------------- service fait


@router.post(
    "/commitments/{commitment_id}/service-done",
    status_code=status.HTTP_201_CREATED,
    summary="Certify service fait on a commitment (full or partial, by amount)",
    description="An ordonnateur's act: a budget.manager, the unit's budget.officer, or a "
    "delegate of one (a délégation de signature for `budget.certify_service_fait` on the unit, "
    "in force on `certified_on` and today: 403 no-delegation otherwise).",
    responses=problem_responses(404, 409, 422),
)
async def certify_service_done(
    commitment_id: int,
    body: ServiceDoneCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    signer: Signatory,
) -> ServiceDonePublic:
    act = Act.CERTIFY_SERVICE_FAIT
    found_in = await delegations.widen(session, scope=scope, signer=signer, tree=tree, act=act)
    commitment = await COMMITMENTS.get(session, commitment_id, found_in)
    signature = await delegations.sign(
        session,
        signer=signer,
        scope=scope,
        act=act,
        unit_code=commitment.unit_code,
        days=[body.certified_on or today(), today()],
        tree=tree,
    )
    record = await service.certify(
        session,
        commitment=commitment,
        amount=body.amount,
        certified_on=body.certified_on,
        comment=body.comment,
        by=signature.signed_by,
        by_delegation_of=signature.by_delegation_of,
        delegation_id=signature.delegation_id,
    )
    return ServiceDonePublic.model_validate(record)


SERVICE_DONE_SORT = Sort(ServiceDone, "unit_code", "amount", "certified_on", "recorded_at")


@router.get("/service-done", summary="Service fait certified, in your scope")
async def list_service_done(
    listing: Annotated[Listing, SERVICE_DONE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    commitment_id: int | None = None,
    unit_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ServiceDonePage:
    items, next_cursor = await service.SERVICE_DONE.page(
        session,
        scope,
        listing,
        ServiceDonePublic,
        limit=limit,
        cursor=cursor,
        commitment_id=commitment_id,
        unit_code=unit_code,
    )
    return ServiceDonePage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.put(
    "/commitments/{commitment_id}/advance-terms",
    summary="Allow an advance before service fait, up to a ceiling (0 withdraws it)",
    responses=problem_responses(404, 409),
)
async def set_advance_terms(
    commitment_id: int,
    body: AdvanceTermsUpdate,
    session: SessionDep,
    scope: Scope,
    principal: Caller,
) -> AdvanceTermsPublic:
    commitment = await COMMITMENTS.get(session, commitment_id, scope)
    scope.check(commitment.unit_code)
    terms = await service.set_advance_terms(
        session,
        commitment=commitment,
        ceiling=body.ceiling,
        reason=body.reason,
        by=actor(principal),
    )
    return AdvanceTermsPublic.model_validate(terms)


@router.get(
    "/commitments/{commitment_id}/spending",
    summary="Where a commitment stands: AE, service fait, CP paid, advance ceiling",
    responses=problem_responses(404),
)
async def commitment_spending(
    commitment_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> CommitmentSpending:
    commitment = await COMMITMENTS.get(session, commitment_id, scope)
    paid = await service.paid_total(session, commitment_id)
    return CommitmentSpending(
        commitment_id=commitment_id,
        unit_code=commitment.unit_code,
        ae=commitment.ae,
        service_done=await service.service_done_total(session, commitment_id),
        paid_cp=paid,
        advance_ceiling=await service.advance_ceiling(session, commitment_id),
        remaining_to_pay=commitment.ae - paid,
        invoices=await service.invoice_count(session, commitment_id),
    )


# ---------------------------------------------------------------------------- invoices


@cpf_router.post(
    "/invoices",
    status_code=status.HTTP_201_CREATED,
    summary="Register a supplier invoice (CPF): starts the 30-day payment period",
    responses=problem_responses(404, 409, 422),
)
async def create_invoice(
    body: InvoiceCreate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    principal: Caller,
) -> InvoicePublic:
    commitment = await COMMITMENTS.get(session, body.commitment_id, scope)
    invoice = await service.register_invoice(
        session,
        commitment=commitment,
        supplier=body.supplier,
        number=body.number,
        amount_ht=body.amount_ht,
        amount_ttc=body.amount_ttc,
        received_on=body.received_on,
        by=actor(principal),
    )
    set_etag(response, invoice.version)
    return invoice_public(invoice)


def _network_units(
    tree: OrgTree, network: Network | None, directorate: str | None
) -> set[str] | None:
    codes: set[str] | None = None
    if network is not None:
        codes = {
            u.code for u in tree.units() if tree.is_central(u.code) == (network is Network.CENTRAL)
        }
    if directorate is not None:
        sub = set(tree.subtree_codes([directorate]))
        codes = sub if codes is None else codes & sub
    return codes


INVOICE_SORT = Sort(
    Invoice,
    "fiscal_year",
    "unit_code",
    "supplier",
    "number",
    "amount_ht",
    "amount_ttc",
    "received_on",
    "due_on",
    "paid_on",
    "status",
    "created_at",
)


@cpf_router.get(
    "/invoices",
    summary="The CPF worklist: invoices by state, network, unit; at risk (due in ≤ N days)",
)
async def list_invoices(
    listing: Annotated[Listing, INVOICE_SORT],
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _r: Caller,
    status: InvoiceStatus | None = None,
    unit_code: Line | None = None,
    commitment_id: int | None = None,
    network: Network | None = Query(default=None, description="central services or regions"),
    directorate: Line | None = Query(default=None, description="A DR code: its subtree"),
    due_within: int | None = Query(
        default=None, ge=0, le=365, description="At risk: open (received / to pay), due in ≤ N days"
    ),
    late: bool | None = Query(default=None, description="Open and past due"),
    fiscal_year: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> InvoicePage:
    rows, next_cursor = await service.page_invoices(
        session,
        scope,
        listing,
        status=status,
        unit_code=unit_code,
        commitment_id=commitment_id,
        fiscal_year=fiscal_year,
        units=_network_units(tree, network, directorate),
        due_within=due_within,
        late=late,
        limit=limit,
        cursor=cursor,
    )
    return InvoicePage(
        items=[invoice_public(r) for r in rows], next_cursor=next_cursor, total=listing.total
    )


@cpf_router.get("/invoices/{invoice_id}", responses=problem_responses(404))
async def get_invoice(
    invoice_id: int,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _r: Caller,
) -> InvoicePublic:
    invoice = await service.INVOICES.get(session, invoice_id, scope)
    set_etag(response, invoice.version)
    return invoice_public(invoice)


TRANSITION_ERRORS = problem_responses(404, 409, 412, 422, 428)


@cpf_router.post(
    "/invoices/{invoice_id}/suspension",
    summary="Suspend the payment period once (reason, missing documents)",
    responses=TRANSITION_ERRORS,
)
async def suspend_invoice(
    invoice_id: int,
    body: InvoiceSuspension,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> InvoicePublic:
    invoice = await service.INVOICES.get(session, invoice_id, scope)
    check_if_match(if_match, invoice.version)
    service.suspend(invoice=invoice, reason=body.reason, missing_documents=body.missing_documents)
    set_etag(response, invoice.version)
    return invoice_public(invoice)


@cpf_router.post(
    "/invoices/{invoice_id}/documents",
    summary="The missing documents arrived: a new full 30-day period starts",
    responses=TRANSITION_ERRORS,
)
async def invoice_documents(
    invoice_id: int,
    body: InvoiceDocuments,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> InvoicePublic:
    invoice = await service.INVOICES.get(session, invoice_id, scope)
    check_if_match(if_match, invoice.version)
    await service.documents_received(session, invoice=invoice, received_on=body.received_on)
    set_etag(response, invoice.version)
    return invoice_public(invoice)


@cpf_router.post(
    "/invoices/{invoice_id}/payment-request",
    summary="Ordonnateur's payment request: the invoice becomes 'to pay'",
    description="Signed by a budget.manager, the unit's budget.officer, or a delegate of one "
    "(a délégation de signature for `budget.request_payment` on the unit, in force today: 403 "
    "no-delegation otherwise).",
    responses=TRANSITION_ERRORS,
)
async def request_payment(
    invoice_id: int,
    body: PaymentRequest,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    signer: Signatory,
    if_match: IfMatchHeader = None,
) -> InvoicePublic:
    act = Act.REQUEST_PAYMENT
    found_in = await delegations.widen(session, scope=scope, signer=signer, tree=tree, act=act)
    invoice = await service.INVOICES.get(session, invoice_id, found_in)
    check_if_match(if_match, invoice.version)
    signature = await delegations.sign(
        session,
        signer=signer,
        scope=scope,
        act=act,
        unit_code=invoice.unit_code,
        days=[today()],
        tree=tree,
    )
    await service.request_payment(
        session,
        invoice=invoice,
        by=signature.signed_by,
        by_delegation_of=signature.by_delegation_of,
        delegation_id=signature.delegation_id,
        comment=body.comment,
    )
    set_etag(response, invoice.version)
    return invoice_public(invoice)


@cpf_router.post(
    "/invoices/{invoice_id}/payment",
    status_code=status.HTTP_201_CREATED,
    summary="Pay an invoice (CPF): consumes CP; late interest computed on payment",
    responses=TRANSITION_ERRORS,
)
async def pay_invoice(
    invoice_id: int,
    session: SessionDep,
    scope: Scope,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> PaymentPublic:
    invoice = await service.INVOICES.get(session, invoice_id, scope)
    check_if_match(if_match, invoice.version)
    commitment = await COMMITMENTS.get(session, invoice.commitment_id)
    payment = await service.pay(
        session, invoice=invoice, commitment=commitment, by=actor(principal)
    )
    return PaymentPublic.model_validate(payment)


@cpf_router.post(
    "/invoices/{invoice_id}/rejection",
    summary="Reject an invoice (never deleted)",
    responses=TRANSITION_ERRORS,
)
async def reject_invoice(
    invoice_id: int,
    body: InvoiceRejection,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> InvoicePublic:
    invoice = await service.INVOICES.get(session, invoice_id, scope)
    check_if_match(if_match, invoice.version)
    await service.reject(session, invoice=invoice, reason=body.reason)
    set_etag(response, invoice.version)
    return invoice_public(invoice)


# ---------------------------------------------------------------------------- payments


PAYMENT_SORT = Sort(Payment, "unit_code", "amount", "paid_on", "days_late", "recorded_at")


@cpf_router.get("/payments", summary="Payments, in your scope")
async def list_payments(
    listing: Annotated[Listing, PAYMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    commitment_id: int | None = None,
    unit_code: Line | None = None,
    late: bool | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> PaymentPage:
    items, next_cursor = await service.PAYMENTS.page(
        session,
        scope,
        listing,
        PaymentPublic,
        limit=limit,
        cursor=cursor,
        where=service.late_payments(late),
        commitment_id=commitment_id,
        unit_code=unit_code,
    )
    return PaymentPage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )


@cpf_router.get(
    "/cpf/payment-times", summary="Average payment time per unit and month (by payment date)"
)
async def payment_times(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    year: int = Query(ge=2000, le=2100),
    unit_code: Line | None = None,
) -> list[PaymentTime]:
    groups: dict[tuple[str, str], list[Payment]] = defaultdict(list)
    for p in await service.payments_of_year(session, scope, year=year, unit_code=unit_code):
        groups[(p.unit_code, f"{p.paid_on:%Y-%m}")].append(p)
    return [
        PaymentTime(
            unit_code=unit,
            month=month,
            payments=len(items),
            average_days_to_pay=(
                Decimal(sum(p.days_to_pay for p in items)) / Decimal(len(items))
            ).quantize(Decimal("0.1")),
            late_payments=sum(1 for p in items if p.days_late > 0),
        )
        for (unit, month), items in sorted(groups.items())
    ]


@cpf_router.get("/late-payment-rates", summary="Dated late-payment parameters (ECB + margin, fee)")
async def list_rates(session: SessionDep, _r: Caller) -> list[LatePaymentRatePublic]:
    return [LatePaymentRatePublic.model_validate(r) for r in await service.rates(session)]


@cpf_router.post(
    "/late-payment-rates",
    status_code=status.HTTP_201_CREATED,
    summary="Add the parameters in force from a date (first day of a semester)",
    responses=problem_responses(409),
)
async def create_rate(
    body: LatePaymentRateCreate, session: SessionDep, _w: Caller
) -> LatePaymentRatePublic:
    rate = await service.create_rate(session, LatePaymentRate(**body.model_dump()))
    return LatePaymentRatePublic.model_validate(rate)


TRAINING_CHARGE_SORT = Sort(
    TrainingCharge, "unit_code", "course_code", "cost", "completed_on", "recorded_at"
)


@router.get(
    "/training-charges",
    summary="Training costs booked at completion before #21 (see /training-commitments)",
    deprecated=True,
)
async def list_training_charges(
    listing: Annotated[Listing, TRAINING_CHARGE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> TrainingChargePage:
    items, next_cursor = await service.TRAINING_CHARGES.page(
        session,
        scope,
        listing,
        TrainingChargePublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
    )
    return TrainingChargePage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )


# The invoice as received (PDF or scan) and its pièces justificatives.
cpf_router.include_router(
    document_router(path="/invoices/{record_id}", tag="cpf", name="invoice", load=service.INVOICES)
)
