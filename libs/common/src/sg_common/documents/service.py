"""Attach, list and read documents: the checks every service applies the same way."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.documents.models import Document
from sg_common.documents.sniff import EXTENSIONS, sniff
from sg_common.documents.store import DocumentStore
from sg_common.errors import NotFound, PayloadTooLarge, ProblemError

FILENAME_MAX = 200
_UNSAFE = re.compile(r"[^\w .()+-]", re.UNICODE)


class DocumentTooLarge(PayloadTooLarge):
    type_slug = "document-too-large"
    title = "The file is larger than documents may be"


class UnsupportedDocumentType(ProblemError):
    status = 415
    type_slug = "unsupported-document-type"
    title = "This kind of file cannot be attached here"


class DocumentNotFound(NotFound):
    type_slug = "document-not-found"
    title = "No such document on this record"


def safe_filename(name: str | None, content_type: str) -> str:
    """The client's name made safe to store and to send back: its last path component, no
    control or shell-special character, at most 200 characters, and the extension of the type
    the bytes are (``facture.pdf`` holding a PNG is ``facture.png``)."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C")
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = _UNSAFE.sub("_", stem).strip(" .") or "document"
    extension = EXTENSIONS[content_type]
    return stem[: FILENAME_MAX - len(extension)] + extension


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks: its bytes, type, safe name and SHA-256."""

    data: bytes
    content_type: str
    filename: str
    sha256: str


def check(
    *,
    record_kind: str,
    filename: str | None,
    data: bytes,
    allowed: Collection[str],
    max_bytes: int,
) -> CheckedFile:
    """The file's size and its type read from its bytes (413, 415), its safe name and hash."""
    if len(data) > max_bytes:
        raise DocumentTooLarge(
            f"the file is {len(data)} bytes; documents may be at most {max_bytes} bytes",
            extra={"max_bytes": max_bytes, "size": len(data)},
        )
    content_type = sniff(data)
    if content_type is None or content_type not in allowed:
        accepted = sorted(allowed)
        raise UnsupportedDocumentType(
            f"the file's content is {content_type or 'of no accepted type'}; "
            f"a {record_kind} accepts: {', '.join(accepted)}",
            extra={"detected_type": content_type, "accepted_types": accepted},
        )
    return CheckedFile(
        data=data,
        content_type=content_type,
        filename=safe_filename(filename, content_type),
        sha256=hashlib.sha256(data).hexdigest(),
    )


async def record(
    session: AsyncSession,
    *,
    store: DocumentStore,
    record_kind: str,
    record_id: str,
    checked: CheckedFile,
    uploaded_by: str,
) -> Document:
    """Record a checked file as a document of the record, in the caller's transaction; the
    bytes go to a local store here (a remote store has them already: see the routes)."""
    if not store.remote:
        await store.put(session, checked.sha256, checked.data)
    document = Document(
        record_kind=record_kind,
        record_id=record_id,
        filename=checked.filename,
        content_type=checked.content_type,
        size=len(checked.data),
        sha256=checked.sha256,
        storage=store.name,
        uploaded_by=uploaded_by[:255],
    )
    session.add(document)
    await session.flush()
    return document


async def attach(
    session: AsyncSession,
    *,
    store: DocumentStore,
    record_kind: str,
    record_id: str,
    filename: str | None,
    data: bytes,
    allowed: Collection[str],
    max_bytes: int,
    uploaded_by: str,
) -> Document:
    """Check ``data`` and record it as a document of the record (a local store only)."""
    if store.remote:
        raise ValueError("a remote store is written outside the transaction: check, put, record")
    checked = check(
        record_kind=record_kind,
        filename=filename,
        data=data,
        allowed=allowed,
        max_bytes=max_bytes,
    )
    return await record(
        session,
        store=store,
        record_kind=record_kind,
        record_id=record_id,
        checked=checked,
        uploaded_by=uploaded_by,
    )


async def get_document(
    session: AsyncSession, *, record_kind: str, record_id: str, document_id: int
) -> Document:
    """The document ``document_id`` of that record, else 404."""
    stmt = select(Document).where(
        col(Document.id) == document_id,
        col(Document.record_kind) == record_kind,
        col(Document.record_id) == record_id,
    )
    document = (await session.exec(stmt)).first()
    if document is None:
        raise DocumentNotFound(f"no document {document_id} on this {record_kind}")
    return document
