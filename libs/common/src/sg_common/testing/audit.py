"""Audit trail checks for service tests: read ``GET /audit`` whole, verify the chain."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from sg_common.audit.chain import verify


async def audit_trail(
    client: httpx.AsyncClient, headers: dict[str, str], **params: Any
) -> list[dict[str, Any]]:
    """Every entry ``GET /audit`` answers for ``params`` (all pages, oldest first)."""
    entries: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {**params, "limit": 200, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/audit", params=query, headers=headers)
        assert response.status_code == 200, response.text
        entries += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return entries


async def assert_audit_chain_intact(app: FastAPI) -> int:
    """The app's audit chain verifies; returns how many rows it holds."""
    async with app.state.database.transaction(write=False) as session:
        verdict = await verify(session)
    assert verdict.ok, f"audit chain broken at row {verdict.broken_id}: {verdict.reason}"
    return verdict.rows
