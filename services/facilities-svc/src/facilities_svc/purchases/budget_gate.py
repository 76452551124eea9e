"""Before an order: ask budget-svc how much AE the unit can still commit (generated client).

Advisory: an order above what budget shows as available is refused at once with budget's
figures (``insufficient-ae``), instead of waiting for ``budget.commitment_rejected``. When budget
cannot answer (down, timeout), the order goes ahead: budget's commitment answer over Kafka stays
authoritative, so the check can never let an order through that budget would refuse.
"Cannot answer" includes facilities failing to get its own service token (no token endpoint
configured, the endpoint down or refusing the client): never a 500.

The generated client is imported with the first check (its models package is 146 modules,
about 4 MB), so a replica that places no order does not carry it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import httpx
import structlog
from fastapi import Request

from sg_common.errors import BusinessRuleViolation
from sg_common.service_clients import ServiceTokenError, client_options

if TYPE_CHECKING:
    from budget_client.models import AvailabilityPublic

log = structlog.get_logger("facilities_svc.budget_gate")


class InsufficientBudget(BusinessRuleViolation):
    type_slug = "insufficient-ae"
    title = "Not enough AE available in budget for this order"


async def _budget_options(request: Request) -> dict[str, Any]:
    """The generated budget client's options, with facilities' service token (may raise
    :class:`ServiceTokenError`)."""
    settings = request.app.state.settings
    return await client_options(
        settings,
        settings.budget_url,
        request=request,
        transport=getattr(request.app.state, "budget_transport", None),  # tests: budget in-process
    )


async def check_available_ae(
    request: Request,
    *,
    unit_code: str,
    fiscal_year: int,
    action: str,
    title: str,
    amount_ttc: Decimal,
) -> Decimal | None:
    """Budget's available AE for the line (None when budget could not tell); raise if short."""
    from budget_client import AuthenticatedClient
    from budget_client.api.availability import availability_get_availability
    from budget_client.models import AvailabilityPublic, Title

    settings = request.app.state.settings
    if not settings.budget_check_enabled:
        return None
    try:
        options = await _budget_options(request)
        async with AuthenticatedClient(**options) as budget:
            answer = await availability_get_availability.asyncio(
                unit_code=unit_code,
                fiscal_year=fiscal_year,
                action=action,
                title=Title(title),
                client=budget,
            )
    except (httpx.HTTPError, ValueError, ServiceTokenError) as exc:
        log.warning("budget_unreachable", error=repr(exc), unit=unit_code)
        return None
    if not isinstance(answer, AvailabilityPublic):
        log.warning("budget_availability_unanswered", answer=repr(answer)[:300], unit=unit_code)
        return None
    available = Decimal(str(answer.available_ae))
    if amount_ttc > available:
        raise InsufficientBudget(
            f"the order needs {amount_ttc} € of AE but budget shows {available} € available "
            f"for {unit_code}, {fiscal_year}, action {action}, {title}",
            extra={"requested_ae": f"{amount_ttc:.2f}", "available_ae": f"{available:.2f}"},
        )
    return available


async def budget_lines(
    request: Request, *, unit_code: str, fiscal_year: int
) -> list[AvailabilityPublic] | None:
    """Budget's own availability lines for a unit and year (None when budget cannot answer)."""
    from budget_client import AuthenticatedClient
    from budget_client.api.availability import availability_list_availability
    from budget_client.models import AvailabilityPage

    settings = request.app.state.settings
    if not settings.budget_check_enabled:
        return None
    try:
        options = await _budget_options(request)
        async with AuthenticatedClient(**options) as budget:
            page = await availability_list_availability.asyncio(
                client=budget, unit_code=unit_code, fiscal_year=fiscal_year, limit=200
            )
    except (httpx.HTTPError, ValueError, ServiceTokenError) as exc:
        log.warning("budget_unreachable", error=repr(exc), unit=unit_code)
        return None
    if not isinstance(page, AvailabilityPage):
        log.warning("budget_availability_unanswered", answer=repr(page)[:300], unit=unit_code)
        return None
    return list(page.items)
