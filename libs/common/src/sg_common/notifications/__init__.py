"""Notifications: what needs a person, addressed by role and unit (or to one person), read
through ``GET /notifications``, marked read per person, and sent as an e-mail digest.

The mechanism lives once here; each service switches it on (its router, its migration, the
tables' DDL in :mod:`sg_common.migration_ops`) and turns **its own** facts into notifications
with :func:`notify`, in the transaction that records the fact (an allocation request submitted,
a decision taken) or in a periodic check over its own state (an invoice nearing its payment
deadline), run by ``sg-notify digest SERVICE`` before the digest is sent.

* :mod:`sg_common.notifications.models`: the tables, :func:`notify` and the audience filter;
* :mod:`sg_common.notifications.router`: ``GET /notifications``, ``POST .../{id}/read``, the
  digest subscription;
* :mod:`sg_common.notifications.digest`: the e-mail digest over SMTP and ``sg-notify``.

See docs/notifications.md.
"""

from sg_common.notifications.models import (
    Notification,
    NotificationCheck,
    NotificationRead,
    NotificationSubscription,
    notify,
)

__all__ = [
    "Notification",
    "NotificationCheck",
    "NotificationRead",
    "NotificationSubscription",
    "notify",
]
