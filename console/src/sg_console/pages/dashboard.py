"""The SG dashboard (issue #20, « Beyond »): the secrétaire général's key figures of the five
départements on one page, each read from its service's API with the person's token and each
linking to the page that details it. A service that does not answer leaves its figure
« indisponible » and the others still show.

The figures, and where each comes from (the service computes; the console only adds up the
few lines a service answers):

* budget execution: ``GET /execution/monthly`` grouped by title — cumulative AE and CP
  consumed at the latest month against what was allocated (the DPG's execution page);
* payment delays: ``GET /invoices?late=true&count=true`` and ``?due_within=5&count=true`` —
  open invoices past their due date, and due within 5 days (the CPF's worklist);
* ETPT against the ceiling: hr's ``GET /etpt/INSEE/{year}`` — the year's ETPT of the whole
  institute and its ceiling;
* occupancy: facilities' ``GET /occupancy`` — m² SUN per workstation of each building against
  the State's standard (12 m²);
* IT load: it's ``GET /workload/load`` for this month — demand over capacity per centre;
* operations at risk: production's ``GET /capacity/risk`` for the next 3 months — the
  operations' worst colour (red, amber, green).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import Any

from budget_client.api.cpf import cpf_list_invoices
from budget_client.api.execution import execution_monthly_execution
from budget_client.models import Axis
from facilities_client.api.real_estate import real_estate_occupancy
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from hr_client.api.staffing import staffing_get_etpt_statement
from it_client.api.workload import workload_current_load

from sg_console.formatting import month_of, rate
from sg_console.pages.common import as_dict, read, renderer
from sg_console.pages.dpg import monthly_totals
from sg_console.pages.production import operation_risks
from sg_console.services import ServiceRefusal, ServiceUnavailable
from sg_console.web import require

router = APIRouter()

#: the secrétaire général reads everything and changes nothing: sg.auditor (sg.admin passes)
READERS = ("sg.auditor",)
ROOT_UNIT = "INSEE"


async def budget_figure(request: Request, year: int) -> dict[str, Any]:
    groups = (
        await read(
            request,
            "budget",
            execution_monthly_execution,
            fiscal_year=year,
            group_by=[Axis.TITLE],
        )
    ).parsed
    months = monthly_totals([as_dict(g) for g in groups])
    last = months[-1] if months else {}
    return {
        "ae_rate": rate(last.get("cumulative_ae"), last.get("allocated_ae")),
        "cp_rate": rate(last.get("cumulative_cp"), last.get("allocated_cp")),
        "cumulative_ae": last.get("cumulative_ae", Decimal(0)),
        "allocated_ae": last.get("allocated_ae", Decimal(0)),
        "month": last.get("month"),
    }


async def invoices_figure(request: Request, year: int) -> dict[str, Any]:  # noqa: ARG001 (a Figure)
    late = await read(request, "budget", cpf_list_invoices, late=True, count=True, limit=1)
    soon = await read(request, "budget", cpf_list_invoices, due_within=5, count=True, limit=1)
    return {
        "late": as_dict(late.parsed).get("total") or 0,
        "due_soon": as_dict(soon.parsed).get("total") or 0,
    }


async def etpt_figure(request: Request, year: int) -> dict[str, Any]:
    statement = as_dict(
        (
            await read(request, "hr", staffing_get_etpt_statement, unit_code=ROOT_UNIT, year=year)
        ).parsed
    )
    return {
        "annual": statement["annual_etpt"],
        "ceiling": statement.get("ceiling"),
        "over": statement.get("variance") is not None and Decimal(str(statement["variance"])) > 0,
        "variance": statement.get("variance"),
    }


async def occupancy_figure(request: Request, year: int) -> dict[str, Any]:  # noqa: ARG001 (a Figure)
    report = as_dict((await read(request, "facilities", real_estate_occupancy)).parsed)
    buildings = report["buildings"]
    sun = sum((Decimal(str(b["sun_m2"])) for b in buildings), Decimal(0))
    stations = sum(b["workstations"] for b in buildings)
    return {
        "buildings": len(buildings),
        "above": sum(1 for b in buildings if b["above_standard"]),
        "m2_per_workstation": (sun / stations) if stations else None,
        "standard": report["standard_m2"],
    }


async def it_figure(request: Request, year: int) -> dict[str, Any]:  # noqa: ARG001 (a Figure)
    month = month_of(date.today())
    lines = [
        as_dict(line)
        for line in (
            await read(request, "it", workload_current_load, first_month=month, last_month=month)
        ).parsed
    ]
    capacity = sum((Decimal(str(line["capacity"])) for line in lines), Decimal(0))
    demand = sum((Decimal(str(line["demand"])) for line in lines), Decimal(0))
    return {
        "month": month,
        "load": rate(demand, capacity),
        "centres": len({line["centre_code"] for line in lines}),
        "over": sorted({line["centre_code"] for line in lines if line["over_capacity"]}),
    }


async def risk_figure(request: Request, year: int) -> dict[str, Any]:  # noqa: ARG001 (a Figure)
    colours = [str(r["colour"]) for r in (await operation_risks(request))[1]]
    return {c: colours.count(c) for c in ("red", "amber", "green")}


Figure = Callable[[Request, int], Awaitable[dict[str, Any]]]
#: key → (title, service, how to read it, the page that details it)
FIGURES: list[tuple[str, str, str, Figure, str]] = [
    ("budget", "Exécution budgétaire", "budget", budget_figure, "/dpg/execution"),
    ("invoices", "Délais de paiement", "budget", invoices_figure, "/cpf/factures"),
    ("etpt", "ETPT et plafond d'emplois", "hr", etpt_figure, f"/rh/etpt?unite={ROOT_UNIT}"),
    ("occupancy", "Occupation des bâtiments", "facilities", occupancy_figure, "/dsg/occupation"),
    ("it", "Charge informatique", "it", it_figure, "/di/charge"),
    ("risks", "Opérations à risque", "production", risk_figure, "/production/risques"),
]


@router.get("/tableau-de-bord", dependencies=[Depends(require(*READERS))])
async def dashboard(
    request: Request,
    annee: str = "",
) -> Response:
    year = int(annee) if annee.isdigit() and 2000 <= int(annee) <= 2100 else date.today().year
    figures: list[dict[str, Any]] = []
    for key, title, service, reader, href in FIGURES:
        entry: dict[str, Any] = {"key": key, "title": title, "href": href, "service": service}
        try:
            entry["data"] = await reader(request, year)
        except (ServiceRefusal, ServiceUnavailable):
            entry["data"] = None
        figures.append(entry)
    return renderer(request).page(
        request,
        "dashboard.html",
        title="Tableau de bord du Secrétariat général",
        section="dashboard",
        figures=figures,
        year=year,
    )
