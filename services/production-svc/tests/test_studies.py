"""Technical studies: life cycle, conclusions before completion, scope."""

from __future__ import annotations

import httpx
import pytest

from sg_common.testing.plugin import AuthFactory

from .conftest import Api, ProblemCheck

pytestmark = pytest.mark.usefixtures("frozen_clock")

STUDY = {
    "unit_code": "DOMP-METH",
    "title": "Collecte multimode",
    "topic": "collection_mode",
    "question": "Le multimode internet dégrade-t-il la qualité ?",
    "method": "Expérimentation randomisée",
}


async def test_study_life_cycle(client: httpx.AsyncClient, api: Api, problem: ProblemCheck) -> None:
    op = await api.operation()
    created = await client.post(
        "/studies", json=STUDY | {"operation_id": op["id"]}, headers=api.manager
    )
    assert created.status_code == 201, created.text
    study = created.json()
    assert study["status"] == "proposed"
    url = f"/studies/{study['id']}"

    async def patch(body: dict) -> httpx.Response:
        etag = (await client.get(url, headers=api.manager)).headers["ETag"]
        return await client.patch(url, json=body, headers=api.manager | {"If-Match": etag})

    problem(await patch({"status": "completed"}), 409, "invalid-study-transition")
    assert (await patch({"status": "in_progress"})).status_code == 200
    problem(await patch({"status": "completed"}), 409, "study-without-conclusions")
    done = await patch(
        {
            "status": "completed",
            "findings": "Pas de biais",
            "recommendation": "Généraliser internet",
        }
    )
    assert done.status_code == 200, done.text
    assert done.json()["completed_on"] == "2026-03-16"
    problem(await patch({"title": "x"}), 409, "study-closed")
    listed = (
        await client.get(f"/studies?operation_id={op['id']}&status=completed", headers=api.manager)
    ).json()
    assert [s["id"] for s in listed["items"]] == [study["id"]]


async def test_study_scope_and_roles(
    client: httpx.AsyncClient, api: Api, auth: AuthFactory, problem: ProblemCheck
) -> None:
    created = (await client.post("/studies", json=STUDY, headers=api.manager)).json()
    bre = auth(roles=["production.lead"], units=["DR-BRE"])
    problem(await client.post("/studies", json=STUDY, headers=bre), 403, "out-of-scope")
    contributor = auth(roles=["production.contributor"], units=["DOMP"])
    problem(await client.post("/studies", json=STUDY, headers=contributor), 403, "missing-role")
    assert (await client.get(f"/studies/{created['id']}", headers=contributor)).status_code == 200
    assert (await client.get("/studies", headers=bre)).json()["items"] == []
    problem(await client.get(f"/studies/{created['id']}", headers=bre), 404, "not-found")
    own = await client.post("/studies", json=STUDY | {"unit_code": "DR-BRE-SES"}, headers=bre)
    assert own.status_code == 201
    # linking an operation the caller cannot see is refused
    op = await api.operation(participating_units=[])
    problem(
        await client.post(
            "/studies", json=STUDY | {"unit_code": "DR-BRE", "operation_id": op["id"]}, headers=bre
        ),
        404,
        "not-found",
    )


async def test_a_study_report_is_attached_and_read_within_scope(
    client: httpx.AsyncClient, api: Api, auth: AuthFactory, problem: ProblemCheck
) -> None:
    """Documents (issue #22, item 2): the study's report."""
    created = (await client.post("/studies", json=STUDY, headers=api.manager)).json()
    report = b"PK\x03\x04"  # not a real archive: refused
    problem(
        await client.post(
            f"/studies/{created['id']}/attachments",
            files={"file": ("rapport.odt", report)},
            headers=api.manager,
        ),
        415,
        "unsupported-document-type",
    )
    pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
    attached = await client.post(
        f"/studies/{created['id']}/attachments",
        files={"file": ("rapport.pdf", pdf)},
        headers=api.manager,
    )
    assert attached.status_code == 201, attached.text
    contributor = auth(roles=["production.contributor"], units=["DOMP"])
    listed = await client.get(f"/studies/{created['id']}/attachments", headers=contributor)
    assert [d["filename"] for d in listed.json()["items"]] == ["rapport.pdf"]
    bre = auth(roles=["production.lead"], units=["DR-BRE"])
    problem(
        await client.get(f"/studies/{created['id']}/attachments", headers=bre), 404, "not-found"
    )
