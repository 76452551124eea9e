"""sg_common.documents: the type read from the bytes, safe names, the stores, the PDF layout."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from sg_common.documents import FilesystemStore, safe_filename, sniff
from sg_common.documents.pdf import SignedDocument, euros
from sg_common.documents.router import content_disposition
from sg_common.documents.sniff import DOCX, JPEG, ODT, PDF, PNG, XLSX

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def _zip(*entries: tuple[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PDF_BYTES, PDF),
        (PNG_BYTES, PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 40, JPEG),
        (_zip(("[Content_Types].xml", "<x/>"), ("word/document.xml", "<w/>")), DOCX),
        (_zip(("[Content_Types].xml", "<x/>"), ("xl/workbook.xml", "<w/>")), XLSX),
        (_zip(("mimetype", ODT), ("content.xml", "<x/>")), ODT),
        (_zip(("a.txt", "a bare archive")), None),
        (
            _zip(
                ("mimetype", "application/x-evil"),
            ),
            None,
        ),
        (b"MZ\x90\x00" + b"\0" * 60, None),  # a Windows executable
        (b"#!/bin/sh\nrm -rf /\n", None),
        (b"", None),
        (b"PK\x03\x04 not really a zip", None),
    ],
)
def test_the_type_is_read_from_the_bytes(data: bytes, expected: str | None) -> None:
    assert sniff(data) == expected


def test_a_filename_is_made_safe_and_takes_the_extension_of_its_bytes() -> None:
    assert safe_filename("facture.pdf", PNG) == "facture.png"
    assert safe_filename("../../etc/passwd", PDF) == "passwd.pdf"
    assert safe_filename("C:\\Users\\x\\devis n°3.docx", DOCX) == "devis n_3.docx"
    assert safe_filename('a"b\x00c\r\n.pdf', PDF) == "a_bc.pdf"
    assert safe_filename(None, PDF) == "document.pdf"
    assert safe_filename("...", PDF) == "document.pdf"
    assert len(safe_filename("x" * 500 + ".pdf", PDF)) == 200


def test_content_disposition_keeps_the_exact_name_and_an_ascii_fallback() -> None:
    assert content_disposition("procès-verbal.pdf") == (
        "attachment; filename=\"proc_s-verbal.pdf\"; filename*=UTF-8''proc%C3%A8s-verbal.pdf"
    )


async def test_the_filesystem_store_keeps_bytes_by_their_hash(tmp_path: Path) -> None:
    store = FilesystemStore(tmp_path)
    digest = hashlib.sha256(PNG_BYTES).hexdigest()
    await store.put(None, digest, PNG_BYTES)
    await store.put(None, digest, PNG_BYTES)  # twice: kept once
    assert (tmp_path / digest[:2] / digest).read_bytes() == PNG_BYTES
    assert await store.get(None, digest) == PNG_BYTES
    with pytest.raises(ValueError, match="not a SHA-256"):
        await store.get(None, "../" + digest[3:])


def test_euros_are_written_the_french_way() -> None:
    assert euros(Decimal("1234567.5")) == "1 234 567,50 EUR"
    assert euros(Decimal("0")) == "0,00 EUR"
    assert euros(Decimal("-12.3")) == "-12,30 EUR"


def test_a_signed_document_reads_back_with_its_figures() -> None:
    document = SignedDocument(
        title="Bon de commande", reference="BC-1", issuer="INSEE", issued_on=date(2026, 3, 5)
    )
    document.table(["Désignation", "Montant HT"], [["Ramettes", euros(Decimal("45"))]], [0.6, 0.4])
    document.totals([("Total TTC", euros(Decimal("54")))])
    document.signature(place="Montrouge", on=date(2026, 3, 5), signer="Le chef du bureau €")
    data = document.output()
    assert sniff(data) == PDF
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    for expected in ("Bon de commande", "BC-1", "05/03/2026", "Ramettes", "45,00 EUR", "54,00 EUR"):
        assert expected in text
    assert "Le chef du bureau ?" in text  # outside Latin-1: replaced, not an error


async def test_uploads_get_the_documents_limit_and_other_bodies_keep_theirs() -> None:
    import httpx
    from starlette.types import Receive, Scope, Send

    from sg_common.observability import UPLOAD_ENVELOPE_BYTES, BodyLimitMiddleware

    async def echo(scope: Scope, receive: Receive, send: Send) -> None:  # noqa: ARG001 (the ASGI app signature)
        size, more = 0, True
        while more:
            message = await receive()
            size += len(message.get("body", b""))
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(size).encode()})

    app = BodyLimitMiddleware(echo, max_bytes=1024, upload_max_bytes=4096)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        assert (await client.post("/r/1/attachments", content=b"x" * 3000)).status_code == 200
        assert (await client.post("/r/1", content=b"x" * 3000)).status_code == 413
        assert (await client.put("/r/1/attachments", content=b"x" * 3000)).status_code == 413
        envelope = 4096 + UPLOAD_ENVELOPE_BYTES
        assert (await client.post("/r/1/attachments", content=b"x" * envelope)).status_code == 200
        over = await client.post("/r/1/attachments", content=b"x" * (envelope + 1))
        assert over.status_code == 413
        assert over.json()["detail"] == f"request body exceeds {envelope} bytes"
