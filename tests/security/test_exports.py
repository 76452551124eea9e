"""Every list of every service exports (issue #22, 4), generically from the OpenAPI documents:
each operation that takes ``format`` answers CSV and XLSX to a role its permission row admits,
with French headings (from the labels the service gives), the same columns in both formats, and
the list's own refusal (as a problem) where the list refuses; nobody without a role gets a file."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from openpyxl import load_workbook

from sg_common.api.exports import COMMON_LABELS, CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE
from sg_common.app import ServiceDefinition
from sg_common.auth.permissions import ANY_AUTHENTICATED

from .test_authorization_matrix import ADMIN, SERVICES, _headers, _sample, _table, _url
from .test_authorization_matrix import service_app as service_app  # a fixture


def _lists(app: FastAPI) -> list[tuple[str, dict[str, Any]]]:
    return [
        (path, item["get"])
        for path, item in app.openapi()["paths"].items()
        if "get" in item and any(p["name"] == "format" for p in item["get"].get("parameters", []))
    ]


def _reader(definition: ServiceDefinition, operation_id: str) -> tuple[str, ...]:
    permission = _table(definition)[operation_id]
    roles = [r for r in permission.grants if r != ANY_AUTHENTICATED]
    return (roles[0],) if roles else (ADMIN,)


@pytest.mark.parametrize("service_app", SERVICES, indirect=True)
async def test_every_list_exports_as_csv_and_xlsx(
    service_app: tuple[ServiceDefinition, FastAPI],
) -> None:
    definition, app = service_app
    lists = _lists(app)
    # Every list (an operation taking `sort`) takes `format`, and only lists do.
    sorted_lists = [
        path
        for path, item in app.openapi()["paths"].items()
        if any(p["name"] == "sort" for p in item.get("get", {}).get("parameters", []))
    ]
    assert sorted(p for p, _ in lists) == sorted(sorted_lists)
    assert lists
    labels = {*COMMON_LABELS.values(), *definition.column_labels.values()}
    cache: dict[tuple[str, ...], dict[str, str]] = {}
    transport = httpx.ASGITransport(app=app)
    problems = []
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        for path, operation in lists:
            url = _url(path, operation)
            headers = _headers(_reader(definition, operation["operationId"]), cache)
            required = {
                p["name"]: _sample(p.get("schema", {}))
                for p in operation.get("parameters", [])
                if p["in"] == "query" and p.get("required")
            }
            params = {**required, "format": "csv"}
            csv_answer = await client.get(url, params=params, headers=headers)
            xlsx_answer = await client.get(
                url, params=required, headers={**headers, "Accept": XLSX_MEDIA_TYPE}
            )
            nobody = await client.get(url, params=params)
            if nobody.status_code != 401:
                problems.append(f"{path}: without a token {nobody.status_code}")
            if "{" in path and csv_answer.status_code == 404:
                # a list under a record that does not exist: the list's own 404, as a problem
                for answer in (csv_answer, xlsx_answer):
                    if not answer.headers["content-type"].startswith("application/problem+json"):
                        problems.append(f"{path}: 404 is not a problem")
                continue
            if csv_answer.status_code != 200 or xlsx_answer.status_code != 200:
                problems.append(f"{path}: {csv_answer.status_code} {xlsx_answer.text[:300]}")
                continue
            problems += _file_problems(path, csv_answer, xlsx_answer, definition.name, labels)
    assert not problems, "\n".join(problems)


def _file_problems(
    path: str,
    csv_answer: httpx.Response,
    xlsx_answer: httpx.Response,
    service: str,
    labels: set[str],
) -> list[str]:
    """A list's CSV and XLSX files: their types, their names, the same French headings."""
    problems = []
    assert csv_answer.headers["content-type"] == f"{CSV_MEDIA_TYPE}; charset=utf-8"
    assert xlsx_answer.headers["content-type"] == XLSX_MEDIA_TYPE
    for answer, ext in ((csv_answer, "csv"), (xlsx_answer, "xlsx")):
        disposition = answer.headers["content-disposition"]
        if not disposition.startswith(f'attachment; filename="{service}-'):
            problems.append(f"{path}: {disposition}")
        if f'.{ext}"' not in disposition:
            problems.append(f"{path}: {disposition}")
    assert csv_answer.content.startswith(b"\xef\xbb\xbf")
    heading = csv_answer.content.decode("utf-8-sig").split("\r\n")[0].split(";")
    sheet = load_workbook(io.BytesIO(xlsx_answer.content), read_only=True).worksheets[0]
    first = next(sheet.iter_rows(values_only=True))
    if list(first) != heading:
        problems.append(f"{path}: CSV and XLSX headings differ")
    if len(set(heading)) != len(heading):
        problems.append(f"{path}: a heading twice in {heading}")
    if untranslated := [h for h in heading if h not in labels]:
        problems.append(f"{path}: no French heading for {untranslated}")
    return problems
