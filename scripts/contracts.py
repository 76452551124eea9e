"""The suite's contracts as files: OpenAPI per service, JSON Schema per event, AsyncAPI.

    python scripts/contracts.py write        # make openapi: regenerate every document
    python scripts/contracts.py check        # fail when a committed document is stale
    python scripts/contracts.py release      # copy the current documents to contracts/baseline/

Documents:
* ``services/<name>-svc/openapi.json``: the service's OpenAPI document, as its app serves it;
* ``libs/contracts/src/sg_contracts/schemas/<type>.v<major>.json``: each event's payload;
* ``docs/asyncapi.yaml``: AsyncAPI 3 from the catalogue (channels per topic, messages, headers,
  publishers and consumers).

``contracts/baseline/`` holds the last released version of each document; ``compat`` checks in
tests/contracts compare the current documents with it (docs/contracts.md).
"""

from __future__ import annotations

import json
import shutil
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import yaml

from sg_common.app import ServiceDefinition, create_service_app
from sg_common.events.catalogue import all_events, dlq_topic, json_schema, topic_of_producer
from sg_common.events.envelope import EventPayload

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "libs" / "contracts" / "src" / "sg_contracts" / "schemas"
ASYNCAPI = ROOT / "docs" / "asyncapi.yaml"
BASELINE = ROOT / "contracts" / "baseline"


def services() -> dict[str, ServiceDefinition]:
    return {
        ep.name: ep.load()
        for ep in sorted(entry_points(group="sg_suite.services"), key=lambda e: e.name)
    }


def openapi_of(definition: ServiceDefinition) -> dict[str, Any]:
    settings = definition.settings_class(_env_file=None, events_enabled=False)  # type: ignore[call-arg]
    return create_service_app(definition, settings).openapi()


def openapi_path(name: str) -> Path:
    return ROOT / "services" / f"{name}-svc" / "openapi.json"


def schema_path(model: type[EventPayload]) -> Path:
    return SCHEMAS / f"{model.event_type}.v{model.version}.json"


def event_schema(model: type[EventPayload]) -> dict[str, Any]:
    schema = json_schema(model)
    schema["$id"] = f"https://sg-suite.insee.fr/events/{model.event_type}/v{model.version}"
    schema["x-producer"] = model.producer
    return schema


def consumers_by_type() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, definition in services().items():
        for event_type in definition.event_handlers:
            out.setdefault(event_type, []).append(name)
    return out


CE_HEADERS = {
    "type": "object",
    "required": [
        "ce_id",
        "ce_source",
        "ce_type",
        "ce_time",
        "ce_subject",
        "ce_specversion",
        "content-type",
        "ce_sgschemaversion",
    ],
    "properties": {
        "ce_id": {"type": "string", "description": "Event id (UUID); consumers deduplicate on it"},
        "ce_source": {"type": "string", "description": "/sg-suite/<producer>"},
        "ce_type": {"type": "string"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_subject": {"type": "string", "description": "Aggregate id, also the Kafka key"},
        "ce_specversion": {"const": "1.0"},
        "content-type": {"const": "application/json"},
        "ce_sgschemaversion": {"type": "string", "description": "Major version of the payload"},
        "traceparent": {"type": "string", "description": "W3C trace context"},
    },
}


def asyncapi() -> dict[str, Any]:
    consumers = consumers_by_type()
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for model in all_events():
        key = f"{model.event_type.replace('.', '_')}_v{model.version}"
        schemas[key] = {"$ref": f"../{schema_path(model).relative_to(ROOT).as_posix()}"}
        messages[key] = {
            "name": model.event_type,
            "title": f"{model.event_type} v{model.version}",
            "summary": (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else "",
            "contentType": "application/json",
            "headers": {"$ref": "#/components/schemas/CloudEventsHeaders"},
            "payload": {"$ref": f"#/components/schemas/{key}"},
            "correlationId": {"location": "$message.header#/ce_id"},
            "x-consumers": consumers.get(model.event_type, []),
        }
        topic = topic_of_producer(model.producer)
        channel = channels.setdefault(
            model.producer,
            {
                "address": topic,
                "description": f"Events published by {model.producer}-svc (key: ce_subject)",
                "messages": {},
                "bindings": {"kafka": {"partitions": 3, "bindingVersion": "0.5.0"}},
            },
        )
        channel["messages"][key] = {"$ref": f"#/components/messages/{key}"}
        operations[f"{model.producer}_publishes_{key}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{model.producer}"},
            "messages": [{"$ref": f"#/channels/{model.producer}/messages/{key}"}],
            "x-service": f"{model.producer}-svc",
        }
        for consumer in consumers.get(model.event_type, []):
            operations[f"{consumer}_consumes_{key}"] = {
                "action": "receive",
                "channel": {"$ref": f"#/channels/{model.producer}"},
                "messages": [{"$ref": f"#/channels/{model.producer}/messages/{key}"}],
                "x-service": f"{consumer}-svc",
                "bindings": {"kafka": {"groupId": {"const": consumer}, "bindingVersion": "0.5.0"}},
            }
    for producer in sorted({m.producer for m in all_events()}):
        channels[f"{producer}_dlq"] = {
            "address": dlq_topic(topic_of_producer(producer)),
            "description": "Dead letters: original headers plus sg_dlq_* (docs/events.md)",
        }
    schemas["CloudEventsHeaders"] = CE_HEADERS
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "sg-suite domain events",
            "version": "1.0.0",
            "description": "Generated by scripts/contracts.py from sg_contracts; "
            "see docs/events.md.",
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {"host": "127.0.0.1:9092", "protocol": "kafka", "description": "make run"}
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def dumps_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def documents() -> dict[Path, str]:
    out: dict[Path, str] = {}
    for name, definition in services().items():
        out[openapi_path(name)] = dumps_json(openapi_of(definition))
    for model in all_events():
        out[schema_path(model)] = dumps_json(event_schema(model))
    header = "# Generated by scripts/contracts.py (make openapi): do not edit.\n"
    body = yaml.safe_dump(asyncapi(), sort_keys=False, allow_unicode=True, width=100)
    out[ASYNCAPI] = header + body
    return out


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "write"
    docs = documents()
    if command == "check":
        stale = [p for p, t in docs.items() if not p.exists() or p.read_text() != t]
        extra = [p for p in SCHEMAS.glob("*.json") if p not in docs]
        for p in [*stale, *extra]:
            print(f"stale: {p.relative_to(ROOT)}", file=sys.stderr)
        if stale or extra:
            print("run `make openapi` and commit the result", file=sys.stderr)
            return 1
        return 0
    if command == "write":
        SCHEMAS.mkdir(parents=True, exist_ok=True)
        for p in SCHEMAS.glob("*.json"):
            if p not in docs:
                p.unlink()
        for path, text in docs.items():
            path.write_text(text)
        print(f"wrote {len(docs)} documents")
        return 0
    if command == "release":
        (BASELINE / "events").mkdir(parents=True, exist_ok=True)
        for name in services():
            shutil.copy(openapi_path(name), BASELINE / f"{name}.openapi.json")
        for model in all_events():
            shutil.copy(schema_path(model), BASELINE / "events" / schema_path(model).name)
        print(f"baseline updated in {BASELINE.relative_to(ROOT)}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
