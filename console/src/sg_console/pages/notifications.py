"""« Ce qui m'attend » (issue #22 item 3): the signed-in person's unread notifications from
each service that notifies (budget, facilities, hr, production), read with their own token;
each can be marked read. See docs/notifications.md."""

from __future__ import annotations

from typing import Any

from budget_client.api.notifications import (
    notifications_list_notifications as budget_list,
)
from budget_client.api.notifications import notifications_mark_read as budget_mark_read
from facilities_client.api.notifications import (
    notifications_list_notifications as facilities_list,
)
from facilities_client.api.notifications import (
    notifications_mark_read as facilities_mark_read,
)
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from hr_client.api.notifications import notifications_list_notifications as hr_list
from hr_client.api.notifications import notifications_mark_read as hr_mark_read
from production_client.api.notifications import (
    notifications_list_notifications as production_list,
)
from production_client.api.notifications import (
    notifications_mark_read as production_mark_read,
)

from sg_console.pages.common import act, as_dict, read, renderer
from sg_console.services import ServiceRefusal, ServiceUnavailable
from sg_console.web import ensure_session, require

router = APIRouter(prefix="/a-faire")

#: service → (its name for people, list operation, mark-read operation)
SOURCES: dict[str, tuple[str, Any, Any]] = {
    "budget": ("Budget", budget_list, budget_mark_read),
    "facilities": ("Achats et moyens généraux", facilities_list, facilities_mark_read),
    "hr": ("Ressources humaines", hr_list, hr_mark_read),
    "production": ("Production statistique", production_list, production_mark_read),
}


@router.get("", dependencies=[Depends(require())])
async def what_needs_me(request: Request) -> Response:
    ensure_session(request)
    groups: list[dict[str, Any]] = []
    for service, (label, list_operation, _) in SOURCES.items():
        try:
            answer = await read(request, service, list_operation, unread=True, limit=50)
        except (ServiceRefusal, ServiceUnavailable):
            groups.append({"service": service, "label": label, "items": [], "down": True})
            continue
        items = as_dict(answer.parsed)["items"]
        groups.append({"service": service, "label": label, "items": items, "down": False})
    return renderer(request).page(
        request,
        "notifications/list.html",
        title="Ce qui m'attend",
        section="notifications",
        groups=groups,
    )


@router.post("/{service}/{notification_id}/lu", dependencies=[Depends(require())])
async def mark_read(
    request: Request,
    service: str,
    notification_id: int,
) -> Response:
    if service not in SOURCES:
        ensure_session(request).flash("Service inconnu.", "error")
        return await what_needs_me(request)
    return await act(
        request,
        service,
        SOURCES[service][2],
        done="Notification marquée comme lue.",
        then="/a-faire",
        notification_id=notification_id,
    )
