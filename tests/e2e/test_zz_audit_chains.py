"""After the flows (this module runs last: pytest collects files by name), every service's
audit trail holds their writes and its hash chain verifies, read through ``GET /audit`` as an
auditor would (no database access: in production mode each service's database is its own)."""

from __future__ import annotations

from typing import Any

import pytest

from sg_common.audit.chain import public_row, verify_rows

from .suite import SERVICES, Suite

pytestmark = pytest.mark.e2e


def _trail(suite: Suite, name: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    cursor = None
    with suite.client(name, roles="sg.auditor", sub="e2e-auditor") as http:
        while True:
            params: dict[str, Any] = {"limit": 200}
            if cursor:
                params["cursor"] = cursor
            response = http.get("/audit", params=params)
            assert response.status_code == 200, response.text
            entries += response.json()["items"]
            cursor = response.json()["next_cursor"]
            if cursor is None:
                return entries


def test_every_services_audit_chain_verifies_after_the_flows(suite: Suite) -> None:
    for name in SERVICES:
        entries = _trail(suite, name)
        verdict = verify_rows(public_row(entry) for entry in entries)
        assert verdict.ok, (
            f"{name}: audit chain broken at row {verdict.broken_id}: {verdict.reason}"
        )
        # the flows wrote through the API (people) and through events (consumers)
        actors = {entry["actor"] for entry in entries}
        assert any(not actor.startswith(("event:", "system")) for actor in actors), (name, actors)
