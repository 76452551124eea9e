"""A small service built with the factory, used to test the platform itself."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import registry
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel, col, select, update

from sg_common.api import (
    BusinessDate,
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Page,
    Sort,
    check_if_match,
    paginate,
    set_etag,
)
from sg_common.app import ServiceDefinition
from sg_common.audit.router import router as audit_router
from sg_common.auth import CurrentPrincipal, OrgScope
from sg_common.auth.permissions import (
    ANY_AUTHENTICATED,
    EVERY_UNIT,
    OWN_UNITS,
    Caller,
    PermissionTable,
    Scope,
)
from sg_common.deps import SessionDep
from sg_common.errors import BusinessRuleViolation, NotFound, problem_responses
from sg_common.settings import ServiceSettings


class SampleTable(SQLModel, registry=registry()):
    pass


class Note(SampleTable, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    unit_code: str = SQLField(index=True, max_length=32)
    title: str = SQLField(max_length=200)
    priority: int | None = None
    version: int = 1


class NoteCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    unit_code: str = Field(max_length=32)
    title: Line = Field(min_length=1, max_length=200)
    effective: BusinessDate | None = None
    priority: int | None = Field(default=None, ge=0, le=100)


class NoteUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(default=None, min_length=1, max_length=200)


class NotePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    title: str
    priority: int | None = None
    version: int


class NotePage(Page[NotePublic]):
    pass


class DuplicateTitle(BusinessRuleViolation):
    type_slug = "duplicate-title"
    title = "A note with this title exists"


class SampleSettings(ServiceSettings):
    service_name: str = "sample"
    port: int = 8099


router = APIRouter(prefix="/notes", tags=["notes"])
#: Writers change notes of their own units; anyone reads their units' notes, a controller all.
READERS = {ANY_AUTHENTICATED: OWN_UNITS, "sample.controller": EVERY_UNIT}
PERMISSIONS = PermissionTable(
    {
        "notes-create_note": {"sample.writer": OWN_UNITS},
        "notes-list_notes": READERS,
        "notes-export_notes": READERS,
        "notes-get_note": READERS,
        "notes-update_note": {"sample.writer": OWN_UNITS},
        "audit-list_audit_entries": {"sample.manager": EVERY_UNIT},
    }
)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409),
)
async def create_note(
    body: NoteCreate, session: SessionDep, scope: Scope, request: Request, _w: Caller
) -> NotePublic:
    tree = request.app.state.org_tree
    tree.require(body.unit_code, body.effective)
    scope.check(body.unit_code)
    existing = await session.exec(select(Note).where(Note.title == body.title))
    if existing.first() is not None:
        raise DuplicateTitle(f"title {body.title!r} is taken")
    note = Note(unit_code=body.unit_code, title=body.title, priority=body.priority)
    session.add(note)
    await session.flush()
    return NotePublic.model_validate(note)


NOTE_SORT = Sort({"title": col(Note.title), "priority": col(Note.priority)})


@router.get("", summary="List notes in scope")
async def list_notes(
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    listing: Annotated[Listing, NOTE_SORT],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> NotePage:
    stmt = scope.apply(select(Note), col(Note.unit_code))
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Note.id)], limit=limit, cursor=cursor, listing=listing
    )
    items = [NotePublic.model_validate(r) for r in rows]
    return NotePage(items=items, next_cursor=next_cursor, total=listing.total)


async def _get_in_scope(session: SessionDep, note_id: int, scope: OrgScope) -> Note:
    stmt = scope.apply(select(Note).where(Note.id == note_id), col(Note.unit_code))
    note = (await session.exec(stmt)).first()
    if note is None:
        raise NotFound(f"note {note_id} does not exist")
    return note


@router.get("/export", summary="Export notes (a literal path beside /notes/{note_id})")
async def export_notes(_p: Caller) -> list[NotePublic]:
    return []


@router.get("/{note_id}", responses=problem_responses(404))
async def get_note(
    note_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> NotePublic:
    note = await _get_in_scope(session, note_id, scope)
    set_etag(response, note.version)
    return NotePublic.model_validate(note)


@router.patch("/{note_id}", responses=problem_responses(404, 412, 428))
async def update_note(
    note_id: int,
    body: NoteUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _w: Caller,
    if_match: IfMatchHeader = None,
) -> NotePublic:
    note = await _get_in_scope(session, note_id, scope)
    check_if_match(if_match, note.version)
    if body.title is not None:
        note.title = body.title
    note.version += 1
    session.add(note)
    await session.flush()
    set_etag(response, note.version)
    return NotePublic.model_validate(note)


@router.post("/-/same-id", include_in_schema=False)
async def insert_same_id(session: SessionDep) -> None:
    """Two rows with one primary key: the database refuses (as when two requests race)."""
    session.add(Note(id=424242, unit_code="DPG", title="first"))
    await session.flush()
    session.expunge_all()
    session.add(Note(id=424242, unit_code="DPG", title="second"))
    await session.flush()


@router.post("/-/flaky", include_in_schema=False, status_code=status.HTTP_201_CREATED)
async def flaky_create(body: NoteCreate, session: SessionDep, request: Request) -> NotePublic:
    """Writes a note, then fails while ``app.state.fail_next`` is set (the write rolls back)."""
    note = Note(unit_code=body.unit_code, title=body.title)
    session.add(note)
    await session.flush()
    if getattr(request.app.state, "fail_next", False):
        request.app.state.fail_next = False
        raise RuntimeError("the database went away")
    return NotePublic.model_validate(note)


@router.post("/-/stamp", include_in_schema=False)
async def stamp_all(session: SessionDep, _p: CurrentPrincipal) -> None:
    """A bulk ``UPDATE`` (no unit of work): every note's version bumped."""
    await session.exec(update(Note).values(version=col(Note.version) + 1))


@router.get("/-/boom", include_in_schema=False)
async def boom() -> None:
    raise RuntimeError("secret internal detail: password=hunter2")


SAMPLE = ServiceDefinition(
    name="sample",
    title="Sample service",
    description="A service used to test the platform.",
    settings_class=SampleSettings,
    metadata=SampleTable.metadata,
    migrations_dir=Path(__file__).parent / "no-migrations",
    routers=[router, audit_router],
    permissions=PERMISSIONS,
)
