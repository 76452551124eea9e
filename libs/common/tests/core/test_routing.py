"""Included routers skip requests whose first path segment none of their routes has
(``sg_common.api.routing``), and routing answers as FastAPI's own does."""

from __future__ import annotations

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from starlette.routing import Match

from sg_common.api.routing import GuardedIncludedRouter, guard_included_routers


def _app() -> tuple[FastAPI, int]:
    app = FastAPI()
    things = APIRouter(prefix="/things")
    others = APIRouter()
    by_param = APIRouter()

    @things.get("")
    async def list_things() -> str:
        return "things"

    @things.get("/{thing_id}")
    async def get_thing(thing_id: int) -> str:
        return f"thing {thing_id}"

    @others.get("/others/{other_id}")
    async def get_other(other_id: int) -> str:
        return f"other {other_id}"

    @others.post("/misc")
    async def post_misc() -> str:
        return "misc"

    @by_param.get("/{anything}/deep")
    async def deep(anything: str) -> str:
        return f"deep {anything}"

    for router in (things, others, by_param):
        app.include_router(router)
    return app, guard_included_routers(app)


@pytest.fixture
async def client() -> httpx.AsyncClient:
    app, guarded = _app()
    assert guarded == 2  # things and others; a parameter first keeps FastAPI's own matching
    segments = [r.sg_segments for r in app.router.routes if isinstance(r, GuardedIncludedRouter)]
    assert segments == [frozenset({"things"}), frozenset({"others", "misc"})]
    return httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t")


async def test_each_route_is_reached(client: httpx.AsyncClient) -> None:
    assert (await client.get("/things")).json() == "things"
    assert (await client.get("/things/7")).json() == "thing 7"
    assert (await client.get("/others/3")).json() == "other 3"
    assert (await client.post("/misc")).json() == "misc"
    assert (await client.get("/stuff/deep")).json() == "deep stuff"  # no guard on a parameter


async def test_misses_answer_as_before(client: httpx.AsyncClient) -> None:
    assert (await client.get("/nowhere")).status_code == 404
    assert (await client.get("/things/x/y")).status_code == 404
    assert (await client.get("/misc")).status_code == 405  # the path exists, not the method
    assert (await client.get("/things/7/", follow_redirects=False)).status_code == 307


def test_a_router_skips_a_request_for_another_segment() -> None:
    app, _ = _app()
    things = next(r for r in app.router.routes if isinstance(r, GuardedIncludedRouter))
    scope = {"type": "http", "path": "/others/1", "root_path": "", "method": "GET"}
    assert things.matches(scope) == (Match.NONE, {})
    mounted = {**scope, "path": "/api/things/1", "root_path": "/api"}
    assert things.matches(mounted)[0] == Match.FULL


def test_every_service_router_is_guarded(app: FastAPI) -> None:
    """The platform's and a service's routers all start with a literal segment: each is
    guarded (this fails when a FastAPI upgrade changes how it includes routers)."""
    included = [r for r in app.router.routes if type(r).__name__.endswith("IncludedRouter")]
    assert len(included) >= 3
    assert all(isinstance(r, GuardedIncludedRouter) for r in included)
