"""The permission table: the app factory's coverage check and the OpenAPI it documents."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from fastapi import APIRouter

from sg_common.app import create_service_app
from sg_common.auth import Principal
from sg_common.auth.permissions import (
    EVERY_UNIT,
    OWN_UNITS,
    Permission,
    PermissionTable,
    describe,
    extension,
    grant,
)
from sg_common.errors import Forbidden
from sg_common.org import OrgTree

from .sample_service import PERMISSIONS, SAMPLE

ADMINS = ("sg.admin", "sg.auditor")


def test_an_operation_missing_from_the_table_stops_the_app() -> None:
    table = PermissionTable({k: v for k, v in PERMISSIONS.items() if k != "notes-update_note"})
    with pytest.raises(RuntimeError, match="notes-update_note is not in PERMISSIONS"):
        create_service_app(replace(SAMPLE, permissions=table))


def test_a_stale_entry_stops_the_app() -> None:
    table = PermissionTable({**PERMISSIONS, "notes-gone": {"sample.writer": OWN_UNITS}})
    with pytest.raises(RuntimeError, match="unknown operations \\['notes-gone'\\]"):
        create_service_app(replace(SAMPLE, permissions=table))


def test_a_route_that_skips_authorize_stops_the_app() -> None:
    router = APIRouter(tags=["open"])

    @router.get("/open")
    async def open_door() -> dict[str, str]:
        return {}

    table = PermissionTable({**PERMISSIONS, "open-open_door": {"sample.writer": OWN_UNITS}})
    definition = replace(SAMPLE, routers=[*SAMPLE.routers, router], permissions=table)
    with pytest.raises(RuntimeError, match="open-open_door does not use authorize"):
        create_service_app(definition)


def test_one_operation_id_on_two_paths_stops_the_app() -> None:
    """Two routes named alike under the same tag would give clients one method for two paths."""
    first, second = APIRouter(tags=["twin"]), APIRouter(tags=["twin"])

    @first.get("/twin/a")
    async def twin() -> dict[str, str]:
        return {}

    second.add_api_route("/twin/b", twin, methods=["GET"])
    definition = replace(SAMPLE, routers=[*SAMPLE.routers, first, second], permissions=None)
    with pytest.raises(RuntimeError, match="duplicate operationId twin-twin"):
        create_service_app(definition)


def test_the_app_is_built_without_preparing_every_route() -> None:
    """FastAPI prepares an included router's routes (dependencies, pydantic adapters: most of
    the cost of an app, paid by every test) when a request first reaches them, not at build."""
    app = create_service_app(SAMPLE)
    # FastAPI's private _IncludedRouter, found by its attribute
    included: list[Any] = [r for r in app.router.routes if hasattr(r, "original_router")]
    assert included
    assert all(route._effective_candidates_version is None for route in included)


def test_the_openapi_document_is_written_from_the_table() -> None:
    schema = create_service_app(SAMPLE).openapi()
    create = schema["paths"]["/notes"]["post"]
    assert create["x-sg-permissions"] == {
        "roles": {"sample.writer": "own-units", "sg.admin": "every-unit"},
        "sg_wide": True,
    }
    assert create["description"].endswith(
        "**Roles:** `sample.writer` (own units and their sub-units), `sg.admin`."
    )
    listing = schema["paths"]["/notes"]["get"]["x-sg-permissions"]["roles"]
    assert listing == {
        "*": "own-units",
        "sample.controller": "every-unit",
        "sg.admin": "every-unit",
        "sg.auditor": "every-unit",
    }


def test_the_scope_comes_from_the_authorising_roles_only() -> None:
    """A writer who is also a controller: own units on a write the controller cannot do."""
    tree = OrgTree.default()
    writer = {"sample.writer": OWN_UNITS}
    reader = {"sample.writer": OWN_UNITS, "sample.controller": EVERY_UNIT}
    both = Principal(subject="w", roles=frozenset(PERMISSIONS_ROLES), units=("DPG",))
    on_write = grant(Permission(writer), both, method="POST", tree=tree, sg_wide_roles=ADMINS)
    assert on_write.scope.visible == tree.subtree_codes(["DPG"])
    assert not on_write.scope.allows("DRH")
    assert on_write.roles == frozenset({"sample.writer"})
    on_read = grant(Permission(reader), both, method="GET", tree=tree, sg_wide_roles=ADMINS)
    assert on_read.scope.sees_all


def test_confidential_operations_admit_neither_sg_wide_role() -> None:
    secret = Permission({"facilities.social": EVERY_UNIT}, sg_wide=False)
    for role in ADMINS:
        admin = Principal(subject="a", roles=frozenset({role}))
        with pytest.raises(Forbidden):
            grant(secret, admin, method="GET", tree=OrgTree.default(), sg_wide_roles=ADMINS)


PERMISSIONS_ROLES = ("sample.writer", "sample.controller")


def test_a_delegable_act_admits_a_caller_without_its_roles_with_no_scope() -> None:
    """Signature by delegation: the table lets the caller through with no role and an empty
    scope (the service then checks the delegation); a role holder keeps their own scope."""
    tree = OrgTree.default()
    act = Permission({"sample.writer": OWN_UNITS}, delegable=True)
    deputy = Principal(subject="d", roles=frozenset({"sample.controller"}), units=("DPG",))
    access = grant(act, deputy, method="POST", tree=tree, sg_wide_roles=ADMINS)
    assert access.roles == frozenset()
    assert access.scope.visible == frozenset()
    assert not access.scope.allows("DPG")
    holder = Principal(subject="w", roles=frozenset({"sample.writer"}), units=("DPG",))
    own = grant(act, holder, method="POST", tree=tree, sg_wide_roles=ADMINS)
    assert own.roles == frozenset({"sample.writer"})
    assert own.scope.visible == tree.subtree_codes(["DPG"])
    # the same operation without the mark refuses the deputy
    with pytest.raises(Forbidden):
        grant(replace(act, delegable=False), deputy, method="POST", tree=tree, sg_wide_roles=ADMINS)
    assert describe(act, "POST").endswith("(délégation de signature, checked by the service).")
    assert extension(act, "POST")["delegable"] is True
    assert "delegable" not in extension(replace(act, delegable=False), "POST")
