"""The platform's HTTP behaviour: problems for every status, ETags, pagination, scope, limits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from sg_common.testing import assert_problem
from sg_common.testing.plugin import AuthFactory

PROBLEM = "application/problem+json"
WRITER = {"roles": ["sample.writer"], "units": ["DPG"]}


async def create(
    client: httpx.AsyncClient, auth: AuthFactory, title: str, unit: str = "DPG"
) -> httpx.Response:
    return await client.post(
        "/notes", json={"unit_code": unit, "title": title}, headers=auth(**WRITER)
    )


async def test_live_and_ready(client: httpx.AsyncClient) -> None:
    assert (await client.get("/health/live")).json() == {"status": "ok"}
    ready = await client.get("/health/ready")
    assert ready.status_code == 200
    body = ready.json()
    assert body["checks"]["database"]["status"] == "ok"
    assert body["degraded"] == []
    assert "broker" not in body["checks"], "events off: no broker to report"


async def test_metrics_count_requests_by_route(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    for _ in range(2):
        await client.get("/notes/1", headers=auth(**WRITER))
    await client.get("/notes/1")  # anonymous: a 401, counted apart
    text = (await client.get("/metrics")).text
    counted = {
        (s.labels["route"], s.labels["method"], s.labels["status"]): s.value
        for family in text_string_to_metric_families(text)
        if family.name == "sg_http_requests"
        for s in family.samples
        if s.name == "sg_http_requests_total"
    }
    route = "/notes/{note_id}"
    assert {k: v for k, v in counted.items() if k[0] == route} == {
        (route, "GET", "404"): 2.0,
        (route, "GET", "401"): 1.0,
    }
    assert "sg_http_request_duration_seconds_bucket" in text


async def test_request_id_echoed_or_generated(client: httpx.AsyncClient) -> None:
    given = await client.get("/health/live", headers={"X-Request-ID": "abc-123"})
    assert given.headers["x-request-id"] == "abc-123"
    generated = await client.get("/health/live", headers={"X-Request-ID": "bad id with spaces"})
    assert generated.headers["x-request-id"] not in ("", "bad id with spaces")


async def test_401_without_token(client: httpx.AsyncClient) -> None:
    response = await client.get("/notes")
    assert_problem(response, 401)
    assert response.headers["www-authenticate"].lower().startswith("bearer")


async def test_403_missing_role(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    response = await client.post(
        "/notes",
        json={"unit_code": "DPG", "title": "x"},
        headers=auth(roles=["other"], units=["DPG"]),
    )
    assert_problem(response, 403, "missing-role")


async def test_403_out_of_scope_unit(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    response = await create(client, auth, "in DRH", unit="DRH")
    assert_problem(response, 403, "out-of-scope")


async def test_404_unknown_route_and_resource(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    assert_problem(await client.get("/no/such/route"), 404, "not-found")
    assert_problem(await client.get("/notes/999", headers=auth(**WRITER)), 404, "not-found")


async def test_405_method_not_allowed(client: httpx.AsyncClient) -> None:
    assert_problem(await client.delete("/health/live"), 405)


async def test_409_business_rule(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    assert (await create(client, auth, "same")).status_code == 201
    assert_problem(await create(client, auth, "same"), 409, "duplicate-title")


async def test_422_validation_lists_fields(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    response = await client.post(
        "/notes", json={"unit_code": "DPG", "title": "", "extra": 1}, headers=auth(**WRITER)
    )
    body = assert_problem(response, 422, "validation-error")
    locations = {tuple(e["loc"]) for e in body["errors"]}
    assert ("body", "title") in locations
    assert ("body", "extra") in locations


async def test_422_unknown_or_closed_unit(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    unknown = await client.post(
        "/notes", json={"unit_code": "NOPE", "title": "t"}, headers=auth(**WRITER)
    )
    assert_problem(unknown, 422, "unknown-org-unit")


async def test_412_and_428_on_update(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    note = (await create(client, auth, "v1")).json()
    url = f"/notes/{note['id']}"
    read = await client.get(url, headers=auth(**WRITER))
    etag = read.headers["etag"]
    assert etag == '"1"'
    assert_problem(await client.patch(url, json={"title": "v2"}, headers=auth(**WRITER)), 428)
    ok = await client.patch(url, json={"title": "v2"}, headers={**auth(**WRITER), "If-Match": etag})
    assert ok.status_code == 200
    assert ok.headers["etag"] == '"2"'
    stale = await client.patch(
        url, json={"title": "v3"}, headers={**auth(**WRITER), "If-Match": etag}
    )
    assert_problem(stale, 412, "stale-etag")
    assert (await client.get(url, headers=auth(**WRITER))).json()["title"] == "v2"


async def test_413_body_over_limit(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    big = {"unit_code": "DPG", "title": "x" * 2_000_000}
    assert_problem(await client.post("/notes", json=big, headers=auth(**WRITER)), 413)


async def test_500_leaks_nothing(client: httpx.AsyncClient) -> None:
    response = await client.get("/notes/-/boom")
    body = assert_problem(response, 500)
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text
    assert body["request_id"] == response.headers["x-request-id"]


async def test_rolled_back_on_error(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    """A write whose request fails leaves nothing behind (the request owns the transaction)."""
    assert (await create(client, auth, "first")).status_code == 201
    assert (await create(client, auth, "first")).status_code == 409
    listed = (await client.get("/notes", headers=auth(**WRITER))).json()
    assert [n["title"] for n in listed["items"]] == ["first"]


async def test_keyset_pagination_walks_every_row_once(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    for i in range(7):
        assert (await create(client, auth, f"n{i}")).status_code == 201
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/notes", params=params, headers=auth(**WRITER))).json()
        seen += [n["title"] for n in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"n{i}" for i in range(7)]
    assert pages == 3


async def test_bad_cursor_and_unbounded_limit_refused(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    headers = auth(**WRITER)
    assert_problem(await client.get("/notes", params={"cursor": "!!"}, headers=headers), 400)
    assert_problem(await client.get("/notes", params={"limit": 10_000}, headers=headers), 422)


async def test_list_filtered_by_scope(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    # DPG's note, a DPG division's note (descendant), and DRH's note (a sibling)
    sg_writer = {"roles": ["sample.writer", "sg.admin"], "units": ["SG"]}
    for unit, title in (("DPG", "dpg"), ("DRH", "drh")):
        response = await client.post(
            "/notes", json={"unit_code": unit, "title": title}, headers=auth(**sg_writer)
        )
        assert response.status_code == 201, response.text
    mine = (await client.get("/notes", headers=auth(roles=["x"], units=["DPG"]))).json()
    assert [n["title"] for n in mine["items"]] == ["dpg"]
    everything = (await client.get("/notes", headers=auth(roles=["sg.auditor"], units=[]))).json()
    assert sorted(n["title"] for n in everything["items"]) == ["dpg", "drh"]
    controller = (
        await client.get("/notes", headers=auth(roles=["sample.controller"], units=["DPG"]))
    ).json()
    assert len(controller["items"]) == 2
    drh_id = next(n["id"] for n in everything["items"] if n["title"] == "drh")
    hidden = await client.get(f"/notes/{drh_id}", headers=auth(roles=["x"], units=["DPG"]))
    assert_problem(hidden, 404)


async def test_sixteen_concurrent_writers(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    headers = auth(**WRITER)
    responses = await asyncio.gather(
        *(
            client.post("/notes", json={"unit_code": "DPG", "title": f"c{i}"}, headers=headers)
            for i in range(16)
        )
    )
    assert [r.status_code for r in responses] == [201] * 16, [r.text for r in responses]
    listed = (await client.get("/notes", params={"limit": 50}, headers=headers)).json()
    assert sorted(n["title"] for n in listed["items"]) == sorted(f"c{i}" for i in range(16))


async def test_openapi_is_clean(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/openapi.json")).json()
    ids = [op["operationId"] for path in doc["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids))
    assert "notes-create_note" in ids
    assert "health-live" in ids
    schemas = doc["components"]["schemas"]
    assert "Problem" in schemas
    assert not [name for name in schemas if name.endswith(("-Input", "-Output"))]
    assert "HTTPValidationError" not in schemas
    create_op = doc["paths"]["/notes"]["post"]
    for code in ("401", "403", "409", "422", "500"):
        assert "application/problem+json" in create_op["responses"][code]["content"], code
    assert doc["components"]["securitySchemes"]


@pytest.mark.parametrize("path", ["/org/units", "/org/units/SG"])
async def test_org_read_needs_a_token(client: httpx.AsyncClient, path: str) -> None:
    assert_problem(await client.get(path), 401)


async def test_org_units_as_of(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    headers = auth(roles=["x"], units=["SG"])
    sg = (await client.get("/org/units/SG", headers=headers)).json()
    assert sg["is_central"] is True
    assert "DG" in sg["ancestors"]
    assert {"DPG", "DRH", "DSG", "DI", "DOMP"} <= set(sg["children"])
    today_units = (await client.get("/org/units", headers=headers)).json()["items"]
    old_units = (
        await client.get("/org/units", params={"as_of": "2015-06-01"}, headers=headers)
    ).json()["items"]
    assert {u["code"] for u in today_units} != {u["code"] for u in old_units}


async def test_a_constraint_violation_is_a_409_to_retry_never_a_500(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/notes/-/same-id")
    assert response.status_code == 409
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["type"].endswith("/concurrent-conflict")
    assert "retry" in problem["detail"]
    assert "424242" not in response.text  # no database internals leak


async def test_an_id_beyond_64_bits_is_a_client_error_never_a_500(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    huge = 2**80
    response = await client.get(f"/notes/{huge}", headers=auth(**WRITER))
    assert response.status_code in (404, 422), response.text  # SQLite: 422, PostgreSQL: 404
    assert response.headers["content-type"].startswith("application/problem+json")
    if response.status_code == 422:
        assert response.json()["type"].endswith("/value-out-of-range")


def test_an_extension_never_replaces_a_member_rfc_9457_defines() -> None:
    from sg_common.errors import BusinessRuleViolation

    class Closed(BusinessRuleViolation):
        type_slug = "closed"
        title = "Closed"

    body = Closed(
        "the record is closed",
        extra={"status": "closed", "type": "x", "detail": "y", "record_state": "closed"},
    ).to_problem("/things/1")
    assert body["status"] == 409
    assert body["type"].endswith("/closed")
    assert body["detail"] == "the record is closed"
    assert body["instance"] == "/things/1"
    assert body["record_state"] == "closed"


async def test_405_allow_lists_every_method_of_the_path(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    # /notes/{note_id} is declared with GET and PATCH (two routes): a DELETE names both.
    note = (await create(client, auth, "allow")).json()
    refused = await client.delete(f"/notes/{note['id']}", headers=auth(**WRITER))
    assert_problem(refused, 405, "method-not-allowed")
    assert refused.headers["allow"] == "GET, PATCH"
    listing = await client.put("/notes", headers=auth(**WRITER))
    assert_problem(listing, 405)
    assert listing.headers["allow"] == "GET, POST"


async def test_an_undeclared_method_on_a_literal_path_is_405_not_422(
    client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    # PATCH /notes/export also fits /notes/{note_id} (PATCH), whose int id then fails: but the
    # document declares /notes/export (GET only), and a concrete path wins over a template.
    refused = await client.patch(
        "/notes/export", json={"title": "x"}, headers={**auth(**WRITER), "If-Match": '"1"'}
    )
    assert_problem(refused, 405, "method-not-allowed")
    assert refused.headers["allow"] == "GET"
    # A real validation error on a templated path stays a 422.
    assert_problem(await client.patch("/notes/abc", json={}, headers=auth(**WRITER)), 422)


async def test_413_chunked_body_over_limit(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    # No Content-Length: the limit is found while reading, after the app started parsing.
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"unit_code": "DPG", "title": "'
        for _ in range(40):
            yield b"x" * 50_000
        yield b'"}'

    refused = await client.post(
        "/notes",
        content=chunks(),
        headers={**auth(**WRITER), "content-type": "application/json"},
    )
    assert_problem(refused, 413, "payload-too-large")


async def test_openapi_declares_if_match_and_the_cursor(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/openapi.json")).json()
    patch = doc["paths"]["/notes/{note_id}"]["patch"]
    (if_match,) = [p for p in patch["parameters"] if p["name"] == "If-Match"]
    assert if_match["in"] == "header"
    assert if_match["required"] is True
    # a blank If-Match is a missing one (428): the document must not call it valid
    assert if_match["schema"]["minLength"] == 1
    assert if_match["schema"]["pattern"] == "\\S"
    assert {"412", "428"} <= set(patch["responses"])
    listing = doc["paths"]["/notes"]["get"]
    (cursor,) = [p for p in listing["parameters"] if p["name"] == "cursor"]
    assert cursor["schema"]["anyOf"][0]["pattern"] == "^[A-Za-z0-9_-]*$"
    assert "400" in listing["responses"]
