"""Fixtures of hr-svc tests; the rest comes from the sg_common pytest plugin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from hr_svc.app import SERVICE
from sg_common.app import ServiceDefinition


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return SERVICE


@pytest.fixture
def manager(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    """The DRH manager (all-seeing, personal data)."""
    return auth(roles=["hr.manager"], units=["DRH"], sub="drh")


@pytest.fixture
def trainer(auth: Callable[..., dict[str, str]]) -> dict[str, str]:
    return auth(roles=["hr.trainer"], units=["DG"], sub="trainer")


def agent_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "matricule": "A000001",
        "last_name": "Martin",
        "first_name": "Claire",
        "birth_date": "1985-04-12",
        "email": "claire.martin@insee.fr",
        "phone": "0102030405",
        "category": "A",
        "corps": "Attaché de l'Insee",
        "grade": "Attaché",
        "echelon": 4,
        "status": "titulaire",
        "quotite": "1.00",
        "unit_code": "DR-BRE-SES",
        "hired_on": "2020-01-01",
    }
    body.update(overrides)
    return body


class Helpers:
    """Shortcuts bound to the test client (fixture ``hr``)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    body = staticmethod(agent_body)

    async def hire(self, headers: dict[str, str], **overrides: Any) -> dict[str, Any]:
        response = await self.client.post("/agents", json=agent_body(**overrides), headers=headers)
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result

    async def assign(self, headers: dict[str, str], agent_id: int, **body: Any) -> httpx.Response:
        return await self.client.post(f"/agents/{agent_id}/assignments", json=body, headers=headers)

    @staticmethod
    def slug(response: httpx.Response) -> str:
        """The rule slug of a problem response."""
        assert response.headers["content-type"].startswith("application/problem+json"), (
            response.text
        )
        return str(response.json()["type"]).rsplit("/", 1)[-1]


@pytest.fixture
def hr(client: httpx.AsyncClient) -> Helpers:
    return Helpers(client)
