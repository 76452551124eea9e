"""Masked columns: the audit trail says a personal or confidential field changed, not its value."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest
from sqlalchemy import MetaData

from sg_common.app import ServiceDefinition
from sg_common.audit.capture import AuditPolicy

from .sample_service import SAMPLE
from .test_audit import create, retitle, trail


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return dataclasses.replace(SAMPLE, audit_redacted={"note": ["title"]})


async def test_a_masked_column_is_recorded_without_its_value(
    client: httpx.AsyncClient, auth: Any
) -> None:
    note_id = (await create(client, auth, "Dupont, Jeanne: arrêt maladie")).json()["id"]
    await retitle(client, auth, note_id, "Dupont, Jeanne: reprise")
    insert, update = await trail(client, auth)
    assert insert["changes"]["title"] == {"before": None, "after": "[redacted]"}
    assert insert["changes"]["unit_code"] == {"before": None, "after": "DPG"}
    assert update["changes"]["title"] == {"before": "[redacted]", "after": "[redacted]"}
    assert "Dupont" not in str(insert) + str(update)


def test_a_policy_naming_an_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tables"):
        AuditPolicy.of(MetaData(), {"agent": ["birth_date"]})
