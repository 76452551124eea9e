"""HTTP API of purchases: catalogue, thresholds, requisitions and orders, receipts."""

from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response, status
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.purchases import order_form, service
from facilities_svc.purchases.budget_gate import budget_lines, check_available_ae
from facilities_svc.purchases.delegations import DELEGATIONS, Act
from facilities_svc.purchases.models import (
    CatalogueItem,
    Receipt,
    ReceiptLine,
    Requisition,
)
from facilities_svc.purchases.schemas import (
    Availability,
    AvailabilityLine,
    CatalogueItemCreate,
    CatalogueItemPage,
    CatalogueItemPublic,
    CatalogueItemUpdate,
    Category,
    Channel,
    Decision,
    LinePublic,
    OrderRequest,
    ProcedureChoice,
    PurchaseKind,
    ReceiptCreate,
    ReceiptLinePublic,
    ReceiptPublic,
    RequisitionCreate,
    RequisitionPage,
    RequisitionPublic,
    RequisitionStatus,
    RequisitionUpdate,
    ThresholdCreate,
    ThresholdPublic,
)
from facilities_svc.roles import BUYER, MANAGER
from sg_common.api import (
    BusinessDate,
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.api.imports import ImportCall, add_import_route
from sg_common.auth import ADMIN_ROLE
from sg_common.auth.permissions import Caller, Scope
from sg_common.auth.scope import OrgScope
from sg_common.clock import today
from sg_common.delegations import Signatory, Signature, Signer
from sg_common.deps import DatabaseDep, OrgTreeDep, SessionDep
from sg_common.documents import document_router
from sg_common.documents.router import file_response, file_responses
from sg_common.errors import Forbidden, problem_responses
from sg_common.org import OrgTree

router = APIRouter(tags=["purchases"])


def _public(requisition: Requisition, lines: list[object] | None = None) -> RequisitionPublic:
    public = RequisitionPublic.model_validate(requisition)
    public.lines = [LinePublic.model_validate(line) for line in lines or []]
    return public


async def _with_lines(session: AsyncSession, requisition: Requisition) -> RequisitionPublic:
    assert requisition.id is not None
    lines = await service.lines_of(session, requisition_ids=[requisition.id])
    return _public(requisition, list(lines.get(requisition.id, [])))


def _receipt_public(receipt: Receipt, lines: list[ReceiptLine]) -> ReceiptPublic:
    public = ReceiptPublic.model_validate(receipt)
    public.lines = [ReceiptLinePublic.model_validate(line) for line in lines]
    return public


# catalogue -----------------------------------------------------------------------------------
@router.post(
    "/catalogue",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409),
    summary="Add a catalogue item",
)
async def create_catalogue_item(
    body: CatalogueItemCreate, session: SessionDep, _b: Caller
) -> CatalogueItemPublic:
    return CatalogueItemPublic.model_validate(await service.create_item(session, body=body))


async def _import_catalogue_item(
    session: AsyncSession, body: CatalogueItemCreate, _call: ImportCall
) -> CatalogueItem:
    return await service.create_item(session, body=body)


add_import_route(
    router,
    "/catalogue/imports",
    name="import_catalogue_items",
    model=CatalogueItemCreate,
    create=_import_catalogue_item,
    summary="Import catalogue items from a CSV or XLSX file (all rows or none)",
    description="Each row is an item as `POST /catalogue` takes it, under the same rules.",
)


CATALOGUE_SORT = Sort(CatalogueItem, "code", "label", "category", "channel", "unit_price_ht")


@router.get("/catalogue", summary="List catalogue items")
async def list_catalogue_items(
    listing: Annotated[Listing, CATALOGUE_SORT],
    session: SessionDep,
    _r: Caller,
    category: Category | None = None,
    channel: Channel | None = None,
    active: bool | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CatalogueItemPage:
    items, next_cursor = await service.ITEMS.page(
        session,
        None,
        listing,
        CatalogueItemPublic,
        limit=limit,
        cursor=cursor,
        category=category,
        channel=channel,
        active=active,
    )
    return CatalogueItemPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/catalogue/{item_id}", responses=problem_responses(404))
async def get_catalogue_item(
    item_id: int, session: SessionDep, response: Response, _r: Caller
) -> CatalogueItemPublic:
    item = await service.ITEMS.read(session, item_id, None, CatalogueItemPublic)
    set_etag(response, item.version)
    return item


@router.patch("/catalogue/{item_id}", responses=problem_responses(404, 412, 428))
async def update_catalogue_item(
    item_id: int,
    body: CatalogueItemUpdate,
    session: SessionDep,
    response: Response,
    _b: Caller,
    if_match: IfMatchHeader = None,
) -> CatalogueItemPublic:
    item = await service.ITEMS.get(session, item_id)
    check_if_match(if_match, item.version)
    item = await service.update_item(session, item=item, body=body)
    set_etag(response, item.version)
    return CatalogueItemPublic.model_validate(item)


# thresholds ----------------------------------------------------------------------------------
@router.get("/procedure-thresholds", summary="Procedure thresholds, newest first")
async def list_thresholds(
    session: SessionDep, _r: Caller, kind: PurchaseKind | None = None
) -> list[ThresholdPublic]:
    return [ThresholdPublic.model_validate(r) for r in await service.thresholds(session, kind)]


@router.post(
    "/procedure-thresholds",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409),
    summary="Record the thresholds of a kind of purchase in force from a date",
)
async def create_threshold(
    body: ThresholdCreate, session: SessionDep, _m: Caller
) -> ThresholdPublic:
    return ThresholdPublic.model_validate(await service.create_threshold(session, body=body))


@router.get(
    "/procedure-thresholds/choice",
    responses=problem_responses(409),
    summary="The procedure an amount of a kind of purchase and a channel call for on a date",
)
async def choose_procedure(
    session: SessionDep,
    _r: Caller,
    amount_ht: Annotated[Decimal, Query(ge=0, max_digits=14, decimal_places=2)],
    kind: PurchaseKind,
    channel: Channel = Channel.open_market,
    on: BusinessDate | None = None,
) -> ProcedureChoice:
    """The amount is the estimated value of the whole need (every similar purchase of the
    year), not of one requisition: submission adds up the year's needs itself."""
    procedure, since = await service.choose_procedure(
        session, amount_ht=amount_ht, channel=channel, kind=kind, on=on or today()
    )
    return ProcedureChoice(
        amount_ht=amount_ht, channel=channel, kind=kind, procedure=procedure, thresholds_from=since
    )


# requisitions --------------------------------------------------------------------------------
@router.post(
    "/requisitions",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409),
    summary="Create a requisition (draft) for a unit",
)
async def create_requisition(
    body: RequisitionCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
) -> RequisitionPublic:
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    requisition = await service.create_requisition(
        session, body=body, requested_by=principal.subject, requested_by_login=principal.login[:120]
    )
    return await _with_lines(session, requisition)


REQUISITION_SORT = Sort(
    Requisition,
    "unit_code",
    "subject",
    "fiscal_year",
    "kind",
    "status",
    "amount_ht",
    "amount_ttc",
    "ordered_on",
    "created_at",
)


@router.get("/requisitions", summary="List requisitions and orders in scope")
async def list_requisitions(
    listing: Annotated[Listing, REQUISITION_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    status_: Annotated[RequisitionStatus | None, Query(alias="status")] = None,
    fiscal_year: int | None = None,
    order_id: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> RequisitionPage:
    items, next_cursor = await service.REQUISITIONS.page(
        session,
        scope,
        listing,
        RequisitionPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        status=status_,
        fiscal_year=fiscal_year,
        order_id=order_id,
    )
    lines = await service.lines_of(session, requisition_ids=[r.id for r in items])
    for item in items:
        item.lines = [LinePublic.model_validate(line) for line in lines.get(item.id, [])]
    return RequisitionPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/requisitions/{requisition_id}", responses=problem_responses(404))
async def get_requisition(
    requisition_id: int,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _r: Caller,
) -> RequisitionPublic:
    requisition = await service.REQUISITIONS.get(session, requisition_id, scope)
    set_etag(response, requisition.version)
    return await _with_lines(session, requisition)


@router.patch("/requisitions/{requisition_id}", responses=problem_responses(404, 409, 412, 428))
async def update_requisition(
    requisition_id: int,
    body: RequisitionUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _r: Caller,
    if_match: IfMatchHeader = None,
) -> RequisitionPublic:
    requisition = await service.REQUISITIONS.get(session, requisition_id, scope, lock=True)
    check_if_match(if_match, requisition.version)
    requisition = await service.update_requisition(session, requisition=requisition, body=body)
    set_etag(response, requisition.version)
    return await _with_lines(session, requisition)


@router.post("/requisitions/{requisition_id}/submit", responses=problem_responses(404, 409))
async def submit_requisition(
    requisition_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> RequisitionPublic:
    """Send for approval; the procedure is chosen (channel, thresholds of its kind in force
    today, estimated value of the need of the year: ``estimated_value_ht``, ``threshold_ht``,
    ``split_flagged`` when the need was split)."""
    requisition = await service.REQUISITIONS.get(session, requisition_id, scope, lock=True)
    return await _with_lines(
        session, await service.submit_requisition(session, requisition=requisition)
    )


async def _decided(
    session: AsyncSession, tree: OrgTree, requisition_id: int, scope: OrgScope, signer: Signer
) -> tuple[Requisition, Signature]:
    """The submitted requisition and the signature of the decision on it: the purchasing
    office's own, or a delegate's for the requisition's unit on today's date (403
    ``no-delegation`` otherwise; a unit outside all of the delegate's delegations is out of
    their scope: 404)."""
    act = Act.APPROVE_REQUISITION
    found_in = await DELEGATIONS.widen(session, scope=scope, signer=signer, tree=tree, act=act)
    requisition = await service.REQUISITIONS.get(session, requisition_id, found_in, lock=True)
    signature = await DELEGATIONS.sign(
        session,
        signer=signer,
        scope=scope,
        act=act,
        unit_code=requisition.unit_code,
        days=[today()],
        tree=tree,
    )
    return requisition, signature


@router.post("/requisitions/{requisition_id}/approve", responses=problem_responses(404, 409))
async def approve_requisition(
    requisition_id: int, session: SessionDep, tree: OrgTreeDep, scope: Scope, signer: Signatory
) -> RequisitionPublic:
    """The purchasing office's approval, or a delegate's (délégation de signature for
    ``facilities.approve_requisition``, recorded in ``approved_by_delegation_of``)."""
    requisition, signature = await _decided(session, tree, requisition_id, scope, signer)
    requisition = await service.approve_requisition(
        session, requisition=requisition, signature=signature
    )
    return await _with_lines(session, requisition)


@router.post("/requisitions/{requisition_id}/refuse", responses=problem_responses(404, 409))
async def refuse_requisition(
    requisition_id: int,
    body: Decision,
    session: SessionDep,
    tree: OrgTreeDep,
    scope: Scope,
    signer: Signatory,
) -> RequisitionPublic:
    """A refusal is the same decision as an approval: the same people, delegates included."""
    requisition, signature = await _decided(session, tree, requisition_id, scope, signer)
    requisition = await service.refuse_requisition(
        session, requisition=requisition, reason=body.reason, signature=signature
    )
    return await _with_lines(session, requisition)


@router.post("/requisitions/{requisition_id}/order", responses=problem_responses(404, 409))
async def order_requisition(
    requisition_id: int,
    body: OrderRequest,
    request: Request,
    db: DatabaseDep,
    scope: Scope,
    _b: Caller,
) -> RequisitionPublic:
    """Place the order: it awaits budget's commitment (``purchase.ordered``).

    Budget is asked first (generated budget client) how much AE the unit can still commit: an
    order above it is refused at once with budget's figures (``insufficient-ae``).
    """
    # No transaction is open while budget is asked (up to the call's timeout times its
    # attempts; CONVENTIONS.md, "a call to another service"): read, ask budget, then lock the
    # requisition again and order it only if it has not changed meanwhile (409 otherwise).
    async with db.transaction(write=False) as session:
        checked = await service.REQUISITIONS.get(session, requisition_id, scope)
    if checked.status == service.S.approved.value:
        await check_available_ae(
            request,
            unit_code=checked.unit_code,
            fiscal_year=checked.fiscal_year,
            action=checked.action,
            title=checked.budget_title,
            amount_ttc=checked.amount_ttc,
        )
    async with db.transaction() as session:
        requisition = await service.REQUISITIONS.get(session, requisition_id, scope, lock=True)
        if (
            requisition.version != checked.version
            and requisition.status == service.S.approved.value
        ):
            raise service.RequisitionChanged(
                f"requisition {requisition_id} changed (version {checked.version} → "
                f"{requisition.version}) while budget was asked; reload it and order again"
            )
        requisition = await service.order_requisition(
            session, requisition=requisition, tender_reference=body.tender_reference
        )
        return await _with_lines(session, requisition)


@router.post("/requisitions/{requisition_id}/cancel", responses=problem_responses(404, 409))
async def cancel_requisition(
    requisition_id: int,
    body: Decision,
    session: SessionDep,
    scope: Scope,
    principal: Caller,
) -> RequisitionPublic:
    """Cancel; once ordered, only a buyer may (``purchase.cancelled``)."""
    requisition = await service.REQUISITIONS.get(session, requisition_id, scope, lock=True)
    if requisition.order_id is not None and not principal.has_any_role(MANAGER, BUYER, ADMIN_ROLE):
        raise Forbidden("the order was sent: only a buyer can cancel it")
    requisition = await service.cancel_requisition(
        session, requisition=requisition, reason=body.reason
    )
    return await _with_lines(session, requisition)


@router.post(
    "/requisitions/{requisition_id}/receipts",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Record a goods receipt (service fait)",
)
async def create_receipt(
    requisition_id: int,
    body: ReceiptCreate,
    session: SessionDep,
    scope: Scope,
    principal: Caller,
) -> ReceiptPublic:
    requisition = await service.REQUISITIONS.get(session, requisition_id, scope, lock=True)
    receipt, lines = await service.receive(
        session, requisition=requisition, body=body, received_by=principal.subject
    )
    return _receipt_public(receipt, lines)


@router.get("/requisitions/{requisition_id}/receipts", responses=problem_responses(404))
async def list_receipts(
    requisition_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> list[ReceiptPublic]:
    requisition = await service.REQUISITIONS.get(session, requisition_id, scope)
    assert requisition.id is not None
    receipts = await service.receipts_of(session, requisition_id=requisition.id)
    return [_receipt_public(r, lines) for r, lines in receipts]


@router.get(
    "/budget-availability",
    summary="AE available to a unit before ordering",
    # a unit outside the caller's scope answers 404 (scope.check(..., not_found=True))
    responses=problem_responses(404),
)
async def budget_availability(
    request: Request,
    db: DatabaseDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line,
    fiscal_year: int,
    source: Annotated[
        Literal["events"] | None,
        Query(
            description="`events`: only the figures kept from budget's events (what is shown "
            "when budget cannot answer), without asking budget — e.g. to reconcile them."
        ),
    ] = None,
) -> Availability:
    """Budget's figures, asked through the generated budget client, less the orders still
    awaiting budget's commitment; from budget's events when budget cannot answer."""
    scope.check(unit_code, not_found=True, what="unit")
    async with db.transaction(write=False) as session:  # closed before budget is asked
        rows = await service.availability(session, unit_code=unit_code, fiscal_year=fiscal_year)
    lines = (
        None
        if source == "events"
        else await budget_lines(request, unit_code=unit_code, fiscal_year=fiscal_year)
    )
    if lines is None:
        return Availability(
            source="events", items=[AvailabilityLine.model_validate(r) for r in rows]
        )
    awaiting = {(str(r["action"]), str(r["title"])): r["ae_awaiting_commitment"] for r in rows}
    items = []
    for line in lines:
        pending = Decimal(str(awaiting.get((line.action, line.title), "0.00")))
        items.append(
            AvailabilityLine(
                unit_code=line.unit_code,
                fiscal_year=line.fiscal_year,
                action=line.action,
                title=line.title,
                ae_allocated=Decimal(str(line.allocated_ae)),
                cp_allocated=Decimal(str(line.allocated_cp)),
                ae_committed=Decimal(str(line.committed_ae)),
                ae_awaiting_commitment=pending,
                ae_available=Decimal(str(line.available_ae)) - pending,
            )
        )
    return Availability(source="budget", items=items)


# documents and the bon de commande -------------------------------------------------------------
async def _requisition_in_scope(session: AsyncSession, scope: OrgScope, record_id: int) -> object:
    return await service.REQUISITIONS.get(session, record_id, scope)


# Quotes (devis), the signed order, the supplier's acknowledgement, delivery notes.
router.include_router(
    document_router(
        path="/requisitions/{record_id}",
        tag="purchases",
        name="requisition",
        load=_requisition_in_scope,
    )
)


@router.get(
    "/requisitions/{requisition_id}/pdf",
    response_class=Response,
    responses={
        **file_responses("The bon de commande (PDF)", ["application/pdf"]),
        **problem_responses(409),
    },
    summary="The bon de commande of an order, as PDF",
)
async def purchase_order_pdf(
    requisition_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> Response:
    requisition = await service.REQUISITIONS.get(session, requisition_id, scope)
    assert requisition.id is not None
    lines = (await service.lines_of(session, requisition_ids=[requisition.id])).get(
        requisition.id, []
    )
    codes = sorted({line.item_code for line in lines})
    references = await service.contract_references(session, codes)
    data = order_form.render(requisition, lines, references)
    return file_response(
        data, media_type="application/pdf", filename=f"bon-de-commande-{requisition.order_id}.pdf"
    )
