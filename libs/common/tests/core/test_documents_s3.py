"""The S3 document store against a real S3-compatible HTTP server (moto's, sg_common.testing.s3):
put, get, delete, a missing object, and never a call with a database transaction open."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from sg_common.db import Database
from sg_common.documents.store import DocumentMissing, S3Store, store_from_settings
from sg_common.service_clients import CallInTransactionError
from sg_common.settings import ServiceSettings
from sg_common.testing.s3 import S3Server

PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def _store(s3_server: S3Server, tmp_path: Path) -> S3Store:
    settings = ServiceSettings(
        _env_file=None,
        env="development",
        service_name="budget",
        database_url=f"sqlite+aiosqlite:///{tmp_path}/s3.db",
        **s3_server.settings(prefix=f"test-{uuid.uuid4().hex[:8]}/"),
    )
    store = store_from_settings(settings)
    assert isinstance(store, S3Store)
    assert store.remote
    return store


async def test_put_get_and_delete_an_object_named_by_its_hash(
    s3_server: S3Server, tmp_path: Path
) -> None:
    store = _store(s3_server, tmp_path)
    digest = hashlib.sha256(PDF_BYTES).hexdigest()
    await store.put(None, digest, PDF_BYTES)
    await store.put(None, digest, PDF_BYTES)  # the same bytes again: kept once
    assert await store.get(None, digest) == PDF_BYTES
    # really on the server, under <prefix><first two hex digits>/<hash>
    listed = s3_server.client().list_objects_v2(Bucket=s3_server.bucket, Prefix=store.prefix)
    assert [o["Key"] for o in listed["Contents"]] == [f"{store.prefix}{digest[:2]}/{digest}"]
    await store.delete(digest)
    with pytest.raises(DocumentMissing):
        await store.get(None, digest)


async def test_a_missing_object_and_a_bad_hash(s3_server: S3Server, tmp_path: Path) -> None:
    store = _store(s3_server, tmp_path)
    with pytest.raises(DocumentMissing):
        await store.get(None, "0" * 64)
    with pytest.raises(ValueError, match="SHA-256"):
        await store.get(None, "../../etc/passwd")


async def test_never_called_with_a_transaction_open(s3_server: S3Server, tmp_path: Path) -> None:
    store = _store(s3_server, tmp_path)
    database = Database(f"sqlite+aiosqlite:///{tmp_path}/guard.db")
    digest = hashlib.sha256(b"x").hexdigest()
    try:
        async with database.transaction(write=False):
            with pytest.raises(CallInTransactionError, match="s3 put"):
                await store.put(None, digest, b"x")
            with pytest.raises(CallInTransactionError, match="s3 get"):
                await store.get(None, digest)
    finally:
        await database.dispose()


def test_the_s3_store_needs_a_bucket() -> None:
    with pytest.raises(ValueError, match="SG_DOCUMENTS_S3_BUCKET"):
        ServiceSettings(_env_file=None, env="development", documents_store="s3")
