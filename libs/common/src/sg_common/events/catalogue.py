"""The catalogue of the suite's events: one payload model per type and major version.

The models live in the contracts package (``libs/contracts``, ``sg_contracts``), not here: this
library carries events and knows none of them. A package of contracts names its modules in the
``sg_suite.contracts`` entry-point group; the catalogue imports them (which registers every
event) the first time it is asked. Producers and consumers import the same models. Topics are per
producing service: ``sg.<producer>.events`` (all of an aggregate's events in one ordered
partition), dead letters in ``<topic>.dlq``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib.metadata import entry_points
from typing import Any, TypeVar

from sg_common.events.envelope import EventPayload

P = TypeVar("P", bound=type[EventPayload])

#: The entry-point group naming the modules that declare the suite's events.
CONTRACTS_GROUP = "sg_suite.contracts"

_CATALOGUE: dict[tuple[str, int], type[EventPayload]] = {}


def register(model: P) -> P:
    """Class decorator adding a payload model to the catalogue."""
    key = (model.event_type, model.version)
    existing = _CATALOGUE.get(key)
    if existing is not None and existing is not model:
        raise ValueError(f"{key} is registered twice")
    _CATALOGUE[key] = model
    return model


@cache
def _load() -> None:
    """Import every module of the ``sg_suite.contracts`` entry points (they register), once."""
    for entry in entry_points(group=CONTRACTS_GROUP):
        entry.load()


def package_of(model: type[EventPayload]) -> str:
    """The package a payload model was declared in (its committed schemas are beside it)."""
    return model.__module__.rsplit(".", 1)[0]


def lookup(event_type: str, major: int) -> type[EventPayload] | None:
    _load()
    return _CATALOGUE.get((event_type, major))


def all_events() -> list[type[EventPayload]]:
    _load()
    return sorted(_CATALOGUE.values(), key=lambda m: (m.event_type, m.version))


def producer_of(event_type: str) -> str:
    _load()
    for (etype, _), model in _CATALOGUE.items():
        if etype == event_type:
            return model.producer
    raise KeyError(f"unknown event type {event_type}")


def topic_of_producer(producer: str) -> str:
    return f"sg.{producer}.events"


def topic_for(event_type: str) -> str:
    return topic_of_producer(producer_of(event_type))


def dlq_topic(topic: str) -> str:
    return f"{topic}.dlq"


def topics_for_types(event_types: Iterable[str]) -> list[str]:
    return sorted({topic_for(t) for t in event_types})


def json_schema(model: type[EventPayload]) -> dict[str, Any]:
    """The payload's JSON Schema, open to additions (consumers ignore fields they do not know).

    The models forbid extra fields when a producer builds an event; the published schema does not
    say ``additionalProperties: false``, or a consumer validating with it would refuse every
    payload of a newer minor version, which the compatibility rule allows.
    """
    schema: dict[str, Any] = _open_to_additions(model.model_json_schema())
    schema["title"] = f"{model.event_type} v{model.version}"
    return schema


def _open_to_additions(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: _open_to_additions(value)
            for key, value in node.items()
            if not (key == "additionalProperties" and value is False)
        }
    if isinstance(node, list):
        return [_open_to_additions(item) for item in node]
    return node
