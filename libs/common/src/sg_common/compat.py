"""Backward-compatibility checks between two versions of a contract.

* :func:`openapi_breaking_changes`: removed paths, operations or success responses; response
  fields removed or retyped, response enum values removed; request fields removed (requests
  forbid unknown fields) or retyped, new required request fields or parameters, request enum
  values removed.
* :func:`event_breaking_changes`: within a major version, payload fields removed or retyped, new
  required fields, enum values removed. New optional fields are allowed.

Each returns human-readable findings; an empty list means compatible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class _Schemas:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    def resolve(self, schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        while "$ref" in schema and depth < 50:
            ref: str = schema["$ref"]
            node: Any = self.root
            for part in ref.removeprefix("#/").split("/"):
                node = node[part]
            schema = node
            depth += 1
        return schema

    def types(self, schema: dict[str, Any]) -> frozenset[str]:
        """A comparable description of a schema's type(s) (refs by name, null kept)."""
        out: set[str] = set()
        for option in schema.get("anyOf") or schema.get("oneOf") or [schema]:
            if "$ref" in option:
                out.add(self._ref_kind(option))
            elif "allOf" in option and len(option["allOf"]) == 1:
                out |= self.types(option["allOf"][0])
            elif "type" in option:
                t = option["type"]
                out |= set(t) if isinstance(t, list) else {t}
            elif "const" in option:
                out.add(type(option["const"]).__name__)
        return frozenset(out)

    def _ref_kind(self, ref_schema: dict[str, Any]) -> str:
        target = self.resolve(ref_schema)
        if "enum" in target:
            return "string"
        return str(target.get("type", "object"))

    def enum(self, schema: dict[str, Any]) -> set[Any] | None:
        for option in schema.get("anyOf") or [schema]:
            target = self.resolve(option)
            if "enum" in target:
                return set(target["enum"])
        return None

    def object_of(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        for option in schema.get("anyOf") or schema.get("allOf") or [schema]:
            target = self.resolve(option)
            if target.get("type") == "object" or "properties" in target:
                return target
        return None

    def items_of(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        for option in schema.get("anyOf") or [schema]:
            target = self.resolve(option)
            items = target.get("items")
            if target.get("type") == "array" and isinstance(items, dict):
                return items
        return None


def compare_schemas(
    old: dict[str, Any],
    new: dict[str, Any],
    old_root: dict[str, Any],
    new_root: dict[str, Any],
    *,
    where: str,
    direction: str,
    _seen: set[tuple[int, int]] | None = None,
) -> list[str]:
    """Findings for ``new`` replacing ``old``; ``direction`` is "response" or "request"."""
    seen = _seen if _seen is not None else set()
    a, b = _Schemas(old_root), _Schemas(new_root)
    old_r, new_r = a.resolve(old), b.resolve(new)
    key = (id(old_r), id(new_r))
    if key in seen:
        return []
    seen.add(key)
    findings: list[str] = []
    old_t, new_t = a.types(old), b.types(new)
    if old_t and new_t and not (old_t <= new_t if direction == "request" else new_t <= old_t):
        findings.append(f"{where}: type changed from {sorted(old_t)} to {sorted(new_t)}")
    old_e, new_e = a.enum(old), b.enum(new)
    if old_e is not None and new_e is not None and old_e - new_e:
        findings.append(f"{where}: enum values removed: {sorted(map(str, old_e - new_e))}")
    old_o, new_o = a.object_of(old), b.object_of(new)
    if old_o is not None and new_o is not None:
        old_p = old_o.get("properties", {})
        new_p = new_o.get("properties", {})
        for name in sorted(set(old_p) - set(new_p)):
            findings.append(f"{where}.{name}: field removed")
        added_required = set(new_o.get("required", [])) - set(old_o.get("required", []))
        if direction == "request" or direction == "event":
            for name in sorted(added_required):
                findings.append(f"{where}.{name}: new required field")
        elif direction == "response":
            for name in sorted(
                (set(old_p) & set(new_p))
                & (set(old_o.get("required", [])) - set(new_o.get("required", [])))
            ):
                findings.append(f"{where}.{name}: no longer always present")
        for name in sorted(set(old_p) & set(new_p)):
            findings += compare_schemas(
                old_p[name],
                new_p[name],
                old_root,
                new_root,
                where=f"{where}.{name}",
                direction=direction,
                _seen=seen,
            )
    old_i, new_i = a.items_of(old), b.items_of(new)
    if old_i is not None and new_i is not None:
        findings += compare_schemas(
            old_i, new_i, old_root, new_root, where=f"{where}[]", direction=direction, _seen=seen
        )
    return findings


def _json_body(section: dict[str, Any] | None) -> dict[str, Any] | None:
    if not section:
        return None
    content = section.get("content", {})
    for media in ("application/json", "application/problem+json"):
        if media in content and "schema" in content[media]:
            return dict(content[media]["schema"])
    return None


def openapi_breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    findings: list[str] = []
    for path, old_item in sorted(old.get("paths", {}).items()):
        new_item = new.get("paths", {}).get(path)
        if new_item is None:
            findings.append(f"{path}: path removed")
            continue
        for method in HTTP_METHODS:
            if method not in old_item:
                continue
            op = f"{method.upper()} {path}"
            old_op, new_op = old_item[method], new_item.get(method)
            if new_op is None:
                findings.append(f"{op}: operation removed")
                continue
            findings += _OperationPair(op, old_op, new_op, old, new).changes()
    return findings


@dataclass(frozen=True)
class _OperationPair:
    """An operation ``op`` that both documents have: as it was (``old_op`` in ``old``) and as it
    is (``new_op`` in ``new``)."""

    op: str
    old_op: dict[str, Any]
    new_op: dict[str, Any]
    old: dict[str, Any]
    new: dict[str, Any]

    def changes(self) -> list[str]:
        """What breaks a client of the operation."""
        findings: list[str] = []
        if self.old_op.get("operationId") != self.new_op.get("operationId"):
            findings.append(f"{self.op}: operationId changed (generated clients rename the call)")
        return findings + self._parameters() + self._request_body() + self._responses()

    def _compare(
        self, old_schema: dict[str, Any], new_schema: dict[str, Any], where: str, direction: str
    ) -> list[str]:
        return compare_schemas(
            old_schema, new_schema, self.old, self.new, where=where, direction=direction
        )

    def _parameters(self) -> list[str]:
        op, findings = self.op, []
        old_params = {(p["in"], p["name"]): p for p in self.old_op.get("parameters", [])}
        new_params = {(p["in"], p["name"]): p for p in self.new_op.get("parameters", [])}
        for key in sorted(set(old_params) - set(new_params)):
            findings.append(f"{op}: parameter {key[1]} ({key[0]}) removed")
        for key, param in sorted(new_params.items()):
            if param.get("required") and not old_params.get(key, {}).get("required"):
                if key == ("header", "If-Match") and "428" in self.old_op.get("responses", {}):
                    continue  # required in fact before: the old operation answered 428
                findings.append(f"{op}: parameter {key[1]} ({key[0]}) now required")
        return findings

    def _request_body(self) -> list[str]:
        old_body = _json_body(self.old_op.get("requestBody"))
        new_body = _json_body(self.new_op.get("requestBody"))
        if new_body is not None and old_body is None and self.new_op["requestBody"].get("required"):
            return [f"{self.op}: request body now required"]
        if old_body is not None and new_body is not None:
            return self._compare(old_body, new_body, f"{self.op} request", "request")
        return []

    def _responses(self) -> list[str]:
        """The success responses: each kept, its JSON body compatible."""
        findings: list[str] = []
        for status, old_resp in sorted(self.old_op.get("responses", {}).items()):
            if not str(status).startswith("2"):
                continue
            new_resp = self.new_op.get("responses", {}).get(status)
            if new_resp is None:
                findings.append(f"{self.op}: response {status} removed")
                continue
            old_s, new_s = _json_body(old_resp), _json_body(new_resp)
            if old_s is not None and new_s is not None:
                findings += self._compare(old_s, new_s, f"{self.op} {status}", "response")
        return findings


def event_breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return compare_schemas(
        old, new, old, new, where=str(old.get("title", "event")), direction="event"
    )


def major(version: str) -> int:
    return int(str(version).split(".")[0])
