"""Inventory rules: the lifecycle of configuration items, purchase-fed items, relations."""

from __future__ import annotations

from datetime import date
from typing import Any

import structlog
from sqlalchemy import func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.inventory import events
from it_svc.inventory.models import ConfigurationItem, ItemRelation
from it_svc.inventory.schemas import (
    TRANSITIONS,
    ItemCreate,
    ItemKind,
    ItemStatus,
    ItemTransition,
    ItemUpdate,
    RelationCreate,
)
from it_svc.licences import service as licence_service
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, NotFound, UnprocessableEntity
from sg_common.org import OrgTree
from sg_common.repository import Repository
from sg_contracts.facilities import PurchaseOrderedV1, PurchaseReceivedV1

log = structlog.get_logger("it_svc.inventory")

ITEMS = Repository(ConfigurationItem, what="item")

#: Purchase categories that become configuration items.
IT_PURCHASE_CATEGORIES = frozenset({"it_equipment"})


class InvalidLifecycleTransition(BusinessRuleViolation):
    type_slug = "invalid-lifecycle-transition"
    title = "This lifecycle transition is not allowed"


class InvalidInitialStatus(UnprocessableEntity):
    type_slug = "invalid-initial-status"
    title = "An item enters the inventory as ordered or in stock"


class DeploymentTargetRequired(UnprocessableEntity):
    type_slug = "deployment-target-required"
    title = "A deployed item needs an agent or a site"


class DuplicateSerial(BusinessRuleViolation):
    type_slug = "duplicate-serial"
    title = "Another item has this serial number"


class RetiredItemImmutable(BusinessRuleViolation):
    type_slug = "retired-item-immutable"
    title = "A retired item is not changed any more"


class InvalidRelation(UnprocessableEntity):
    type_slug = "invalid-relation"
    title = "An item cannot be related to itself"


class DuplicateRelation(BusinessRuleViolation):
    type_slug = "duplicate-relation"
    title = "This relation exists already"


async def _check_serial(session: AsyncSession, serial: str | None, item_id: int | None) -> None:
    if not serial:
        return
    stmt = select(ConfigurationItem.id).where(ConfigurationItem.serial == serial)
    if item_id is not None:
        stmt = stmt.where(ConfigurationItem.id != item_id)
    if (await session.exec(stmt)).first() is not None:
        raise DuplicateSerial(f"serial {serial!r} is already recorded on another item")


async def _register(session: AsyncSession, item: ConfigurationItem) -> None:
    """First entry in stock: the item is in the inventory (``it.asset_registered``)."""
    if item.registered_at is not None:
        return
    item.registered_at = utcnow()
    await session.flush()
    assert item.id is not None
    await events.asset_registered(
        session,
        item_id=item.id,
        unit_code=item.unit_code,
        kind=item.kind,
        purchase_order_id=item.purchase_order_id,
    )


async def create_item(
    session: AsyncSession, *, tree: OrgTree, scope: OrgScope, body: ItemCreate
) -> ConfigurationItem:
    """Record an item, expected (ordered) or received (in stock)."""
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    if body.status not in (ItemStatus.ordered, ItemStatus.in_stock):
        raise InvalidInitialStatus(
            f"create the item as ordered or in_stock, then move it to {body.status.value}"
        )
    await _check_serial(session, body.serial, None)
    now = utcnow()
    item = ConfigurationItem(
        **body.model_dump(exclude={"status", "kind"}),
        kind=body.kind.value,
        status=body.status.value,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    await session.flush()
    if body.status == ItemStatus.in_stock:
        await _register(session, item)
    return item


async def list_items(
    session: AsyncSession,
    *,
    scope: OrgScope,
    filters: dict[str, Any],
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
    warranty_before: date | None = None,
) -> tuple[list[ConfigurationItem], str | None]:
    """Items in scope, filtered by exact values (None = no filter) and warranty end."""
    stmt = scope.apply(select(ConfigurationItem), col(ConfigurationItem.unit_code))
    if warranty_before is not None:
        stmt = stmt.where(col(ConfigurationItem.warranty_end) < warranty_before)
    for name, value in filters.items():
        if value is not None:
            stmt = stmt.where(getattr(ConfigurationItem, name) == value)
    return await paginate(
        session,
        stmt,
        order_by=[col(ConfigurationItem.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )


async def update_item(
    session: AsyncSession,
    *,
    tree: OrgTree,
    scope: OrgScope,
    item: ConfigurationItem,
    body: ItemUpdate,
) -> ConfigurationItem:
    """Change descriptive fields (not the status: see transitions)."""
    if item.status == ItemStatus.retired:
        raise RetiredItemImmutable(f"item {item.id} is retired")
    changes = body.model_dump(exclude_unset=True)
    if changes.get("unit_code"):
        tree.require(changes["unit_code"])
        scope.check(changes["unit_code"])
    if "serial" in changes:
        await _check_serial(session, changes["serial"], item.id)
    if ITEMS.patch(item, body):
        item.updated_at = utcnow()
    await session.flush()
    return item


async def transition_item(
    session: AsyncSession, *, item: ConfigurationItem, body: ItemTransition
) -> ConfigurationItem:
    """Move an item along its lifecycle; refuse transitions the lifecycle does not allow."""
    current = ItemStatus(item.status)
    target = body.to_status
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current])) or "none"
        raise InvalidLifecycleTransition(
            f"item {item.id} is {current.value}: it may move to {allowed}, not {target.value}",
            extra={"from": current.value, "to": target.value},
        )
    if target == ItemStatus.deployed:
        agent = body.assigned_agent_id or item.assigned_agent_id
        site = body.site or item.site
        if not agent and not site:
            raise DeploymentTargetRequired(
                f"give the agent (assigned_agent_id) or the site item {item.id} is deployed to"
            )
        placed = {"assigned_agent_id": agent, "site": site}
    elif target in (ItemStatus.in_stock, ItemStatus.retired):
        placed = {"assigned_agent_id": None, "site": body.site or item.site}
    else:
        placed = {}
    ITEMS.update(item, status=target.value, updated_at=utcnow(), **placed)
    await session.flush()
    if current == ItemStatus.ordered and target == ItemStatus.in_stock:
        await _register(session, item)
    if target == ItemStatus.retired:
        assert item.id is not None
        await licence_service.release_for_item(session, item_id=item.id, on=today())
    return item


async def add_relation(
    session: AsyncSession, *, scope: OrgScope, item: ConfigurationItem, body: RelationCreate
) -> ItemRelation:
    """Relate two items of the caller's scope (runs on, connected to)."""
    if body.target_id == item.id:
        raise InvalidRelation(f"item {item.id} cannot be related to itself")
    target = await ITEMS.get(session, body.target_id, scope)
    exists = await session.exec(
        select(ItemRelation.id).where(
            ItemRelation.source_id == item.id,
            ItemRelation.target_id == target.id,
            ItemRelation.kind == body.kind.value,
        )
    )
    if exists.first() is not None:
        raise DuplicateRelation(f"item {item.id} {body.kind.value} item {target.id} already")
    assert item.id is not None
    assert target.id is not None
    relation = ItemRelation(
        source_id=item.id, target_id=target.id, kind=body.kind.value, created_at=utcnow()
    )
    session.add(relation)
    await session.flush()
    return relation


async def list_relations(session: AsyncSession, *, item: ConfigurationItem) -> list[ItemRelation]:
    """Relations where the item is the source or the target."""
    stmt = (
        select(ItemRelation)
        .where(or_(col(ItemRelation.source_id) == item.id, col(ItemRelation.target_id) == item.id))
        .order_by(col(ItemRelation.id))
    )
    return list((await session.exec(stmt)).all())


async def delete_relation(
    session: AsyncSession, *, item: ConfigurationItem, relation_id: int
) -> None:
    """Remove one of the item's relations."""
    stmt = select(ItemRelation).where(
        ItemRelation.id == relation_id,
        or_(col(ItemRelation.source_id) == item.id, col(ItemRelation.target_id) == item.id),
    )
    relation = (await session.exec(stmt)).first()
    if relation is None:
        raise NotFound(f"relation {relation_id} of item {item.id} does not exist")
    await session.delete(relation)
    await session.flush()


# --- fed by purchases (facilities-svc) ----------------------------------------------------


async def register_ordered(session: AsyncSession, *, order: PurchaseOrderedV1) -> int:
    """Expected items (status ordered) for the IT lines of a purchase order."""
    already = await session.exec(
        select(func.count())
        .select_from(ConfigurationItem)
        .where(ConfigurationItem.purchase_order_id == order.order_id)
    )
    if already.one() > 0:  # a re-sent order (new event id): the items exist already
        return 0
    now = utcnow()
    created = 0
    for line in order.lines:
        if line.category not in IT_PURCHASE_CATEGORIES:
            continue
        for _ in range(line.quantity):
            session.add(
                ConfigurationItem(
                    kind=ItemKind.hardware.value,
                    name=line.description[:200],
                    model=line.item_code[:120],
                    status=ItemStatus.ordered.value,
                    unit_code=order.unit_code,
                    purchase_order_id=order.order_id,
                    purchase_line_id=line.line_id,
                    created_at=now,
                    updated_at=now,
                )
            )
            created += 1
    await session.flush()
    return created


async def receive(session: AsyncSession, *, receipt: PurchaseReceivedV1) -> int:
    """Goods receipt: the received quantity of expected items moves to stock."""
    moved = 0
    for line in receipt.lines:
        stmt = (
            select(ConfigurationItem)
            .where(
                ConfigurationItem.purchase_order_id == receipt.order_id,
                ConfigurationItem.purchase_line_id == line.line_id,
                ConfigurationItem.status == ItemStatus.ordered.value,
            )
            .order_by(col(ConfigurationItem.id))
            .limit(line.quantity)
        )
        items = (await session.exec(stmt)).all()
        if items and len(items) < line.quantity:
            log.warning(
                "receipt_exceeds_expected_items",
                order_id=receipt.order_id,
                line_id=line.line_id,
                received=line.quantity,
                expected=len(items),
            )
        for item in items:
            await transition_item(
                session, item=item, body=ItemTransition(to_status=ItemStatus.in_stock)
            )
            moved += 1
    return moved


async def cancel_ordered(session: AsyncSession, *, order_id: str) -> int:
    """An order cancelled before receipt: its still-expected items are retired."""
    stmt = select(ConfigurationItem).where(
        ConfigurationItem.purchase_order_id == order_id,
        ConfigurationItem.status == ItemStatus.ordered.value,
    )
    items = (await session.exec(stmt)).all()
    for item in items:
        await transition_item(session, item=item, body=ItemTransition(to_status=ItemStatus.retired))
    return len(items)
