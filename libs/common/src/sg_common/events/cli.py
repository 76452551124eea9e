"""``sg-events``: operate the event backbone (create the topics, replay dead letters)."""

from __future__ import annotations

import argparse
import asyncio
import sys


def _ensure_topics(args: argparse.Namespace) -> int:
    from sg_common.events.kafka import ensure_declared_topics
    from sg_common.events.topics import topics_from_settings
    from sg_common.settings import Environment, ServiceSettings

    # SG_KAFKA_BOOTSTRAP_SERVERS, SG_KAFKA_TOPIC_PARTITIONS, SG_KAFKA_REPLICATION_FACTOR, the
    # retention and the TLS/SASL settings come from the environment, as for a service
    # env=development: this tool reads only the Kafka settings, so a Job that shares the
    # services' production ConfigMap without their JWT secrets is not refused
    settings = ServiceSettings(service_name="sg-events", env=Environment.development)
    if args.bootstrap:
        settings = settings.model_copy(update={"kafka_bootstrap_servers": args.bootstrap})
    created = asyncio.run(ensure_declared_topics(settings, timeout_s=args.timeout))
    if args.quiet:
        return 0
    for spec in topics_from_settings(settings):
        if spec.name in created:
            print(
                f"{spec.name}: created (partitions={spec.partitions}, "
                f"replication={spec.replication_factor})"
            )
        else:
            print(f"{spec.name}: exists (left as it is)")
    return 0


def _replay(args: argparse.Namespace) -> int:
    from sg_common.events.catalogue import topics_for_types
    from sg_common.events.replay import replay_dead_letters
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-events", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ensure = sub.add_parser(
        "ensure-topics",
        help="create every declared topic and its .dlq where missing (idempotent)",
    )
    ensure.add_argument("--bootstrap", default=None, help="default: SG_KAFKA_BOOTSTRAP_SERVERS")
    ensure.add_argument(
        "--timeout", type=float, default=60.0, help="seconds to wait for the broker"
    )
    ensure.add_argument("--quiet", action="store_true", help="print nothing when it succeeds")
    ensure.set_defaults(run=_ensure_topics)
    replay = sub.add_parser("replay-dlq", help="put a service's dead letters back on their topics")
    replay.add_argument("--service", required=True)
    replay.add_argument("--type", dest="event_type", default=None)
    replay.add_argument("--bootstrap", default=None, help="Kafka bootstrap servers")
    replay.add_argument("--dry-run", action="store_true")
    replay.set_defaults(run=_replay)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
