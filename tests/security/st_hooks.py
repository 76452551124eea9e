"""Schemathesis hooks of the hostile suite (loaded by tests/security/schemathesis.toml).

``schema_valid_request_passes_validation``: positive_data_acceptance lets a schema-valid request
be refused with 400/412/422, because a business rule (an unknown unit, a closed year, an opaque
cursor from another list) cannot be written in a schema. The request *shape* can: when a request
that the OpenAPI document calls valid gets the request-validation problem (422 with ``errors``,
FastAPI's validation), the document is looser than the code — a conformance failure.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis


@schemathesis.check
def schema_valid_request_passes_validation(ctx: Any, response: Any, case: Any) -> bool | None:
    meta = getattr(case, "meta", None)
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return None
    if isinstance(body, dict) and isinstance(body.get("errors"), list):
        issues = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', []))}: {e.get('msg')}"
            for e in body["errors"][:3]
            if isinstance(e, dict)
        )
        raise AssertionError(
            f"A request valid per the OpenAPI document failed the request validation: {issues}"
        )
    return None
