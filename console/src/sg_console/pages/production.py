"""Production pages: the capacity risk of the operations (green, amber, red with production's
reasons) over the next months (``GET /capacity/risk``), for the DOMP and the SG dashboard; and
journey 5 of issue #20, the DOMP operation lead: the portfolio as a timeline (each operation's
GSBPM phases, milestones and dependencies, ``GET /portfolio`` then each operation's
``/timeline`` and ``/risk``), an operation's risk per phase and month with its reasons in
French (worked out from production's figures), and the improvement proposals with the answer
of the DSG's register (``register_entry.answered`` recorded back by production)."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from production_client.api.capacity import (
    capacity_get_operation_risk,
    capacity_list_operation_risks,
)
from production_client.api.improvements import (
    improvements_get_improvement,
    improvements_list_improvements,
    improvements_propose_improvement,
    improvements_record_follow_up,
)
from production_client.api.operations import operations_get_timeline
from production_client.api.portfolio import portfolio_get_portfolio
from production_client.models import (
    FollowUpUpdate,
    ImprovementCategory,
    ImprovementCreate,
    ImprovementStatus,
)
from production_client.types import UNSET

from sg_common.months import month_end, month_start, months_apart
from sg_console.charts import GSBPM_FR, PHASE_STATUS_FR, day_of, timeline_chart
from sg_console.formatting import MONTH, month_of, number, rate
from sg_console.pages.budget import all_pages
from sg_console.pages.common import REFUSALS, act, as_dict, form_page, read, renderer
from sg_console.services import ServiceRefusal
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, redirect, require

router = APIRouter(prefix="/production")

READERS = ("production.manager", "production.lead", "production.contributor", "sg.auditor")
COLOURS = {"red": "rouge", "amber": "orange", "green": "vert"}


#: production computes the risk page by page: at most 50 a call
RISK_PAGE = 50


async def operation_risks(request: Request) -> tuple[tuple[str, str], list[dict[str, Any]]]:
    """The window (this month and the next two) and production's risk of each operation."""
    today = date.today()
    window = (month_of(today), month_of(today, 2))
    items = await all_pages(
        capacity_list_operation_risks,
        request,
        request.app.state.settings.list_cap,
        service="production",
        page_size=RISK_PAGE,
        from_=window[0],
        to=window[1],
    )
    return window, items


@router.get("/risques", dependencies=[Depends(require(*READERS))])
async def risks(request: Request) -> Response:
    window, items = await operation_risks(request)
    order = {"red": 0, "amber": 1, "green": 2}
    items.sort(key=lambda r: (order.get(str(r["colour"]), 3), r["code"]))
    return renderer(request).page(
        request,
        "production/risks.html",
        title="Opérations à risque",
        section="production-risks",
        items=items,
        colours=COLOURS,
        window=window,
    )


# --- journey 5: the DOMP operation lead (issue #20) -------------------------------------------
#: who proposes an improvement (production lets every production role propose for its units)
PROPOSERS = ("production.manager", "production.lead", "production.contributor")
#: who records the register's follow-up by hand (production: the DOMP only)
DOMP = ("production.manager",)
#: the portfolio shows at most this many operations (each read with its timeline and risk)
PORTFOLIO_CAP = 30
#: production's window limit for the portfolio
MAX_MONTHS = 36
CATEGORIES = {
    "ergonomics": "Ergonomie",
    "equipment": "Équipement",
    "premises": "Locaux",
    "organisation": "Organisation du travail",
    "health_safety": "Santé et sécurité",
    "other": "Autre",
}
IMPROVEMENT_STATUS = {
    "submitted": ("transmise au registre", "new"),
    "registered": ("inscrite au registre", "info"),
    "in_progress": ("en cours", "warning"),
    "done": ("réalisée", "success"),
    "rejected": ("rejetée", "error"),
}
KINDS = {
    "census": "recensement",
    "household_survey": "enquête ménages",
    "business_survey": "enquête entreprises",
    "other": "autre",
}
OPERATION_STATUS = {"draft": "brouillon", "scheduled": "programmée", "completed": "terminée"}


def portfolio_window(de: str, a: str, today: date) -> tuple[str, str, str]:
    """The window asked (``YYYY-MM`` to ``YYYY-MM``), or this month and the next eleven; the
    third value is what was wrong with the request (then the default is used)."""
    default = (month_of(today), month_of(today, 11))
    if not de and not a:
        return (*default, "")
    first, last = de, a or de
    if not MONTH.fullmatch(first) or not MONTH.fullmatch(last):
        return (*default, "Saisissez des mois sous la forme 2027-01.")
    if not 0 <= months_apart(last, first) < MAX_MONTHS:
        return (*default, f"La période va d'un mois à {MAX_MONTHS} mois au plus.")
    return first, last, ""


def month_span(first: str, last: str) -> tuple[date, date]:
    """The first day of ``first`` and the last day of ``last``."""
    return month_start(first), month_end(last)


#: a month without IT need: production's reason in French
NO_CENTRE = {
    ("phase completed",): "phase terminée",
    ("no IT workload",): "aucune charge informatique",
}


def _num(value: Any, places: int = 2) -> str:
    return number(value, places)


def centre_reason(centre: dict[str, Any], month: str) -> str:
    """production's verdict on an IT need (centre × month) in French, from its figures (the
    same rules as production's own reason, docs/services/production.md)."""
    where = f"{centre['centre_code']} en {month}"
    need = _num(centre["need"])
    if centre.get("plan_id") is None:
        return f"{where} : aucun plan de charge publié (besoin de {need} jours-personne)"
    where += f" (plan {centre['plan_id']} v{centre['plan_version']})"
    capacity = Decimal(str(centre["capacity"]))
    demand = Decimal(str(centre["demand"]))
    projected = max(demand, Decimal(str(centre["need"])))
    if capacity <= 0:
        return f"{where} : aucune capacité pour un besoin de {need} jours-personne"
    load = rate(projected, capacity)
    if centre["colour"] == "red":
        return (
            f"{where} : demande de {_num(projected)} au-delà de la capacité de "
            f"{_num(capacity)} jours-personne (charge {load})"
        )
    if centre["colour"] == "amber" and demand < Decimal(str(centre["need"])):
        return (
            f"{where} : le plan ne compte que {_num(demand)} jours-personne de demande pour "
            f"un besoin de {need}"
        )
    if centre["colour"] == "amber":
        return f"{where} : charge {load} de la capacité de {_num(capacity)} jours-personne"
    return f"{where} : charge {load}, marge de {_num(capacity - projected)} jours-personne"


def staff_reason(phase_code: str, staff: dict[str, Any]) -> str:
    return (
        f"{GSBPM_FR.get(phase_code, phase_code)}, {staff['unit_code']} : besoin de "
        f"{_num(staff['staff_days'])} jours-agent pour {_num(staff['available_staff_days'])} "
        "disponibles"
    )


def risk_reasons(risk: dict[str, Any]) -> list[str]:
    """The reasons behind the operation's overall colour, in French (all of them when green)."""
    colour = risk["colour"]
    reasons: list[str] = []
    for phase in risk["phases"]:
        for month in phase["months"]:
            for centre in month["centres"]:
                if centre["colour"] == colour:
                    reasons.append(centre_reason(centre, month["month"]))
        for staff in phase["staff"]:
            if staff["colour"] == colour:
                reasons.append(staff_reason(str(phase["phase_code"]), staff))
    if not reasons and colour == "green":
        reasons.append("aucun besoin informatique ni en personnel au-delà des capacités")
    return list(dict.fromkeys(reasons))


async def _operation(request: Request, operation_id: int) -> dict[str, Any]:
    """An operation's timeline (operation, phases, milestones, months) and its risk."""
    timeline, risk = await asyncio.gather(
        read(request, "production", operations_get_timeline, operation_id=operation_id),
        read(request, "production", capacity_get_operation_risk, operation_id=operation_id),
    )
    found = as_dict(timeline.parsed)
    found["risk"] = as_dict(risk.parsed)
    found["reasons"] = risk_reasons(found["risk"])
    return found


def _chart_row(found: dict[str, Any]) -> dict[str, Any]:
    op = found["operation"]
    return {
        "id": op["id"],
        "code": op["code"],
        "name": op["name"],
        "colour": found["risk"]["colour"],
        "phases": sorted(found["phases"], key=lambda p: (p["start"], p["end"])),
        "milestones": found["milestones"],
    }


@router.get("/portefeuille", dependencies=[Depends(require(*READERS))])
async def portfolio(
    request: Request,
    de: str = "",
    a: str = "",
) -> Response:
    first, last, error = portfolio_window(de.strip(), a.strip(), date.today())
    answer = await read(request, "production", portfolio_get_portfolio, from_=first, to=last)
    ids: dict[int, str] = {}
    for month in as_dict(answer.parsed)["months"]:
        for op in month["operations"]:
            ids[int(op["operation_id"])] = str(op["code"])
    ordered = sorted(ids, key=lambda i: ids[i])
    shown = ordered[:PORTFOLIO_CAP]
    operations = list(await asyncio.gather(*(_operation(request, i) for i in shown)))
    start, end = month_span(first, last)
    rows = [_chart_row(found) for found in operations]
    return renderer(request).page(
        request,
        "production/portfolio.html",
        title="Portefeuille des opérations",
        section="production-portfolio",
        operations=operations,
        chart=timeline_chart(rows, start, end),
        window=(first, last),
        error=error,
        more=len(ordered) - len(shown),
        **_labels(),
    )


def _labels() -> dict[str, Any]:
    return {
        "colours": COLOURS,
        "phases_fr": GSBPM_FR,
        "phase_status": PHASE_STATUS_FR,
        "kinds": KINDS,
        "operation_status": OPERATION_STATUS,
    }


@router.get("/operations/{operation_id}", dependencies=[Depends(require(*READERS))])
async def operation(request: Request, operation_id: int) -> Response:
    found = await _operation(request, operation_id)
    op = found["operation"]
    row = _chart_row(found)
    chart = None
    if row["phases"]:
        first = min(day_of(p["start"]) for p in row["phases"])
        last = max(day_of(p["end"]) for p in row["phases"])
        chart = timeline_chart([row], *month_span(month_of(first), month_of(last)))
    months = [
        {
            "phase_code": phase["phase_code"],
            "month": month["month"],
            "colour": month["colour"],
            "reasons": [centre_reason(c, month["month"]) for c in month["centres"]]
            or [NO_CENTRE.get(tuple(month["reasons"]), "aucune charge informatique")],
        }
        for phase in found["risk"]["phases"]
        for month in phase["months"]
    ]
    staff = [
        {
            "phase_code": phase["phase_code"],
            "colour": s["colour"],
            "reason": staff_reason(str(phase["phase_code"]), s),
        }
        for phase in found["risk"]["phases"]
        for s in phase["staff"]
    ]
    return renderer(request).page(
        request,
        "production/operation.html",
        title=f"{op['code']} — {op['name']}",
        section="production-portfolio",
        o=found,
        op=op,
        phases=row["phases"],
        chart=chart,
        risk_months=months,
        risk_staff=staff,
        **_labels(),
    )


@router.get("/ameliorations")
async def improvements(
    request: Request,
    person: Annotated[Person, Depends(require(*READERS))],
    statut: str = "",
) -> Response:
    params: dict[str, Any] = {}
    if statut in IMPROVEMENT_STATUS:
        params["status"] = ImprovementStatus(statut)
    items = await all_pages(
        improvements_list_improvements,
        request,
        request.app.state.settings.list_cap,
        service="production",
        **params,
    )
    items.sort(key=lambda i: (i["proposed_on"], i["id"]), reverse=True)
    return renderer(request).page(
        request,
        "production/improvements.html",
        title="Propositions d'amélioration",
        section="production-improvements",
        items=items,
        statuses=IMPROVEMENT_STATUS,
        filter_statuses={key: label for key, (label, _) in IMPROVEMENT_STATUS.items()},
        categories=CATEGORIES,
        filters={"statut": statut},
        can_propose=person.has(*PROPOSERS),
    )


def _proposal_form(
    request: Request, person: Person, values: dict[str, str], **form: Any
) -> Response:
    return form_page(
        request,
        "production/improvement_form.html",
        title="Proposer une amélioration",
        section="production-improvements",
        values=values,
        units=person.units,
        categories=CATEGORIES,
        **form,
    )


@router.get("/ameliorations/nouvelle")
async def new_improvement(
    request: Request, person: Annotated[Person, Depends(require(*PROPOSERS))]
) -> Response:
    ensure_session(request)
    return _proposal_form(request, person, {"unite": person.unit, "categorie": "other"})


@router.post("/ameliorations/nouvelle")
async def propose(
    request: Request, person: Annotated[Person, Depends(require(*PROPOSERS))]
) -> Response:
    values = form_values((await request.form()).multi_items())
    errors: dict[str, str] = {}
    if not values.get("titre", "").strip():
        errors["titre"] = "Donnez un titre à la proposition."
    if not values.get("description", "").strip():
        errors["description"] = "Décrivez la situation et ce qui l'améliorerait."
    if values.get("categorie", "other") not in CATEGORIES:
        errors["categorie"] = "Choisissez une catégorie."
    if not values.get("unite", "").strip():
        errors["unite"] = "Indiquez l'unité."
    if errors:
        return _proposal_form(request, person, values, errors=errors, status_code=422)
    body = ImprovementCreate(
        unit_code=values["unite"].strip(),
        title=values["titre"].strip(),
        description=values["description"].strip(),
        category=ImprovementCategory(values.get("categorie", "other")),
        site=values.get("site", "").strip() or UNSET,
    )
    try:
        created = await read(request, "production", improvements_propose_improvement, body=body)
    except ServiceRefusal as refusal:
        if refusal.status not in REFUSALS:
            raise
        return _proposal_form(request, person, values, refusal=refusal, status_code=refusal.status)
    proposal = as_dict(created.parsed)
    ensure_session(request).flash(
        f"Proposition n° {proposal['id']} transmise au registre santé et sécurité au travail."
    )
    return redirect(f"/production/ameliorations/{proposal['id']}", request)


@router.get("/ameliorations/{proposal_id}")
async def improvement(
    request: Request, proposal_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    ensure_session(request)
    found = await read(request, "production", improvements_get_improvement, proposal_id=proposal_id)
    proposal = as_dict(found.parsed)
    return renderer(request).page(
        request,
        "production/improvement.html",
        title=f"Proposition n° {proposal['id']}",
        section="production-improvements",
        p=proposal,
        statuses=IMPROVEMENT_STATUS,
        categories=CATEGORIES,
        can_follow_up=person.has(*DOMP),
    )


@router.post("/ameliorations/{proposal_id}/suite", dependencies=[Depends(require(*DOMP))])
async def follow_up(request: Request, proposal_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    status = values.get("statut", "")
    if status not in IMPROVEMENT_STATUS:
        ensure_session(request).flash("Choisissez l'état de la proposition.", "error")
        return redirect(f"/production/ameliorations/{proposal_id}", request)
    current = await read(
        request, "production", improvements_get_improvement, proposal_id=proposal_id
    )
    return await act(
        request,
        "production",
        improvements_record_follow_up,
        done="Suite enregistrée.",
        then=f"/production/ameliorations/{proposal_id}",
        current=current,
        proposal_id=proposal_id,
        body=FollowUpUpdate(
            status=ImprovementStatus(status),
            facilities_reference=values.get("reference", "").strip() or UNSET,
            note=values.get("note", "").strip() or UNSET,
        ),
    )
