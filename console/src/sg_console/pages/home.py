"""The home page: what the person's roles open, and the credits for budget people."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sg_console.pages import budget, dashboard
from sg_console.pages.common import renderer
from sg_console.sessions import Person
from sg_console.web import menu_for, require

router = APIRouter()


@router.get("/")
async def home(
    request: Request, person: Annotated[Person, Depends(require())], exercice: int | None = None
) -> Response:
    if person.has(*dashboard.READERS):  # the secrétaire général (sg.auditor), sg.admin
        return await dashboard.dashboard(request, person, str(exercice or ""))
    if person.has(*budget.READERS):
        return await budget.credits_page(request, person, exercice or date.today().year, "home")
    return renderer(request).page(
        request, "home.html", title="Accueil", section="home", tiles=menu_for(person)[1:]
    )
