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

#: what the console offers each role (the first of the person's roles found here leads the home)
ROLE_HOMES: dict[str, str] = {
    "budget.accountant": "Les factures à traiter par échéance, les paiements et la balance du CPF.",
    "facilities.manager": "L'occupation des bâtiments, le document unique, les incidents, le "
    "registre santé et sécurité au travail, et les achats de toutes les unités.",
    "facilities.buyer": "Les demandes d'achat à approuver et à commander pour toutes les unités.",
    "facilities.requester": "Les demandes d'achat de vos unités et leurs réceptions.",
    "facilities.social": "Vos notifications. Les dossiers d'aide sociale restent dans le service "
    "des affaires générales, seul à les lire : la console ne les affiche pas encore.",
    "hr.manager": "Les agents, leurs affectations, les ETPT contre le plafond, les sessions de "
    "formation et les formations obligatoires de toutes les unités ; le dialogue social : "
    "élections, sièges, instances et réunions.",
    "hr.officer": "Les agents de vos unités, leurs affectations, les ETPT contre le plafond, "
    "les formations obligatoires à suivre, et les instances de dialogue social et leurs réunions.",
    "hr.trainer": "Les sessions de formation : inscriptions, liste d'attente, émargement et "
    "validation ; les formations obligatoires.",
    "it.manager": "Le plan de charge des centres informatiques (capacité, demande, surcharges, "
    "versions publiées), l'inventaire et les licences.",
    "it.planner": "Le plan de charge des centres informatiques (capacité, demande, surcharges, "
    "versions publiées), l'inventaire et les licences de vos unités.",
    "it.technician": "L'inventaire informatique et les licences de vos unités, avec les "
    "licences en sur-utilisation.",
    "production.manager": "Le portefeuille des opérations en calendrier (phases, jalons, "
    "dépendances) avec leur risque de capacité, et les propositions d'amélioration avec les "
    "réponses du DSG.",
    "production.lead": "Le calendrier et le risque de capacité des opérations que vous pilotez, "
    "et les propositions d'amélioration de vos unités.",
    "production.contributor": "Le calendrier et le risque de capacité des opérations auxquelles "
    "vous contribuez, et les propositions d'amélioration de vos unités.",
}


def role_home(person: Person) -> str:
    return next((text for role, text in ROLE_HOMES.items() if role in person.roles), "")


@router.get("/")
async def home(
    request: Request, person: Annotated[Person, Depends(require())], exercice: int | None = None
) -> Response:
    if person.has(*dashboard.READERS):  # the secrétaire général (sg.auditor), sg.admin
        return await dashboard.dashboard(request, str(exercice or ""))
    if person.has(*budget.READERS):
        return await budget.credits_page(request, person, exercice or date.today().year, "home")
    return renderer(request).page(
        request,
        "home.html",
        title="Accueil",
        section="home",
        tiles=menu_for(person)[1:],
        lead=role_home(person),
    )
