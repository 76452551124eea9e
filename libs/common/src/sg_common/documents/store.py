"""Where the bytes of documents are kept: one interface, :class:`DocumentStore`.

* :class:`DatabaseStore` (the default): the ``document_blob`` table of the service's own
  database, written in the request's transaction, so a document and its bytes commit or roll
  back together and the database's backups hold them.
* :class:`FilesystemStore` (``SG_DOCUMENTS_STORE=filesystem``, ``SG_DOCUMENTS_DIR``): one file
  per SHA-256 under a directory. The file is written before the transaction commits; a rollback
  leaves an unreferenced file, harmless since the name is the content's hash (the next upload of
  the same bytes reuses it).

An S3-compatible store is not provided: no such server runs where the suite is built and tested,
and an implementation that was never run against one would be a stub.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path
from typing import Protocol

from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.documents.models import DocumentBlob
from sg_common.settings import ServiceSettings


class DocumentStore(Protocol):
    """Keeps and returns the bytes of a document by their SHA-256 (hex)."""

    name: str

    async def put(self, session: AsyncSession, sha256: str, data: bytes) -> None: ...

    async def get(self, session: AsyncSession, sha256: str) -> bytes: ...


class DocumentMissing(LookupError):
    """The store holds no bytes for a recorded document."""


class DatabaseStore:
    """The bytes in the ``document_blob`` table, in the caller's transaction."""

    name = "database"

    async def put(self, session: AsyncSession, sha256: str, data: bytes) -> None:
        if await session.get(DocumentBlob, sha256) is None:
            session.add(DocumentBlob(sha256=sha256, content=data))
            await session.flush()

    async def get(self, session: AsyncSession, sha256: str) -> bytes:
        blob = await session.get(DocumentBlob, sha256)
        if blob is None:
            raise DocumentMissing(sha256)
        return blob.content


class FilesystemStore:
    """The bytes in ``<root>/<sha[:2]>/<sha>``, written atomically (temporary file, rename)."""

    name = "filesystem"

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256")
        return self.root / sha256[:2] / sha256

    def _write(self, path: Path, data: bytes) -> None:
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    async def put(self, session: AsyncSession, sha256: str, data: bytes) -> None:
        await asyncio.to_thread(self._write, self._path(sha256), data)

    async def get(self, session: AsyncSession, sha256: str) -> bytes:
        path = self._path(sha256)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError as exc:
            raise DocumentMissing(sha256) from exc


def store_from_settings(settings: ServiceSettings) -> DocumentStore:
    """The store the settings name (``SG_DOCUMENTS_STORE``)."""
    if settings.documents_store == "filesystem":
        root = settings.documents_dir or settings.data_dir / f"{settings.service_name}-documents"
        return FilesystemStore(root)
    return DatabaseStore()
