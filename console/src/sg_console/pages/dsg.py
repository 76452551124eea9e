"""DSG pages (issue #20, journey 3, first part): occupancy per building against the State's
standard of 12 m² SUN per workstation, as facilities computes it (``GET /occupancy``)."""

from __future__ import annotations

from typing import Annotated

from facilities_client.api.real_estate import real_estate_occupancy
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sg_console.charts import occupancy_chart
from sg_console.pages.common import as_dict, read, renderer
from sg_console.sessions import Person
from sg_console.web import require

router = APIRouter(prefix="/dsg")

READERS = ("facilities.manager", "sg.auditor")


@router.get("/occupation")
async def occupancy(
    request: Request, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    report = as_dict((await read(request, "facilities", real_estate_occupancy)).parsed)
    report["buildings"].sort(key=lambda b: (not b["above_standard"], b["building_code"]))
    return renderer(request).page(
        request,
        "dsg/occupancy.html",
        title="Occupation des bâtiments",
        section="dsg-occupancy",
        r=report,
        chart=occupancy_chart(report["buildings"], report["standard_m2"])
        if report["buildings"]
        else None,
    )
