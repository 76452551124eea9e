"""The five services run as separate processes against one broker and answer over HTTP."""

from __future__ import annotations

import pytest

from .suite import SERVICES, Suite

pytestmark = pytest.mark.e2e


def test_every_service_is_ready_with_its_relay_connected(suite: Suite) -> None:
    for name in SERVICES:
        with suite.client(name) as http:
            ready = http.get("/health/ready")
            assert ready.status_code == 200, ready.text
            body = ready.json()
            assert body["degraded"] == []
            broker = body["checks"]["broker"]
            assert broker["status"] == "ok"
            assert broker["relay"]["connected"] is True
            unit = http.get("/org/units/DR-BRE")
            assert unit.status_code == 200
            assert unit.json()["kind"] == "regional"


def test_a_token_is_required_everywhere(suite: Suite) -> None:
    import httpx

    for name in SERVICES:
        response = httpx.get(f"{suite.url(name)}/org/units/DPG", timeout=5)
        assert response.status_code == 401
        assert response.headers["content-type"].startswith("application/problem+json")
