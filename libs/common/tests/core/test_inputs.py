"""Strict inputs (issue #18, 4): the shared types and the exact-numbers middleware."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pydantic import TypeAdapter, ValidationError

from sg_common.api import BusinessDate, HistoricDate, Line, Money, Text
from sg_common.inputs import inexact_number
from sg_contracts.hr import TrainingCompletedV1

WRITER = {"roles": ["sample.writer"], "units": ["DPG"]}


def _error(adapter: TypeAdapter[Any], raw: str) -> str:
    with pytest.raises(ValidationError) as caught:
        adapter.validate_json(raw)
    return str(caught.value.errors()[0]["type"])


def test_business_dates_are_iso_strings_within_2000_2100() -> None:
    adapter: TypeAdapter[date] = TypeAdapter(BusinessDate)
    assert adapter.validate_json('"2000-01-01"') == date(2000, 1, 1)
    assert adapter.validate_json('"2100-12-31"') == date(2100, 12, 31)
    assert adapter.validate_python(date(2026, 3, 16)) == date(2026, 3, 16)
    # A date already held (a row stored before the rule, read back) still reads.
    assert adapter.validate_python(date(1970, 1, 1)) == date(1970, 1, 1)
    assert _error(adapter, "0") == "date_type"  # was 1970-01-01
    assert _error(adapter, "1700000000") == "date_type"
    assert _error(adapter, '"2026-03-16T00:00:00"') == "date_format"
    assert _error(adapter, '"1999-12-31"') == "date_out_of_window"
    assert _error(adapter, '"0001-01-01"') == "date_out_of_window"
    assert _error(adapter, '"9999-12-31"') == "date_out_of_window"
    assert _error(adapter, '"2101-01-01"') == "date_out_of_window"
    historic: TypeAdapter[date] = TypeAdapter(HistoricDate)
    assert historic.validate_json('"1965-04-12"') == date(1965, 4, 12)
    assert _error(historic, '"1899-12-31"') == "date_out_of_window"
    assert _error(historic, "0") == "date_type"


def test_the_window_is_in_the_json_schema() -> None:
    schema = TypeAdapter(BusinessDate).json_schema()
    assert schema["format"] == "date"
    pattern = re.compile(schema["pattern"])
    for inside in ("2000-01-01", "2026-03-16", "2100-12-31"):
        assert pattern.match(inside)
    for outside in ("1999-12-31", "2101-01-01", "0001-01-01", "9999-12-31"):
        assert not pattern.match(outside)


def test_text_without_control_characters() -> None:
    line: TypeAdapter[str] = TypeAdapter(Line)
    text: TypeAdapter[str] = TypeAdapter(Text)
    assert line.validate_json('"Régularisation — mars"') == "Régularisation — mars"
    assert text.validate_json('"ligne 1\\r\\nligne 2\\tfin"') == "ligne 1\r\nligne 2\tfin"
    for raw in ('"a\\u0000"', '"a\\u0007"', '"a\\u001b"', '"a\\u007f"', '"a\\u0085"'):
        assert _error(line, raw) == "control_character"
        assert _error(text, raw) == "control_character"
    assert _error(line, '"a\\nb"') == "control_character"
    assert _error(line, '"a\\tb"') == "control_character"
    with pytest.raises(ValidationError, match="U\\+0000 at position 1"):
        line.validate_json('"a\\u0000"')


def test_money_refuses_a_third_decimal_instead_of_rounding() -> None:
    money: TypeAdapter[Decimal] = TypeAdapter(Money)
    assert money.validate_json('"12.34"') == Decimal("12.34")
    assert _error(money, '"12.345"') == "decimal_max_places"
    assert _error(money, '"0.0000000001"') == "decimal_max_places"


def test_numbers_a_float_would_change_are_found() -> None:
    assert inexact_number(b'{"a": 12.34, "b": [0.1, 1e3, 12.340, 0.30000000000000004]}') is None
    assert inexact_number(b'{"a": 12.3400000000000000001}') == "12.3400000000000000001"
    assert inexact_number(b'{"a": 1e-400}') == "1e-400"  # read as 0.0
    assert inexact_number(b'{"a": 1e400}') == "1e400"  # read as inf
    assert inexact_number(b'{"a": NaN}') == "NaN"
    assert inexact_number(b"not json") is None


async def test_an_inexact_number_is_a_422_problem(client: httpx.AsyncClient, auth: Any) -> None:
    headers = {**auth(**WRITER), "Content-Type": "application/json"}
    body = b'{"unit_code": "DPG", "title": "x", "n": 0.' + b"0" * 400 + b"1}"
    response = await client.post("/notes", content=body, headers=headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["type"] == "inexact_number"
    exact = await client.post(
        "/notes", content=json.dumps({"unit_code": "DPG", "title": "exact"}), headers=headers
    )
    assert exact.status_code == 201, exact.text


async def test_a_body_nested_too_deep_is_a_4xx_problem(
    client: httpx.AsyncClient, auth: Any
) -> None:
    """The number check hands a body the parser cannot descend back to the app (it raised
    RecursionError out of the middleware before: a dropped connection, not a problem)."""
    headers = {**auth(**WRITER), "Content-Type": "application/json"}
    for body in (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, b"[" * 100_000 + b"]" * 100_000):
        assert inexact_number(body) is None
        response = await client.post("/notes", content=body, headers=headers)
        assert 400 <= response.status_code < 500, response.text
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_a_date_from_a_number_is_a_422_problem(client: httpx.AsyncClient, auth: Any) -> None:
    headers = auth(**WRITER)
    for effective in (0, "0001-01-01", "9999-12-31"):
        response = await client.post(
            "/notes",
            json={"unit_code": "DPG", "title": "x", "effective": effective},
            headers=headers,
        )
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"] == ["body", "effective"]
    for as_of in ("0", "0001-01-01"):
        response = await client.get("/org/units", params={"as_of": as_of}, headers=headers)
        assert response.status_code == 422, response.text


def test_producers_cannot_build_an_event_dated_1970() -> None:
    fields: dict[str, Any] = {
        "completion_id": "1",
        "agent_id": "7",
        "unit_code": "DR-BRE",
        "course_code": "SST",
        "course_title": "Secourisme",
        "hours": Decimal("14"),
        "cost": Decimal("250.00"),
    }
    assert TrainingCompletedV1(**fields, completed_on=date(2026, 4, 15)).completed_on
    with pytest.raises(ValidationError):
        TrainingCompletedV1(**fields, completed_on=date(1970, 1, 1))
    with pytest.raises(ValidationError):
        TrainingCompletedV1(**fields, completed_on=date(1, 1, 1))
    with pytest.raises(ValidationError):
        TrainingCompletedV1(**{**fields, "unit_code": "DR\x00BRE"}, completed_on=date(2026, 4, 15))
