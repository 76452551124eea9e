"""IT pages (issue #20, journey 4: the DI's capacity planner).

* **Plan de charge** (``/di/charge``): capacity against demand per computing centre and month,
  as it-svc computes it now (``GET /workload/load``: capacity = staff allocated × quotité ×
  working days + extra person-days; demand = the statistical operations' needs and the IT
  projects); a chart per centre, the months over capacity as alerts, and the versions of the
  plan. A planner saves the period shown as a draft version (``POST /workload/plans``) and
  publishes it (``POST /workload/plans/{id}/publish``, with the draft's ``ETag``): it-svc then
  tells production, whose operations' capacity risk reads the published plan.
* **Inventaire** (``/di/inventaire``): the configuration items of the person's units.
* **Licences** (``/di/licences``): seats used against seats bought, and it's over-use report
  (installs or assigned seats beyond the seats) flagged.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from it_client.api.inventory import inventory_list_items
from it_client.api.licences import licences_list_licences, licences_over_used_licences
from it_client.api.workload import (
    workload_create_plan,
    workload_current_load,
    workload_get_plan,
    workload_list_demands,
    workload_list_plans,
    workload_publish_plan,
)
from it_client.models import ItemKind, ItemStatus, PlanCreate

from sg_console.charts import load_chart
from sg_console.formatting import MONTH, month_of, rate
from sg_console.pages.budget import all_pages
from sg_console.pages.common import REFUSALS, act, as_dict, client, read, renderer
from sg_console.services import ServiceRefusal, call
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, redirect, require

router = APIRouter(prefix="/di")

#: who reads the plan de charge (it's PLANNERS; sg.auditor reads all)
READERS = ("it.manager", "it.planner", "sg.auditor")
#: who saves and publishes a version of the plan (it's PLANNERS)
PLANNERS = ("it.manager", "it.planner")
#: who reads the inventory and the licences (it's INVENTORY_READERS)
INVENTORY_READERS = ("it.manager", "it.technician", "it.planner", "sg.auditor")

DEMAND_SOURCES = {"operation": "opération statistique", "project": "projet informatique"}
PLAN_STATUS = {"draft": "brouillon", "published": "publiée", "superseded": "remplacée"}
ITEM_KINDS = {"hardware": "matériel", "network": "réseau", "software": "logiciel"}
ITEM_STATUS = {
    "ordered": "commandé",
    "in_stock": "en stock",
    "deployed": "déployé",
    "in_repair": "en réparation",
    "retired": "réformé",
}
LICENCE_TYPES = {
    "perpetual": "perpétuelle",
    "subscription": "abonnement",
    "per_user": "par utilisateur",
    "per_device": "par poste",
    "site": "site",
}


def _with_rates(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    lines.sort(key=lambda line: (line["centre_code"], line["month"]))
    for line in lines:
        line["rate"] = rate(line["demand"], line["capacity"])
    return lines


def _charts(lines: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """A chart per centre that has capacity or demand over the period."""
    charts = []
    for centre, group in groupby(lines, key=lambda line: line["centre_code"]):
        rows = list(group)
        if any(float(r["capacity"]) or float(r["demand"]) for r in rows):
            charts.append((centre, load_chart(centre, rows)))
    return charts


async def _demands(request: Request, months: list[str], centre: str) -> list[dict[str, Any]]:
    """The demand lines behind the load: each operation's phase or IT project, per month
    (it lists them month by month)."""
    lines: list[dict[str, Any]] = []
    for month in months:
        params: dict[str, Any] = {"month": month} | ({"centre_code": centre} if centre else {})
        lines += await all_pages(
            workload_list_demands,
            request,
            request.app.state.settings.list_cap,
            service="it",
            **params,
        )
    lines.sort(key=lambda d: (d["centre_code"], d["month"], d["source"], d["id"]))
    return lines


@router.get("/charge")
async def load(
    request: Request,
    person: Annotated[Person, Depends(require(*READERS))],
    centre: str = "",
    du: str = "",
    au: str = "",
) -> Response:
    today = date.today()
    first = du if MONTH.match(du) else month_of(today)
    last = au if MONTH.match(au) and au >= first else max(month_of(today, 5), first)
    params: dict[str, Any] = {"first_month": first, "last_month": last}
    if centre.strip():
        params["centre_code"] = centre.strip()
    lines = _with_rates(
        [
            as_dict(line)
            for line in (await read(request, "it", workload_current_load, **params)).parsed
        ]
    )
    demands = await _demands(request, sorted({line["month"] for line in lines}), centre.strip())
    plans = await all_pages(
        workload_list_plans,
        request,
        request.app.state.settings.list_cap,
        service="it",
    )
    plans.sort(key=lambda p: p["created_at"], reverse=True)
    if person.has(*PLANNERS):
        ensure_session(request)  # the version form carries the CSRF token
    return renderer(request).page(
        request,
        "it/load.html",
        title="Plan de charge",
        section="it-load",
        lines=lines,
        alerts=[line for line in lines if line["over_capacity"]],
        charts=_charts(lines),
        demands=demands,
        sources=DEMAND_SOURCES,
        plans=plans[:20],
        statuses=PLAN_STATUS,
        can_act=person.has(*PLANNERS),
        filters={"centre": centre, "du": first, "au": last},
    )


@router.post("/charge/versions", dependencies=[Depends(require(*PLANNERS))])
async def save_version(request: Request) -> Response:
    values = form_values((await request.form()).multi_items())
    first, last = values.get("du", ""), values.get("au", "")
    code = values.get("code", "").strip()
    centre = values.get("centre", "").strip()
    back = f"/di/charge?du={first}&au={last}&centre={centre}"
    if not code or not MONTH.match(first) or not MONTH.match(last):
        ensure_session(request).flash(
            "Donnez le code de la version et la période (mois AAAA-MM).", "error"
        )
        return redirect("/di/charge", request)
    body = PlanCreate(
        code=code,
        first_month=first,
        last_month=last,
        centre_codes=[centre] if centre else None,
        note=values.get("note", "").strip() or None,
    )
    session = ensure_session(request)
    try:
        async with await client(request, "it") as api:
            plan = (await call(workload_create_plan, service="it", client=api, body=body)).parsed
    except ServiceRefusal as refusal:
        if refusal.status not in REFUSALS:
            raise
        session.flash(f"{refusal.title} : {refusal.detail}", "error")
        return redirect(back, request)
    session.flash(f"Version {plan.code} n° {plan.number} enregistrée (brouillon).")
    return redirect(f"/di/charge/versions/{plan.id}", request)


@router.get("/charge/versions/{plan_id}")
async def version(
    request: Request, plan_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    ensure_session(request)
    plan = as_dict((await read(request, "it", workload_get_plan, plan_id=plan_id)).parsed)
    lines = _with_rates(plan["lines"])
    return renderer(request).page(
        request,
        "it/plan.html",
        title=f"Plan de charge {plan['code']} n° {plan['number']}",
        section="it-load",
        p=plan,
        lines=lines,
        alerts=[line for line in lines if line["over_capacity"]],
        charts=_charts(lines),
        statuses=PLAN_STATUS,
        can_act=person.has(*PLANNERS),
    )


@router.post("/charge/versions/{plan_id}/publication", dependencies=[Depends(require(*PLANNERS))])
async def publish(request: Request, plan_id: int) -> Response:
    current = await read(request, "it", workload_get_plan, plan_id=plan_id)
    return await act(
        request,
        "it",
        workload_publish_plan,
        done=lambda plan: f"Version {plan.code} n° {plan.number} publiée.",
        then=f"/di/charge/versions/{plan_id}",
        current=current,
        plan_id=plan_id,
    )


@router.get("/inventaire", dependencies=[Depends(require(*INVENTORY_READERS))])
async def inventory(
    request: Request,
    unite: str = "",
    type: str = "",
    etat: str = "",
) -> Response:
    params: dict[str, Any] = {}
    if unite.strip():
        params["unit_code"] = unite.strip()
    if type in ITEM_KINDS:
        params["kind"] = ItemKind(type)
    if etat in ITEM_STATUS:
        params["status"] = ItemStatus(etat)
    items = await all_pages(
        inventory_list_items,
        request,
        request.app.state.settings.list_cap,
        service="it",
        **params,
    )
    items.sort(key=lambda i: (i["unit_code"], i["kind"], i["name"], i["id"]))
    return renderer(request).page(
        request,
        "it/inventory.html",
        title="Inventaire informatique",
        section="it-inventory",
        items=items,
        kinds=ITEM_KINDS,
        statuses=ITEM_STATUS,
        filters={"unite": unite, "type": type, "etat": etat},
    )


@router.get("/licences", dependencies=[Depends(require(*INVENTORY_READERS))])
async def licences(
    request: Request,
    unite: str = "",
) -> Response:
    params: dict[str, Any] = {"unit_code": unite.strip()} if unite.strip() else {}
    items = await all_pages(
        licences_list_licences,
        request,
        request.app.state.settings.list_cap,
        service="it",
        **params,
    )
    report = (await read(request, "it", licences_over_used_licences)).parsed
    over = {usage["id"]: usage for usage in (as_dict(u) for u in report)}
    for item in items:
        item["usage"] = over.get(item["id"])
        item["rate"] = rate(item["seats_used"], item["seats"])
    items.sort(key=lambda i: (i["usage"] is None, i["software"].lower(), i["id"]))
    return renderer(request).page(
        request,
        "it/licences.html",
        title="Licences",
        section="it-licences",
        items=items,
        types=LICENCE_TYPES,
        filters={"unite": unite},
    )
