"""Production pages: the capacity risk of the operations (green, amber, red with production's
reasons) over the next months (``GET /capacity/risk``), for the DOMP and the SG dashboard."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from production_client.api.capacity import capacity_list_operation_risks

from sg_console.formatting import month_of
from sg_console.pages.budget import all_pages
from sg_console.pages.common import renderer
from sg_console.sessions import Person
from sg_console.web import require

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


@router.get("/risques")
async def risks(
    request: Request, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
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
