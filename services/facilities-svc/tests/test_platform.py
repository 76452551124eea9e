"""facilities-svc stands on the platform: health, metrics, org read, auth, migrations, and routers
that never touch the session (``sg_common.testing.platform``); below them, its own migrations."""

import asyncio
from pathlib import Path

from sg_common.app import ServiceDefinition
from sg_common.testing import TestDatabase
from sg_common.testing.platform import PlatformTests


class TestPlatform(PlatformTests):
    """The platform tests, on facilities-svc."""


def _migrate_existing_rows(migrations_dir: Path, url: str) -> dict[str, list[tuple]]:
    """Rows written before the thresholds were dated per kind, upgraded, then downgraded."""
    from sqlalchemy import create_engine, pool, text

    from sg_common.db import sync_url
    from sg_common.migrations import downgrade, upgrade

    before = "77518d9dd6ae"  # the revision before requisitions had a kind
    upgrade(migrations_dir, url, before)
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    seen: dict[str, list[tuple]] = {}
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO procedure_threshold (valid_from, direct_award_below, "
                    "formal_tender_from, note) VALUES ('2024-01-01', 40000, 143000, 'a'), "
                    "('2026-03-01', 60000, 140000, 'recorded by the DSG')"
                )
            )
            for subject, categories in (
                ("cleaning", ["services"]),
                ("desks", ["furniture"]),
                ("mixed", ["services", "supplies"]),
                ("empty", []),
            ):
                rid = conn.execute(
                    text(
                        "INSERT INTO requisition (unit_code, subject, fiscal_year, action, "
                        "budget_title, status, amount_ht, amount_ttc, requested_by, created_at, "
                        "version) VALUES ('DESE-CN', :s, 2026, '01', 'T3', 'draft', 0, 0, 'r', "
                        "CURRENT_TIMESTAMP, 1) RETURNING id"
                    ),
                    {"s": subject},
                ).scalar_one()
                for n, category in enumerate(categories):
                    conn.execute(
                        text(
                            "INSERT INTO requisition_line (requisition_id, item_code, category, "
                            "description, channel, quantity, unit_price_ht, vat_rate, amount_ht, "
                            "amount_ttc, received_quantity) VALUES (:r, :c, :cat, 'x', "
                            "'open_market', 1, 1, 0.2, 1, 1.2, 0)"
                        ),
                        {"r": rid, "c": f"I{n}", "cat": category},
                    )
        upgrade(migrations_dir, url)
        with engine.connect() as conn:
            seen["kinds"] = [
                tuple(r)
                for r in conn.execute(
                    text("SELECT subject, kind, split_flagged FROM requisition ORDER BY id")
                )
            ]
            seen["thresholds"] = [
                (r[0], str(r[1]), int(r[2]))
                for r in conn.execute(
                    text(
                        "SELECT kind, valid_from, direct_award_below FROM procedure_threshold "
                        "ORDER BY kind, valid_from"
                    )
                )
            ]
        downgrade(migrations_dir, url, before)
        with engine.connect() as conn:
            seen["downgraded"] = [
                (str(r[0]), int(r[1]))
                for r in conn.execute(
                    text(
                        "SELECT valid_from, direct_award_below FROM procedure_threshold "
                        "ORDER BY valid_from"
                    )
                )
            ]
    finally:
        engine.dispose()
    return seen


async def test_migration_gives_existing_rows_a_kind(
    service_definition: ServiceDefinition, test_db: TestDatabase
) -> None:
    """Existing requisitions become services when every line is a catalogue service, supplies
    otherwise; the thresholds recorded for every kind become supplies and services rows (works
    get the shipped works figures at start, not these)."""
    seen = await asyncio.to_thread(
        _migrate_existing_rows, service_definition.migrations_dir, test_db.url
    )
    assert seen["kinds"] == [
        ("cleaning", "services", False),
        ("desks", "supplies", False),
        ("mixed", "supplies", False),
        ("empty", "supplies", False),
    ]
    assert seen["thresholds"] == [
        ("services", "2024-01-01", 40000),
        ("services", "2026-03-01", 60000),
        ("supplies", "2024-01-01", 40000),
        ("supplies", "2026-03-01", 60000),
    ]
    assert seen["downgraded"] == [("2024-01-01", 40000), ("2026-03-01", 60000)]
