"""The e2e suite fixture: started once per mode for the module's tests.

Modes: ``sqlite`` and ``postgresql`` (development settings, as ``make run``), and ``production``
(the suite as deployed, see ``production.py``) when PostgreSQL is configured.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from sg_common.events.broker import EmbeddedBroker
from sg_common.testing import postgres_test_url
from sg_common.testing.oidc import DevIdpUnavailable, running_dev_idp

from .production import start_production_suite
from .suite import Suite, start_suite, stop_suite


def _modes() -> list[str]:
    return ["sqlite", "postgresql", "production"] if postgres_test_url() else ["sqlite"]


@contextmanager
def _production(workdir: Path, pg: str) -> Iterator[Suite]:
    """The suite as deployed; every token comes from the OpenID Connect provider.

    Each person the flows act as (roles, units, subject) gets an account at the provider, and
    their token through the authorization code + PKCE flow, cached for the run.
    """
    try:
        idp_cm = running_dev_idp(
            workdir, access_token_ttl=3600, users_file=workdir / "idp-users.json"
        )
        idp = idp_cm.__enter__()
    except DevIdpUnavailable as exc:
        pytest.skip(f"the OpenID Connect provider cannot run here: {exc}")
    tokens: dict[tuple[tuple[str, ...], tuple[str, ...], str], str] = {}

    def token(roles: list[str], units: list[str], sub: str) -> str:
        key = (tuple(roles), tuple(units), sub)
        if key not in tokens:
            digest = hashlib.sha1(repr(key).encode(), usedforsecurity=False).hexdigest()[:8]
            username = f"{sub}.{digest}"
            password = idp.add_user(username, roles=roles, units=units)
            tokens[key] = idp.user_token(username, password).access_token
        return tokens[key]

    def service_env(name: str) -> dict[str, str]:
        client_id, secret = idp.service_client(name)
        return {"SG_OIDC_CLIENT_ID": client_id, "SG_OIDC_CLIENT_SECRET": secret}

    broker = EmbeddedBroker(log_file=workdir / "broker.log").start()
    try:
        running = start_production_suite(
            workdir,
            pg,
            broker=broker,
            token_source=token,
            auth_env={"SG_OIDC_ISSUER": idp.issuer},
            service_env=service_env,
        )
    except BaseException:
        broker.stop()
        idp_cm.__exit__(None, None, None)
        raise
    try:
        yield running
    finally:
        try:
            stop_suite(running, pg)
        finally:
            idp_cm.__exit__(None, None, None)


@pytest.fixture(scope="session", params=_modes())
def suite(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    mode: str = request.param
    workdir: Path = tmp_path_factory.mktemp(f"suite-{mode}")
    pg = postgres_test_url()
    if mode == "production":
        assert pg is not None
        with _production(workdir, pg) as running:
            yield running
        return
    running = start_suite(workdir, mode, pg)
    try:
        yield running
    finally:
        stop_suite(running, pg)
