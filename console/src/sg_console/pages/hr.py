"""HR pages (issue #20, journey 1: the DRH and a unit's HR correspondent).

* **Agents** of the person's units, as hr answers them: hr gives personal data (matricule,
  grade, quotité, contact) to HR roles only and the minimal view (name, unit) to anyone else;
  the console shows the columns hr sent, so it never widens what a role sees.
* **An agent**: identity, personal data (HR roles), assignments with their quotité, and the
  career history.
* **ETPT**: consumed per month against the unit's ceiling (plafond d'emplois), a chart and the
  same figures in a table.
* **Training sessions**: seats, enrolments and the waitlist; trainers (the DRH, the training
  office) enrol, mark attendance, confirm and record completion.
* **Compliance**: mandatory trainings missing, expired, or whose certificate expires soon.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from hr_client.api.agents import (
    agents_get_agent,
    agents_import_agents,
    agents_list_agent_assignments,
    agents_list_agents,
    agents_list_career_events,
)
from hr_client.api.staffing import staffing_get_etpt_statement
from hr_client.api.training import (
    training_cancel_enrolment,
    training_complete_enrolment,
    training_confirm_session,
    training_enrol_agent,
    training_get_compliance,
    training_get_course,
    training_get_session,
    training_list_completions,
    training_list_courses,
    training_list_enrolments,
    training_list_sessions,
    training_set_attendance,
    training_training_certificate,
)
from hr_client.models import (
    AttendanceSet,
    BodyAgentsImportAgents,
    CompletionCreate,
    EnrolmentCreate,
    SessionConfirmation,
    SessionStatus,
)

from sg_console.charts import etpt_chart
from sg_console.formatting import number
from sg_console.pages.budget import all_pages
from sg_console.pages.common import REFUSALS, act, as_dict, read, renderer
from sg_console.pages.files import Export, exports, stream_file, upload
from sg_console.services import ServiceRefusal
from sg_console.sessions import Person
from sg_console.web import ensure_session, form_values, person_of, redirect, require

router = APIRouter(prefix="/rh")

#: who reads agents' HR records, assignments and ETPT (hr's HR_STAFF; sg.auditor reads all)
HR_STAFF = ("hr.manager", "hr.officer", "sg.auditor")
#: who reads training sessions and compliance (hr's TRAINING_READERS)
TRAINING_READERS = ("hr.manager", "hr.officer", "hr.trainer", "sg.auditor")
#: who enrols, marks attendance, confirms and completes (hr's TRAINERS)
TRAINERS = ("hr.manager", "hr.trainer")

CAREER_KINDS = {
    "hired": "recrutement",
    "promoted": "promotion",
    "echelon": "changement d'échelon",
    "status_changed": "changement de statut",
    "moved": "mobilité",
    "left": "départ",
}
ENROLMENT_STATUS = {
    "enrolled": "inscrit",
    "waitlisted": "liste d'attente",
    "cancelled": "désinscrit",
    "attended": "présent",
    "absent": "absent",
    "completed": "formation validée",
}
SESSION_STATUS = {
    "planned": "prévue",
    "confirmed": "confirmée",
    "completed": "réalisée",
    "cancelled": "annulée",
}
BUDGET_STATUS = {
    "not_requested": "non demandé",
    "not_required": "sans coût",
    "pending": "en attente du budget",
    "committed": "engagé",
    "refused": "refusé par le budget",
    "released": "libéré",
    "certified": "service fait certifié",
}
COMPLIANCE_STATUS = {"missing": "manquante", "expired": "expirée", "expiring": "expire bientôt"}


def quotite(value: Any) -> str:
    """A quotité (``0.80``) as people say it: 80 %."""
    try:
        return f"{number(Decimal(str(value)) * 100, 0)}\u00a0%"
    except (TypeError, ValueError, ArithmeticError):
        return ""


def _default_unit(person: Person, unite: str) -> str:
    return unite.strip() or person.unit


def _agent_params(unit: str, nom: str, actifs: str) -> dict[str, Any]:
    """The agents list's filters as hr's parameters (the page and its exports)."""
    params: dict[str, Any] = {"unit_code": unit, "include_descendants": True}
    if nom.strip():
        params["name"] = nom.strip()
    if actifs == "1":
        params["active"] = True
    return params


def _agent_export_params(request: Request) -> dict[str, Any]:
    q = request.query_params
    unit = _default_unit(person_of(request), q.get("unite", ""))
    return _agent_params(unit, q.get("nom", ""), q.get("actifs", "1"))


exports("agents", Export("hr", agents_list_agents, HR_STAFF, _agent_export_params))


@router.get("/agents")
async def agents(
    request: Request,
    person: Annotated[Person, Depends(require(*HR_STAFF))],
    unite: str = "",
    nom: str = "",
    actifs: str = "1",
) -> Response:
    unit = _default_unit(person, unite)
    params = _agent_params(unit, nom, actifs)
    items = await all_pages(
        agents_list_agents, request, request.app.state.settings.list_cap, service="hr", **params
    )
    items.sort(key=lambda a: (a["last_name"], a["first_name"], a["id"]))
    return renderer(request).page(
        request,
        "hr/agents.html",
        title="Agents",
        section="hr-agents",
        items=items,
        personal=any("matricule" in a for a in items),
        quotite=quotite,
        filters={"unite": unit, "nom": nom, "actifs": actifs},
        export_query=urlencode({"unite": unit, "nom": nom, "actifs": actifs}),
        can_import=person.has(*IMPORTERS),
    )


# ---- importing agents (hr's POST /agents/imports, docs/exports.md) --------------------------

#: who imports agents (as who creates one: hr's permission table)
IMPORTERS = ("hr.manager", "hr.officer")
#: the rules a row breaks most, in French (the row error's ``type``; hr's message follows)
ROW_ERROR_LABELS = {
    "missing": "Valeur obligatoire manquante",
    "less_than_equal": "Valeur trop grande",
    "greater_than_equal": "Valeur trop petite",
    "less_than": "Valeur trop grande",
    "greater_than": "Valeur trop petite",
    "string_too_long": "Texte trop long",
    "string_too_short": "Texte trop court",
    "enum": "Valeur non prévue",
    "literal_error": "Valeur non prévue",
    "int_parsing": "Nombre entier attendu",
    "decimal_parsing": "Nombre attendu",
    "float_parsing": "Nombre attendu",
    "date_parsing": "Date attendue (AAAA-MM-JJ)",
    "date_from_datetime_parsing": "Date attendue (AAAA-MM-JJ)",
    "unknown-org-unit": "Unité inconnue",
    "closed-org-unit": "Unité fermée",
    "out-of-scope": "Unité hors de votre périmètre",
    "duplicate-matricule": "Matricule ou identifiant déjà pris",
}


def _import_page(
    request: Request,
    *,
    report: dict[str, Any] | None = None,
    refusal: ServiceRefusal | None = None,
    dry_run: bool = True,
    status_code: int = 200,
) -> Response:
    rows = refusal.problem.get("row_errors") if refusal is not None else None
    return renderer(request).page(
        request,
        "hr/import.html",
        status_code=status_code,
        title="Importer des agents",
        section="hr-agents",
        report=report,
        refusal=refusal,
        row_errors=rows if isinstance(rows, list) else [],
        row_error_labels=ROW_ERROR_LABELS,
        dry_run=dry_run,
    )


@router.get("/agents/import", dependencies=[Depends(require(*IMPORTERS))])
async def import_form(request: Request) -> Response:
    ensure_session(request)
    return _import_page(request)


@router.post("/agents/import", dependencies=[Depends(require(*IMPORTERS))])
async def import_agents(request: Request) -> Response:
    """The file checked (``mode=essai``: hr's dry run, nothing written) or imported: all its rows,
    or none and every wrong row listed."""
    form = await request.form()
    dry_run = form.get("mode") != "import"
    try:
        answer = await upload(
            request, "hr", agents_import_agents, BodyAgentsImportAgents, dry_run=dry_run
        )
    except ServiceRefusal as refusal:
        if refusal.status not in (*REFUSALS, 413, 415):
            raise
        return _import_page(request, refusal=refusal, dry_run=dry_run, status_code=refusal.status)
    return _import_page(request, report=answer.json(), dry_run=dry_run)


@router.get("/agents/{agent_id}", dependencies=[Depends(require(*HR_STAFF))])
async def agent(request: Request, agent_id: int) -> Response:
    found = as_dict((await read(request, "hr", agents_get_agent, agent_id=agent_id)).parsed)
    assignments = await all_pages(
        agents_list_agent_assignments, request, 500, service="hr", agent_id=agent_id
    )
    assignments.sort(key=lambda a: (a["start_date"], a["id"]), reverse=True)
    career = await all_pages(
        agents_list_career_events, request, 500, service="hr", agent_id=agent_id
    )
    career.sort(key=lambda c: (c["effective_date"], c["id"]), reverse=True)
    completions = await all_pages(
        training_list_completions, request, 500, service="hr", agent_id=agent_id
    )
    completions.sort(key=lambda c: (c["completed_on"], c["id"]), reverse=True)
    courses = {}
    if completions:
        listed = await all_pages(training_list_courses, request, 2000, service="hr")
        courses = {c["id"]: c["title"] for c in listed}
    return renderer(request).page(
        request,
        "hr/agent.html",
        completions=completions,
        courses=courses,
        title=f"{found['first_name']} {found['last_name']}",
        section="hr-agents",
        a=found,
        personal="matricule" in found,
        assignments=assignments,
        career=career,
        kinds=CAREER_KINDS,
        quotite=quotite,
    )


@router.get("/attestations/{completion_id}", dependencies=[Depends(require(*HR_STAFF))])
async def certificate(request: Request, completion_id: int) -> Response:
    """The training certificate hr issues for a completion (PDF, docs/documents.md)."""
    return await stream_file(
        request, "hr", training_training_certificate, completion_id=completion_id
    )


@router.get("/etpt")
async def etpt(
    request: Request,
    person: Annotated[Person, Depends(require(*HR_STAFF))],
    unite: str = "",
    annee: str = "",
) -> Response:
    unit = _default_unit(person, unite)
    year = int(annee) if annee.isdigit() and 2000 <= int(annee) <= 2100 else date.today().year
    statement = as_dict(
        (await read(request, "hr", staffing_get_etpt_statement, unit_code=unit, year=year)).parsed
    )
    return renderer(request).page(
        request,
        "hr/etpt.html",
        title="ETPT et plafond d'emplois",
        section="hr-etpt",
        s=statement,
        chart=etpt_chart(statement),
        filters={"unite": unit, "annee": str(year)},
    )


async def _courses(request: Request) -> dict[int, dict[str, Any]]:
    courses = await all_pages(training_list_courses, request, 2000, service="hr", active=None)
    return {c["id"]: c for c in courses}


@router.get("/formations", dependencies=[Depends(require(*TRAINING_READERS))])
async def sessions(
    request: Request,
    statut: str = "",
) -> Response:
    params: dict[str, Any] = {}
    if statut in SESSION_STATUS:
        params["status"] = SessionStatus(statut)
    items = await all_pages(
        training_list_sessions, request, request.app.state.settings.list_cap, service="hr", **params
    )
    items.sort(key=lambda s: (s["start_date"], s["id"]), reverse=True)
    return renderer(request).page(
        request,
        "hr/sessions.html",
        title="Sessions de formation",
        section="hr-training",
        items=items,
        courses=await _courses(request),
        statuses=SESSION_STATUS,
        filters={"statut": statut},
    )


@router.get("/formations/{session_id}")
async def session_page(
    request: Request,
    session_id: int,
    person: Annotated[Person, Depends(require(*TRAINING_READERS))],
) -> Response:
    ensure_session(request)
    found = as_dict((await read(request, "hr", training_get_session, session_id=session_id)).parsed)
    course = as_dict(
        (await read(request, "hr", training_get_course, course_id=found["course_id"])).parsed
    )
    enrolments = await all_pages(
        training_list_enrolments, request, 1000, service="hr", session_id=session_id
    )
    names: dict[int, str] = {}
    for enrolment in enrolments:
        agent_id = enrolment["agent_id"]
        if agent_id in names:
            continue
        try:
            got = as_dict((await read(request, "hr", agents_get_agent, agent_id=agent_id)).parsed)
            names[agent_id] = f"{got['last_name']} {got['first_name']}"
        except ServiceRefusal:
            names[agent_id] = f"agent n° {agent_id}"
    enrolments.sort(
        key=lambda e: (e["status"] == "cancelled", e.get("waitlist_position") or 0, e["id"])
    )
    return renderer(request).page(
        request,
        "hr/session.html",
        title=f"Session {course['code']} du {found['start_date']}",
        section="hr-training",
        s=found,
        course=course,
        enrolments=enrolments,
        names=names,
        statuses=SESSION_STATUS,
        enrolment_statuses=ENROLMENT_STATUS,
        budget_statuses=BUDGET_STATUS,
        can_act=person.has(*TRAINERS),
    )


@router.post("/formations/{session_id}/inscriptions", dependencies=[Depends(require(*TRAINERS))])
async def enrol(request: Request, session_id: int) -> Response:
    values = form_values((await request.form()).multi_items())
    then = f"/rh/formations/{session_id}"
    agent_id = values.get("agent", "").strip()
    if not agent_id.isdigit():
        ensure_session(request).flash("Indiquez le numéro de l'agent à inscrire.", "error")
        return redirect(then, request)

    def done(answer: Any) -> str:
        if str(answer.status) == "waitlisted":
            return (
                f"L'agent n° {agent_id} est sur la liste d'attente "
                f"(position {answer.waitlist_position})."
            )
        return f"L'agent n° {agent_id} est inscrit."

    return await act(
        request,
        "hr",
        training_enrol_agent,
        done=done,
        then=then,
        session_id=session_id,
        body=EnrolmentCreate(agent_id=int(agent_id)),
    )


@router.post("/formations/{session_id}/confirmation", dependencies=[Depends(require(*TRAINERS))])
async def confirm(request: Request, session_id: int) -> Response:
    return await act(
        request,
        "hr",
        training_confirm_session,
        done=lambda s: (
            "Session confirmée ; coût : "
            + BUDGET_STATUS.get(str(s.budget.status), str(s.budget.status))
            + "."
        ),
        then=f"/rh/formations/{session_id}",
        session_id=session_id,
        body=SessionConfirmation(),
    )


@router.post(
    "/formations/{session_id}/inscriptions/{enrolment_id}/{action}",
    dependencies=[Depends(require(*TRAINERS))],
)
async def enrolment_action(
    request: Request,
    session_id: int,
    enrolment_id: int,
    action: str,
) -> Response:
    then = f"/rh/formations/{session_id}"
    if action in ("present", "absent"):
        return await act(
            request,
            "hr",
            training_set_attendance,
            done="Présence enregistrée." if action == "present" else "Absence enregistrée.",
            then=then,
            enrolment_id=enrolment_id,
            body=AttendanceSet(present=action == "present"),
        )
    if action == "validation":
        return await act(
            request,
            "hr",
            training_complete_enrolment,
            done=lambda c: (
                "Formation validée"
                + (
                    f" ; certificat valable jusqu'au {c.certificate_expires_on:%d/%m/%Y}."
                    if c.certificate_expires_on
                    else "."
                )
            ),
            then=then,
            enrolment_id=enrolment_id,
            body=CompletionCreate(),
        )
    if action == "desinscription":
        return await act(
            request,
            "hr",
            training_cancel_enrolment,
            done="Inscription annulée ; la première personne en attente prend la place.",
            then=then,
            enrolment_id=enrolment_id,
        )
    ensure_session(request).flash("Action inconnue.", "error")
    return redirect(then, request)


@router.get("/conformite")
async def compliance(
    request: Request,
    person: Annotated[Person, Depends(require(*TRAINING_READERS))],
    unite: str = "",
    jours: str = "60",
) -> Response:
    unit = _default_unit(person, unite)
    within = int(jours) if jours.isdigit() and int(jours) <= 3650 else 60
    report = as_dict(
        (
            await read(request, "hr", training_get_compliance, unit_code=unit, within_days=within)
        ).parsed
    )
    order = {"expired": 0, "missing": 1, "expiring": 2}
    report["items"].sort(
        key=lambda i: (
            order.get(i["status"], 3),
            i.get("certificate_expires_on") or "",
            i["last_name"],
        )
    )
    counts = {k: sum(1 for i in report["items"] if i["status"] == k) for k in COMPLIANCE_STATUS}
    return renderer(request).page(
        request,
        "hr/compliance.html",
        title="Formations obligatoires",
        section="hr-compliance",
        r=report,
        counts=counts,
        statuses=COMPLIANCE_STATUS,
        filters={"unite": unit, "jours": str(within)},
    )
