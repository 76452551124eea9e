"""``sg-events``: operate the event backbone (replay dead letters)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from sg_common.events.catalogue import topics_for_types
from sg_common.events.replay import replay_dead_letters


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-events", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    replay = sub.add_parser("replay-dlq", help="put a service's dead letters back on their topics")
    replay.add_argument("--service", required=True)
    replay.add_argument("--type", dest="event_type", default=None)
    replay.add_argument("--bootstrap", default=None, help="Kafka bootstrap servers")
    replay.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    from sg_common.serve import load_service

    definition = load_service(args.service)
    settings = definition.settings_class()
    if args.bootstrap:
        settings = settings.model_copy(update={"kafka_bootstrap_servers": args.bootstrap})
    topics = topics_for_types(definition.event_handlers)
    count = asyncio.run(
        replay_dead_letters(
            settings, topics, service=args.service, event_type=args.event_type, dry_run=args.dry_run
        )
    )
    verb = "would replay" if args.dry_run else "replayed"
    print(f"{verb} {count} dead letter(s) for {args.service}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
