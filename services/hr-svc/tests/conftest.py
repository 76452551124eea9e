"""Fixtures of hr-svc tests; the rest comes from the sg_common pytest plugin."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from hr_svc.app import SERVICE
from sg_common.app import ServiceDefinition
from sg_common.testing import ServiceEvents
from sg_contracts.budget import BudgetTrainingCommitmentRecordedV1


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

    async def fund(
        self, headers: dict[str, str], session_id: int, service_events: ServiceEvents
    ) -> dict[str, Any]:
        """Confirm a training session and deliver budget's answer: its estimate committed."""
        confirmed = await self.client.post(
            f"/training/sessions/{session_id}/confirmation", json={}, headers=headers
        )
        assert confirmed.status_code == 200, confirmed.text
        body = confirmed.json()
        answer = BudgetTrainingCommitmentRecordedV1(
            training_session_id=str(session_id),
            commitment_id=f"C-{session_id}",
            unit_code=body["unit_code"],
            fiscal_year=int(body["start_date"][:4]),
            ae=Decimal(body["estimated_cost"]),
            available_ae=Decimal("100000.00"),
        )
        subject = f"training-session-{session_id}"
        assert await service_events.deliver(answer, subject=subject) == "applied"
        got = await self.client.get(f"/training/sessions/{session_id}", headers=headers)
        result: dict[str, Any] = got.json()
        assert result["budget"]["status"] == "committed", result
        return result

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
