"""Imports: many records at once from a CSV or XLSX file, all or nothing, with a dry run.

``POST /agents/imports?dry_run=true`` with the file (multipart ``file``) reads every row,
validates it with the **same model as the single create** (``AgentCreate``) and runs the **same
create function** on it (its rules, its scope check, its events through the outbox), in one
transaction:

* any row wrong → ``422 import-rejected``, every row's errors listed (``row_errors``: the row's
  number in the file, the header row being 1; the column and field; the message), and nothing
  written: the transaction is rolled back, events and audit rows with it;
* ``dry_run=true`` → the same checks, the same answer, then rolled back in any case: nothing is
  written, and a clean file answers ``200`` with what would be created;
* otherwise ``201`` with the ids created.

Each row's create runs in a savepoint, so a row refused by a rule (a duplicate, an unknown unit,
a unit outside the caller's scope) is reported and the next rows are still checked.

**The file.** Its type is read from its bytes (an XLSX workbook, or text: CSV), never its name
(415 ``unsupported-import-type`` otherwise). The first row names the columns: the French
headings of the service's exports (``ServiceDefinition.column_labels``) or the API's field names;
a column the create does not know is refused (422 ``import-unknown-columns``). CSV: UTF-8 (with
or without BOM; Windows-1252 is read too, what French Excel's plain "CSV" writes), ``;`` or
``,`` between fields (read from the header line); decimal commas are read as points where the
field is a number. An empty cell is an absent field (its default applies). At most
``IMPORT_MAX_ROWS`` rows (413 ``import-too-large``), within the request body limit.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, Response, UploadFile
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.api.exports import COMMON_LABELS, column_kind
from sg_common.auth import Principal
from sg_common.auth.permissions import Caller, Scope
from sg_common.auth.scope import OrgScope
from sg_common.db import Database
from sg_common.deps import DatabaseDep
from sg_common.documents.sniff import XLSX, sniff
from sg_common.errors import (
    PayloadTooLarge,
    ProblemError,
    UnprocessableEntity,
    problem_responses,
)

#: The most rows one file may carry.
IMPORT_MAX_ROWS = 1000

ImportFile = Annotated[
    UploadFile,
    File(description="The CSV or XLSX file; its first row names the columns."),
]
DryRun = Annotated[
    bool,
    Query(
        description=(
            "`true`: check every row (the same rules as a single create) and write nothing. "
            "`false` (the default): create every row, or none when any row is wrong."
        )
    ),
]


class UnsupportedImportType(ProblemError):
    status = 415
    type_slug = "unsupported-import-type"
    title = "The file is neither CSV nor XLSX"


class ImportTooLarge(PayloadTooLarge):
    type_slug = "import-too-large"
    title = "Too many rows in the file"


class ImportUnreadable(UnprocessableEntity):
    type_slug = "import-unknown-columns"
    title = "The file's columns are not the expected ones"


class ImportMalformed(UnprocessableEntity):
    type_slug = "import-malformed"
    title = "The file cannot be read as a table"


class ImportRejected(UnprocessableEntity):
    type_slug = "import-rejected"
    title = "Rows of the file are wrong: nothing was written"


class ImportRowError(BaseModel):
    row: int = Field(description="The row's number in the file (the header row is 1).")
    column: str | None = Field(description="The column's heading in the file, if one is at fault.")
    field: str | None = Field(description="The API's field name, if one is at fault.")
    message: str
    type: str = Field(description="The rule (a validation type or a problem's slug).")


class ImportReport(BaseModel):
    """What an import did (or, on a dry run, would do)."""

    dry_run: bool
    rows: int = Field(description="How many rows the file holds (the header not counted).")
    created: int = Field(description="How many records were created (would be, on a dry run).")
    ids: list[int | str] = Field(description="The created records' ids (none on a dry run).")


#: Creates one record from a validated row, in the import's session (raises a problem if refused).
Create = Callable[[AsyncSession, Any], Awaitable[Any]]


class _DryRunDone(Exception):
    """Ends a dry run's transaction by rolling it back."""


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _read_xlsx(data: bytes) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a corrupt workbook is the client's file, not our error
        raise UnsupportedImportType("the workbook cannot be read") from exc
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        workbook.close()


def _read_csv(data: bytes) -> Iterator[list[Any]]:
    if b"\x00" in data:
        raise UnsupportedImportType("the file is binary, not CSV text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def read_rows(data: bytes) -> list[list[Any]]:
    """The file's rows (header first), its type read from its bytes."""
    kind = sniff(data)
    if kind == XLSX:
        rows = _read_xlsx(data)
    elif kind is not None:
        raise UnsupportedImportType(f"the file is {kind}: send a CSV or an XLSX file")
    else:
        rows = _read_csv(data)
    found = []
    try:
        for row in rows:
            if any(_cell_text(v) for v in row):
                found.append(row)
            if len(found) > IMPORT_MAX_ROWS + 1:
                raise ImportTooLarge(
                    f"a file holds at most {IMPORT_MAX_ROWS} rows",
                    extra={"max_rows": IMPORT_MAX_ROWS},
                )
    except csv.Error as exc:  # a cell over the csv module's size limit, a stray quote...
        raise ImportMalformed(f"the CSV cannot be read: {exc}") from exc
    return found


def _value(value: Any, annotation: Any) -> Any:
    """A cell as the create's JSON would carry it (dates ISO, decimal commas as points)."""
    kind = column_kind(annotation)
    if isinstance(value, datetime):
        return value.date().isoformat() if kind == "date" else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float | int) and not isinstance(value, bool) and kind != "integer":
        return str(value)  # a number typed in a cell: its text, as JSON would carry it
    if isinstance(value, str):
        text = value.strip()
        if kind in ("money", "number", "integer"):
            return text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if kind == "boolean":
            return {"oui": True, "non": False}.get(text.lower(), text)
        return text
    return value


def _columns(header: Sequence[Any], model: type[BaseModel], labels: Mapping[str, str]) -> list[str]:
    """Each column's field name, from its heading (a French label or the field's name)."""
    fields = model.model_fields
    by_heading = {name: name for name in fields}
    for name in fields:
        label = labels.get(name) or COMMON_LABELS.get(name)
        if label:
            by_heading[label.casefold()] = name
    names: list[str] = []
    unknown: list[str] = []
    for heading in header:
        text = _cell_text(heading).lstrip("'")
        found = by_heading.get(text) or by_heading.get(text.casefold())
        if found is None:
            unknown.append(text)
        names.append(found or "")
    expected = [labels.get(n) or COMMON_LABELS.get(n) or n for n in fields]
    required = [n for n, f in fields.items() if f.is_required() and n not in names]
    if unknown or required:
        raise ImportUnreadable(
            "the first row must name the columns: "
            + (f"unknown {unknown}; " if unknown else "")
            + (f"missing {[labels.get(n) or n for n in required]}; " if required else "")
            + f"expected among {expected}",
            extra={"unknown": unknown, "expected": expected},
        )
    return names


async def run_import(
    request: Request,
    response: Response,
    database: Database,
    file: UploadFile,
    *,
    model: type[BaseModel],
    create: Create,
    dry_run: bool,
    id_of: Callable[[Any], int | str] = lambda record: record.id,
) -> ImportReport:
    """Read ``file``, create a ``model`` per row with ``create``, all or nothing (see above)."""
    rows = read_rows(await file.read())
    if not rows:
        raise ImportUnreadable("the file is empty: its first row must name the columns")
    labels: Mapping[str, str] = getattr(request.app.state, "column_labels", {}) or {}
    names = _columns(rows[0], model, labels)
    headings = [_cell_text(h) for h in rows[0]]
    annotations = {n: f.annotation for n, f in model.model_fields.items()}
    label_of = dict(zip(names, headings, strict=True))
    errors: list[ImportRowError] = []
    ids: list[int | str] = []
    try:
        async with database.transaction() as session:
            for number, row in enumerate(rows[1:], start=2):
                values = {
                    name: _value(cell, annotations[name])
                    for name, cell in zip(names, row, strict=False)
                    if name and _cell_text(cell) != ""
                }
                try:
                    body = model.model_validate(values)
                except ValidationError as exc:
                    for issue in exc.errors():
                        field = str(issue["loc"][0]) if issue["loc"] else None
                        errors.append(
                            ImportRowError(
                                row=number,
                                column=label_of.get(field or ""),
                                field=field,
                                message=issue["msg"],
                                type=issue["type"],
                            )
                        )
                    continue
                try:
                    async with session.begin_nested():
                        record = await create(session, body)
                        await session.flush()
                    ids.append(id_of(record))
                except ProblemError as exc:
                    errors.append(_row_problem(number, exc))
                except IntegrityError:
                    errors.append(
                        ImportRowError(
                            row=number,
                            column=None,
                            field=None,
                            message="the row clashes with a record that exists (a duplicate)",
                            type="conflict",
                        )
                    )
            if errors:
                raise ImportRejected(
                    f"{len({e.row for e in errors})} of {len(rows) - 1} rows are wrong: "
                    "nothing was written",
                    extra={"row_errors": [e.model_dump() for e in errors]},
                )
            if dry_run:
                raise _DryRunDone
    except _DryRunDone:
        response.status_code = 200
        return ImportReport(dry_run=True, rows=len(rows) - 1, created=len(ids), ids=[])
    response.status_code = 201
    return ImportReport(dry_run=False, rows=len(rows) - 1, created=len(ids), ids=ids)


def _row_problem(number: int, exc: ProblemError) -> ImportRowError:
    return ImportRowError(
        row=number, column=None, field=None, message=exc.detail or exc.title, type=exc.type_slug
    )


@dataclass(frozen=True)
class ImportCall:
    """Who imports: what a create needs beyond the row (the org tree, the scope, the caller)."""

    request: Request
    scope: OrgScope
    caller: Principal


#: Creates one record from a validated row like the single create's route does.
RowCreate = Callable[[AsyncSession, Any, ImportCall], Awaitable[Any]]


def add_import_route(
    router: APIRouter,
    path: str,
    *,
    name: str,
    model: type[BaseModel],
    create: RowCreate,
    summary: str,
    description: str,
) -> None:
    """``POST <path>``: an import of ``model`` rows, each created by ``create`` (see above);
    its operation is ``<tag>-<name>``, to put in the permission table with the create's roles."""

    async def import_records(
        file: ImportFile,
        database: DatabaseDep,
        scope: Scope,
        caller: Caller,
        request: Request,
        response: Response,
        dry_run: DryRun = False,
    ) -> ImportReport:
        call = ImportCall(request=request, scope=scope, caller=caller)

        async def one(session: AsyncSession, body: Any) -> Any:
            return await create(session, body, call)

        return await run_import(
            request, response, database, file, model=model, create=one, dry_run=dry_run
        )

    router.add_api_route(
        path,
        import_records,
        methods=["POST"],
        name=name,
        status_code=201,
        response_model=ImportReport,
        responses={
            200: {"description": "A dry run: every row would be created."},
            **problem_responses(409, 413, 415),
        },
        summary=summary,
        description=description,
    )


__all__ = [
    "IMPORT_MAX_ROWS",
    "DryRun",
    "ImportCall",
    "ImportFile",
    "ImportRejected",
    "ImportReport",
    "ImportRowError",
    "add_import_route",
    "read_rows",
    "run_import",
]
