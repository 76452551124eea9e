"""Contracts as products: committed documents current, linted, and compatible with the baseline."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sg_common.compat import event_breaking_changes, major, openapi_breaking_changes
from sg_common.events.catalogue import all_events

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ["budget", "hr", "facilities", "it", "production"]
PUBLIC = {"/health/live", "/health/ready", "/metrics"}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "contracts_script", ROOT / "scripts" / "contracts.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _load_script()


@pytest.fixture(scope="module")
def documents(script: ModuleType) -> dict[str, dict[str, Any]]:
    return {name: json.loads(script.openapi_path(name).read_text()) for name in SERVICES}


def test_committed_documents_match_the_code(script: ModuleType) -> None:
    wanted = script.documents()
    stale = [
        str(p.relative_to(ROOT))
        for p, text in wanted.items()
        if not p.exists() or p.read_text() != text
    ]
    assert not stale, f"run `make openapi` and commit: {stale}"


# ---- lint ------------------------------------------------------------------------------------


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


@pytest.mark.parametrize("name", SERVICES)
def test_openapi_document_follows_the_house_rules(
    name: str, documents: dict[str, dict[str, Any]]
) -> None:
    doc = documents[name]
    ids = [op["operationId"] for _, _, op in _operations(doc)]
    assert len(ids) == len(set(ids)), "operationIds are unique"
    problems: list[str] = []
    for path, method, op in _operations(doc):
        where = f"{method.upper()} {path}"
        problems += _naming_problems(where, op)
        problems += _response_problems(path, where, op)
        problems += _example_problems(doc, where, op)
        problems += _list_problems(doc, where, op)
    for schema_name in doc.get("components", {}).get("schemas", {}):
        if schema_name.endswith(("-Input", "-Output")):
            problems.append(f"schema {schema_name}: split into input/output")
    assert not problems, "\n".join(problems)


def _naming_problems(where: str, op: dict[str, Any]) -> list[str]:
    """An operation is tagged, summarised, and its id is ``<tag>-<function>``."""
    problems = []
    tag = (op.get("tags") or ["?"])[0]
    function = op["operationId"].removeprefix(f"{tag}-")
    if function == op["operationId"] or not re.fullmatch(r"[a-z][a-z0-9_]*", function):
        problems.append(f"{where}: operationId {op['operationId']!r} is not <tag>-<function>")
    if not op.get("tags"):
        problems.append(f"{where}: no tag")
    if not op.get("summary"):
        problems.append(f"{where}: no summary")
    return problems


def _response_problems(path: str, where: str, op: dict[str, Any]) -> list[str]:
    """A non-public operation requires security and declares its 401 and 422; every error is a
    problem document."""
    problems = []
    responses = op.get("responses", {})
    if path not in PUBLIC:
        if not op.get("security"):
            problems.append(f"{where}: no security requirement")
        for status in ("401", "422"):
            if status not in responses:
                problems.append(f"{where}: does not declare its {status} problem")
    for status, response in responses.items():
        if status.startswith(("4", "5")) and "application/problem+json" not in response.get(
            "content", {}
        ):
            problems.append(f"{where}: {status} is not application/problem+json")
    return problems


def _example_problems(doc: dict[str, Any], where: str, op: dict[str, Any]) -> list[str]:
    """A JSON request body has an example (on the body or on its schema)."""
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    if body is None:
        return []
    schema = body["schema"]
    target = schema
    if "$ref" in schema:
        target = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if not (body.get("example") or body.get("examples") or target.get("examples")):
        return [f"{where}: request body has no example"]
    return []


def _list_problems(doc: dict[str, Any], where: str, op: dict[str, Any]) -> list[str]:
    """A list (it takes a ``cursor``) takes ``sort`` (a whitelist: its pattern) and ``count``,
    declares its ``Link`` header and has ``total`` in its page (CONVENTIONS.md, "Lists")."""
    parameters = {p["name"]: p for p in op.get("parameters", []) if p.get("in") == "query"}
    if "cursor" not in parameters:
        return []
    problems = []
    sort = parameters.get("sort", {}).get("schema", {})
    if not any("pattern" in option for option in sort.get("anyOf", [sort])):
        problems.append(f"{where}: a list without a whitelisted sort (sg_common.api.Sort)")
    if "count" not in parameters:
        problems.append(f"{where}: a list without count")
    ok = op.get("responses", {}).get("200", {})
    if "Link" not in ok.get("headers", {}):
        problems.append(f"{where}: a list that does not declare its Link header")
    ref = ok.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    page = doc["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    if "total" not in page.get("properties", {}):
        problems.append(f"{where}: a list whose page has no total")
    return problems


# ---- compatibility -------------------------------------------------------------------------


@pytest.mark.parametrize("name", SERVICES)
def test_http_contract_is_compatible_with_the_baseline(
    name: str, documents: dict[str, dict[str, Any]]
) -> None:
    baseline_path = ROOT / "contracts" / "baseline" / f"{name}.openapi.json"
    if not baseline_path.exists():
        pytest.fail(f"no baseline for {name}: run `make contracts-release`")
    baseline = json.loads(baseline_path.read_text())
    current = documents[name]
    if major(current["info"]["version"]) > major(baseline["info"]["version"]):
        return  # a new major version may break; docs/contracts.md says how to ship it
    findings = openapi_breaking_changes(baseline, current)
    assert not findings, "breaking changes without a new major version:\n" + "\n".join(findings)


@pytest.mark.parametrize("model", all_events(), ids=lambda m: f"{m.event_type}.v{m.version}")
def test_event_schema_is_compatible_with_the_baseline(model: Any, script: ModuleType) -> None:
    path = ROOT / "contracts" / "baseline" / "events" / script.schema_path(model).name
    if not path.exists():
        return  # a new event or a new major version: nothing to be compatible with yet
    findings = event_breaking_changes(json.loads(path.read_text()), script.event_schema(model))
    assert not findings, "breaking change within a major version:\n" + "\n".join(findings)


# ---- the checker itself catches breaking changes -------------------------------------------

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "orders.openapi.json").read_text())


def test_compatible_additions_pass() -> None:
    new = copy.deepcopy(FIXTURE)
    new["components"]["schemas"]["Order"]["properties"]["note"] = {"type": "string"}
    new["components"]["schemas"]["OrderCreate"]["properties"]["note"] = {"type": "string"}
    new["components"]["schemas"]["Status"]["enum"].append("archived")
    new["paths"]["/orders/{order_id}/lines"] = copy.deepcopy(new["paths"]["/orders/{order_id}"])
    assert openapi_breaking_changes(FIXTURE, new) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["paths"].pop("/orders/{order_id}"), "path removed"),
        (lambda d: d["paths"]["/orders"].pop("post"), "operation removed"),
        (
            lambda d: d["components"]["schemas"]["Order"]["properties"].pop("amount"),
            "amount: field removed",
        ),
        (
            lambda d: d["components"]["schemas"]["Order"]["properties"].__setitem__(
                "amount", {"type": "number"}
            ),
            "type changed",
        ),
        (
            lambda d: d["components"]["schemas"]["Status"]["enum"].remove("cancelled"),
            "enum values removed",
        ),
        (
            lambda d: d["components"]["schemas"]["OrderCreate"]["required"].append("unit_code"),
            "new required field",
        ),
        (
            lambda d: d["paths"]["/orders"]["get"]["parameters"][0].__setitem__("required", True),
            "now required",
        ),
        (
            lambda d: d["paths"]["/orders"]["post"].__setitem__("operationId", "orders-create"),
            "operationId changed",
        ),
    ],
    ids=[
        "path",
        "operation",
        "field",
        "retype",
        "enum",
        "required-request-field",
        "required-parameter",
        "operation-id",
    ],
)
def test_a_deliberate_breaking_change_is_caught(change: Any, expected: str) -> None:
    new = copy.deepcopy(FIXTURE)
    change(new)
    findings = openapi_breaking_changes(FIXTURE, new)
    assert any(expected in f for f in findings), findings


def test_event_checker_allows_optional_fields_and_refuses_the_rest() -> None:
    from sg_common.events.catalogue import json_schema
    from sg_contracts.budget import BudgetAllocatedV1

    old = json_schema(BudgetAllocatedV1)
    added = copy.deepcopy(old)
    added["properties"]["comment"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert event_breaking_changes(old, added) == []
    removed = copy.deepcopy(old)
    removed["properties"].pop("cp")
    assert any("cp: field removed" in f for f in event_breaking_changes(old, removed))
    retyped = copy.deepcopy(old)
    retyped["properties"]["fiscal_year"] = {"type": "string"}
    assert any("fiscal_year: type changed" in f for f in event_breaking_changes(old, retyped))
    required = copy.deepcopy(old)
    required["properties"]["comment"] = {"type": "string"}
    required["required"] = [*required["required"], "comment"]
    assert any("comment: new required field" in f for f in event_breaking_changes(old, required))


def test_a_payload_that_breaks_its_committed_schema_is_refused() -> None:
    from decimal import Decimal

    from sg_common.events import EventEnvelope
    from sg_common.testing.schemas import EventSchemaError, validate_published
    from sg_contracts.budget import BudgetAllocatedV1

    good = EventEnvelope.new(
        BudgetAllocatedV1(
            allocation_id="A-1",
            unit_code="DPG",
            fiscal_year=2026,
            action="09",
            title="T3",
            ae=Decimal("10.00"),
            cp=Decimal("5.00"),
        ),
        subject="DPG",
    )
    validate_published(good)
    tampered = good.model_copy(update={"type": "budget.commitment_recorded"})
    with pytest.raises(EventSchemaError):
        validate_published(tampered)


def test_declaring_an_if_match_the_server_already_required_is_not_breaking() -> None:
    def with_if_match(doc: dict[str, Any], *, required: bool, answers_428: bool) -> dict[str, Any]:
        doc = copy.deepcopy(doc)
        op = doc["paths"]["/orders"]["post"]
        op.setdefault("parameters", []).append(
            {"in": "header", "name": "If-Match", "required": required, "schema": {"type": "string"}}
        )
        if answers_428:
            op["responses"]["428"] = {"description": "Precondition Required"}
        return doc

    before = with_if_match(FIXTURE, required=False, answers_428=True)
    after = with_if_match(FIXTURE, required=True, answers_428=True)
    assert openapi_breaking_changes(before, after) == []
    # Without the 428 the header really was optional: requiring it now breaks callers.
    optional = with_if_match(FIXTURE, required=False, answers_428=False)
    findings = openapi_breaking_changes(optional, after)
    assert any("If-Match (header) now required" in f for f in findings), findings
