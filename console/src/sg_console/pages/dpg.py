"""DPG pages (journey 2, the budget manager): the allocation requests of every unit → grant,
reduce or refuse with a reason → notify; reserve operations (mise en réserve of the year, dégel,
surgel, annulation); the monthly execution of AE and CP against allocations with the year-end
projection."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from budget_client.api.allocation_requests import (
    allocation_requests_decide_request,
    allocation_requests_get_allocation_request,
    allocation_requests_list_allocation_requests,
    allocation_requests_notify_request,
)
from budget_client.api.allocations import allocations_list_allocations
from budget_client.api.execution import execution_monthly_execution
from budget_client.api.reserve import reserve_apply_reserve, reserve_record_reserve_operation
from budget_client.models import (
    DecisionCreate,
    DecisionKind,
    ManualReserveKind,
    ReserveApply,
    ReserveOperationCreate,
)
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sg_console.charts import execution_chart
from sg_console.formatting import number, parse_amount
from sg_console.pages.budget import all_pages
from sg_console.pages.common import act, as_dict, client, read, renderer
from sg_console.services import call
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, redirect, require

router = APIRouter(prefix="/dpg")

MANAGERS = ("budget.manager",)
READERS = ("budget.manager", "budget.controller", "sg.auditor")
REQUEST_STATUS = {"submitted": "à arbitrer", "decided": "arbitrée", "notified": "notifiée"}
DECISIONS = {"granted": "accordée", "reduced": "réduite", "refused": "refusée"}
RESERVE_KINDS = {
    "release": "dégel",
    "extra_freeze": "surgel",
    "cancellation": "annulation",
    "freeze": "mise en réserve",
}


@router.get("/demandes", dependencies=[Depends(require(*READERS))])
async def requests(
    request: Request,
    statut: str = "submitted",
    exercice: str = "",
) -> Response:
    params: dict[str, Any] = {}
    if statut in REQUEST_STATUS:
        from budget_client.models import RequestStatus

        params["status"] = RequestStatus(statut)
    if exercice.isdigit():
        params["fiscal_year"] = int(exercice)
    items = await all_pages(
        allocation_requests_list_allocation_requests,
        request,
        request.app.state.settings.list_cap,
        **params,
    )
    items.sort(key=lambda r: (r["submitted_at"], r["id"]))
    return renderer(request).page(
        request,
        "dpg/requests.html",
        title="Demandes de crédits",
        section="dpg-requests",
        items=items,
        statuses=REQUEST_STATUS,
        decisions=DECISIONS,
        filters={"statut": statut, "exercice": exercice},
    )


async def _request(request: Request, request_id: int) -> Any:
    return await read(
        request, "budget", allocation_requests_get_allocation_request, request_id=request_id
    )


@router.get("/demandes/{request_id}")
async def request_page(
    request: Request, request_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    ensure_session(request)
    found = as_dict((await _request(request, request_id)).parsed)
    return renderer(request).page(
        request,
        "dpg/request.html",
        title=f"Demande de crédits n° {found['id']}",
        section="dpg-requests",
        r=found,
        statuses=REQUEST_STATUS,
        decisions=DECISIONS,
        can_act=person.has(*MANAGERS),
    )


@router.post("/demandes/{request_id}/decision", dependencies=[Depends(require(*MANAGERS))])
async def decide(request: Request, request_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    session = ensure_session(request)
    kind = values.get("decision", "")
    reason = values.get("motif", "").strip()
    if kind not in ("grant", "reduce", "refuse") or not reason:
        session.flash("Choisissez une décision et donnez-en le motif.", "error")
        return redirect(f"/dpg/demandes/{request_id}", request)
    body = DecisionCreate(decision=DecisionKind(kind), reason=reason)
    if kind == "reduce":
        ae, cp = parse_amount(values.get("ae", "")), parse_amount(values.get("cp", ""))
        if ae is None or cp is None:
            session.flash("Une réduction donne les montants d'AE et de CP accordés.", "error")
            return redirect(f"/dpg/demandes/{request_id}", request)
        body.ae, body.cp = str(ae), str(cp)
    return await act(
        request,
        "budget",
        allocation_requests_decide_request,
        done="Décision enregistrée : notifiez-la pour ouvrir les crédits.",
        then=f"/dpg/demandes/{request_id}",
        current=await _request(request, request_id),
        request_id=request_id,
        body=body,
    )


@router.post("/demandes/{request_id}/notification", dependencies=[Depends(require(*MANAGERS))])
async def notify(request: Request, request_id: int) -> Response:
    def done(result: Any) -> str:
        allocation = as_dict(result)
        return (
            f"Notifiée : dotation n° {allocation['id']} de {number(allocation['ae'])}\u00a0€ "
            f"d'AE et {number(allocation['cp'])}\u00a0€ de CP."
        )

    return await act(
        request,
        "budget",
        allocation_requests_notify_request,
        done=done,
        then=f"/dpg/demandes/{request_id}",
        current=await _request(request, request_id),
        request_id=request_id,
    )


@router.get("/reserve")
async def reserve(
    request: Request,
    person: Annotated[Person, Depends(require(*READERS))],
    exercice: int | None = None,
    unite: str = "",
) -> Response:
    ensure_session(request)
    year = exercice or date.today().year
    params: dict[str, Any] = {"fiscal_year": year}
    if unite.strip():
        params["unit_code"] = unite.strip().upper()
    items = await all_pages(
        allocations_list_allocations, request, request.app.state.settings.list_cap, **params
    )
    items.sort(key=lambda a: (a["unit_code"], a["action"], a["title"], a["id"]))
    return renderer(request).page(
        request,
        "dpg/reserve.html",
        title="Réserve de précaution",
        section="dpg-reserve",
        items=items,
        year=year,
        unite=unite,
        kinds={k: v for k, v in RESERVE_KINDS.items() if k != "freeze"},
        can_act=person.has(*MANAGERS),
    )


@router.post("/reserve/{fiscal_year}/mise-en-reserve", dependencies=[Depends(require(*MANAGERS))])
async def apply_reserve(request: Request, fiscal_year: int) -> Response:
    return await act(
        request,
        "budget",
        reserve_apply_reserve,
        done=lambda applied: f"Mise en réserve appliquée à {len(applied)} dotation(s).",
        then=f"/dpg/reserve?exercice={fiscal_year}",
        fiscal_year=fiscal_year,
        body=ReserveApply(reason=f"Mise en réserve {fiscal_year}"),
    )


@router.post("/reserve/dotations/{allocation_id}", dependencies=[Depends(require(*MANAGERS))])
async def reserve_operation(request: Request, allocation_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    session = ensure_session(request)
    year = values.get("exercice", str(date.today().year))
    kind = values.get("operation", "")
    ae = parse_amount(values.get("ae", "") or "0")
    cp = parse_amount(values.get("cp", "") or "0")
    if kind not in ("release", "extra_freeze", "cancellation") or ae is None or cp is None:
        session.flash("Choisissez l'opération et saisissez des montants en euros.", "error")
        return redirect(f"/dpg/reserve?exercice={year}", request)
    body = ReserveOperationCreate(
        kind=ManualReserveKind(kind),
        ae=str(ae),
        cp=str(cp),
        reason=values.get("motif", "").strip() or RESERVE_KINDS[kind],
    )
    return await act(
        request,
        "budget",
        reserve_record_reserve_operation,
        done=f"{RESERVE_KINDS[kind].capitalize()} enregistré sur la dotation n° {allocation_id} : "
        f"{number(ae)}\u00a0€ d'AE, {number(cp)}\u00a0€ de CP.",
        then=f"/dpg/reserve?exercice={year}",
        allocation_id=allocation_id,
        body=body,
    )


def monthly_totals(groups: list[dict[str, Any]]) -> list[dict[str, Decimal | int]]:
    """The groups' months summed: cumulative AE and CP consumed, allocated, projected CP."""
    keys: tuple[str, ...] = ("cumulative_ae", "cumulative_cp", "allocated_ae", "allocated_cp")
    keys += ("forecast_cp_cumulative", "cp_to_pay")
    months: dict[int, dict[str, Decimal | int]] = {}
    for group in groups:
        for month in group["months"]:
            row = months.setdefault(month["month"], {"month": month["month"]})
            for key in keys:
                value = month.get(key)
                row[key] = Decimal(row.get(key, 0)) + Decimal(str(value or 0))
    return [months[m] for m in sorted(months)]


@router.get("/execution", dependencies=[Depends(require(*READERS))])
async def execution(
    request: Request,
    exercice: int | None = None,
    unite: str = "",
) -> Response:
    year = exercice or date.today().year
    params: dict[str, Any] = {"fiscal_year": year}
    if unite.strip():
        params["unit_code"] = unite.strip().upper()
    async with await client(request, "budget") as budget:
        response = await call(
            execution_monthly_execution, service="budget", client=budget, **params
        )
    groups = [as_dict(g) for g in response.parsed]
    totals = monthly_totals(groups)
    return renderer(request).page(
        request,
        "dpg/execution.html",
        title="Exécution mensuelle",
        section="dpg-execution",
        year=year,
        unite=unite,
        months=totals,
        chart=execution_chart(totals) if totals else None,
    )
