"""Every event published in a test run is validated against its committed JSON Schema."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from sg_common.events.catalogue import lookup, package_of
from sg_common.events.envelope import EventEnvelope


class EventSchemaError(AssertionError):
    """A published payload does not match the committed schema of its type and version."""


@cache
def committed_schema(event_type: str, version: int) -> dict[str, Any]:
    name = f"{event_type}.v{version}.json"
    model = lookup(event_type, version)
    if model is None:
        raise EventSchemaError(f"no event {event_type} v{version} in the catalogue")
    path = resources.files(package_of(model)) / "schemas" / name
    if not path.is_file():
        raise EventSchemaError(f"no committed schema {name}: run `make openapi` and commit it")
    schema: dict[str, Any] = json.loads(path.read_text())
    return schema


def validate_published(envelope: EventEnvelope) -> None:
    schema = committed_schema(envelope.type, envelope.schema_version)
    try:
        jsonschema.validate(json.loads(envelope.value()), schema)
    except jsonschema.ValidationError as exc:
        raise EventSchemaError(
            f"{envelope.type} v{envelope.schema_version} does not match its committed schema: "
            f"{exc.message} (run `make openapi` if the model changed on purpose)"
        ) from exc
