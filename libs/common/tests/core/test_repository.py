"""The repository: scope in the query, the lean read, locks, the PATCH null policy."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pydantic import BaseModel, ConfigDict
from sqlalchemy import event, text
from sqlmodel import col

from sg_common.api.pagination import InvalidCursor, Listing, encode_cursor
from sg_common.auth import OrgScope
from sg_common.db import Database
from sg_common.errors import NotFound
from sg_common.repository import NullNotAllowed, Repository
from sg_common.testing.databases import TestDatabase

from .sample_service import Note, NotePublic, SampleTable

NOTES = Repository(Note, what="note")
UNSCOPED = Repository(Note, what="note", unit=None)


class NotePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    priority: int | None = None


@pytest.fixture
async def db(test_db: TestDatabase) -> AsyncIterator[Database]:
    database = Database(test_db.url)
    async with database.engine.begin() as conn:
        await conn.run_sync(SampleTable.metadata.create_all)
    async with database.transaction() as session:
        session.add(Note(id=1, unit_code="DR-BRE", title="Bretagne", priority=3))
        session.add(Note(id=2, unit_code="DR-PDL", title="Pays de la Loire"))
    yield database
    await database.dispose()


BRE = OrgScope(frozenset({"DR-BRE"}))


async def test_get_finds_a_row_in_scope_and_404s_outside_it(db: Database) -> None:
    async with db.transaction(write=False) as session:
        assert (await NOTES.get(session, 1, BRE)).title == "Bretagne"
        with pytest.raises(NotFound, match="note 2 does not exist"):
            await NOTES.get(session, 2, BRE)  # exists, but in another unit: same answer
        with pytest.raises(NotFound, match="note 99 does not exist"):
            await NOTES.get(session, 99, BRE)
        assert (await NOTES.get(session, 2, OrgScope.everything())).unit_code == "DR-PDL"
        assert (await NOTES.get(session, 2)).id == 2  # no scope: e.g. an event handler
        with pytest.raises(NotFound):
            await NOTES.get(session, 1, OrgScope(frozenset()))  # a scope that sees nothing
        assert (await UNSCOPED.get(session, 2, BRE)).id == 2  # a table not scoped by unit
        await NOTES.exists(session, 1, BRE)
        with pytest.raises(NotFound):
            await NOTES.exists(session, 2, BRE)


async def test_the_lean_read_gives_what_the_orm_read_gives(db: Database) -> None:
    loads: list[int] = []

    def loaded(target: Note, _context: object) -> None:
        loads.append(target.id or 0)

    event.listen(Note, "load", loaded)
    try:
        async with db.transaction(write=False) as session:
            lean = await NOTES.read(session, 1, BRE, NotePublic)
            assert loads == []  # no ORM instance built
            orm = NotePublic.model_validate(await NOTES.get(session, 1, BRE))
            assert loads == [1]
            with pytest.raises(NotFound, match="note 2 does not exist"):
                await NOTES.read(session, 2, BRE, NotePublic)
            # each shape of scope, the statement of each built once and reused
            both = OrgScope(frozenset({"DR-BRE", "DR-PDL"}))
            assert (await NOTES.read(session, 2, both, NotePublic)).unit_code == "DR-PDL"
            with pytest.raises(NotFound):  # the same statement, the units of this scope
                await NOTES.read(session, 2, BRE, NotePublic)
            everything = OrgScope.everything()
            assert (await NOTES.read(session, 2, everything, NotePublic)).id == 2
            assert (await NOTES.read(session, 2, None, NotePublic)).id == 2
            with pytest.raises(NotFound):
                await NOTES.read(session, 1, OrgScope(frozenset()), NotePublic)
    finally:
        event.remove(Note, "load", loaded)
    assert (
        lean == orm == NotePublic(id=1, unit_code="DR-BRE", title="Bretagne", priority=3, version=1)
    )


async def test_patch_applies_what_was_sent_and_bumps_the_version_once(db: Database) -> None:
    async with db.transaction() as session:
        note = await NOTES.get(session, 1, BRE, lock=True)
        assert NOTES.patch(note, NotePatch(title="Bretagne (DR)")) == {"title": "Bretagne (DR)"}
        assert (note.title, note.priority, note.version) == ("Bretagne (DR)", 3, 2)
        # an explicit null empties a column that may be empty
        assert NOTES.patch(note, NotePatch.model_validate({"priority": None})) == {"priority": None}
        assert (note.priority, note.version) == (None, 3)
        assert NOTES.patch(note, NotePatch()) == {}  # nothing sent: nothing changes
        assert note.version == 3
    async with db.transaction(write=False) as session:
        stored = await NOTES.read(session, 1, None, NotePublic)
    assert (stored.title, stored.priority, stored.version) == ("Bretagne (DR)", None, 3)


async def test_patch_refuses_null_on_a_required_field_and_changes_nothing(db: Database) -> None:
    async with db.transaction() as session:
        note = await NOTES.get(session, 1, BRE)
        body = NotePatch.model_validate({"title": None, "priority": 7})
        with pytest.raises(NullNotAllowed) as refused:
            NOTES.patch(note, body)
        assert refused.value.status == 422
        assert refused.value.extra == {"fields": ["title"]}
        assert (note.title, note.priority, note.version) == ("Bretagne", 3, 1)


async def test_get_with_lock_holds_the_row_until_the_transaction_ends(
    db: Database, db_backend: str
) -> None:
    if db_backend != "postgresql":
        pytest.skip("SQLite's write transactions exclude each other whole")
    async with db.transaction() as session:
        await NOTES.get(session, 1, BRE, lock=True)
        async with db.engine.connect() as other:
            await other.execute(text("SET lock_timeout = '100ms'"))
            with pytest.raises(Exception, match="lock timeout"):
                await other.execute(text("SELECT id FROM note WHERE id = 1 FOR UPDATE"))


async def test_page_lists_in_scope_filters_sorts_and_pages_without_orm_instances(
    db: Database,
) -> None:
    async with db.transaction() as session:
        session.add(Note(id=3, unit_code="DR-BRE", title="Rennes", priority=1))
        session.add(Note(id=4, unit_code="DR-BRE", title="Brest", priority=3))
    loads: list[int] = []

    def loaded(target: Note, _context: object) -> None:
        loads.append(target.id or 0)

    both = OrgScope(frozenset({"DR-BRE", "DR-PDL"}))
    event.listen(Note, "load", loaded)
    try:
        async with db.transaction(write=False) as session:
            first, after = await NOTES.page(session, BRE, None, NotePublic, limit=2, cursor=None)
            assert [n.id for n in first] == [1, 3]  # DR-PDL's note 2 is not listed
            assert after == encode_cursor([3])
            rest, end = await NOTES.page(session, BRE, None, NotePublic, limit=2, cursor=after)
            assert ([n.id for n in rest], end) == ([4], None)
            # keyword filters compare for equality; None means "not filtered"
            threes, _ = await NOTES.page(
                session, both, None, NotePublic, limit=50, cursor=None, priority=3, title=None
            )
            assert [(n.id, n.title) for n in threes] == [(1, "Bretagne"), (4, "Brest")]
            # other conditions go in `where`; the client's sort first, the key breaks ties
            listing = Listing.parse("-priority", {"priority": Note.priority}, count=True)
            ranked, _ = await NOTES.page(
                session,
                both,
                listing,
                NotePublic,
                limit=50,
                cursor=None,
                where=[col(Note.title) != "Rennes"],
            )
            assert [n.id for n in ranked] == [2, 1, 4]  # NULL first descending, then 3, 3
            assert listing.total == 3
            with pytest.raises(InvalidCursor):  # a cursor of the list's own order, reused sorted
                await NOTES.page(session, both, listing, NotePublic, limit=1, cursor=after)
        assert loads == []  # no ORM instance built
    finally:
        event.remove(Note, "load", loaded)
    assert first[0] == NotePublic(id=1, unit_code="DR-BRE", title="Bretagne", priority=3, version=1)


async def test_add_assigns_the_key_and_update_sets_columns_with_one_version_bump(
    db: Database,
) -> None:
    async with db.transaction() as session:
        created = await NOTES.add(session, Note(id=5, unit_code="DR-BRE", title="Quimper"))
        assert created.version == 1  # flushed: the column's default is known
        note = await NOTES.get(session, created.id, BRE)
        assert NOTES.update(note, title="Quimper (DR)", priority=2) is note
        assert (note.title, note.priority, note.version) == ("Quimper (DR)", 2, 2)
        with pytest.raises(AttributeError, match="note has no column 'titel'"):
            NOTES.update(note, priority=9, titel="typo")
        assert (note.priority, note.version) == (2, 2)  # refused before anything changed
    async with db.transaction(write=False) as session:
        stored = await NOTES.read(session, 5, BRE, NotePublic)
    assert (stored.title, stored.priority, stored.version) == ("Quimper (DR)", 2, 2)


async def test_a_locked_get_reads_the_row_as_another_transaction_left_it(
    db: Database, db_backend: str
) -> None:
    if db_backend != "postgresql":
        pytest.skip("SQLite's write transaction keeps every other writer out")
    async with db.transaction() as session:
        held = await NOTES.get(session, 1, BRE)  # the session now holds the row
        assert held.title == "Bretagne"
        async with db.engine.connect() as other:
            await other.execute(text("UPDATE note SET title = 'Breizh' WHERE id = 1"))
            await other.commit()
        locked = await NOTES.get(session, 1, BRE, lock=True)
        assert locked is held  # the same instance, read again
        assert locked.title == "Breizh"
