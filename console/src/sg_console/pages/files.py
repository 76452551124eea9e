"""Files through the console (issue #22 in the console): a service's file streamed back to the
person — a list exported as CSV or Excel, an attached document, a PDF the SG signs — and a file
the person uploads sent on to a service, always with the person's token.

Every file goes through :func:`stream_file`: the generated operation gives the request
(method, path, query), the generated client of the person sends it, and the answer is streamed
to the browser chunk by chunk (an export of thousands of rows is never held whole by the
console). A refusal is the service's problem, shown as every refusal is.

The exports of the console's lists are declared once in :data:`EXPORTS` and served by one route,
``/exporter/{liste}?format=csv|xlsx&<the list's filters>``: the list page's own filters are
turned into the service's parameters by the same function the list page uses.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse

from sg_console.pages.common import client
from sg_console.services import ServiceRefusal, ServiceUnavailable
from sg_console.sessions import Person
from sg_console.web import Forbidden, person_of

router = APIRouter()

#: headers of the service's answer passed on to the browser
PASSED_ON = ("content-type", "content-disposition", "content-length")


async def send(request: Request, service: str, operation: Any, **params: Any) -> httpx.Response:
    """Send ``operation``'s request (from the generated module's ``_get_kwargs``) with the
    person's client, unread (``stream=True``); ``files``: a multipart upload. The caller reads
    and closes the answer. Refusals and failures as :func:`sg_console.services.call`."""
    files = params.pop("files", None)
    api = await client(request, service)
    http = api.get_async_httpx_client()
    kwargs = operation._get_kwargs(**params)
    if files is not None:
        # the generated multipart sends text parts under a fixed boundary: httpx builds the
        # real one (with the file's bytes, name and type)
        kwargs["files"] = files
        kwargs.get("headers", {}).pop("Content-Type", None)
    try:
        answer = await http.send(http.build_request(**kwargs), stream=True)
    except httpx.TimeoutException as exc:
        raise ServiceUnavailable(service, "timeout") from exc
    except httpx.TransportError as exc:
        raise ServiceUnavailable(service, type(exc).__name__) from exc
    if answer.status_code < 300:
        return answer
    content = await answer.aread()
    await answer.aclose()
    if answer.status_code in (502, 503, 504):
        raise ServiceUnavailable(service, f"HTTP {answer.status_code}")
    raise ServiceRefusal.from_response(service, answer.status_code, content)


async def stream_file(request: Request, service: str, operation: Any, **params: Any) -> Response:
    """The file a service answers to ``operation``, streamed to the browser with its type and
    name (never cached, never sniffed: the console's headers)."""
    answer = await send(request, service, operation, **params)

    async def body() -> AsyncIterator[bytes]:
        try:
            async for chunk in answer.aiter_bytes():
                yield chunk
        finally:
            await answer.aclose()

    headers = {k: answer.headers[k] for k in PASSED_ON if k in answer.headers}
    headers.setdefault("content-disposition", "attachment")
    # the console's security headers add ``Cache-Control: no-store`` and ``nosniff``
    return StreamingResponse(body(), status_code=answer.status_code, headers=headers)


async def upload(
    request: Request,
    service: str,
    operation: Any,
    body_model: Any,
    *,
    field: str = "file",
    **params: Any,
) -> httpx.Response:
    """Send the file the person chose (the form's ``field``) to a service's upload operation
    (``body_model``: its generated multipart body, whose text-only part the file replaces);
    the answer, read (``.json()``)."""
    form = await request.form()
    chosen = form.get(field)
    if chosen is None or isinstance(chosen, str) or not chosen.filename:
        raise ServiceRefusal(
            service,
            422,
            {"title": "Saisie invalide", "detail": "Choisissez un fichier à envoyer."},
        )
    data = await chosen.read()
    files = {field: (chosen.filename, data, chosen.content_type or "application/octet-stream")}
    answer = await send(
        request, service, operation, files=files, body=body_model(file=chosen.filename), **params
    )
    await answer.aread()
    await answer.aclose()
    return answer


# ---- the exports of the console's lists ------------------------------------------------------


@dataclass(frozen=True)
class Export:
    """A list of the console that exports: the service, its generated list operation, who may
    (the list page's roles) and its filters (the page's query → the service's parameters)."""

    service: str
    operation: Any
    roles: tuple[str, ...]
    params: Callable[[Request], dict[str, Any]]


EXPORTS: dict[str, Export] = {}
FORMATS = ("csv", "xlsx")


def exports(name: str, export: Export) -> None:
    """Declare the export of a list (each page module declares its own)."""
    EXPORTS[name] = export


@router.get("/exporter/{liste}")
async def export_list(
    request: Request,
    liste: str,
    person: Annotated[Person, Depends(person_of)],
    format: str = "csv",
) -> Response:
    """The list ``liste`` exported by its service with the page's filters (``format``: csv or
    xlsx), streamed back."""
    export = EXPORTS.get(liste)
    if export is None or format not in FORMATS:
        raise ServiceRefusal("console", 404, {"detail": "Cette liste ne s'exporte pas."})
    if not person.has(*export.roles):
        raise Forbidden
    model = export.operation.ExportFormat  # the generated client's own enum
    return await stream_file(
        request, export.service, export.operation, format_=model(format), **export.params(request)
    )
