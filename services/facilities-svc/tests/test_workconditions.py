"""Working conditions: register (staff and production proposals), DUERP, incidents."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sg_common.testing import ServiceEvents
from sg_contracts.production import ImprovementProposedV1

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def manager(auth: Any) -> dict[str, str]:
    return auth(roles=["facilities.manager"], units=["DSG-CT"], sub="carla")


@pytest.fixture
def requester(auth: Any) -> dict[str, str]:
    return auth(roles=["facilities.requester"], units=["DESE-CN"], sub="rita")


async def test_register_gets_staff_entries_and_proposals_once(
    client: httpx.AsyncClient, service_events: ServiceEvents, requester: Any, manager: Any
) -> None:
    response = await client.post(
        "/register-entries",
        json={
            "site": "Montrouge",
            "unit_code": "DESE-CN",
            "title": "Escalier glissant",
            "description": "Nez de marche décollé",
        },
        headers=requester,
    )
    assert response.status_code == 201, response.text
    assert response.json()["source"] == "staff"
    proposal = ImprovementProposedV1(
        proposal_id="PR-7",
        title="Stores",
        description="Éblouissement",
        site="Montrouge",
        unit_code="DESE-CN",
    )
    envelope_outcome = await service_events.deliver(proposal, subject="PR-7")
    assert envelope_outcome == "applied"
    await service_events.deliver(proposal, subject="PR-7")  # a re-sent proposal (new event id)
    entries = (
        await client.get("/register-entries", params={"site": "Montrouge"}, headers=requester)
    ).json()["items"]
    assert [(e["source"], e["proposal_id"]) for e in entries] == [
        ("staff", None),
        ("improvement_proposed", "PR-7"),
    ]
    url = f"/register-entries/{entries[1]['id']}"
    etag = (await client.get(url, headers=manager)).headers["ETag"]
    answered = await client.patch(
        url,
        json={"status": "closed", "response": "Stores posés"},
        headers={**manager, "If-Match": etag},
    )
    assert answered.json()["status"] == "closed"
    assert (
        await client.patch(url, json={"status": "open"}, headers={**requester, "If-Match": '"2"'})
    ).status_code == 403
    # the answer goes back to production: register_entry.answered, keyed by the proposal
    [event] = await service_events.published("register_entry.answered")
    assert event.subject == "PR-7"
    assert (event.data.proposal_id, event.data.status, event.data.response) == (  # type: ignore[attr-defined]
        "PR-7",
        "closed",
        "Stores posés",
    )
    assert event.data.entry_id == f"REG-{entries[1]['id']}"  # type: ignore[attr-defined]


async def test_register_scope(client: httpx.AsyncClient, auth: Any, requester: Any) -> None:
    response = await client.post(
        "/register-entries",
        json={"site": "Rennes", "unit_code": "DR-BRE", "title": "x", "description": "y"},
        headers=requester,
    )
    assert response.status_code == 403
    await client.post(
        "/register-entries",
        json={"site": "Rennes", "unit_code": "DR-BRE", "title": "x", "description": "y"},
        headers=auth(roles=["facilities.requester"], units=["DR-BRE"]),
    )
    assert (await client.get("/register-entries", headers=requester)).json()["items"] == []


async def test_duerp_scores_copies_and_freezes_when_validated(
    client: httpx.AsyncClient, requester: Any, manager: Any
) -> None:
    created = await client.post(
        "/risk-assessments", json={"unit_code": "DESE-CN", "year": 2026}, headers=requester
    )
    assert created.status_code == 201, created.text
    aid = created.json()["id"]
    duplicate = await client.post(
        "/risk-assessments", json={"unit_code": "DESE-CN", "year": 2026}, headers=requester
    )
    assert duplicate.status_code == 409
    assert duplicate.json()["type"].endswith("/assessment-exists")
    for hazard, p, s in (("Écran", 3, 2), ("Chute", 2, 4), ("Bruit", 1, 1)):
        response = await client.post(
            f"/risk-assessments/{aid}/risks",
            json={
                "work_unit": "Bureaux",
                "hazard": hazard,
                "probability": p,
                "severity": s,
                "actions": [
                    {
                        "description": f"Prévenir {hazard}",
                        "owner": "DSG-CT",
                        "due_date": "2026-06-30",
                    }
                ],
            },
            headers=requester,
        )
        assert response.status_code == 201, response.text
        assert response.json()["score"] == p * s
    got = await client.get(f"/risk-assessments/{aid}", headers=requester)
    assert [r["hazard"] for r in got.json()["risks"]] == ["Chute", "Écran", "Bruit"]
    done_action = got.json()["risks"][2]["actions"][0]["id"]
    assert (await client.post(f"/prevention-actions/{done_action}/done", headers=requester)).json()[
        "status"
    ] == "done"

    validated = await client.post(
        f"/risk-assessments/{aid}/validate",
        headers={**manager, "If-Match": got.headers["ETag"]},
    )
    assert validated.status_code == 200, validated.text
    assert validated.json()["status"] == "validated"
    refused = await client.post(
        f"/risk-assessments/{aid}/risks",
        json={"work_unit": "x", "hazard": "y", "probability": 1, "severity": 1},
        headers=requester,
    )
    assert refused.status_code == 409
    assert refused.json()["type"].endswith("/assessment-validated")

    copied = await client.post(f"/risk-assessments/{aid}/copy", json={}, headers=requester)
    assert copied.status_code == 201, copied.text
    body = copied.json()
    assert (body["year"], body["status"], body["copied_from_id"]) == (2027, "draft", aid)
    assert [r["hazard"] for r in body["risks"]] == ["Chute", "Écran", "Bruit"]
    assert [len(r["actions"]) for r in body["risks"]] == [1, 1, 0]  # done actions stay behind
    again = await client.post(f"/risk-assessments/{aid}/copy", json={}, headers=requester)
    assert again.status_code == 409


async def test_duerp_of_another_unit_is_invisible(
    client: httpx.AsyncClient, auth: Any, requester: Any
) -> None:
    bre = auth(roles=["facilities.requester"], units=["DR-BRE"])
    created = await client.post(
        "/risk-assessments", json={"unit_code": "DR-BRE", "year": 2026}, headers=bre
    )
    assert (
        await client.get(f"/risk-assessments/{created.json()['id']}", headers=requester)
    ).status_code == 404
    assert (
        await client.post(
            "/risk-assessments", json={"unit_code": "DR-BRE", "year": 2027}, headers=requester
        )
    ).status_code == 403


async def test_incident_follow_up_until_closed(
    client: httpx.AsyncClient, requester: Any, manager: Any
) -> None:
    created = await client.post(
        "/incidents",
        json={
            "unit_code": "DESE-CN",
            "site": "Montrouge",
            "kind": "work_accident",
            "occurred_on": "2026-03-12",
            "description": "Chute escalier B",
            "lost_days": 3,
        },
        headers=requester,
    )
    assert created.status_code == 201, created.text
    url = f"/incidents/{created.json()['id']}/follow-ups"
    assert (await client.post(url, json={"note": "x"}, headers=requester)).status_code == 403
    first = await client.post(url, json={"note": "Enquête CHSCT"}, headers=manager)
    assert first.status_code == 201
    closing = await client.post(
        url, json={"note": "Main courante posée", "close": True}, headers=manager
    )
    assert closing.status_code == 201
    late = await client.post(url, json={"note": "encore"}, headers=manager)
    assert late.status_code == 409
    assert late.json()["type"].endswith("/incident-closed")
    got = (await client.get(f"/incidents/{created.json()['id']}", headers=requester)).json()
    assert got["status"] == "closed"
    assert [f["note"] for f in got["follow_ups"]] == ["Enquête CHSCT", "Main courante posée"]
    listed = await client.get("/incidents", params={"status": "closed"}, headers=requester)
    assert len(listed.json()["items"]) == 1


async def test_a_duerp_takes_its_signed_copy_read_only_by_its_unit(
    client: httpx.AsyncClient, requester: Any, auth: Any
) -> None:
    """Documents (issue #22, item 2): the signed DUERP attached to the assessment."""
    created = await client.post(
        "/risk-assessments", json={"unit_code": "DESE-CN", "year": 2026}, headers=requester
    )
    aid = created.json()["id"]
    pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
    attached = await client.post(
        f"/risk-assessments/{aid}/attachments",
        files={"file": ("DUERP 2026 signé.pdf", pdf, "application/pdf")},
        headers=requester,
    )
    assert attached.status_code == 201, attached.text
    assert attached.json()["record_kind"] == "risk_assessment"
    doc = f"/risk-assessments/{aid}/attachments/{attached.json()['id']}"
    assert (await client.get(doc, headers=requester)).content == pdf
    bre = auth(roles=["facilities.requester"], units=["DR-BRE"])
    assert (await client.get(doc, headers=bre)).status_code == 404
