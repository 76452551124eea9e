"""``sg-service NAME wait-migrated``: the Deployments' init container holds a new pod until the
migration Job has brought its database to the release's head (plain ``kubectl apply`` has no
ordering of its own)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from sg_common.migrations import at_head, upgrade, wait_migrated
from sg_common.serve import main

BUDGET_MIGRATIONS = (
    Path(__file__).resolve().parents[4]
    / "services"
    / "budget-svc"
    / "src"
    / "budget_svc"
    / "migrations"
)


@pytest.mark.sqlite_only
def test_waits_until_the_database_is_at_head(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'budget.db'}"
    assert not at_head(BUDGET_MIGRATIONS, url)
    assert wait_migrated(BUDGET_MIGRATIONS, url, timeout_s=0.3, interval_s=0.1) is False
    upgrade(BUDGET_MIGRATIONS, url)
    assert at_head(BUDGET_MIGRATIONS, url)
    assert wait_migrated(BUDGET_MIGRATIONS, url, timeout_s=5, interval_s=0.1) is True


@pytest.mark.sqlite_only
async def test_the_cli_returns_once_the_migration_lands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'budget.db'}"
    monkeypatch.setenv("SG_DATABASE_URL", url)
    monkeypatch.setenv("SG_ENV", "development")
    assert main(["budget", "wait-migrated", "--timeout", "0.2"]) == 1
    waiting = asyncio.create_task(
        asyncio.to_thread(main, ["budget", "wait-migrated", "--timeout", "30"])
    )
    await asyncio.sleep(0.3)
    assert not waiting.done()
    await asyncio.to_thread(upgrade, BUDGET_MIGRATIONS, url)
    assert await asyncio.wait_for(waiting, 30) == 0
