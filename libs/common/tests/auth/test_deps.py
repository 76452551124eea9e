"""Role checks, org scope and OpenAPI through the permission table and ``authorize``."""

from __future__ import annotations

import pytest

from sg_common.auth.dev import mint_token
from sg_common.auth.permissions import OWN_UNITS, Permission

from .support import assert_problem, call, make_app, make_settings


async def test_missing_role_is_403() -> None:
    app = make_app()
    token = mint_token(subject="o", roles=["hr.officer"], units=["DPG"])
    for method in ("GET", "POST"):
        body = assert_problem(await call(app, token, method, "/officer"), 403, "missing-role")
        assert "budget.officer" in body["detail"]
        assert "budget.manager" in body["detail"]
        assert body["required_roles"] == ["budget.officer", "budget.manager"]


async def test_any_of_the_roles_passes() -> None:
    app = make_app()
    for role in ("budget.officer", "budget.manager"):
        token = mint_token(subject="b", roles=[role])
        assert (await call(app, token, "POST", "/officer")).json() == {"sub": "b"}


async def test_admin_passes_every_role_check() -> None:
    app = make_app()
    admin = mint_token(subject="a", roles=["sg.admin"])
    assert (await call(app, admin, "GET", "/officer")).status_code == 200
    assert (await call(app, admin, "POST", "/officer")).status_code == 200


async def test_auditor_reads_but_does_not_write() -> None:
    app = make_app()
    auditor = mint_token(subject="u", roles=["sg.auditor"])
    assert (await call(app, auditor, "GET", "/officer")).status_code == 200
    assert (await call(app, auditor, "HEAD", "/officer")).status_code in (200, 405)
    assert_problem(await call(app, auditor, "POST", "/officer"), 403, "missing-role")


async def test_bypass_follows_the_sg_wide_roles_setting() -> None:
    app = make_app(make_settings(sg_wide_roles=["sg.auditor"]))
    admin = mint_token(subject="a", roles=["sg.admin"])
    assert_problem(await call(app, admin, "POST", "/officer"), 403, "missing-role")


async def test_role_check_without_token_is_401() -> None:
    response = await call(make_app(), None, "POST", "/officer")
    assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_a_permission_needs_a_role() -> None:
    with pytest.raises(ValueError, match="at least one role"):
        Permission({})
    assert Permission({"budget.officer": OWN_UNITS}).sg_wide


async def test_a_role_that_does_not_authorise_the_route_does_not_widen_its_scope() -> None:
    """Issue #18: the controller reaches every unit at /controlled-records only."""
    app = make_app()
    both = mint_token(subject="c", roles=["budget.controller", "budget.officer"], units=["DRH"])
    assert (await call(app, both, path="/records")).json() == ["rec-DRH"]
    assert len((await call(app, both, path="/controlled-records")).json()) == 6
    assert_problem(await call(app, both, "POST", "/units/DPG/notes"), 403, "out-of-scope")


async def test_scope_unit_and_descendants_not_sibling() -> None:
    app = make_app()
    dpg = mint_token(subject="d", roles=["budget.officer"], units=["DPG"])
    assert (await call(app, dpg, path="/records")).json() == ["rec-DPG", "rec-DPG-CPF"]
    sg = mint_token(subject="s", units=["SG"])
    assert (await call(app, sg, path="/records")).json() == [
        "rec-DPG",
        "rec-DPG-CPF",
        "rec-DRH",
        "rec-SG",
    ]


async def test_scope_sg_wide_sees_all_and_no_units_sees_nothing() -> None:
    app = make_app()
    everything = sorted(f"rec-{u}" for u in ("DG", "SG", "DPG", "DPG-CPF", "DRH", "DR-BRE"))
    for role in ("sg.admin", "sg.auditor"):
        token = mint_token(subject="w", roles=[role])
        assert (await call(app, token, path="/records")).json() == everything
    nobody = mint_token(subject="n", roles=["budget.officer"], units=[])
    assert (await call(app, nobody, path="/records")).json() == []
    unknown = mint_token(subject="n", units=["NOPE"])
    assert (await call(app, unknown, path="/records")).json() == []


async def test_all_seeing_role_of_a_route() -> None:
    app = make_app()
    controller = mint_token(subject="c", roles=["budget.controller"], units=["DRH"])
    assert len((await call(app, controller, path="/controlled-records")).json()) == 6
    assert (await call(app, controller, path="/records")).json() == ["rec-DRH"]


async def test_scope_check_403_or_404() -> None:
    app = make_app()
    dpg = mint_token(subject="d", units=["DPG"])
    assert (await call(app, dpg, "POST", "/units/DPG-CPF/notes")).json() == {"unit": "DPG-CPF"}
    body = assert_problem(await call(app, dpg, "POST", "/units/DRH/notes"), 403, "out-of-scope")
    assert body["detail"] == "unit DRH is outside your scope"
    assert_problem(await call(app, dpg, "GET", "/units/DRH"), 404, "not-found")
    admin = mint_token(subject="a", roles=["sg.admin"])
    assert (await call(app, admin, "POST", "/units/DRH/notes")).status_code == 200


def test_openapi_declares_the_bearer_scheme() -> None:
    schema = make_app().openapi()
    scheme = schema["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert scheme["description"]
    assert schema["paths"]["/me"]["get"]["security"] == [{"bearerAuth": []}]
    assert schema["paths"]["/records"]["get"]["security"] == [{"bearerAuth": []}]
