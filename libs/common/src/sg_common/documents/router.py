"""One router factory for the documents of a kind of record.

    router.include_router(document_router(
        path="/requisitions/{record_id}", tag="purchases", name="requisition",
        load=REQUISITIONS, allowed=OFFICE_DOCUMENTS))

gives ``POST <path>/attachments`` (attach, multipart ``file``), ``GET <path>/attachments`` (the
list: sort, count, Link) and ``GET <path>/attachments/{document_id}`` (the bytes). Each is an
operation of its own (``<tag>-attach_<name>_document``, ``<tag>-list_<name>_documents``,
``<tag>-download_<name>_document``) with its row in the service's permission table: the reads
take the record's read rule, the attach its write rule. ``load`` finds the record **within the
caller's scope** (a record outside it is a 404, so are its documents): the record's
``Repository``, or a function for a record scoped through another (hr's union meetings).

The segment is ``attachments`` (pièces jointes), not ``documents``: budget's
``POST /invoices/{invoice_id}/documents`` already records that an invoice's missing documents
arrived (a dated act that restarts the payment period), and one name serves every record.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Response, UploadFile, status
from pydantic import BaseModel, ConfigDict
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.api import Cursor, Limit, Listing, Page, Sort, paginate
from sg_common.auth.permissions import Caller, Scope
from sg_common.auth.scope import OrgScope
from sg_common.deps import DatabaseDep, SessionDep, SettingsDep
from sg_common.documents import service
from sg_common.documents.models import Document
from sg_common.documents.sniff import OFFICE_DOCUMENTS
from sg_common.documents.store import DocumentMissing, store_from_settings
from sg_common.errors import problem_responses
from sg_common.repository import Repository

#: Finds the record ``record_id`` within the scope, or raises a 404 problem.
RecordLoader = Callable[[AsyncSession, OrgScope, int], Awaitable[Any]]


class DocumentPublic(BaseModel):
    """A file attached to a record: its name, the type read from its bytes, size and SHA-256."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    record_kind: str
    record_id: str
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: datetime


class DocumentPage(Page[DocumentPublic]):
    pass


DOCUMENT_SORT = Sort(Document, "uploaded_at", "filename", "size", "content_type")


def content_disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback name and the exact one (RFC 6266, RFC 8187)."""
    fallback = filename.encode("ascii", "replace").decode("ascii").replace('"', "_")
    fallback = fallback.replace("?", "_")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def file_responses(description: str, media_types: Collection[str]) -> dict[int | str, Any]:
    """The OpenAPI ``responses`` of a download: 200 with the file in each of ``media_types``,
    and 404."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        200: {"description": description, "content": dict.fromkeys(sorted(media_types), binary)},
        **problem_responses(404),
    }


def file_response(data: bytes, *, media_type: str, filename: str) -> Response:
    """A download: the type the server knows (never to be sniffed by the browser), an
    attachment's name, and no shared cache (the file is someone's record)."""
    return Response(
        content=data,
        media_type=media_type,
        headers={
            "Content-Disposition": content_disposition(filename),
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


def _repository_loader(records: Repository[Any]) -> RecordLoader:
    async def load(session: AsyncSession, scope: OrgScope, record_id: int) -> Any:
        return await records.get(session, record_id, scope)

    return load


def document_router(
    *,
    path: str,
    tag: str,
    name: str,
    load: RecordLoader | Repository[Any],
    allowed: Collection[str] = OFFICE_DOCUMENTS,
    record_kind: str | None = None,
) -> APIRouter:
    """The three document routes of one kind of record (see the module's docstring). ``load``
    is the record's repository (its ``get`` within the caller's scope), or a function of its own
    for a record scoped some other way."""
    kind = record_kind or name
    if isinstance(load, Repository):
        load = _repository_loader(load)
    accepted = frozenset(allowed)
    router = APIRouter(tags=[tag])

    async def attach(
        record_id: int,
        file: Annotated[UploadFile, File(description="The file; its type is read from it")],
        database: DatabaseDep,
        settings: SettingsDep,
        scope: Scope,
        caller: Caller,
    ) -> DocumentPublic:
        # the record in scope first (404 before anything is stored); then the file checked and,
        # for a remote store, sent with no transaction open; then recorded in one write
        # transaction that looks the record up again (it may have gone meanwhile)
        store = store_from_settings(settings)
        async with database.transaction(write=False) as session:
            await load(session, scope, record_id)
        checked = service.check(
            record_kind=kind,
            filename=file.filename,
            data=await file.read(),
            allowed=accepted,
            max_bytes=settings.documents_max_bytes,
        )
        if store.remote:
            await store.put(None, checked.sha256, checked.data)
        async with database.transaction() as session:
            await load(session, scope, record_id)
            document = await service.record(
                session,
                store=store,
                record_kind=kind,
                record_id=str(record_id),
                checked=checked,
                uploaded_by=caller.subject,
            )
        return DocumentPublic.model_validate(document)

    async def list_documents(
        record_id: int,
        listing: Annotated[Listing, DOCUMENT_SORT],
        session: SessionDep,
        scope: Scope,
        _r: Caller,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> DocumentPage:
        await load(session, scope, record_id)
        stmt = select(Document).where(
            col(Document.record_kind) == kind, col(Document.record_id) == str(record_id)
        )
        rows, next_cursor = await paginate(
            session, stmt, order_by=[col(Document.id)], limit=limit, cursor=cursor, listing=listing
        )
        return DocumentPage(
            items=[DocumentPublic.model_validate(row) for row in rows],
            next_cursor=next_cursor,
            total=listing.total,
        )

    async def download(
        record_id: int,
        document_id: int,
        database: DatabaseDep,
        settings: SettingsDep,
        scope: Scope,
        _r: Caller,
    ) -> Response:
        store = store_from_settings(settings)
        try:
            async with database.transaction(write=False) as session:
                await load(session, scope, record_id)
                document = await service.get_document(
                    session, record_kind=kind, record_id=str(record_id), document_id=document_id
                )
                data = None if store.remote else await store.get(session, document.sha256)
            if data is None:  # a remote store: read once the transaction is closed
                data = await store.get(None, document.sha256)
        except DocumentMissing as exc:
            raise service.DocumentNotFound(
                f"the bytes of document {document_id} are missing from the store"
            ) from exc
        return file_response(data, media_type=document.content_type, filename=document.filename)

    router.add_api_route(
        f"{path}/attachments",
        attach,
        methods=["POST"],
        name=f"attach_{name}_document",
        status_code=status.HTTP_201_CREATED,
        responses=problem_responses(404, 413, 415),
        summary=f"Attach a document to a {kind.replace('_', ' ')}",
    )
    router.add_api_route(
        f"{path}/attachments",
        list_documents,
        methods=["GET"],
        name=f"list_{name}_documents",
        responses=problem_responses(404),
        summary=f"List the documents of a {kind.replace('_', ' ')}",
    )
    router.add_api_route(
        f"{path}/attachments/{{document_id}}",
        download,
        methods=["GET"],
        name=f"download_{name}_document",
        response_class=Response,
        responses=file_responses("The file, with the type read from its bytes", accepted),
        summary=f"Download a document of a {kind.replace('_', ' ')}",
    )
    return router
