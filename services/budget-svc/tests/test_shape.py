import budget_svc
from sg_common.testing.shape import router_violations


def test_routers_never_touch_the_session() -> None:
    assert router_violations(budget_svc) == []
