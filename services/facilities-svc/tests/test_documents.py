"""Documents of requisitions (quotes, signed orders, delivery notes) and the bon de commande PDF
(issue #22, item 2; docs/attachments.md)."""

from __future__ import annotations

import hashlib
import io
import uuid
from typing import Any

import httpx
import pypdf
import pytest
from fastapi import FastAPI

from sg_common.settings import ServiceSettings
from sg_common.testing import ServiceEvents, assert_problem
from sg_common.testing.plugin import AuthFactory
from sg_common.testing.s3 import S3Server
from sg_contracts.budget import BudgetCommitmentRecordedV1

from .conftest import Purchasing

pytestmark = pytest.mark.usefixtures("frozen_clock")

PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\0" * 40
EXE_BYTES = b"MZ\x90\x00" + b"\0" * 60
MAX_BYTES = 2048


@pytest.fixture(params=["database", "filesystem", "s3"])
def settings_overrides(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The three stores behind the same interface (s3: moto's server over HTTP, a prefix per
    test); a small limit to test the 413."""
    store: dict[str, Any] = {"documents_store": request.param}
    if request.param == "s3":
        server: S3Server = request.getfixturevalue("s3_server")
        store = server.settings(prefix=f"{uuid.uuid4().hex[:12]}/")
    return {"budget_check_enabled": False, "documents_max_bytes": MAX_BYTES, **store}


async def attach(
    client: httpx.AsyncClient, rid: int, name: str, data: bytes, headers: dict[str, str]
) -> httpx.Response:
    return await client.post(
        f"/requisitions/{rid}/attachments",
        files={"file": (name, data, "application/octet-stream")},
        headers=headers,
    )


async def test_a_quote_goes_up_and_comes_back_the_same(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    requisition = await purchasing.requisition([("LAPTOP", 2)])
    rid = requisition["id"]
    rita = purchasing.requester()

    created = await attach(client, rid, "devis UGAP n°3.pdf", PDF_BYTES, rita)
    assert created.status_code == 201, created.text
    document = created.json()
    assert document["content_type"] == "application/pdf"
    assert document["filename"] == "devis UGAP n_3.pdf"
    assert document["size"] == len(PDF_BYTES)
    assert document["sha256"] == hashlib.sha256(PDF_BYTES).hexdigest()
    assert (document["record_kind"], document["record_id"]) == ("requisition", str(rid))
    assert document["uploaded_by"] == "rita"

    listed = await client.get(
        f"/requisitions/{rid}/attachments", params={"count": "true"}, headers=rita
    )
    assert listed.status_code == 200, listed.text
    assert listed.json()["total"] == 1
    assert [d["id"] for d in listed.json()["items"]] == [document["id"]]

    got = await client.get(f"/requisitions/{rid}/attachments/{document['id']}", headers=rita)
    assert got.status_code == 200, got.text
    assert got.content == PDF_BYTES
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.headers["content-disposition"] == (
        "attachment; filename=\"devis UGAP n_3.pdf\"; filename*=UTF-8''devis%20UGAP%20n_3.pdf"
    )
    # the buyers' office reads every unit's purchases, so their documents too
    by_buyer = await client.get(
        f"/requisitions/{rid}/attachments/{document['id']}", headers=purchasing.buyer
    )
    assert by_buyer.content == PDF_BYTES


async def test_the_type_comes_from_the_bytes_not_the_name(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    rid = (await purchasing.requisition([("LAPTOP", 1)]))["id"]
    rita = purchasing.requester()

    disguised = await attach(client, rid, "facture.pdf", PNG_BYTES, rita)
    assert disguised.status_code == 201, disguised.text
    assert disguised.json()["content_type"] == "image/png"
    assert disguised.json()["filename"] == "facture.png"
    doc_id = disguised.json()["id"]
    got = await client.get(f"/requisitions/{rid}/attachments/{doc_id}", headers=rita)
    assert got.headers["content-type"] == "image/png"

    refused = await attach(client, rid, "devis.pdf", EXE_BYTES, rita)
    assert_problem(refused, 415, "unsupported-document-type")
    assert refused.json()["detected_type"] is None
    assert "application/pdf" in refused.json()["accepted_types"]
    assert_problem(
        await attach(client, rid, "notes.txt", b"just text", rita), 415, "unsupported-document-type"
    )
    listed = await client.get(f"/requisitions/{rid}/attachments", headers=rita)
    assert [d["filename"] for d in listed.json()["items"]] == ["facture.png"]


async def test_a_file_over_the_limit_is_refused(
    purchasing: Purchasing, client: httpx.AsyncClient
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    rid = (await purchasing.requisition([("LAPTOP", 1)]))["id"]
    rita = purchasing.requester()
    at_limit = PDF_BYTES + b"%" * (MAX_BYTES - len(PDF_BYTES))
    assert (await attach(client, rid, "a.pdf", at_limit, rita)).status_code == 201
    over = await attach(client, rid, "b.pdf", at_limit + b"%", rita)
    assert_problem(over, 413, "document-too-large")
    assert (over.json()["size"], over.json()["max_bytes"]) == (MAX_BYTES + 1, MAX_BYTES)
    # over the platform's body limit (1 MiB, above the documents' limit plus the multipart
    # envelope): the platform stops reading the body
    huge = await attach(client, rid, "c.pdf", PDF_BYTES + b"%" * 1_200_000, rita)
    assert_problem(huge, 413, "payload-too-large")


async def test_another_units_people_see_no_document(
    purchasing: Purchasing, client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    rid = (await purchasing.requisition([("LAPTOP", 1)]))["id"]  # DESE-CN's
    created = await attach(client, rid, "devis.pdf", PDF_BYTES, purchasing.requester())
    doc_id = created.json()["id"]
    other = purchasing.requester(unit="DR-PDL", sub="olga")
    assert_problem(
        await client.get(f"/requisitions/{rid}/attachments", headers=other), 404, "not-found"
    )
    assert_problem(
        await client.get(f"/requisitions/{rid}/attachments/{doc_id}", headers=other),
        404,
        "not-found",
    )
    assert_problem(await attach(client, rid, "x.pdf", PDF_BYTES, other), 404, "not-found")
    # a document id of another record is not reachable through a record one may read
    other_rid = (await purchasing.requisition([("LAPTOP", 1)], unit="DR-PDL", headers=other))["id"]
    assert_problem(
        await client.get(f"/requisitions/{other_rid}/attachments/{doc_id}", headers=other),
        404,
        "document-not-found",
    )
    # no role of the table: 403
    stranger = auth(roles=["hr.agent"], units=["DESE-CN"], sub="sam")
    forbidden = await client.get(f"/requisitions/{rid}/attachments", headers=stranger)
    assert forbidden.status_code == 403


async def test_the_bon_de_commande_carries_the_order_and_its_figures(
    purchasing: Purchasing, client: httpx.AsyncClient, service_events: ServiceEvents
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    await purchasing.item("SCREEN", "199.99")
    draft = await purchasing.requisition([("LAPTOP", 1)])
    assert_problem(
        await client.get(f"/requisitions/{draft['id']}/pdf", headers=purchasing.requester()),
        409,
        "order-not-placed",
    )
    order = await purchasing.ordered([("LAPTOP", 12), ("SCREEN", 3)])
    await service_events.deliver(
        BudgetCommitmentRecordedV1(
            commitment_id="EJ-2026-77",
            purchase_order_id=order["order_id"],
            unit_code="DESE-CN",
            fiscal_year=2026,
            action="01",
            title="T5",
            ae=order["amount_ttc"],
        ),
        subject=order["order_id"],
    )
    response = await client.get(f"/requisitions/{order['id']}/pdf", headers=purchasing.requester())
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert f"bon-de-commande-{order['order_id']}.pdf" in response.headers["content-disposition"]
    text = pypdf.PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    # Hand-worked: LAPTOP 12 × 850,00 = 10 200,00 HT, × 1,20 = 12 240,00 TTC;
    # SCREEN 3 × 199,99 = 599,97 HT, × 1,20 = 719,964 → 719,96 TTC.
    # Total HT 10 799,97; TTC 12 959,96; TVA = TTC − HT = 2 159,99.
    for expected in (
        "Bon de commande",
        order["order_id"],
        "Unité : DESE-CN",
        "UGAP",
        "10 200,00 EUR",
        "12 240,00 EUR",
        "599,97 EUR",
        "719,96 EUR",
        "10 799,97 EUR",
        "2 159,99 EUR",
        "12 959,96 EUR",
        "EJ-2026-77",
        "action 01, titre T5",
    ):
        assert expected in text, (expected, text)
    other = purchasing.requester(unit="DR-PDL", sub="olga")
    assert_problem(
        await client.get(f"/requisitions/{order['id']}/pdf", headers=other), 404, "not-found"
    )


async def test_an_attachment_is_in_the_audit_trail(
    purchasing: Purchasing, client: httpx.AsyncClient, auth: AuthFactory
) -> None:
    await purchasing.item("LAPTOP", "850.00")
    rid = (await purchasing.requisition([("LAPTOP", 1)]))["id"]
    created = await attach(client, rid, "devis.pdf", PDF_BYTES, purchasing.requester())
    manager = auth(roles=["facilities.manager"], units=["DSG"], sub="dsg")
    trail = await client.get("/audit", params={"resource": "document"}, headers=manager)
    assert trail.status_code == 200, trail.text
    [entry] = trail.json()["items"]
    assert (entry["actor"], entry["action"], entry["resource_id"]) == (
        "rita",
        "insert",
        str(created.json()["id"]),
    )
    assert entry["changes"]["sha256"]["after"] == hashlib.sha256(PDF_BYTES).hexdigest()


async def test_bytes_missing_from_the_store_are_a_404_not_a_500(
    purchasing: Purchasing, client: httpx.AsyncClient, app: FastAPI, settings: ServiceSettings
) -> None:
    """Whatever the store, a document whose bytes are gone (an object deleted from the bucket,
    a file removed, a blob row dropped) answers 404 document-not-found."""
    from sqlmodel import delete

    from sg_common.documents.models import DocumentBlob
    from sg_common.documents.store import S3Store, store_from_settings

    await purchasing.item("LAPTOP", "850.00")
    requisition = await purchasing.requisition([("LAPTOP", 1)])
    rita = purchasing.requester()
    created = await attach(client, requisition["id"], "devis.pdf", PDF_BYTES, rita)
    assert created.status_code == 201, created.text
    digest = created.json()["sha256"]
    store = store_from_settings(settings)
    if isinstance(store, S3Store):
        await store.delete(digest)
    elif settings.documents_store == "filesystem":
        next(p for p in settings.data_dir.rglob(digest)).unlink()
    else:
        async with app.state.database.transaction() as session:
            await session.exec(delete(DocumentBlob))
    got = await client.get(
        f"/requisitions/{requisition['id']}/attachments/{created.json()['id']}", headers=rita
    )
    assert_problem(got, 404, "document-not-found")
