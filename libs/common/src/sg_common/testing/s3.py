"""A real S3-compatible HTTP server for tests: moto's server (``python -m moto.server``, the dev
group's ``moto[server]``) on 127.0.0.1 and a free port, with one bucket. Tests talk to it over
HTTP with boto3, as the suite would to MinIO, Ceph or AWS."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from sg_common.events.broker import free_port
from sg_common.processes import terminate

BUCKET = "sg-documents"
#: moto accepts any credentials; these keep boto3 from looking for real ones
ACCESS_KEY = "testing"
SECRET_KEY = "testing"  # noqa: S105  (moto's, not a secret)


@dataclass(frozen=True)
class S3Server:
    url: str
    bucket: str = BUCKET

    def client(self) -> Any:
        import boto3

        return boto3.session.Session().client(
            "s3",
            endpoint_url=self.url,
            region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )

    def settings(self, prefix: str) -> dict[str, Any]:
        """The service settings of the s3 document store on this server."""
        return {
            "documents_store": "s3",
            "documents_s3_endpoint_url": self.url,
            "documents_s3_bucket": self.bucket,
            "documents_s3_prefix": prefix,
            "documents_s3_access_key_id": ACCESS_KEY,
            "documents_s3_secret_access_key": SECRET_KEY,
            "documents_s3_timeout_s": 10.0,
        }


@contextmanager
def running_s3_server(log: Path, timeout: float = 60.0) -> Iterator[S3Server]:
    port = free_port()
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603  (our interpreter, fixed arguments)
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = S3Server(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"moto's server exited: {log.read_text()[-2000:]}")
            try:
                httpx.get(f"{server.url}/moto-api/", timeout=1.0)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise TimeoutError("moto's server did not start") from None
                time.sleep(0.1)
        server.client().create_bucket(Bucket=server.bucket)
        yield server
    finally:
        terminate(process)
