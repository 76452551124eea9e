"""Documents of invoices (the invoice as received, its pièces justificatives) and of legal
commitments (quote, signed order) — issue #22, item 2; docs/documents.md."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("frozen_clock")

PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 40


def _file(name: str, data: bytes) -> dict[str, Any]:
    return {"file": (name, data, "application/pdf")}


async def test_an_invoice_pdf_and_its_scan_are_kept_and_read_by_those_who_may(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    accountant: dict[str, str],
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
    controller: dict[str, str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    invoice = await chain.invoice(commitment["id"], "120.00", received_on="2026-03-10")
    base = f"/invoices/{invoice['id']}/attachments"

    created = await client.post(base, files=_file("F-1.pdf", PDF_BYTES), headers=accountant)
    assert created.status_code == 201, created.text
    assert created.json()["sha256"] == hashlib.sha256(PDF_BYTES).hexdigest()
    # the unit's officer adds the supporting scan (a JPEG sent as "pv.pdf": kept as JPEG)
    scan = await client.post(base, files=_file("pv.pdf", JPEG_BYTES), headers=officer_bre)
    assert scan.status_code == 201, scan.text
    assert (scan.json()["content_type"], scan.json()["filename"]) == ("image/jpeg", "pv.jpg")

    listed = await client.get(base, params={"sort": "-size", "count": "true"}, headers=controller)
    assert listed.status_code == 200, listed.text
    assert listed.json()["total"] == 2
    # largest first: the scan is 51 bytes (11 + 40), the PDF 48
    assert [(d["filename"], d["size"]) for d in listed.json()["items"]] == [
        ("pv.jpg", 51),
        ("F-1.pdf", 48),
    ]

    got = await client.get(f"{base}/{created.json()['id']}", headers=officer_bre)
    assert (got.status_code, got.content) == (200, PDF_BYTES)
    assert got.headers["x-content-type-options"] == "nosniff"

    # Normandy's officer reads no Brittany invoice, nor its documents, nor attaches to it
    assert (await client.get(base, headers=officer_nor)).status_code == 404
    assert (
        await client.get(f"{base}/{created.json()['id']}", headers=officer_nor)
    ).status_code == 404
    refused = await client.post(base, files=_file("x.pdf", PDF_BYTES), headers=officer_nor)
    assert refused.status_code == 404
    # the controller reads but does not file
    filed = await client.post(base, files=_file("x.pdf", PDF_BYTES), headers=controller)
    assert filed.status_code == 403
    # an executable is no invoice
    exe = await client.post(
        base, files=_file("F-2.pdf", b"MZ\x90\x00" + b"\0" * 60), headers=accountant
    )
    assert exe.status_code == 415, exe.text


async def test_a_commitments_quote_is_attached_by_its_ordonnateur(
    client: httpx.AsyncClient,
    budget: Any,
    chain: Any,
    officer_bre: dict[str, str],
    officer_nor: dict[str, str],
) -> None:
    await budget.allocate("DR-BRE", "10000.00", "8000.00")
    commitment = await chain.commitment("1000.00")
    base = f"/commitments/{commitment['id']}/attachments"
    created = await client.post(base, files=_file("devis.pdf", PDF_BYTES), headers=officer_bre)
    assert created.status_code == 201, created.text
    assert created.json()["record_kind"] == "commitment"
    assert (await client.get(base, headers=officer_nor)).status_code == 404
    refused = await client.post(base, files=_file("devis.pdf", PDF_BYTES), headers=officer_nor)
    assert refused.status_code == 404
    listed = await client.get(base, headers=officer_bre)
    assert [d["filename"] for d in listed.json()["items"]] == ["devis.pdf"]
