"""The service keeps the shape CONVENTIONS ("Records") asks: routers never touch the session."""

from __future__ import annotations

import it_svc
from sg_common.testing.shape import router_violations


def test_routers_never_touch_the_session() -> None:
    assert router_violations(it_svc) == []
