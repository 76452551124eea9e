"""Where the bytes of documents are kept: one interface, :class:`DocumentStore`.

* :class:`DatabaseStore` (the default): the ``document_blob`` table of the service's own
  database, written in the request's transaction, so a document and its bytes commit or roll
  back together and the database's backups hold them.
* :class:`FilesystemStore` (``SG_DOCUMENTS_STORE=filesystem``, ``SG_DOCUMENTS_DIR``): one file
  per SHA-256 under a directory. The file is written before the transaction commits; a rollback
  leaves an unreferenced file, harmless since the name is the content's hash (the next upload of
  the same bytes reuses it).

* :class:`S3Store` (``SG_DOCUMENTS_STORE=s3``, ``SG_DOCUMENTS_S3_*``): one object per SHA-256
  in a bucket of an S3-compatible server, through boto3. A **remote** store (``remote`` True):
  never called while a database transaction is open (the routes upload before the write
  transaction and download after the read one; :class:`sg_common.service_clients.TransactionGuard`
  checks it, refusing in development and tests). An upload whose transaction then rolls back
  leaves an unreferenced object, harmless for the same reason as a file.

``put`` and ``get`` take the caller's session for the stores that write in its transaction (the
database) and ``None`` for a remote one.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.documents.models import DocumentBlob
from sg_common.service_clients import TransactionGuard
from sg_common.settings import ServiceSettings


class DocumentStore(Protocol):
    """Keeps and returns the bytes of a document by their SHA-256 (hex)."""

    name: str
    #: a remote call: never inside a database transaction (``session`` is then None)
    remote: bool

    async def put(self, session: AsyncSession | None, sha256: str, data: bytes) -> None: ...

    async def get(self, session: AsyncSession | None, sha256: str) -> bytes: ...


def check_sha256(sha256: str) -> str:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("not a SHA-256")
    return sha256


class DocumentMissing(LookupError):
    """The store holds no bytes for a recorded document."""


class DatabaseStore:
    """The bytes in the ``document_blob`` table, in the caller's transaction."""

    name = "database"
    remote = False

    async def put(self, session: AsyncSession | None, sha256: str, data: bytes) -> None:
        assert session is not None, "the database store writes in the caller's transaction"
        if await session.get(DocumentBlob, sha256) is None:
            session.add(DocumentBlob(sha256=sha256, content=data))
            await session.flush()

    async def get(self, session: AsyncSession | None, sha256: str) -> bytes:
        assert session is not None, "the database store reads in the caller's transaction"
        blob = await session.get(DocumentBlob, sha256)
        if blob is None:
            raise DocumentMissing(sha256)
        return blob.content


class FilesystemStore:
    """The bytes in ``<root>/<sha[:2]>/<sha>``, written atomically (temporary file, rename)."""

    name = "filesystem"
    remote = False

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / check_sha256(sha256)

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

    async def put(self, session: AsyncSession | None, sha256: str, data: bytes) -> None:  # noqa: ARG002 (the DocumentStore protocol)
        await asyncio.to_thread(self._write, self._path(sha256), data)

    async def get(self, session: AsyncSession | None, sha256: str) -> bytes:  # noqa: ARG002 (the DocumentStore protocol)
        path = self._path(sha256)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except FileNotFoundError as exc:
            raise DocumentMissing(sha256) from exc


class S3Store:
    """The bytes as objects ``<prefix><sha[:2]>/<sha>`` of a bucket on an S3-compatible server
    (boto3's client, thread-safe, its calls run in a worker thread). Never called with a
    database transaction open (``guard``)."""

    name = "s3"
    remote = True

    def __init__(self, client: Any, *, bucket: str, prefix: str, guard: TransactionGuard) -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix
        self.guard = guard

    def key(self, sha256: str) -> str:
        return f"{self.prefix}{sha256[:2]}/{check_sha256(sha256)}"

    def _outside_transaction(self, operation: str, sha256: str) -> str:
        key = self.key(sha256)
        self.guard.check(f"s3 {operation} {self.bucket}/{key}", stage="request")
        return key

    def _exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def _put(self, key: str, data: bytes) -> None:
        if not self._exists(key):  # named by its content: the same bytes are there already
            self.client.put_object(
                Bucket=self.bucket, Key=key, Body=data, ContentType="application/octet-stream"
            )

    def _get(self, key: str) -> bytes:
        from botocore.exceptions import ClientError

        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                raise DocumentMissing(key) from exc
            raise
        body: bytes = answer["Body"].read()
        return body

    async def put(self, session: AsyncSession | None, sha256: str, data: bytes) -> None:  # noqa: ARG002 (the DocumentStore protocol)
        key = self._outside_transaction("put", sha256)
        await asyncio.to_thread(self._put, key, data)

    async def get(self, session: AsyncSession | None, sha256: str) -> bytes:  # noqa: ARG002 (the DocumentStore protocol)
        key = self._outside_transaction("get", sha256)
        return await asyncio.to_thread(self._get, key)

    async def delete(self, sha256: str) -> None:
        """Remove the object (operations: the suite itself never deletes a document)."""
        key = self._outside_transaction("delete", sha256)
        await asyncio.to_thread(self.client.delete_object, Bucket=self.bucket, Key=key)


#: one boto3 client per configuration (building one reads botocore's data files: slow)
_S3_CLIENTS: dict[tuple[Any, ...], Any] = {}


def s3_client(settings: ServiceSettings) -> Any:
    """boto3's S3 client for the settings' server (path-style addressing, which every
    S3-compatible server accepts; bounded timeouts; the standard retries)."""
    secret = settings.documents_s3_secret_access_key
    config_key = (
        settings.documents_s3_endpoint_url,
        settings.documents_s3_region,
        settings.documents_s3_access_key_id,
        secret.get_secret_value() if secret is not None else None,
        settings.documents_s3_timeout_s,
    )
    client = _S3_CLIENTS.get(config_key)
    if client is None:
        import boto3
        from botocore.config import Config

        client = boto3.session.Session().client(
            "s3",
            endpoint_url=config_key[0],
            region_name=config_key[1],
            aws_access_key_id=config_key[2],
            aws_secret_access_key=config_key[3],
            config=Config(
                connect_timeout=config_key[4],
                read_timeout=config_key[4],
                retries={"max_attempts": 3, "mode": "standard"},
                s3={"addressing_style": "path"},
            ),
        )
        _S3_CLIENTS[config_key] = client
    return client


def store_from_settings(settings: ServiceSettings) -> DocumentStore:
    """The store the settings name (``SG_DOCUMENTS_STORE``)."""
    if settings.documents_store == "s3":
        assert settings.documents_s3_bucket is not None  # the settings refuse s3 without one
        prefix = settings.documents_s3_prefix
        return S3Store(
            s3_client(settings),
            bucket=settings.documents_s3_bucket,
            prefix=f"{settings.service_name}/" if prefix is None else prefix,
            guard=TransactionGuard(settings),
        )
    if settings.documents_store == "filesystem":
        root = settings.documents_dir or settings.data_dir / f"{settings.service_name}-documents"
        return FilesystemStore(root)
    return DatabaseStore()
