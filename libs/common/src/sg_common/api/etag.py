"""Optimistic concurrency: ``ETag`` on reads, ``If-Match`` required on updates.

Resources carry an integer ``version`` bumped on every change. A read answers
``ETag: "<version>"``; an update must send ``If-Match`` with that value: missing → 428, stale →
412, so two editors never silently overwrite each other.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Response

from sg_common.errors import PreconditionFailed, PreconditionRequired

IfMatchHeader = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description='The ETag of the version being changed (e.g. `"3"`); required (428 without).',
    ),
]


def etag_of(version: int | str) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int | str) -> None:
    response.headers["ETag"] = etag_of(version)


def check_if_match(if_match: str | None, version: int | str) -> None:
    """Raise 428 when ``If-Match`` is missing and 412 when it names another version."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequired(
            "this update needs an If-Match header with the resource's ETag",
            type_slug="if-match-required",
        )
    current = etag_of(version)
    candidates = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if "*" in candidates or current in candidates:
        return
    raise PreconditionFailed(
        f"the resource changed: its ETag is now {current}",
        type_slug="stale-etag",
        extra={"current_etag": current},
    )
