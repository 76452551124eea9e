"""What the inventory publishes: ``it.asset_registered``, to the outbox in the caller's
transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.events import publish
from sg_contracts.it import ItAssetRegisteredV1


async def asset_registered(
    session: AsyncSession,
    *,
    item_id: int,
    unit_code: str,
    kind: str,
    purchase_order_id: str | None,
) -> None:
    """``it.asset_registered``: a configuration item entered the inventory (in stock)."""
    await publish(
        session,
        ItAssetRegisteredV1(
            asset_id=str(item_id),
            unit_code=unit_code,
            kind=kind,
            purchase_order_id=purchase_order_id,
        ),
        subject=str(item_id),
    )
