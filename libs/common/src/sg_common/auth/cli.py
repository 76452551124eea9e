"""``sg-token``: mint a development token signed with the repository's dev key.

    TOKEN=$(sg-token --role budget.officer --unit DPG --sub alice --name "Alice Martin")
    curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8001/...

Roles repeat (``--role a --role b``) or are comma-separated (``--role a,b``); so are units.
Issuer, audience and claim paths come from the settings (``SG_JWT_ISSUER``, ``SG_JWT_AUDIENCE``,
``SG_JWT_ROLES_CLAIM``, ...). Only the token is printed on stdout. Outside
``SG_ENV=development`` it refuses (exit code 2): the dev key is public.
"""

from __future__ import annotations

import argparse
import sys

from pydantic import ValidationError

from sg_common.auth.dev import mint_dev_token
from sg_common.settings import InsecureSettingsError, ServiceSettings

EXIT_REFUSED = 2


def _split(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        for part in value.split(","):
            if part.strip():
                seen[part.strip()] = None
    return list(seen)


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sg-token",
        description="Mint a development JWT (SG_ENV=development only); prints only the token.",
    )
    parser.add_argument(
        "--role", action="append", default=[], metavar="ROLE", help="role; repeat or a,b"
    )
    parser.add_argument(
        "--unit", action="append", default=[], metavar="CODE", help="org unit code; repeat or a,b"
    )
    parser.add_argument("--sub", default="dev", help="subject (user id), default: dev")
    parser.add_argument("--name", default=None, help='display name, e.g. "Alice Martin"')
    parser.add_argument(
        "--ttl", type=_positive_int, default=3600, help="lifetime in seconds, default: 3600"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = ServiceSettings()
    except InsecureSettingsError as exc:
        print(
            f"sg-token: refusing to mint: development tokens only, and this is not "
            f"SG_ENV=development ({exc})",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    except ValidationError as exc:
        print(f"sg-token: invalid SG_* settings: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        token = mint_dev_token(
            settings,
            subject=args.sub,
            roles=_split(args.role),
            units=_split(args.unit),
            name=args.name,
            ttl_seconds=args.ttl,
        )
    except (RuntimeError, ValueError, OSError) as exc:
        print(f"sg-token: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
