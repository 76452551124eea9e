"""DSG pages (issue #20, journey 3): occupancy per building against the State's standard of
12 m² SUN per workstation, as facilities computes it (``GET /occupancy``); the DUERP (each
unit's yearly risk assessment: work unit, hazard, probability × severity = score, measures and
prevention actions), validated by the DSG; incidents and accidents with their follow-ups; the
working-conditions register (registre santé et sécurité au travail) with the DSG's answers."""

from __future__ import annotations

from typing import Annotated, Any

from facilities_client.api.real_estate import real_estate_occupancy
from facilities_client.api.working_conditions import (
    working_conditions_add_incident_follow_up,
    working_conditions_answer_register_entry,
    working_conditions_get_incident,
    working_conditions_get_register_entry,
    working_conditions_get_risk_assessment,
    working_conditions_list_incidents,
    working_conditions_list_register_entries,
    working_conditions_list_risk_assessments,
    working_conditions_validate_risk_assessment,
)
from facilities_client.models import EntryStatus, EntryUpdate, FollowUpCreate, IncidentStatus
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from sg_console.charts import occupancy_chart
from sg_console.pages.budget import all_pages
from sg_console.pages.common import act, as_dict, read, renderer
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, redirect, require

router = APIRouter(prefix="/dsg")

READERS = ("facilities.manager", "sg.auditor")
#: who validates a DUERP, follows an incident up and answers the register (facilities' DSG)
DSG = ("facilities.manager",)
INCIDENT_KINDS = {
    "near_miss": "presque accident",
    "incident": "incident",
    "work_accident": "accident du travail",
    "commuting_accident": "accident de trajet",
}
INCIDENT_STATUS = {"open": "ouvert", "closed": "clos"}
ENTRY_STATUS = {"open": "ouverte", "in_progress": "en cours", "closed": "close"}
ASSESSMENT_STATUS = {"draft": "brouillon", "validated": "validé"}


async def _listed(
    request: Request, operation: Any, status: Any, date_key: str
) -> list[dict[str, Any]]:
    """Every record of a facilities list (``status``: a filter or None), latest first."""
    params: dict[str, Any] = {} if status is None else {"status": status}
    items = await all_pages(
        operation, request, request.app.state.settings.list_cap, service="facilities", **params
    )
    items.sort(key=lambda i: (i[date_key], i["id"]), reverse=True)
    return items


async def _record(request: Request, operation: Any, **ids: int) -> dict[str, Any]:
    """One facilities record, the session made first (its page carries a form)."""
    ensure_session(request)
    return as_dict((await read(request, "facilities", operation, **ids)).parsed)


@router.get("/occupation", dependencies=[Depends(require(*READERS))])
async def occupancy(request: Request) -> Response:
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


@router.get("/duerp", dependencies=[Depends(require(*READERS))])
async def assessments(
    request: Request,
    unite: str = "",
    annee: str = "",
) -> Response:
    params: dict[str, Any] = {}
    if unite.strip():
        params["unit_code"] = unite.strip()
    if annee.isdigit():
        params["year"] = int(annee)
    items = await all_pages(
        working_conditions_list_risk_assessments,
        request,
        request.app.state.settings.list_cap,
        service="facilities",
        **params,
    )
    items.sort(key=lambda a: (-a["year"], a["unit_code"]))
    return renderer(request).page(
        request,
        "dsg/assessments.html",
        title="Document unique d'évaluation des risques",
        section="dsg-duerp",
        items=items,
        statuses=ASSESSMENT_STATUS,
        filters={"unite": unite, "annee": annee},
    )


@router.get("/duerp/{assessment_id}")
async def assessment(
    request: Request, assessment_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    found = await _record(
        request, working_conditions_get_risk_assessment, assessment_id=assessment_id
    )
    found["risks"].sort(key=lambda r: (-r["score"], r["id"]))
    return renderer(request).page(
        request,
        "dsg/assessment.html",
        title=f"DUERP de {found['unit_code']} ({found['year']})",
        section="dsg-duerp",
        a=found,
        statuses=ASSESSMENT_STATUS,
        can_act=person.has(*DSG),
    )


@router.post("/duerp/{assessment_id}/validation", dependencies=[Depends(require(*DSG))])
async def validate(request: Request, assessment_id: int) -> Response:
    current = await read(
        request, "facilities", working_conditions_get_risk_assessment, assessment_id=assessment_id
    )
    return await act(
        request,
        "facilities",
        working_conditions_validate_risk_assessment,
        done="Document unique validé.",
        then=f"/dsg/duerp/{assessment_id}",
        current=current,
        assessment_id=assessment_id,
    )


@router.get("/incidents", dependencies=[Depends(require(*READERS))])
async def incidents(
    request: Request,
    statut: str = "",
) -> Response:
    status = IncidentStatus(statut) if statut in INCIDENT_STATUS else None
    items = await _listed(request, working_conditions_list_incidents, status, "occurred_on")
    return renderer(request).page(
        request,
        "dsg/incidents.html",
        title="Incidents et accidents",
        section="dsg-incidents",
        items=items,
        kinds=INCIDENT_KINDS,
        statuses=INCIDENT_STATUS,
        filters={"statut": statut},
    )


@router.get("/incidents/{incident_id}")
async def incident(
    request: Request, incident_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    found = await _record(request, working_conditions_get_incident, incident_id=incident_id)
    return renderer(request).page(
        request,
        "dsg/incident.html",
        title=f"Incident n° {incident_id}",
        section="dsg-incidents",
        i=found,
        kinds=INCIDENT_KINDS,
        statuses=INCIDENT_STATUS,
        can_act=person.has(*DSG),
    )


@router.post("/incidents/{incident_id}/suivi", dependencies=[Depends(require(*DSG))])
async def follow_up(request: Request, incident_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    then = f"/dsg/incidents/{incident_id}"
    note = values.get("note", "").strip()
    if not note:
        ensure_session(request).flash("Écrivez la note de suivi.", "error")
        return redirect(then, request)
    close = values.get("clore") == "1"
    return await act(
        request,
        "facilities",
        working_conditions_add_incident_follow_up,
        done="Suivi enregistré ; incident clos." if close else "Suivi enregistré.",
        then=then,
        incident_id=incident_id,
        body=FollowUpCreate(note=note, close=close),
    )


@router.get("/registre", dependencies=[Depends(require(*READERS))])
async def register(
    request: Request,
    statut: str = "",
) -> Response:
    status = EntryStatus(statut) if statut in ENTRY_STATUS else None
    items = await _listed(request, working_conditions_list_register_entries, status, "reported_on")
    return renderer(request).page(
        request,
        "dsg/register.html",
        title="Registre santé et sécurité au travail",
        section="dsg-register",
        items=items,
        statuses=ENTRY_STATUS,
        filters={"statut": statut},
    )


@router.get("/registre/{entry_id}")
async def entry(
    request: Request, entry_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    found = await _record(request, working_conditions_get_register_entry, entry_id=entry_id)
    return renderer(request).page(
        request,
        "dsg/entry.html",
        title=f"Observation n° {entry_id}",
        section="dsg-register",
        e=found,
        statuses=ENTRY_STATUS,
        can_act=person.has(*DSG),
    )


@router.post("/registre/{entry_id}/reponse", dependencies=[Depends(require(*DSG))])
async def answer(request: Request, entry_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    then = f"/dsg/registre/{entry_id}"
    response = values.get("reponse", "").strip()
    status = values.get("statut", "")
    if not response or status not in ENTRY_STATUS:
        ensure_session(request).flash("Écrivez la réponse et choisissez l'état.", "error")
        return redirect(then, request)
    current = await read(
        request, "facilities", working_conditions_get_register_entry, entry_id=entry_id
    )
    return await act(
        request,
        "facilities",
        working_conditions_answer_register_entry,
        done="Réponse enregistrée.",
        then=then,
        current=current,
        entry_id=entry_id,
        body=EntryUpdate(response=response, status=EntryStatus(status)),
    )
