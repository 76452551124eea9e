"""hr-svc stands on the platform: health, metrics, org read, auth, migrations."""

import asyncio

import httpx

from sg_common.app import ServiceDefinition
from sg_common.testing import TestDatabase, assert_migrations_match_models
from sg_common.testing.plugin import AuthFactory


async def test_health_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/health/live")).status_code == 200
    assert (await client.get("/health/ready")).status_code == 200
    assert "sg_http_requests_total" in (await client.get("/metrics")).text


async def test_reads_the_org_tree(client: httpx.AsyncClient, auth: AuthFactory) -> None:
    response = await client.get("/org/units/DG", headers=auth(roles=["sg.auditor"], units=["SG"]))
    assert response.status_code == 200, response.text
    assert "SG" in response.json()["children"]


async def test_refuses_anonymous_calls(client: httpx.AsyncClient) -> None:
    response = await client.get("/org/units")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_migrations_from_empty_match_models(
    service_definition: ServiceDefinition, test_db: TestDatabase
) -> None:
    await asyncio.to_thread(
        assert_migrations_match_models,
        service_definition.migrations_dir,
        service_definition.metadata,
        test_db.url,
    )
