"""What only the suite as deployed shows: a broker outage under production settings.

With the broker stopped, every service stays ready (its database answers) and keeps accepting
writes: the events wait in the outbox, ``/health/ready`` and ``/metrics`` report the broker as
degraded, and everything flows once the broker is back. Run in production mode only (the
development runs cover the same mechanism per service in ``libs/common/tests/events``).
"""

from __future__ import annotations

import re

import httpx
import psycopg
import pytest
from sqlalchemy.engine import make_url

from .helpers import IT_PLANNER, allocate, as_, ensure_open_year, expect, wait_for
from .suite import SERVICES, Suite

pytestmark = pytest.mark.e2e

YEAR = 2026
REGION = "DR-PDL"


def _metric(suite: Suite, name: str, metric: str) -> float:
    """The value of an unlabelled-by-us metric of one process of ``name`` (its first replica)."""
    text = httpx.get(f"{suite.services[name].url}/metrics", timeout=5).text
    found = re.search(rf"^{metric}\{{[^}}]*\}} ([0-9.e+-]+)$", text, re.MULTILINE)
    assert found, f"{metric} not in {name}'s /metrics"
    return float(found.group(1))


def _unsent(suite: Suite, name: str) -> int:
    """Rows of a service's outbox the broker has not acknowledged, read from its database."""
    url = make_url(suite.services[name].env["SG_DATABASE_URL"]).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        row = conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()
    assert row is not None
    return int(row[0])


def test_a_broker_outage_keeps_every_service_ready_and_writing(suite: Suite) -> None:
    if not suite.production:
        pytest.skip("production mode only")
    ensure_open_year(suite, YEAR)
    suite.broker.stop()
    try:
        for name in SERVICES:

            def degraded(name: str = name) -> None:
                ready = httpx.get(f"{suite.services[name].url}/health/ready", timeout=5)
                assert ready.status_code == 200, ready.text
                body = ready.json()
                assert body["degraded"] == ["broker"], body
                assert body["checks"]["broker"]["status"] == "degraded", body
                assert _metric(suite, name, "sg_broker_connected") == 0.0

            wait_for(degraded, what=f"{name} reports the broker down")

        # writes are accepted while the broker is down; their events wait in the outbox
        made = [
            allocate(suite, REGION, year=YEAR, action="08", title="T3", ae=ae)
            for ae in ("100.00", "200.00", "300.00")
        ]
        assert _unsent(suite, "budget") >= 3
    finally:
        suite.broker.start()

    with as_(suite, "it", IT_PLANNER) as it:

        def delivered() -> None:
            envelopes = expect(
                it.get("/budget-envelopes", params={"unit_code": REGION, "fiscal_year": YEAR})
            )["items"]
            got = sorted(x["allocation_id"] for x in envelopes)
            assert got == sorted(str(a["id"]) for a in made), envelopes

        wait_for(delivered, timeout=90.0, what="the outbox delivered once the broker is back")
    suite.wait_ready()
    for name in SERVICES:
        assert _metric(suite, name, "sg_broker_connected") == 1.0
    wait_for(lambda: _unsent(suite, "budget") == 0, what="budget's outbox drained")
