"""Exports: every list (a route taking ``Sort``) also answers as a CSV or XLSX file.

``GET /commitments?fiscal_year=2026&sort=-ae&format=csv`` (or the same request with
``Accept: text/csv``; ``format=xlsx`` or ``Accept: application/vnd.openxmlformats-officedocument.
spreadsheetml.sheet`` for Excel) is the whole list, every page, as a file to download.

**How.** ``ExportMiddleware`` sits just outside the app's router. When a GET names a list route
and asks for a file, it calls the same route in-process page after page (``limit`` at its
maximum, ``cursor`` set to the previous page's ``next_cursor``), with the request's own headers
(its token: the same permission row and scope, checked at every page) and query (the same
filters and ``sort``), and writes each page's items as rows as soon as it has them. Nothing is
written for the lists one by one, and no list is held whole in memory: one page at a time for
CSV; for XLSX openpyxl's ``write_only`` mode spools the rows to a temporary file, whose zip is
then streamed. Who may read the list may export it, and nobody else: a refusal of the first page
(401, 403, 422 on a filter) is the answer, as a problem. The list checks every parameter as it
always does: a ``limit`` given is the size of the pages read, a ``cursor`` where the export
starts (the rows after it); ``count`` changes nothing in the file.

**Files.** Columns are the fields of the list's items, in their order, headed with the French
label the service gives (``ServiceDefinition.column_labels``, over ``COMMON_LABELS``), else the
field's name. CSV is UTF-8 with a byte-order mark, ``;`` between fields, CRLF line ends and
decimal commas: what Excel opens as is in a French locale. Dates are ``YYYY-MM-DD``; date-times
``YYYY-MM-DD HH:MM:SS`` in UTC; booleans ``oui``/``non``; a nested value is its JSON text. In
XLSX amounts and numbers are numbers, dates dates. A text cell that a spreadsheet would read as
a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written
with a leading apostrophe (OWASP's "CSV injection" advice), in both formats.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import tempfile
import types
import typing
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sg_common.api.pagination import MAX_PAGE
from sg_common.documents.router import content_disposition
from sg_common.errors import problem_response

CSV_MEDIA_TYPE = "text/csv"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {"csv": CSV_MEDIA_TYPE, "xlsx": XLSX_MEDIA_TYPE}
#: What a spreadsheet reads as a formula when a cell starts with it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CHUNK = 64 * 1024

#: Labels of the fields most lists share; a service adds its own (``column_labels``).
COMMON_LABELS: Mapping[str, str] = {
    "id": "Identifiant",
    "version": "Version",
    "unit_code": "Code unité",
    "status": "Statut",
    "created_at": "Créé le",
    "created_by": "Créé par",
    "updated_at": "Modifié le",
    "recorded_at": "Enregistré le",
    "recorded_by": "Enregistré par",
    "request_id": "Identifiant de requête",
    "by_delegation_of": "Par délégation de",
    "delegation_id": "Identifiant de délégation",
    "start_date": "Date de début",
    "end_date": "Date de fin",
    "description": "Description",
    "reason": "Motif",
    "comment": "Commentaire",
    "note": "Note",
    "label": "Libellé",
    "name": "Nom",
    "code": "Code",
    "kind": "Type",
    "category": "Catégorie",
    "active": "Actif",
    "title": "Titre",
    "resource": "Ressource",
    "resource_id": "Identifiant de la ressource",
    "actor": "Auteur",
    "at": "Date et heure",
    "changes": "Modifications",
    "prev_hash": "Empreinte précédente",
    "hash": "Empreinte",
    "role": "Rôle",
    "subject": "Destinataire",
    "body": "Message",
    "read_at": "Lu le",
    "source": "Origine",
    "due_on": "Échéance",
    "notified_at": "Notifié le",
    "key": "Clé",
    "filename": "Nom du fichier",
    "content_type": "Type de contenu",
    "size": "Taille (octets)",
    "sha256": "Empreinte SHA-256",
    "uploaded_by": "Déposé par",
    "uploaded_at": "Déposé le",
    "record_id": "Identifiant de l'enregistrement",
}


@dataclass(frozen=True)
class Column:
    """A column of an export: the item's field, its heading, the kind of its values."""

    name: str
    label: str
    kind: str  # money | number | integer | date | datetime | boolean | text | json


# A class's kind is its first base's here: bool before int, an Enum (an IntEnum too) is text,
# datetime before date.
_CLASS_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),
    (Enum, "text"),
    (Decimal, "money"),
    (int, "integer"),
    (float, "number"),
    (datetime, "datetime"),
    (date, "date"),
    (BaseModel, "json"),
)


def column_kind(annotation: Any) -> str:
    """The kind of a field's values from its annotation (Optional and Annotated looked through)."""
    origin = typing.get_origin(annotation)
    if origin is not None:
        return _generic_kind(origin, typing.get_args(annotation))
    if not isinstance(annotation, type):
        return "text"
    return next((kind for base, kind in _CLASS_KINDS if issubclass(annotation, base)), "text")


def _generic_kind(origin: Any, args: tuple[Any, ...]) -> str:
    """The kind of a parameterised annotation: ``Annotated``, a union, a ``Literal``, a
    container."""
    if origin is typing.Annotated:
        return column_kind(args[0])
    if origin in (typing.Union, types.UnionType):
        kinds = {column_kind(a) for a in args if a is not type(None)}
        return kinds.pop() if len(kinds) == 1 else "text"
    if origin is typing.Literal:
        return "text"
    return "json"  # list[...], dict[...]


def item_fields(page_model: Any) -> dict[str, Any]:
    """Field name → annotation of a page's items (every member of a union of item models)."""
    fields: dict[str, Any] = {}
    annotation = page_model.model_fields["items"].annotation
    (item,) = typing.get_args(annotation)
    members = (
        typing.get_args(item)
        if typing.get_origin(item)
        in (
            typing.Union,
            types.UnionType,
        )
        else (item,)
    )
    for member in members:
        for name, info in getattr(member, "model_fields", {}).items():
            fields.setdefault(name, info.annotation)
    return fields


def columns_of(
    names: Iterable[str], fields: Mapping[str, Any], labels: Mapping[str, str]
) -> list[Column]:
    return [
        Column(
            name, labels.get(name) or COMMON_LABELS.get(name, name), column_kind(fields.get(name))
        )
        for name in names
    ]


def safe_text(text: str) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _parse_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def csv_cell(value: Any, kind: str) -> str:
    """A JSON value of the list as CSV text (French Excel's conventions)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dict | list):
        return safe_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    if kind == "datetime" and isinstance(value, str):
        try:
            return _parse_datetime(value).isoformat(sep=" ", timespec="seconds")
        except ValueError:
            return safe_text(value)
    if kind in ("money", "number") or isinstance(value, float):
        try:
            return str(Decimal(str(value))).replace(".", ",")
        except InvalidOperation:
            return safe_text(str(value))
    if isinstance(value, int):
        return str(value)
    return safe_text(str(value))


def xlsx_cell(value: Any, kind: str) -> Any:
    """A JSON value of the list as an XLSX cell value (typed where the field says)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dict | list):
        return safe_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    text = str(value)
    try:
        if kind == "money" or kind == "number":
            return Decimal(text)
        if kind == "date":
            return date.fromisoformat(text)
        if kind == "datetime":
            return _parse_datetime(text)
    except (ValueError, InvalidOperation):
        pass
    return safe_text(text)


class _Writer:
    media_type: str
    extension: str

    def header(self, columns: Sequence[Column]) -> bytes:
        raise NotImplementedError

    def rows(self, columns: Sequence[Column], items: Iterable[Mapping[str, Any]]) -> bytes:
        raise NotImplementedError

    async def finish(self) -> AsyncIterator[bytes]:
        return
        yield b""  # pragma: no cover


class _CsvWriter(_Writer):
    media_type = CSV_MEDIA_TYPE + "; charset=utf-8"
    extension = "csv"

    def _lines(self, rows: Iterable[Sequence[str]]) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerows(rows)
        return buffer.getvalue().encode("utf-8")

    def header(self, columns: Sequence[Column]) -> bytes:
        return "\ufeff".encode() + self._lines([[safe_text(c.label) for c in columns]])

    def rows(self, columns: Sequence[Column], items: Iterable[Mapping[str, Any]]) -> bytes:
        return self._lines(
            [[csv_cell(item.get(c.name), c.kind) for c in columns] for item in items]
        )


_NUMBER_FORMATS = {"money": "#,##0.00", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm:ss"}


class _XlsxWriter(_Writer):
    media_type = XLSX_MEDIA_TYPE
    extension = "xlsx"

    def __init__(self, title: str) -> None:
        from openpyxl import Workbook

        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet(title=re.sub(r"[\[\]:*?/\\]", " ", title)[:31])

    def header(self, columns: Sequence[Column]) -> bytes:
        self.sheet.append([safe_text(c.label) for c in columns])
        return b""

    def rows(self, columns: Sequence[Column], items: Iterable[Mapping[str, Any]]) -> bytes:
        from openpyxl.cell import WriteOnlyCell

        for item in items:
            row = []
            for column in columns:
                cell = WriteOnlyCell(
                    self.sheet, value=xlsx_cell(item.get(column.name), column.kind)
                )
                if column.kind in _NUMBER_FORMATS and cell.value is not None:
                    cell.number_format = _NUMBER_FORMATS[column.kind]
                row.append(cell)
            self.sheet.append(row)
        return b""

    async def finish(self) -> AsyncIterator[bytes]:
        with tempfile.TemporaryFile() as spool:
            await asyncio.to_thread(self.workbook.save, spool)
            spool.seek(0)
            while chunk := spool.read(_CHUNK):
                yield chunk


def wanted_format(scope: Scope) -> str | None:
    """``csv``/``xlsx`` when the request asks for a file (``format``, else ``Accept``), ``json``
    when ``format=json``, the text of an unknown ``format``, None for the list as usual."""
    query: bytes = scope.get("query_string", b"")
    if b"format" in query or b"%" in query:  # parsed only when it may name it (every GET)
        for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            if name == "format":
                return value
    accept = ""
    for name, value in scope.get("headers", []):
        if name == b"accept":
            accept = value.decode("latin-1").lower()
    for part in accept.split(","):
        media = part.split(";")[0].strip()
        if media in ("application/json", "application/problem+json"):
            return None
        for fmt, media_type in FORMATS.items():
            if media == media_type:
                return fmt
    return None


def _is_list(route: Any) -> bool:
    def uses_sort(dependant: Any) -> bool:
        return any(
            getattr(sub.call, "sort_fields", None) is not None or uses_sort(sub)
            for sub in dependant.dependencies
        )

    return isinstance(route, APIRoute) and uses_sort(route.dependant)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "liste"


def export_filename(service: str, path_template: str, names: Mapping[str, str], ext: str) -> str:
    """``budget-engagements-2026-03-16.csv``: the service, the list's French name (else its
    path's words), today's date (UTC)."""
    stem = names.get(path_template) or _slug(re.sub(r"\{[^}]*\}", "", path_template))
    return f"{service}-{_slug(stem)}-{datetime.now(UTC).date().isoformat()}.{ext}"


def _page_size(route: APIRoute) -> int:
    """The largest ``limit`` the list takes (``MAX_PAGE``, or its own lower bound)."""
    for param in route.dependant.query_params:
        if param.name == "limit":
            bounds = [getattr(m, "le", None) for m in param.field_info.metadata]
            return min([MAX_PAGE, *(b for b in bounds if isinstance(b, int))])
    return MAX_PAGE


@dataclass(frozen=True)
class _ListRoute:
    path: str
    fields: dict[str, Any]
    page_size: int


def _list_route(context: Any) -> _ListRoute | None:
    route = context.original_route
    if not isinstance(route, APIRoute) or not _is_list(route):
        return None
    return _ListRoute(str(context.path), item_fields(route.response_model), _page_size(route))


class ExportMiddleware:
    """Answer a list route's GET as a CSV or XLSX file when asked (``format``, ``Accept``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._routes: list[tuple[Any, Any, _ListRoute | None]] | None = None

    def _route_for(self, scope: Scope) -> _ListRoute | None:
        if self._routes is None:
            self._routes = [
                (context.path_regex, context.methods, _list_route(context))
                for context in iter_route_contexts(list(scope["app"].routes))
                if getattr(context, "path_regex", None) is not None
            ]
        path = scope.get("path", "")
        for regex, methods, listed in self._routes:
            if regex.match(path) and (methods is None or "GET" in methods):
                return listed  # the route the router will run (first match)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fmt = wanted_format(scope) if scope["type"] == "http" and scope["method"] == "GET" else None
        if fmt is None or fmt == "json":
            await self.app(scope, receive, send)
            return
        listed = self._route_for(scope)
        if listed is None:
            await self.app(scope, receive, send)
            return
        if fmt not in FORMATS:
            response = problem_response(
                422,
                detail=f"format={fmt!r}: a list exports as csv or xlsx (or json, the default)",
                type_slug="invalid-export-format",
                title="Invalid export format",
                instance=scope.get("path"),
            )
            await response(scope, receive, send)
            return
        await self._export(scope, send, listed, fmt)

    async def _page(
        self, scope: Scope, listed: _ListRoute, cursor: str | None
    ) -> tuple[int, list[Any], bytes]:
        """A page as the list answers it: the request's query (the list checks it all), the
        next ``cursor`` after the first page, ``limit`` the list's largest unless given."""
        given = parse_qsl(scope.get("query_string", b"").decode("latin-1"), True)
        params = [(k, v) for k, v in given if k != "format" and (cursor is None or k != "cursor")]
        if not any(k == "limit" for k, _ in given):
            params.append(("limit", str(listed.page_size)))
        if cursor is not None:
            params.append(("cursor", cursor))
        headers = [(k, v) for k, v in scope["headers"] if k != b"accept"]
        headers.append((b"accept", b"application/json"))
        page_scope = {**scope, "query_string": urlencode(params).encode(), "headers": headers}
        status = 500
        raw_headers: list[Any] = []
        body = bytearray()

        async def page_receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def page_send(message: Message) -> None:
            nonlocal status, raw_headers
            if message["type"] == "http.response.start":
                status = message["status"]
                raw_headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await self.app(page_scope, page_receive, page_send)
        return status, raw_headers, bytes(body)

    async def _export(self, scope: Scope, send: Send, listed: _ListRoute, fmt: str) -> None:
        status, headers, body = await self._page(scope, listed, None)
        if status != 200:  # the list's own refusal (401, 403, 422...), as it answered
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        page = json.loads(body)
        app = scope["app"]
        labels: Mapping[str, str] = getattr(app.state, "column_labels", {}) or {}
        names: Mapping[str, str] = getattr(app.state, "export_names", {}) or {}
        service = getattr(getattr(app.state, "service", None), "name", "export")
        items = page.get("items", [])
        order = list(items[0]) if items else list(listed.fields)
        columns = columns_of(order, listed.fields, labels)
        writer: _Writer = (
            _CsvWriter() if fmt == "csv" else _XlsxWriter(names.get(listed.path) or service)
        )
        filename = export_filename(service, listed.path, names, writer.extension)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", writer.media_type.encode()),
                    (b"content-disposition", content_disposition(filename).encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"cache-control", b"no-store"),
                ],
            }
        )

        async def body_part(data: bytes) -> None:
            if data:
                await send({"type": "http.response.body", "body": data, "more_body": True})

        await body_part(writer.header(columns))
        while True:
            await body_part(writer.rows(columns, items))
            cursor = page.get("next_cursor")
            if not cursor:
                break
            status, _, body = await self._page(scope, listed, cursor)
            if status != 200:  # the answer has started: end it short, the log says why
                raise RuntimeError(f"export of {listed.path}: a page answered {status}")
            page = json.loads(body)
            items = page.get("items", [])
        async for chunk in writer.finish():
            await body_part(chunk)
        await send({"type": "http.response.body", "body": b"", "more_body": False})


EXPORT_FORMAT_SCHEMA = "ExportFormat"


def export_format_schema() -> dict[str, Any]:
    """The component every list's ``format`` parameter names (one enum for the clients)."""
    return {
        "type": "string",
        "enum": ["json", "csv", "xlsx"],
        "title": EXPORT_FORMAT_SCHEMA,
        "description": "A list as JSON pages (the default), or whole as a CSV or XLSX file.",
    }


def declare_export(operation: dict[str, Any]) -> None:
    """State in a list operation's document its ``format`` parameter and file answers."""
    operation.setdefault("parameters", []).append(
        {
            "name": "format",
            "in": "query",
            "required": False,
            "description": (
                "`csv` or `xlsx`: the whole list (every page, with the filters and `sort` "
                "given; `limit` the size of the pages read, `cursor` where it starts) as a file "
                "to download; `json` "
                "(the default) the page. `Accept: text/csv` or the XLSX media type asks the same. "
                "CSV is UTF-8 with a BOM, `;`-separated, decimal commas (French Excel)."
            ),
            "schema": {"$ref": f"#/components/schemas/{EXPORT_FORMAT_SCHEMA}"},
        }
    )
    ok = operation.get("responses", {}).get("200")
    if ok is None:
        return
    content = ok.setdefault("content", {})
    for media_type in FORMATS.values():
        content[media_type] = {"schema": {"type": "string", "format": "binary"}}
    ok.setdefault("headers", {})["Content-Disposition"] = {
        "description": (
            'With `format=csv|xlsx`: `attachment; filename="<service>-<list>-<date>.<ext>"`.'
        ),
        "schema": {"type": "string"},
    }
