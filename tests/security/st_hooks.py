"""Schemathesis hooks of the hostile suite (loaded through ``SCHEMATHESIS_HOOKS``).

``schema_valid_request_passes_validation``: positive_data_acceptance lets a schema-valid request
be refused with 400/412/422 (tests/security/schemathesis.toml), because a business rule (an
unknown unit, a closed year, an opaque cursor from another list) cannot be written in a schema.
The request *shape* can: when a request that the OpenAPI document calls valid gets the
request-validation problem (422 with ``errors``), the document is looser than the code, and
that is a failure — except for two classes, each counted apart (``SG_SECURITY_KNOWN_FILE``):

* ``value_error``: a validator written in code (end before start, exactly one of two fields,
  a PATCH field that may be omitted but not null): JSON Schema cannot state it. Counted as
  ``rule-in-code``.
* amounts (``decimal_*`` errors, and bounds broken by an amount sent as a string): Pydantic
  documents a ``Decimal`` as "a number or any string" and then refuses ``""``, ``"1e400"``,
  ``"INF"``, ``"-1"`` or 3 decimal places. The server is strict (``sg_common.inputs``, ``Money``
  refuses a third decimal); the *document* is looser, and tightening it (a string pattern, a
  ``multipleOf``) narrows every request schema, a contract release of its own. Until then these
  are counted as ``amount-strictness``.

And ``value-from-response``: Schemathesis feeds values read from earlier responses into path
parameters (stateful links, and its resource pool in every phase), e.g. an allocation request's
``allocation_id`` before it is granted (``null``), and its examples phase borrows a response
example's value by name: ``/allocations/null/...`` is not a request the document calls valid,
whatever the case is labelled.
"""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis

_BOUNDS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}


def _value_at(body: Any, loc: list[Any]) -> Any:
    """The request value an issue points at (``loc`` starts with ``body``/``query``...)."""
    node = body
    for part in loc[1:]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _class_of(issue: dict[str, Any], case: Any) -> str | None:
    """``rule-in-code``, ``amount-strictness`` or None (a real conformance failure)."""
    kind = str(issue.get("type", ""))
    loc = list(issue.get("loc", []))
    if kind == "value_error":
        return "rule-in-code"
    if kind.startswith("decimal_") or kind == "finite_number":
        return "amount-strictness"
    if (
        kind in _BOUNDS
        and loc[:1] == ["body"]
        and isinstance(_value_at(getattr(case, "body", None), loc), str)
    ):
        return "amount-strictness"
    if loc[:1] == ["path"] and len(loc) == 2 and _from_a_response(case, str(loc[1])):
        return "value-from-response"
    return None


def _from_a_response(case: Any, name: str) -> bool:
    """The path parameter's value was read from an earlier response (a stateful link, or the
    resource pool Schemathesis fills from responses), not generated from its schema."""
    meta = case.meta
    if str(meta.phase.name) == "stateful":
        return True
    # the examples phase borrows a response example's value by name: ``"allocation_id": null``
    if (getattr(case, "path_parameters", None) or {}).get(name) in (None, "null"):
        return True
    return any(
        draw.location == "path" and draw.parameter_name == name
        for draw in getattr(meta, "pool_draws", ())
    )


def _note(kind: str, case: Any, issue: dict[str, Any]) -> None:
    path = os.environ.get("SG_SECURITY_KNOWN_FILE")
    if not path:
        return
    line = {"class": kind, "operation": case.operation.label, "issue": issue}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=True) + "\n")


@schemathesis.check
def schema_valid_request_passes_validation(ctx: Any, response: Any, case: Any) -> bool | None:  # noqa: ARG001 (schemathesis's check signature)
    meta = getattr(case, "meta", None)
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return None  # a business problem (unknown unit...), not the request validation
    unexplained = []
    for issue in body["errors"]:
        if not isinstance(issue, dict):
            continue
        kind = _class_of(issue, case)
        if kind is None:
            unexplained.append(issue)
        else:
            _note(kind, case, issue)
    if unexplained:
        issues = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', []))}: {e.get('msg')} ({e.get('type')})"
            for e in unexplained[:3]
        )
        raise AssertionError(
            f"A request valid per the OpenAPI document failed the request validation: {issues}"
        )
    return None
