"""The ``sg_common`` pytest plugin (entry point ``pytest11``), usable by every service.

A service's ``tests/conftest.py`` provides one fixture, ``service_definition``; this plugin then
gives, per test and per database backend (SQLite always, PostgreSQL when
``SG_TEST_POSTGRES_URL`` is set):

* ``test_db``: an empty isolated database (file or schema);
* ``settings``: the service's settings pointing at it (events off unless a test turns them on);
* ``app`` (started, lifespan run) and ``client`` (httpx over ASGI);
* ``token`` / ``auth``: mint development tokens by roles and units;
* ``frozen_clock``: the suite's clock pinned at 2026-03-16 09:00 UTC (advance it as needed);
* ``oidc_provider`` (session): a real OpenID Connect provider (``deploy/dev-idp``, Node.js)
  on a free port, with users, service clients and key rotation (``sg_common.testing.oidc``);
  skipped when Node.js is not installed.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from fastapi import FastAPI

from sg_common.app import ServiceDefinition, create_service_app
from sg_common.auth.dev import mint_token
from sg_common.clock import Clock, clock
from sg_common.events.testing import fresh_broker, kafka_broker
from sg_common.settings import ServiceSettings
from sg_common.testing.databases import (
    BACKENDS,
    TestDatabase,
    create_schema_objects,
    postgres_test_url,
    test_database,
)
from sg_common.testing.events import ServiceEvents
from sg_common.testing.oidc import DevIdp, DevIdpUnavailable, running_dev_idp
from sg_common.testing.s3 import S3Server, running_s3_server
from sg_common.testing.timings import AreaTimes

FROZEN_AT = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)

__all__ = ["fresh_broker", "kafka_broker"]  # real-broker fixtures, re-exported

TokenFactory = Callable[..., str]
AuthFactory = Callable[..., dict[str, str]]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: run this database test on SQLite only")
    if config.option.durations is not None:
        config.pluginmanager.register(AreaTimes(), "sg-area-times")


@pytest.fixture(params=BACKENDS)
def db_backend(request: pytest.FixtureRequest) -> str:
    """The database backend of this test run: "sqlite", then "postgresql" when configured."""
    backend: str = request.param
    if backend == "postgresql":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("SQLite-only test")
        if postgres_test_url() is None:
            pytest.skip("SG_TEST_POSTGRES_URL is not set")
    return backend


@pytest.fixture
async def test_db(db_backend: str, tmp_path: Path) -> AsyncIterator[TestDatabase]:
    """An empty database reserved for this test."""
    async with test_database(db_backend, tmp_path) as reserved:
        yield reserved


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Override in a test module to change settings (e.g. turn events on)."""
    return {}


@pytest.fixture
def settings(
    service_definition: ServiceDefinition,
    test_db: TestDatabase,
    tmp_path: Path,
    settings_overrides: dict[str, Any],
) -> ServiceSettings:
    values: dict[str, Any] = {
        "env": "development",
        "database_url": test_db.url,
        "data_dir": tmp_path,
        "auto_migrate": False,
        "events_enabled": False,
        "log_json": False,
        "log_level": "WARNING",
    }
    values.update(settings_overrides)
    return service_definition.settings_class(_env_file=None, **values)


@pytest.fixture
async def app(
    service_definition: ServiceDefinition, settings: ServiceSettings
) -> AsyncIterator[FastAPI]:
    """The service app, schema created, lifespan started (stopped after the test)."""
    if not settings.auto_migrate:
        await create_schema_objects(settings.effective_database_url, [service_definition.metadata])
    application = create_service_app(service_definition, settings)
    async with LifespanManager(application, startup_timeout=60, shutdown_timeout=30):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
def service_events(app: FastAPI) -> ServiceEvents:
    """The app's outbox (``published``) and handler table (``deliver``): see testing/events.py."""
    return ServiceEvents(app)


@pytest.fixture
def token() -> TokenFactory:
    """``token(roles=["budget.officer"], units=["DPG"], sub="alice")`` → a signed dev JWT."""

    def make(
        roles: list[str] | tuple[str, ...] | str = (),
        units: list[str] | tuple[str, ...] | str = (),
        sub: str = "tester",
        **kwargs: Any,
    ) -> str:
        role_list = [roles] if isinstance(roles, str) else list(roles)
        unit_list = [units] if isinstance(units, str) else list(units)
        return mint_token(subject=sub, roles=role_list, units=unit_list, **kwargs)

    return make


@pytest.fixture
def auth(token: TokenFactory) -> AuthFactory:
    """``auth(roles=..., units=...)`` → ``{"Authorization": "Bearer ..."}``."""

    def make(*args: Any, **kwargs: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {token(*args, **kwargs)}"}

    return make


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevIdp]:
    """The dev IdP (oidc-provider), started once per session and stopped by PID.

    ``oidc_provider.settings_for("budget")`` configures a service for it;
    ``service_token("facilities")`` and ``user_token("alice.bre")`` get tokens. Tests that
    rotate keys should start their own (``running_dev_idp``) rather than share this one.
    """
    try:
        with running_dev_idp(tmp_path_factory.mktemp("dev-idp")) as idp:
            yield idp
    except DevIdpUnavailable as exc:
        pytest.skip(f"the dev IdP cannot run here: {exc}")


@pytest.fixture
def frozen_clock() -> Iterator[Clock]:
    """The suite's clock pinned at 2026-03-16 09:00 UTC; ``frozen_clock.advance(...)`` moves it."""
    previous = clock._frozen
    clock.freeze(FROZEN_AT)
    try:
        yield clock
    finally:
        clock._frozen = previous


def _hypothesis_profiles() -> None:
    """``HYPOTHESIS_PROFILE=ci`` (set by .ci/run): the same examples on every run, so CI is
    reproducible; locally the default profile keeps exploring new examples."""
    import contextlib

    with contextlib.suppress(ImportError):
        from hypothesis import settings

        settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
        settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


_hypothesis_profiles()


@pytest.fixture(scope="session", autouse=True)
def _validate_published_events() -> Iterator[None]:
    """Every event published by any test must match its committed JSON Schema."""
    from sg_common.events.store import publish_hooks
    from sg_common.testing.schemas import validate_published

    publish_hooks.append(validate_published)
    try:
        yield
    finally:
        publish_hooks.remove(validate_published)


@pytest.fixture(scope="session", autouse=True)
def _sg_test_environment() -> Iterator[None]:
    """Keep a developer's shell (SG_* variables) from leaking into tests."""
    saved = {
        k: v for k, v in os.environ.items() if k.startswith("SG_") and k != "SG_TEST_POSTGRES_URL"
    }
    for key in saved:
        del os.environ[key]
    try:
        yield
    finally:
        os.environ.update(saved)


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    """moto's S3-compatible server for the session (sg_common.testing.s3), one bucket."""
    with running_s3_server(tmp_path_factory.mktemp("s3") / "moto.log") as server:
        yield server
