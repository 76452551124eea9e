"""The e2e suite fixture: started once per run (mode and broker) for the module's tests.

Runs, each with every flow:

* ``sqlite-tansu`` and ``postgresql-tansu``: development settings, as ``make run`` starts them;
* ``production-apache``: the suite as deployed (``production.py``: SG_ENV=production, a database
  and role per service, tokens from the OpenID Connect provider, two replicas of budget and
  facilities) on Apache Kafka with idempotent producers and pre-created topics — when
  PostgreSQL is configured and ``SG_TEST_BROKERS`` names ``apache`` (CI); on Tansu otherwise.

Without PostgreSQL: SQLite on each broker of ``SG_TEST_BROKERS``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from sg_common.events.testing import close_broker, new_broker, start_broker, test_brokers
from sg_common.testing import postgres_test_url
from sg_common.testing.oidc import DevIdpUnavailable, running_dev_idp

from .production import start_production_suite
from .suite import Suite, start_suite, stop_suite


def _runs() -> list[tuple[str, str]]:
    """(mode, broker) pairs, see the module doc."""
    brokers = test_brokers()
    if not postgres_test_url():
        return [("sqlite", broker) for broker in brokers]
    runs = [("sqlite", "tansu"), ("postgresql", "tansu")] if "tansu" in brokers else []
    runs.append(("production", "apache" if "apache" in brokers else "tansu"))
    return runs


@contextmanager
def _production(workdir: Path, pg: str, broker_kind: str) -> Iterator[Suite]:
    """The suite as deployed; every token comes from the OpenID Connect provider.

    Each person the flows act as (roles, units, subject) gets an account at the provider, and
    their token through the authorization code + PKCE flow, cached for the run. The flows'
    subject is the account's username — the person's directory login, ``preferred_username``
    in their tokens, which the services match to hr's agent login — while the provider's
    ``sub`` stays its own (opaque); a person acting with other roles or units is the same
    account with its roles and units changed (tokens already issued keep theirs).
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
            password = idp.add_user(sub, roles=roles, units=units)
            tokens[key] = idp.user_token(sub, password).access_token
        return tokens[key]

    def service_env(name: str) -> dict[str, str]:
        client_id, secret = idp.service_client(name)
        return {"SG_OIDC_CLIENT_ID": client_id, "SG_OIDC_CLIENT_SECRET": secret}

    try:
        broker = start_broker(new_broker(broker_kind))
    except BaseException:
        idp_cm.__exit__(None, None, None)
        raise
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
        close_broker(broker)
        idp_cm.__exit__(None, None, None)
        raise
    try:
        yield running
    finally:
        try:
            stop_suite(running, pg)
        finally:
            idp_cm.__exit__(None, None, None)


@pytest.fixture(scope="session", params=_runs(), ids=lambda run: "-".join(run))
def suite(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    mode, broker = request.param
    workdir: Path = tmp_path_factory.mktemp(f"suite-{mode}-{broker}")
    pg = postgres_test_url()
    if mode == "production":
        assert pg is not None
        with _production(workdir, pg, broker) as running:
            yield running
        return
    running = start_suite(workdir, mode, pg, broker_kind=broker)
    try:
        yield running
    finally:
        stop_suite(running, pg)
