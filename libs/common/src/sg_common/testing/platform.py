"""The tests every service passes the same way: health, metrics, the org tree, anonymous calls
refused, migrations that match the models, and routers that never touch the session.

A service runs them by subclassing, in its ``tests/test_platform.py``::

    class TestPlatform(PlatformTests):
        \"\"\"budget-svc stands on the platform.\"\"\"

They use the plugin's fixtures (``client``, ``auth``, ``test_db``) and the service's own
``service_definition``; the service's package is ``<name>_svc``.
"""

from __future__ import annotations

import asyncio
import importlib

import httpx

from sg_common.app import ServiceDefinition
from sg_common.testing.databases import TestDatabase
from sg_common.testing.migrations import assert_migrations_match_models
from sg_common.testing.plugin import AuthFactory
from sg_common.testing.problems import assert_problem
from sg_common.testing.shape import router_violations


class PlatformTests:
    """Subclass as ``TestPlatform`` in a service's tests to run these there."""

    async def test_health_and_metrics(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/health/live")).status_code == 200
        assert (await client.get("/health/ready")).status_code == 200
        assert "sg_http_requests_total" in (await client.get("/metrics")).text

    async def test_reads_the_org_tree(self, client: httpx.AsyncClient, auth: AuthFactory) -> None:
        response = await client.get(
            "/org/units/DG", headers=auth(roles=["sg.auditor"], units=["SG"])
        )
        assert response.status_code == 200, response.text
        assert "SG" in response.json()["children"]

    async def test_refuses_anonymous_calls(self, client: httpx.AsyncClient) -> None:
        assert_problem(await client.get("/org/units"), 401)

    async def test_migrations_from_empty_match_models(
        self, service_definition: ServiceDefinition, test_db: TestDatabase
    ) -> None:
        await asyncio.to_thread(
            assert_migrations_match_models,
            service_definition.migrations_dir,
            service_definition.metadata,
            test_db.url,
        )

    def test_routers_never_touch_the_session(self, service_definition: ServiceDefinition) -> None:
        """CONVENTIONS ("Records"): routers reach records through repositories and services."""
        package = importlib.import_module(f"{service_definition.name}_svc")
        assert router_violations(package) == []
