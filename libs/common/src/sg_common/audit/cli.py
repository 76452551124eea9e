"""``sg-audit verify SERVICE``: walk a service's audit chain and name the first broken row.

The database is the service's own (``SG_DATABASE_URL`` or its default, read from the service's
settings as ``sg-service`` does), or ``--database-url``. Exit status 0 when the chain holds,
1 when a row is broken (its id and why on stderr), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from sg_common.audit.chain import Verdict, verify
from sg_common.db import Database


async def verify_database(url: str) -> Verdict:
    """Verify the audit chain of the database at ``url`` (in one read transaction)."""
    database = Database(url)
    try:
        async with database.transaction(write=False) as session:
            return await verify(session)
    finally:
        await database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-audit", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("verify", help="walk the service's audit chain")
    check.add_argument("service", help="budget, hr, facilities, it or production")
    check.add_argument("--database-url", help="default: the service's settings")
    args = parser.parse_args(argv)

    url = args.database_url
    if url is None:
        from sg_common.serve import load_service

        definition = load_service(args.service)
        url = definition.settings_class().effective_database_url
    verdict = asyncio.run(verify_database(url))
    if verdict.ok:
        print(f"{args.service}: audit chain intact, {verdict.rows} rows, head {verdict.head}")
        return 0
    print(
        f"{args.service}: audit chain broken at row {verdict.broken_id}: {verdict.reason} "
        f"({verdict.rows} rows verified before it)",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
