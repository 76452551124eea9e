"""Fixtures of production-svc tests; the rest comes from the sg_common pytest plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from production_svc.app import SERVICE
from sg_common.app import ServiceDefinition
from sg_common.testing import assert_problem

#: ``problem(response, 409, "rule-slug")``: asserts a problem response, returns its body
ProblemCheck = Callable[..., dict[str, Any]]

MANAGER = {"roles": ["production.manager"], "units": ["DOMP"]}


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return SERVICE


class Api:
    """Small helpers over the HTTP API, as a DOMP manager unless told otherwise."""

    def __init__(self, client: httpx.AsyncClient, auth: Callable[..., dict[str, str]]) -> None:
        self.client = client
        self.auth = auth
        self.manager = auth(**MANAGER)

    async def operation(self, headers: dict[str, str] | None = None, **fields: Any) -> dict:
        body = {
            "code": "RP-2027",
            "name": "Recensement 2027",
            "kind": "census",
            "lead_unit": "DSDS-RECENS",
            "participating_units": ["DR-BRE", "DR-NOR"],
        } | fields
        r = await self.client.post("/operations", json=body, headers=headers or self.manager)
        assert r.status_code == 201, r.text
        return r.json()

    async def phase(self, op_id: int, code: str, start: str, end: str, *deps: str) -> dict:
        r = await self.client.post(
            f"/operations/{op_id}/phases",
            json={"phase_code": code, "start": start, "end": end, "depends_on": list(deps)},
            headers=self.manager,
        )
        assert r.status_code == 201, r.text
        return r.json()

    async def needs(self, op_id: int, code: str, body: dict, expect: int = 200) -> httpx.Response:
        current = await self.client.get(f"/operations/{op_id}/phases/{code}", headers=self.manager)
        r = await self.client.put(
            f"/operations/{op_id}/phases/{code}/needs",
            json=body,
            headers=self.manager | {"If-Match": current.headers["ETag"]},
        )
        assert r.status_code == expect, r.text
        return r

    async def schedule(self, op_id: int, body: dict | None = None) -> httpx.Response:
        return await self.client.post(
            f"/operations/{op_id}/schedule", json=body or {}, headers=self.manager
        )

    async def census(self) -> dict:
        """RP-2027 with build → collect → process, needs at CNI-NANTES, scheduled."""
        op = await self.operation()
        await self.phase(op["id"], "build", "2026-09-01", "2026-12-31")
        await self.phase(op["id"], "collect", "2027-01-15", "2027-02-28", "build")
        await self.phase(op["id"], "process", "2027-03-01", "2027-05-31", "collect")
        await self.needs(
            op["id"],
            "collect",
            {
                "staff": [{"unit_code": "DR-BRE", "staff_days": "200"}],
                "it": [
                    {"centre_code": "CNI-NANTES", "month": "2027-01", "person_days": "40"},
                    {"centre_code": "CNI-NANTES", "month": "2027-02", "person_days": "60"},
                ],
                "purchases": [
                    {
                        "description": "Tablettes",
                        "category": "it_equipment",
                        "quantity": 10,
                        "estimated_amount": "3000.00",
                    }
                ],
            },
        )
        r = await self.schedule(op["id"])
        assert r.status_code == 200, r.text
        return r.json()


@pytest.fixture
def api(client: httpx.AsyncClient, auth: Callable[..., dict[str, str]]) -> Api:
    return Api(client, auth)


@pytest.fixture
def problem() -> ProblemCheck:
    """``problem(response, 409, "rule-slug")`` asserts a problem response."""
    return assert_problem
