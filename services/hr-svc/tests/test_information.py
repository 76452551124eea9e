"""Internal information: targeting (descendants, not siblings), feeds, acknowledgements."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from sg_common.testing.plugin import AuthFactory

from .conftest import Helpers

pytestmark = pytest.mark.usefixtures("frozen_clock")


async def _announce(
    client: httpx.AsyncClient, headers: dict[str, str], target: str, **extra: Any
) -> int:
    created = await client.post(
        "/information/announcements",
        json={"title": f"Note {target}", "body": "Texte", "target_unit_code": target, **extra},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    published = await client.post(
        f"/information/announcements/{created.json()['id']}/publication", json={}, headers=headers
    )
    assert published.status_code == 200, published.text
    return int(created.json()["id"])


async def test_an_announcement_reaches_descendants_of_its_target_and_not_siblings(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await hr.hire(manager, matricule="S1", login="ses", unit_code="DR-BRE-SES")
    await hr.hire(manager, matricule="S2", login="sed", unit_code="DR-BRE-SED")
    await hr.hire(manager, matricule="S3", login="nor", unit_code="DR-NOR-SES")
    whole_dr = await _announce(client, manager, "DR-BRE")
    one_service = await _announce(client, manager, "DR-BRE-SES")
    only_dr = await _announce(client, manager, "DR-BRE", include_descendants=False)

    async def feed(login: str) -> set[int]:
        response = await client.get("/information/feed", headers=auth(sub=login))
        assert response.status_code == 200, response.text
        return {i["id"] for i in response.json()["items"]}

    assert await feed("ses") == {whole_dr, one_service}
    assert await feed("sed") == {whole_dr}  # sibling of DR-BRE-SES: not its announcement
    assert await feed("nor") == set()
    assert only_dr not in await feed("ses")


async def test_acknowledgement_and_unread_rate_per_unit(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await hr.hire(manager, matricule="S1", login="a1", unit_code="DR-BRE-SES")
    await hr.hire(manager, matricule="S2", login="a2", unit_code="DR-BRE-SES")
    await hr.hire(manager, matricule="S3", login="a3", unit_code="DR-BRE-SED")
    await hr.hire(manager, matricule="S4", login="n1", unit_code="DR-NOR")
    note = await _announce(client, manager, "DR-BRE")
    ack = await client.post(
        f"/information/announcements/{note}/acknowledgement", headers=auth(sub="a1")
    )
    assert ack.status_code == 200, ack.text
    again = await client.post(
        f"/information/announcements/{note}/acknowledgement", headers=auth(sub="a1")
    )
    assert again.status_code == 200
    stranger = await client.post(
        f"/information/announcements/{note}/acknowledgement", headers=auth(sub="n1")
    )
    assert stranger.status_code == 409
    assert hr.slug(stranger) == "not-targeted"
    feed = (await client.get("/information/feed", headers=auth(sub="a2"))).json()
    assert feed["unread"] == 1
    stats = (
        await client.get(f"/information/announcements/{note}/readership", headers=manager)
    ).json()
    assert (stats["targeted"], stats["acknowledged"]) == (3, 1)
    assert Decimal(stats["unread_rate"]) == Decimal("0.6667")
    per_unit = {u["unit_code"]: Decimal(u["unread_rate"]) for u in stats["units"]}
    assert per_unit == {"DR-BRE-SES": Decimal("0.5000"), "DR-BRE-SED": Decimal("1.0000")}


async def test_expired_and_withdrawn_announcements_leave_the_feed(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    await hr.hire(manager, matricule="S1", login="a1")
    expired = await _announce(client, manager, "DR-BRE", expires_on="2026-03-15")
    withdrawn = await _announce(client, manager, "DR-BRE")
    assert (
        await client.post(f"/information/announcements/{withdrawn}/withdrawal", headers=manager)
    ).status_code == 200
    live = await _announce(client, manager, "DR-BRE")
    feed = (await client.get("/information/feed", headers=auth(sub="a1"))).json()
    assert [i["id"] for i in feed["items"]] == [live]
    assert expired not in [i["id"] for i in feed["items"]]
    edit = await client.patch(
        f"/information/announcements/{live}",
        json={"title": "x"},
        headers={**manager, "If-Match": '"2"'},
    )
    assert hr.slug(edit) == "announcement-not-draft"


async def test_officers_announce_to_their_units_only(
    client: httpx.AsyncClient, hr: Helpers, manager: dict[str, str], auth: AuthFactory
) -> None:
    officer = auth(roles=["hr.officer"], units=["DR-NOR"])
    refused = await client.post(
        "/information/announcements",
        json={"title": "t", "body": "b", "target_unit_code": "DR-BRE"},
        headers=officer,
    )
    assert refused.status_code == 403
    assert hr.slug(refused) == "out-of-scope"
    note = await _announce(client, manager, "DR-BRE")
    assert (
        await client.get(f"/information/announcements/{note}", headers=officer)
    ).status_code == 404
    plain = auth(roles=[], units=["DR-BRE"])
    assert (
        await client.post(
            "/information/announcements",
            json={"title": "t", "body": "b", "target_unit_code": "DR-BRE"},
            headers=plain,
        )
    ).status_code == 403
