"""Lists (issue #22, 5): ``sort`` from a whitelist, stable with the keyset cursor; ``count=true``
adds ``total``; ``Link: <...>; rel="next"`` (RFC 8288). On the sample service's notes, whose
``priority`` may be NULL (NULL comes after every value: last ascending, first descending)."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import col, delete, select

from sg_common.api import Listing, paginate

from .sample_service import Note
from .test_http import WRITER, assert_problem

# Titles are lowercase ASCII letters (the same order under any collation); priorities tie and
# are sometimes NULL, so the id must break ties and NULLs must be placed.
NOTES = [
    ("kilo", 3),
    ("alpha", None),
    ("echo", 1),
    ("delta", 3),
    ("bravo", 1),
    ("juliet", None),
    ("charlie", 2),
    ("golf", 3),
    ("hotel", 1),
    ("india", None),
]


async def _create(client: httpx.AsyncClient, auth: Any, title: str, priority: int | None) -> int:
    body = {"unit_code": "DPG", "title": title, "priority": priority}
    response = await client.post("/notes", json=body, headers=auth(**WRITER))
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


@pytest.fixture
async def notes(client: httpx.AsyncClient, auth: Any) -> list[dict[str, Any]]:
    rows = []
    for title, priority in NOTES:
        note_id = await _create(client, auth, title, priority)
        rows.append({"id": note_id, "title": title, "priority": priority})
    return rows


def ordered(rows: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    """The order a sort promises, worked in Python: each field with NULL after every value
    (reversed when descending), then the id ascending."""
    result = sorted(rows, key=lambda r: r["id"])
    for part in reversed(sort.split(",")):
        name = part.lstrip("-")

        def key(r: dict[str, Any], n: str = name) -> tuple[bool, Any]:
            return (r[n] is None, r[n] if r[n] is not None else 0)

        result.sort(key=key, reverse=part.startswith("-"))
    return result


def expected(rows: list[dict[str, Any]], sort: str) -> list[str]:
    return [r["title"] for r in ordered(rows, sort)]


async def walk(
    client: httpx.AsyncClient, auth: Any, params: dict[str, Any]
) -> tuple[list[str], list[httpx.Response]]:
    seen: list[str] = []
    answers = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/notes", params=query, headers=auth(**WRITER))
        assert response.status_code == 200, response.text
        answers.append(response)
        seen += [n["title"] for n in response.json()["items"]]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return seen, answers


@pytest.mark.usefixtures("notes")
async def test_sort_ascending_and_descending_ties_by_id_nulls_last(
    client: httpx.AsyncClient, auth: Any
) -> None:
    # priority 1: echo, bravo, hotel (in creation = id order); 2: charlie; 3: kilo, delta, golf;
    # then the NULLs alpha, juliet, india.
    seen, _ = await walk(client, auth, {"sort": "priority", "limit": 4})
    assert seen == ["echo", "bravo", "hotel", "charlie", "kilo", "delta", "golf",
                    "alpha", "juliet", "india"]  # fmt: skip
    # Descending: the NULLs first; ties still by id ascending (the list's own order).
    seen, _ = await walk(client, auth, {"sort": "-priority", "limit": 4})
    assert seen == ["alpha", "juliet", "india", "kilo", "delta", "golf", "charlie",
                    "echo", "bravo", "hotel"]  # fmt: skip
    seen, _ = await walk(client, auth, {"sort": "-title", "limit": 3})
    assert seen == sorted((t for t, _ in NOTES), reverse=True)


SORTS = ["title", "-title", "priority", "-priority", "priority,title", "-priority,-title",
         "priority,-title", "title,priority"]  # fmt: skip


async def test_paging_with_any_sort_gives_every_row_once_in_order(
    client: httpx.AsyncClient, auth: Any, notes: list[dict[str, Any]]
) -> None:
    for sort, limit in itertools.product(SORTS, [1, 2, 3, 9, 10, 200]):
        seen, answers = await walk(client, auth, {"sort": sort, "limit": limit})
        assert seen == expected(notes, sort), (sort, limit)
        assert len(answers) == max(1, -(-len(NOTES) // limit)), (sort, limit)


@pytest.mark.usefixtures("notes")
async def test_a_cursor_belongs_to_its_sort(client: httpx.AsyncClient, auth: Any) -> None:
    headers = auth(**WRITER)
    sorted_page = (await client.get("/notes", params={"sort": "priority", "limit": 2},
                                    headers=headers)).json()  # fmt: skip
    plain_page = (await client.get("/notes", params={"limit": 2}, headers=headers)).json()
    for params in (
        {"sort": "-priority", "cursor": sorted_page["next_cursor"]},
        {"sort": "title", "cursor": sorted_page["next_cursor"]},
        {"cursor": sorted_page["next_cursor"]},
        {"sort": "priority", "cursor": plain_page["next_cursor"]},
    ):
        problem = assert_problem(
            await client.get("/notes", params=params, headers=headers), 400, "invalid-cursor"
        )
        assert "sort" in problem["detail"]
    # With its own sort, it goes on.
    same = await client.get(
        "/notes", params={"sort": "priority", "cursor": sorted_page["next_cursor"]},
        headers=headers,
    )  # fmt: skip
    assert same.status_code == 200


@pytest.mark.parametrize(
    "sort", ["unit_code", "id", "title,version", "", ",", "title,", "--title", "-", "a" * 600]
)
async def test_an_unknown_or_malformed_sort_is_a_422_naming_the_fields(
    client: httpx.AsyncClient, auth: Any, sort: str
) -> None:
    response = await client.get("/notes", params={"sort": sort}, headers=auth(**WRITER))
    problem = assert_problem(response, 422)
    if len(sort) <= 512:
        assert problem["type"].endswith("/invalid-sort")
        assert problem["allowed"] == ["priority", "title"]
        assert "priority, title" in problem["detail"]


@pytest.mark.usefixtures("notes")
async def test_count_gives_the_total_of_the_filtered_scoped_list(
    client: httpx.AsyncClient, auth: Any
) -> None:
    # A note of DRH: outside the DPG writer's scope, so not in their total.
    other = {"unit_code": "DRH", "title": "zulu"}
    created = await client.post(
        "/notes", json=other, headers=auth(roles=["sample.writer"], units=["DRH"])
    )
    assert created.status_code == 201, created.text
    headers = auth(**WRITER)
    first = (await client.get("/notes", params={"limit": 3, "count": "true"},
                              headers=headers)).json()  # fmt: skip
    assert first["total"] == 10
    assert len(first["items"]) == 3
    # The total is of the whole list, on every page, whatever the sort.
    params: dict[str, Any] = {"limit": 3, "count": "true", "sort": "-title"}
    sorted_first = (await client.get("/notes", params=params, headers=headers)).json()
    params["cursor"] = sorted_first["next_cursor"]
    second = (await client.get("/notes", params=params, headers=headers)).json()
    assert (sorted_first["total"], second["total"]) == (10, 10)
    assert len(second["items"]) == 3
    # Not asked: null.
    assert (await client.get("/notes", headers=headers)).json()["total"] is None


async def test_link_header_points_to_the_next_page(
    client: httpx.AsyncClient, auth: Any, notes: list[dict[str, Any]]
) -> None:
    headers = auth(**WRITER)
    params: dict[str, Any] = {"sort": "-priority,title", "limit": 4, "count": "true"}
    response = await client.get("/notes", params=params, headers=headers)
    body = response.json()
    link = response.headers["link"]
    assert link.startswith("<")
    assert link.endswith('>; rel="next"')
    url = httpx.URL(link[1 : link.index(">")])
    assert url.path == "/notes"
    assert url.params["cursor"] == body["next_cursor"]
    assert url.params["sort"] == "-priority,title"
    assert url.params["limit"] == "4"
    assert url.params["count"] == "true"
    # Following the links walks the list exactly like the cursors.
    seen = [n["title"] for n in body["items"]]
    while "link" in response.headers:
        target = response.headers["link"]
        response = await client.get(target[1 : target.index(">")], headers=headers)
        assert response.status_code == 200, response.text
        seen += [n["title"] for n in response.json()["items"]]
    assert seen == expected(notes, "-priority,title")
    assert response.json()["next_cursor"] is None  # the last page has no Link


async def test_openapi_declares_sort_count_and_link(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/openapi.json")).json()
    listing = doc["paths"]["/notes"]["get"]
    params = {p["name"]: p for p in listing["parameters"]}
    (string,) = [o for o in params["sort"]["schema"]["anyOf"] if o.get("type") == "string"]
    assert string["pattern"] == "^-?(?:priority|title)(?:,-?(?:priority|title)){0,4}$"
    assert "`priority`, `title`" in params["sort"]["description"]
    assert params["count"]["schema"]["type"] == "boolean"
    assert "Link" in listing["responses"]["200"]["headers"]
    page = doc["components"]["schemas"]["NotePage"]
    assert "total" in page["properties"]
    assert "total" not in page.get("required", [])


# ---- the property, straight on paginate: any rows, any sort, any page size ------------------

_titles = st.sampled_from(["a", "b", "c"])  # few values: many ties
_priorities = st.one_of(st.none(), st.integers(min_value=0, max_value=3))
_field = st.tuples(st.sampled_from(["title", "priority"]), st.booleans())
_sorts = st.lists(_field, min_size=1, max_size=2, unique_by=lambda f: f[0]).map(
    lambda fs: ",".join(("-" if d else "") + n for n, d in fs)
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.tuples(_titles, _priorities), max_size=12),
    sort=_sorts,
    limit=st.integers(min_value=1, max_value=5),
)
async def test_any_sort_pages_through_every_row_exactly_once(
    app: FastAPI, rows: list[tuple[str, int | None]], sort: str, limit: int
) -> None:
    database = app.state.database
    async with database.transaction() as session:
        await session.exec(delete(Note))
        notes = [Note(unit_code="DPG", title=t, priority=p) for t, p in rows]
        session.add_all(notes)
        await session.flush()
        stored = [{"id": n.id, "title": n.title, "priority": n.priority} for n in notes]
    fields = {"title": col(Note.title), "priority": col(Note.priority)}
    seen: list[int] = []
    cursor = None
    async with database.transaction(write=False) as session:
        while True:
            listing = Listing.parse(sort, fields, count=True)
            page, cursor = await paginate(
                session, select(Note), order_by=[col(Note.id)], limit=limit, cursor=cursor,
                listing=listing,
            )  # fmt: skip
            assert listing.total == len(rows)
            seen += [n.id for n in page]
            if cursor is None:
                break
    assert seen == [r["id"] for r in ordered(stored, sort)]


@pytest.mark.parametrize(
    ("query", "accept", "wanted"),
    [
        (b"", b"", None),
        (b"limit=50&offset=0", b"application/json", None),
        (b"format=csv", b"", "csv"),
        (b"limit=5&format=xlsx", b"", "xlsx"),
        (b"%66ormat=csv", b"", "csv"),  # the name percent-encoded is still the name
        (b"format=pdf", b"", "pdf"),  # an unknown format, for the 422 that names it
        (b"", b"text/csv", "csv"),
        (b"format=json", b"text/csv", "json"),  # the parameter wins over Accept
        (b"information=format", b"", None),
    ],
)
def test_the_export_format_comes_from_the_query_then_accept(
    query: bytes, accept: bytes, wanted: str | None
) -> None:
    from sg_common.api.exports import wanted_format

    headers = [(b"accept", accept)] if accept else []
    assert wanted_format({"query_string": query, "headers": headers}) == wanted
