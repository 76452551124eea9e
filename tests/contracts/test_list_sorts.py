"""Every list's sort fields (issue #22, 5), as the routes declare them with ``sg_common.api.Sort``:
columns of a type the keyset cursor writes and reads back exactly (a date-time stays a
date-time, an amount a Decimal), and that survive the round trip of a cursor."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from sg_common.api.pagination import CURSOR_TYPES, _python_type, decode_cursor, encode_cursor

SERVICES = ["budget", "hr", "facilities", "it", "production"]
SAMPLES: dict[type, Any] = {
    datetime: datetime(2026, 3, 16, 9, 30, tzinfo=UTC),
    date: date(2026, 3, 16),
    Decimal: Decimal("1234.50"),
    UUID: UUID("12345678-1234-5678-1234-567812345678"),
    int: 42,
    float: 0.5,
    str: "DR-BRE",
    bool: True,
}


def _sorts(dependant: Dependant) -> Iterator[dict[str, Any]]:
    for sub in dependant.dependencies:
        fields = getattr(sub.call, "sort_fields", None)
        if fields is not None:
            yield fields
        yield from _sorts(sub)


def _lists(service: str) -> list[tuple[str, dict[str, Any]]]:
    module = importlib.import_module(f"{service}_svc.app")
    found = []
    for router in module.SERVICE.routers:
        for route in router.routes:
            if isinstance(route, APIRoute):
                found += [(f"{service} {route.path}", f) for f in _sorts(route.dependant)]
    return found


@pytest.mark.parametrize("service", SERVICES)
def test_every_sort_field_round_trips_through_a_cursor(service: str) -> None:
    lists = _lists(service)
    assert lists, f"{service}: no list takes Sort"
    problems = []
    for where, fields in lists:
        for name, column in fields.items():
            kind = _python_type(column)
            if kind not in CURSOR_TYPES:
                problems.append(f"{where}: sort field {name} has type {kind!r}")
                continue
            value = SAMPLES[kind]
            back = decode_cursor(encode_cursor([value], "x"), [column], "x")
            if back != [value] or type(back[0]) is not type(value):
                problems.append(f"{where}: {name} reads back {back!r}, not {value!r}")
    assert not problems, "\n".join(problems)
