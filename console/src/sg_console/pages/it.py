"""IT pages: the plan de charge now — capacity against demand per computing centre and month,
as it computes it (``GET /workload/load``), for the DI and the SG dashboard."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from it_client.api.workload import workload_current_load

from sg_console.formatting import month_of, rate
from sg_console.pages.common import as_dict, read, renderer
from sg_console.sessions import Person
from sg_console.web import require

router = APIRouter(prefix="/di")

READERS = ("it.manager", "it.planner", "sg.auditor")


@router.get("/charge")
async def load(
    request: Request, person: Annotated[Person, Depends(require(*READERS))], centre: str = ""
) -> Response:
    today = date.today()
    params: dict[str, Any] = {"first_month": month_of(today), "last_month": month_of(today, 5)}
    if centre.strip():
        params["centre_code"] = centre.strip()
    lines = [
        as_dict(line)
        for line in (await read(request, "it", workload_current_load, **params)).parsed
    ]
    lines.sort(key=lambda line: (line["centre_code"], line["month"]))
    for line in lines:
        line["rate"] = rate(line["demand"], line["capacity"])
    return renderer(request).page(
        request,
        "it/load.html",
        title="Plan de charge",
        section="it-load",
        lines=lines,
        filters={"centre": centre},
    )
