"""Union relations (issue #20, journey 2: the DRH's dialogue social), as hr-svc keeps them.

* **Instances** (``/rh/dialogue-social``): the bodies of the person's units — comités sociaux
  d'administration (CSA) and their formations spécialisées (F3SCT) — with their titular seats,
  and the unions (organisations syndicales). The DRH adds a union and creates a body.
* **An instance**: its elections, its meetings and, for an F3SCT, the seats per union that hr
  computes from its CSA's votes. The DRH enters an election's results (one line per union's
  list: votes, candidates); hr computes the seats at the highest average and refuses what the
  rules forbid (a second election within the four-year cycle, more ballots than voters, an
  F3SCT, which has no election of its own). HR staff (the DRH, a unit's correspondent)
  schedule a meeting with its agenda.
* **An election**: per list, the votes, the share of the valid votes and the seats hr computed,
  the turnout and how each equal average was decided.
* **A meeting**: its agenda, the body's opinion (votes) on each item and the minutes.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from hr_client.api.unions import (
    unions_create_body,
    unions_create_election,
    unions_create_meeting,
    unions_create_union,
    unions_get_composition,
    unions_get_election,
    unions_get_meeting,
    unions_list_bodies,
    unions_list_elections,
    unions_list_meetings,
    unions_list_unions,
    unions_record_opinion,
    unions_update_meeting,
)
from hr_client.models import (
    BodyCreate,
    BodyKind,
    ElectionCreate,
    ListVotes,
    MeetingCreate,
    MeetingUpdate,
    OpinionCreate,
    UnionCreate,
)

from sg_console.formatting import number, parse_date
from sg_console.pages.budget import all_pages
from sg_console.pages.common import act, as_dict, client, form_page, read, renderer
from sg_console.services import ServiceRefusal, call
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, redirect, require

router = APIRouter(prefix="/rh/dialogue-social")

#: who reads bodies, elections and meetings (hr's HR_STAFF; sg.auditor reads all)
READERS = ("hr.manager", "hr.officer", "sg.auditor")
#: who adds unions, creates bodies and enters election results (hr's DRH)
DRH = ("hr.manager",)
#: who schedules meetings and records their opinions and minutes (hr's HR_STAFF)
STAFF = ("hr.manager", "hr.officer")
BODY_KINDS = {
    "CSA": "comité social d'administration (CSA)",
    "F3SCT": "formation spécialisée en santé, sécurité et conditions de travail (F3SCT)",
}
OUTCOMES = {
    "favourable": "avis favorable",
    "unfavourable": "avis défavorable",
    "unanimous_against": "vote unanime contre (nouvel examen)",
    "tied": "partage des voix",
}
#: lines of union lists on the election form
LIST_ROWS = 8


def percent(fraction: Any, places: int) -> str:
    """hr's fraction (``0.4667``) as a French percentage (``46,67 %``)."""
    return f"{number(Decimal(str(fraction)) * 100, places)}\u00a0%"


TIE_RULES = {
    "more votes": "la liste qui a le plus de voix",
    "more candidates": "la liste qui a le plus de candidats",
    "drawing of lots required; given to the first list": "tirage au sort à faire ; attribué "
    "provisoirement à la première liste saisie",
}
TIE = re.compile(r"^seat (\d+): equal average ([\d.]+) for (.+) → (\S+) \((.+)\)$")


def tie_in_french(note: str) -> str:
    """hr's note on an equal average, in French (as hr wrote it if its shape is unknown)."""
    found = TIE.match(note)
    if found is None or found[5] not in TIE_RULES:
        return note
    seat, average, tied, winner, how = found.groups()
    return (
        f"{seat}e siège : moyenne égale ({number(Decimal(average), 2)}) pour {tied} ; "
        f"attribué à {winner}, {TIE_RULES[how]}."
    )


def parse_count(text: str) -> int | None:
    """A whole number as people type it (``4 200``), or None."""
    cleaned = "".join(text.split()).replace("\u202f", "")
    return int(cleaned) if cleaned.isdigit() else None


def _status(errors: dict[str, str], refusal: ServiceRefusal | None) -> int:
    """A form shown again: 422 for what was typed, the service's status for its refusal."""
    if refusal is not None:
        return refusal.status
    return 422 if errors else 200


async def _create(request: Request, operation: Any, body: Any) -> Any:
    """A record created in hr (its parsed answer), or hr's refusal of what was typed."""
    try:
        async with await client(request, "hr") as api:
            return (await call(operation, service="hr", client=api, body=body)).parsed
    except ServiceRefusal as refusal:
        if refusal.status not in (404, 409, 422):
            raise
        return refusal


async def _every(request: Request, operation: Any, **params: Any) -> list[dict[str, Any]]:
    return await all_pages(
        operation, request, request.app.state.settings.list_cap, service="hr", **params
    )


async def _body(request: Request, code: str) -> dict[str, Any]:
    """A body of the person's units by its code (hr's list of the bodies in scope, filtered)."""
    found = [b for b in await _every(request, unions_list_bodies, code=code) if b["code"] == code]
    if not found:  # as hr answers a record outside the person's units
        raise ServiceRefusal("hr", 404, {"detail": f"Aucune instance {code} dans vos unités."})
    return found[0]


@router.get("")
async def bodies(
    request: Request, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    return await _bodies_page(request, person, {}, {})


async def _bodies_page(
    request: Request,
    person: Person,
    values: dict[str, str],
    errors: dict[str, str],
    refusal: ServiceRefusal | None = None,
) -> Response:
    ensure_session(request)
    items = await _every(request, unions_list_bodies)
    items.sort(key=lambda b: (b["unit_code"], b["kind"], b["code"]))
    unions = await _every(request, unions_list_unions) if person.has(*STAFF) else []
    unions.sort(key=lambda u: u["code"])
    return form_page(
        request,
        "unions/bodies.html",
        title="Dialogue social",
        section="hr-unions",
        values=values,
        errors=errors,
        refusal=refusal,
        status_code=_status(errors, refusal),
        items=items,
        unions=unions,
        kinds=BODY_KINDS,
        can_act=person.has(*DRH),
    )


@router.post("/organisations", dependencies=[Depends(require(*DRH))])
async def add_union(request: Request) -> Response:
    values = form_values((await request.form()).multi_items())
    code, name = values.get("sigle", "").strip(), values.get("nom", "").strip()
    if not code or not name:
        ensure_session(request).flash("Donnez le sigle et le nom de l'organisation.", "error")
        return redirect("/rh/dialogue-social", request)
    return await act(
        request,
        "hr",
        unions_create_union,
        done=f"Organisation syndicale {code} ajoutée.",
        then="/rh/dialogue-social",
        body=UnionCreate(code=code, name=name),
    )


@router.post("")
async def create_body(
    request: Request, person: Annotated[Person, Depends(require(*DRH))]
) -> Response:
    values = form_values((await request.form()).multi_items())
    errors: dict[str, str] = {}
    for field, label in (("code", "le code"), ("nom", "le nom"), ("unite", "l'unité")):
        if not values.get(field, "").strip():
            errors[field] = f"Donnez {label}."
    kind = values.get("type", "")
    if kind not in BODY_KINDS:
        errors["type"] = "Choisissez le type d'instance."
    seats = parse_count(values.get("sieges", ""))
    if seats is None or not 1 <= seats <= 50:
        errors["sieges"] = "Un nombre de sièges titulaires de 1 à 50."
    csa = values.get("csa", "").strip()
    if kind == "F3SCT" and not csa:
        errors["csa"] = "Une F3SCT se rattache à un CSA : donnez son code."
    if errors:
        return await _bodies_page(request, person, values, errors)
    body = BodyCreate(
        code=values["code"].strip(),
        kind=BodyKind(kind),
        name=values["nom"].strip(),
        unit_code=values["unite"].strip(),
        seats=seats or 0,
        csa_code=csa if kind == "F3SCT" else None,
    )
    created = await _create(request, unions_create_body, body)
    if isinstance(created, ServiceRefusal):
        return await _bodies_page(request, person, values, {}, created)
    ensure_session(request).flash(f"Instance {body.code} créée.")
    return redirect(f"/rh/dialogue-social/instances/{body.code}", request)


@router.get("/instances/{code}")
async def body_page(
    request: Request, code: str, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    return await _body_page(request, person, code, {}, {})


async def _body_page(
    request: Request,
    person: Person,
    code: str,
    values: dict[str, str],
    errors: dict[str, str],
    refusal: ServiceRefusal | None = None,
) -> Response:
    ensure_session(request)
    found = await _body(request, code)
    elections = await _every(request, unions_list_elections, body_code=code)
    elections.sort(key=lambda e: e["held_on"], reverse=True)
    for e in elections:
        e["turnout_pct"] = percent(e["turnout"], 1)
    meetings = await _every(request, unions_list_meetings, body_code=code)
    meetings.sort(key=lambda m: m["held_on"], reverse=True)
    composition, composition_note = None, ""
    if found["kind"] == "F3SCT":
        try:
            composition = as_dict(
                (await read(request, "hr", unions_get_composition, body_code=code)).parsed
            )
            composition["ties"] = [tie_in_french(n) for n in composition["tie_breaks"]]
        except ServiceRefusal as refused:
            if refused.status not in (404, 409):
                raise
            composition_note = refused.detail
    can_enter = person.has(*DRH) and found["kind"] == "CSA"
    unions = await _every(request, unions_list_unions) if can_enter else []
    unions.sort(key=lambda u: u["code"])
    return form_page(
        request,
        "unions/body.html",
        title=f"{found['code']} — {found['name']}",
        section="hr-unions",
        values=values,
        errors=errors,
        refusal=refusal,
        status_code=_status(errors, refusal),
        b=found,
        kinds=BODY_KINDS,
        elections=elections,
        meetings=meetings,
        composition=composition,
        composition_note=composition_note,
        unions=unions,
        rows=range(LIST_ROWS),
        can_enter=can_enter,
        can_meet=person.has(*STAFF),
    )


def _election_of(code: str, values: dict[str, str]) -> tuple[ElectionCreate | None, dict[str, str]]:
    """The election form → hr's ElectionCreate, or the errors to show beside the fields."""
    errors: dict[str, str] = {}
    held_on = parse_date(values.get("date", ""))
    if held_on is None:
        errors["date"] = "Une date (jj/mm/aaaa)."
    voters = parse_count(values.get("inscrits", ""))
    if not voters:
        errors["inscrits"] = "Le nombre d'électeurs inscrits."
    blank = parse_count(values.get("blancs", "") or "0")
    if blank is None:
        errors["blancs"] = "Un nombre (0 s'il n'y en a pas)."
    results: list[ListVotes] = []
    for row in range(LIST_ROWS):
        union = values.get(f"liste-{row}", "")
        votes_text = values.get(f"voix-{row}", "").strip()
        if not union and not votes_text:
            continue
        votes = parse_count(votes_text)
        candidates = parse_count(values.get(f"candidats-{row}", "") or "0")
        if not union or votes is None or candidates is None:
            errors[f"liste-{row}"] = "Choisissez l'organisation et donnez ses voix."
            continue
        results.append(ListVotes(union_code=union, votes=votes, candidates=candidates))
    if not results and not any(k.startswith("liste-") for k in errors):
        errors["liste-0"] = "Au moins une liste."
    if errors or held_on is None or voters is None:
        return None, errors
    election = ElectionCreate(
        body_code=code,
        held_on=held_on,
        registered_voters=voters,
        blank_or_void=blank or 0,
        results=results,
    )
    return election, {}


#: what is said once a record of a body is created, by the address of its page
CREATED = {
    "elections": "Résultats enregistrés ; sièges répartis.",
    "reunions": "Réunion programmée.",
}


async def _submit(
    request: Request,
    person: Person,
    code: str,
    values: dict[str, str],
    operation: Any,
    body: Any,
    kind: str,
) -> Response:
    """Create a body's election or meeting in hr, then its page; a refusal keeps the form."""
    created = await _create(request, operation, body)
    if isinstance(created, ServiceRefusal):
        return await _body_page(request, person, code, values, {}, created)
    ensure_session(request).flash(CREATED[kind])
    return redirect(f"/rh/dialogue-social/{kind}/{created.id}", request)


@router.post("/instances/{code}/elections")
async def enter_election(
    request: Request, code: str, person: Annotated[Person, Depends(require(*DRH))]
) -> Response:
    values = form_values((await request.form()).multi_items())
    election, errors = _election_of(code, values)
    if election is None:
        return await _body_page(request, person, code, values, errors)
    return await _submit(
        request, person, code, values, unions_create_election, election, "elections"
    )


@router.get("/elections/{election_id}", dependencies=[Depends(require(*READERS))])
async def election(request: Request, election_id: int) -> Response:
    found = as_dict(
        (await read(request, "hr", unions_get_election, election_id=election_id)).parsed
    )
    found["turnout_pct"] = percent(found["turnout"], 1)
    for r in found["results"]:
        r["share_pct"] = percent(r["share"], 2)
    found["ties"] = [tie_in_french(note) for note in found["tie_breaks"]]
    return renderer(request).page(
        request,
        "unions/election.html",
        title=f"Élection du {found['held_on']} — {found['body_code']}",
        section="hr-unions",
        e=found,
    )


@router.post("/instances/{code}/reunions")
async def schedule_meeting(
    request: Request, code: str, person: Annotated[Person, Depends(require(*STAFF))]
) -> Response:
    values = form_values((await request.form()).multi_items())
    held_on = parse_date(values.get("date-reunion", ""))
    agenda = [line.strip() for line in values.get("ordre-du-jour", "").splitlines() if line.strip()]
    if held_on is None or not agenda:
        return await _body_page(
            request,
            person,
            code,
            values,
            {"reunion": "Donnez la date et au moins un point à l'ordre du jour (un par ligne)."},
        )
    body = MeetingCreate(body_code=code, held_on=held_on, agenda=agenda)
    return await _submit(request, person, code, values, unions_create_meeting, body, "reunions")


@router.get("/reunions/{meeting_id}")
async def meeting(
    request: Request, meeting_id: int, person: Annotated[Person, Depends(require(*READERS))]
) -> Response:
    ensure_session(request)
    found = as_dict((await read(request, "hr", unions_get_meeting, meeting_id=meeting_id)).parsed)
    opinions = {o["item"]: o for o in found["opinions"]}
    return renderer(request).page(
        request,
        "unions/meeting.html",
        title=f"Réunion du {found['held_on']} — {found['body_code']}",
        section="hr-unions",
        m=found,
        opinions=opinions,
        outcomes=OUTCOMES,
        can_act=person.has(*STAFF),
    )


@router.post("/reunions/{meeting_id}/avis", dependencies=[Depends(require(*STAFF))])
async def record_opinion(request: Request, meeting_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    then = f"/rh/dialogue-social/reunions/{meeting_id}"
    counts = [parse_count(values.get(k, "") or "0") for k in ("point", "pour", "contre", "abst")]
    item, votes_for, against, abstentions = counts
    if item is None or votes_for is None or against is None or abstentions is None:
        ensure_session(request).flash("Choisissez le point et donnez les voix.", "error")
        return redirect(then, request)
    return await act(
        request,
        "hr",
        unions_record_opinion,
        done=lambda o: f"Avis enregistré : {OUTCOMES.get(str(o.outcome), str(o.outcome))}.",
        then=then,
        meeting_id=meeting_id,
        body=OpinionCreate(
            item=item, votes_for=votes_for, votes_against=against, abstentions=abstentions
        ),
    )


@router.post("/reunions/{meeting_id}/proces-verbal", dependencies=[Depends(require(*STAFF))])
async def record_minutes(request: Request, meeting_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    then = f"/rh/dialogue-social/reunions/{meeting_id}"
    minutes = values.get("proces-verbal", "").strip()
    if not minutes:
        ensure_session(request).flash("Écrivez le procès-verbal.", "error")
        return redirect(then, request)
    current = await read(request, "hr", unions_get_meeting, meeting_id=meeting_id)
    return await act(
        request,
        "hr",
        unions_update_meeting,
        done="Procès-verbal enregistré.",
        then=then,
        current=current,
        meeting_id=meeting_id,
        body=MeetingUpdate(minutes=minutes),
    )
