"""The service keeps the shape CONVENTIONS ("Records") asks: routers never touch the session."""

from __future__ import annotations

import re
from pathlib import Path

import it_svc
from sg_common.testing.shape import router_violations

ROOT = Path(it_svc.__file__).parent.parent
#: ``@router.delete(...)`` declares a DELETE route; the shape check (sg_common.testing.shape)
#: takes the decorator's ``delete`` for a query builder. Only those lines are set aside.
DELETE_ROUTE = re.compile(r"^\s*@\w+\.delete\(")


def _delete_route(violation: str) -> bool:
    where, line, _ = violation.split(":", 2)
    source = (ROOT / where).read_text().splitlines()[int(line) - 1]
    return "builds a query (delete)" in violation and bool(DELETE_ROUTE.match(source))


def test_routers_never_touch_the_session() -> None:
    assert [v for v in router_violations(it_svc) if not _delete_route(v)] == []
