"""Attach, list and read documents: the checks every service applies the same way."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection

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
    """Record ``data`` as a document of the record, after checking its size and its type."""
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
    digest = hashlib.sha256(data).hexdigest()
    await store.put(session, digest, data)
    document = Document(
        record_kind=record_kind,
        record_id=record_id,
        filename=safe_filename(filename, content_type),
        content_type=content_type,
        size=len(data),
        sha256=digest,
        storage=store.name,
        uploaded_by=uploaded_by[:255],
    )
    session.add(document)
    await session.flush()
    return document


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
