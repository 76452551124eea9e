"""Events published by it-svc (DI)."""

from __future__ import annotations

from decimal import Decimal

from sg_common.events.catalogue import register
from sg_common.events.envelope import EventPayload


class _It(EventPayload):
    producer = "it"


@register
class WorkloadPlannedV1(_It):
    """A published plan de charge line: capacity, demand and load of a centre in a month."""

    event_type = "workload.planned"
    plan_id: str
    plan_version: int
    centre_code: str
    month: str  # YYYY-MM
    capacity: Decimal
    demand: Decimal
    load: Decimal


@register
class ItAssetRegisteredV1(_It):
    """A configuration item entered the inventory."""

    event_type = "it.asset_registered"
    asset_id: str
    unit_code: str
    kind: str
    purchase_order_id: str | None = None


@register
class ItCapacityAlertV1(_It):
    """A centre's load exceeds its capacity in a month."""

    event_type = "it.capacity_alert"
    plan_id: str
    centre_code: str
    month: str
    load: Decimal
