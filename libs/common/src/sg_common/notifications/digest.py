"""The e-mail digest: each subscriber's unread notifications since their last digest, over SMTP.

``sg-notify digest SERVICE`` (a periodic job, e.g. a cron or a Kubernetes CronJob each
morning) runs the service's checks (``ServiceDefinition.notification_checks``: deadlines
approaching, in the service's own data), then sends each subscriber one message listing what
was addressed to them (by their roles and units as of their subscription, or to them by name)
and not yet read nor sent. Reading happens in one transaction, sending with none open, and the
subscriber's ``last_sent_id`` is moved in another: a digest that fails to send is sent again
by the next run, one that was sent is not repeated.

``sg-notify purge SERVICE`` (a nightly job) deletes the notifications someone has read that
are older than ``SG_NOTIFICATIONS_RETENTION_DAYS`` (365 by default, ``--days`` overrides).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import smtplib
import ssl
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from typing import Any

from sqlalchemy import delete, exists
from sqlmodel import col, select

from sg_common.auth.deps import ADMIN_ROLE
from sg_common.clock import utcnow
from sg_common.db import Database
from sg_common.notifications.models import (
    Notification,
    NotificationCheck,
    NotificationRead,
    NotificationSubscription,
    unread_for,
)
from sg_common.org import OrgTree
from sg_common.settings import ServiceSettings


@dataclass(frozen=True)
class Digest:
    """One message to send: to whom, and the notifications it lists."""

    subject: str
    email: str
    items: tuple[Notification, ...]


def _date_fr(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def message(digest: Digest, *, service: str, sender: str) -> EmailMessage:
    """The e-mail (French, plain text) of one digest."""
    count = len(digest.items)
    plural = "s" if count > 1 else ""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = digest.email
    msg["Subject"] = f"sg-suite {service} : {count} notification{plural} en attente"
    lines = [
        "Bonjour,",
        "",
        f"Voici ce qui vous attend dans sg-suite ({service}) :",
        "",
    ]
    for item in digest.items:
        due = f" (échéance : {_date_fr(item.due_on)})" if item.due_on else ""
        lines.append(f"- {item.title}{due}")
    lines += ["", "Retrouvez-les sur la page « Ce qui m'attend » de la console.", ""]
    msg.set_content("\n".join(lines))
    return msg


def send(messages: Sequence[EmailMessage], settings: ServiceSettings) -> None:
    """Send ``messages`` through the configured SMTP server (one connection)."""
    with smtplib.SMTP(
        settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_s
    ) as smtp:
        if settings.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
        if settings.smtp_username and settings.smtp_password:
            smtp.login(settings.smtp_username, settings.smtp_password.get_secret_value())
        for msg in messages:
            smtp.send_message(msg)


async def run_checks(database: Database, checks: Sequence[NotificationCheck], today: date) -> int:
    """Run the service's checks, each in its own transaction; how many notifications they made."""
    created = 0
    for check in checks:
        async with database.transaction() as session:
            created += await check(session, today)
    return created


async def collect(database: Database, tree: OrgTree) -> list[Digest]:
    """Each subscriber's unread notifications not yet sent (one read transaction)."""
    digests: list[Digest] = []
    async with database.transaction(write=False) as session:
        subscriptions = (await session.exec(select(NotificationSubscription))).all()
        for sub in subscriptions:
            roles = json.loads(sub.roles)
            units = json.loads(sub.units)
            visible = None if ADMIN_ROLE in roles else frozenset(tree.subtree_codes(units))
            items = await unread_for(
                session,
                subject=sub.subject,
                roles=roles,
                visible=visible,
                after_id=sub.last_sent_id,
            )
            if items:
                digests.append(Digest(sub.subject, sub.email, tuple(items)))
    return digests


async def send_digests(
    database: Database,
    settings: ServiceSettings,
    *,
    service: str,
    checks: Sequence[NotificationCheck] = (),
    tree: OrgTree | None = None,
    today: date | None = None,
) -> list[Digest]:
    """Run the checks, send each subscriber's digest, and remember what was sent."""
    await run_checks(database, checks, today or utcnow().date())
    digests = await collect(database, tree or OrgTree.default())
    if not digests:
        return []
    messages = [message(d, service=service, sender=settings.smtp_from) for d in digests]
    await asyncio.to_thread(send, messages, settings)  # no transaction open
    async with database.transaction() as session:
        for digest in digests:
            row = await session.get(NotificationSubscription, digest.subject)
            last = max(item.id or 0 for item in digest.items)
            if row is not None and row.last_sent_id < last:
                row.last_sent_id = last
                session.add(row)
    return digests


#: notifications deleted per transaction by :func:`purge` (short transactions, bounded IN lists)
PURGE_BATCH = 500


async def purge(database: Database, *, before: datetime) -> int:
    """Delete the notifications created before ``before`` that someone has read, with their
    read marks; how many. Unread ones are kept, however old: they still need someone.

    In batches of :data:`PURGE_BATCH`, a transaction each, so a large purge never holds a long
    transaction (nor the table) and an interrupted one keeps what it did."""
    purged = 0
    while True:
        async with database.transaction() as session:
            ids = list(
                (
                    await session.exec(
                        select(Notification.id)
                        .where(
                            col(Notification.created_at) < before,
                            exists().where(
                                col(NotificationRead.notification_id) == col(Notification.id)
                            ),
                        )
                        .order_by(col(Notification.id))
                        .limit(PURGE_BATCH)
                    )
                ).all()
            )
            if not ids:
                return purged
            await session.exec(
                delete(NotificationRead).where(col(NotificationRead.notification_id).in_(ids))
            )
            await session.exec(delete(Notification).where(col(Notification.id).in_(ids)))
            purged += len(ids)


def _service(name: str) -> tuple[Any, ServiceSettings]:
    from sg_common.serve import load_service

    definition = load_service(name)
    settings: ServiceSettings = definition.settings_class()
    return definition, settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-notify", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    digest = sub.add_parser("digest", help="run the service's checks and send the digests")
    digest.add_argument("service", help="budget, hr, facilities, it or production")
    purging = sub.add_parser(
        "purge", help="delete the read notifications older than the retention setting"
    )
    purging.add_argument("service", help="budget, hr, facilities, it or production")
    purging.add_argument(
        "--days",
        type=int,
        default=None,
        help="retention in days (default: SG_NOTIFICATIONS_RETENTION_DAYS, 365)",
    )
    args = parser.parse_args(argv)
    definition, settings = _service(args.service)

    if args.command == "purge":
        days = args.days if args.days is not None else settings.notifications_retention_days
        if days < 1:
            parser.error("--days must be at least 1")
        cutoff = utcnow() - timedelta(days=days)

        async def run_purge() -> int:
            database = Database(settings.effective_database_url)
            try:
                return await purge(database, before=cutoff)
            finally:
                await database.dispose()

        count = asyncio.run(run_purge())
        print(
            f"{args.service}: {count} read notification(s) created before "
            f"{cutoff:%Y-%m-%d %H:%M} UTC purged"
        )
        return 0

    async def run() -> list[Digest]:
        database = Database(settings.effective_database_url)
        try:
            return await send_digests(
                database,
                settings,
                service=definition.name,
                checks=definition.notification_checks,
            )
        finally:
            await database.dispose()

    sent = asyncio.run(run())
    print(f"{args.service}: {len(sent)} digest(s) sent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
