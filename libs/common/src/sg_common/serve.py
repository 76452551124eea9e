"""``sg-service NAME run|migrate|wait-migrated|revision``: run a service, apply or wait for its
migrations, or write one.

Services register themselves under the ``sg_suite.services`` entry-point group, so this CLI
finds ``budget`` → ``budget_svc.app:SERVICE`` without importing the others.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sg_common.app import ServiceDefinition


def load_service(name: str) -> ServiceDefinition:
    """The ServiceDefinition registered under ``name``."""
    from sg_common.app import ServiceDefinition

    matches = entry_points(group="sg_suite.services", name=name)
    if not matches:
        known = sorted(ep.name for ep in entry_points(group="sg_suite.services"))
        raise SystemExit(f"unknown service {name!r}; known: {', '.join(known)}")
    definition = next(iter(matches)).load()
    if not isinstance(definition, ServiceDefinition):
        raise SystemExit(f"{name} does not point at a ServiceDefinition")
    return definition


def freeze_startup_heap() -> None:
    """Move what start-up built (modules, models, schemas, the app) out of the GC's reach.

    Those objects live as long as the process; without this every full collection walks them
    all again. A service that builds many short-lived containers per event (the relay reads,
    encodes and marks hundreds of rows a batch) otherwise spends a large share of its time in
    collections that find nothing: see docs/performance.md.
    """
    gc.collect()
    gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while start-up imports the service and builds its app.

    Importing FastAPI, SQLAlchemy, pydantic and every route's models allocates some 100 MB of
    objects that live as long as the process; the collector, triggered by allocation counts,
    walks the growing heap again and again meanwhile (a fifth of the import time). What start-up
    leaves as garbage is collected once by :func:`freeze_startup_heap` after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-service", description=__doc__)
    parser.add_argument("service", help="budget, hr, facilities, it or production")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="serve the API (settings from SG_* variables and .env)")
    sub.add_parser("migrate", help="apply migrations up to head")
    wait = sub.add_parser(
        "wait-migrated",
        help="wait until the database is at this release's head (init container); exit 1 on "
        "timeout",
    )
    wait.add_argument("--timeout", type=float, default=600.0, help="seconds (default 600)")
    revision = sub.add_parser("revision", help="autogenerate a migration from the models")
    revision.add_argument("-m", "--message", required=True)
    args = parser.parse_args(argv)

    with collector_paused():
        definition = load_service(args.service)
        settings = definition.settings_class()
    if args.command == "migrate":
        from sg_common.migrations import upgrade

        upgrade(definition.migrations_dir, settings.effective_database_url)
        return 0
    if args.command == "wait-migrated":
        from sg_common.migrations import wait_migrated

        url = settings.effective_database_url
        if wait_migrated(definition.migrations_dir, url, timeout_s=args.timeout):
            print(f"sg-service {args.service}: database at head", flush=True)
            return 0
        print(
            f"sg-service {args.service}: database not at head after {args.timeout:g}s "
            "(has the migration Job run?)",
            file=sys.stderr,
        )
        return 1
    if args.command == "revision":
        from alembic import command

        from sg_common.migrations import alembic_config, upgrade

        upgrade(definition.migrations_dir, settings.effective_database_url)
        cfg = alembic_config(definition.migrations_dir, settings.effective_database_url)
        command.revision(cfg, message=args.message, autogenerate=True)
        return 0

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with collector_paused():
        import uvicorn

        from sg_common.app import create_service_app

        app = create_service_app(definition, settings)
    freeze_startup_heap()
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=10,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
