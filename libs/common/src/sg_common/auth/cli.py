"""``sg-token``: mint a development token (refused outside SG_ENV=development).

TOKEN=$(sg-token --role budget.officer --unit DPG --sub alice)
"""

from __future__ import annotations

import argparse
import sys

from sg_common.auth.dev import mint_dev_token
from sg_common.settings import ServiceSettings


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-token", description=__doc__)
    parser.add_argument("--role", action="append", default=[], help="role (repeat or a,b)")
    parser.add_argument("--unit", action="append", default=[], help="org unit code (repeat)")
    parser.add_argument("--sub", default="dev", help="subject (user id)")
    parser.add_argument("--name", default=None, help="display name")
    parser.add_argument("--ttl", type=int, default=3600, help="lifetime in seconds")
    args = parser.parse_args(argv)
    try:
        settings = ServiceSettings()
        token = mint_dev_token(
            settings,
            subject=args.sub,
            roles=_split(args.role),
            units=_split(args.unit),
            name=args.name,
            ttl_seconds=args.ttl,
        )
    except (RuntimeError, ValueError) as exc:
        print(f"sg-token: {exc}", file=sys.stderr)
        return 2
    print(token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
