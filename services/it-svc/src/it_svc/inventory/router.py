"""Inventory endpoints: configuration items, their lifecycle and relations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.inventory import service
from it_svc.inventory.models import ConfigurationItem
from it_svc.inventory.schemas import (
    ItemCreate,
    ItemKind,
    ItemPage,
    ItemPublic,
    ItemStatus,
    ItemTransition,
    ItemUpdate,
    RelationCreate,
    RelationPublic,
)
from sg_common.api import (
    BusinessDate,
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.api.imports import ImportCall, add_import_route
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep, get_org_tree
from sg_common.errors import problem_responses

router = APIRouter(prefix="/items", tags=["inventory"])


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_item(
    body: ItemCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _w: Caller,
) -> ItemPublic:
    """Record a configuration item (ordered or in stock); in stock → ``it.asset_registered``."""
    item = await service.create_item(session, tree=tree, scope=scope, body=body)
    set_etag(response, item.version)
    return ItemPublic.model_validate(item)


async def _import_item(
    session: AsyncSession, body: ItemCreate, call: ImportCall
) -> ConfigurationItem:
    tree = get_org_tree(call.request)
    return await service.create_item(session, tree=tree, scope=call.scope, body=body)


add_import_route(
    router,
    "/imports",
    name="import_items",
    model=ItemCreate,
    create=_import_item,
    summary="Import configuration items from a CSV or XLSX file (all rows or none)",
    description="Each row is an item as `POST /items` takes it, under the same rules (and events).",
)


ITEM_SORT = Sort(
    ConfigurationItem,
    "kind",
    "name",
    "model",
    "status",
    "unit_code",
    "site",
    "warranty_end",
    "created_at",
)


@router.get("", summary="List configuration items in scope")
async def list_items(
    listing: Annotated[Listing, ITEM_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    status: ItemStatus | None = None,
    kind: ItemKind | None = None,
    site: Line | None = None,
    assigned_agent_id: Line | None = None,
    purchase_order_id: Line | None = None,
    warranty_before: BusinessDate | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ItemPage:
    filters = {
        "unit_code": unit_code,
        "status": status.value if status else None,
        "kind": kind.value if kind else None,
        "site": site,
        "assigned_agent_id": assigned_agent_id,
        "purchase_order_id": purchase_order_id,
    }
    rows, next_cursor = await service.list_items(
        session,
        scope=scope,
        filters=filters,
        limit=limit,
        cursor=cursor,
        listing=listing,
        warranty_before=warranty_before,
    )
    return ItemPage(
        items=[ItemPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{item_id}", responses=problem_responses(404))
async def get_item(
    item_id: int,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _r: Caller,
) -> ItemPublic:
    item = await service.ITEMS.read(session, item_id, scope, ItemPublic)
    set_etag(response, item.version)
    return item


@router.patch("/{item_id}", responses=problem_responses(404, 409, 412, 428))
async def update_item(
    item_id: int,
    body: ItemUpdate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _w: Caller,
    if_match: IfMatchHeader = None,
) -> ItemPublic:
    item = await service.ITEMS.get(session, item_id, scope)
    check_if_match(if_match, item.version)
    item = await service.update_item(session, tree=tree, scope=scope, item=item, body=body)
    set_etag(response, item.version)
    return ItemPublic.model_validate(item)


@router.post("/{item_id}/transitions", responses=problem_responses(404, 409, 412, 428))
async def transition_item(
    item_id: int,
    body: ItemTransition,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _w: Caller,
    if_match: IfMatchHeader = None,
) -> ItemPublic:
    """Move the item along its lifecycle (ordered → in_stock → deployed ⇄ in_repair → retired)."""
    item = await service.ITEMS.get(session, item_id, scope)
    check_if_match(if_match, item.version)
    item = await service.transition_item(session, item=item, body=body)
    set_etag(response, item.version)
    return ItemPublic.model_validate(item)


@router.post(
    "/{item_id}/relations",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
)
async def add_relation(
    item_id: int,
    body: RelationCreate,
    session: SessionDep,
    scope: Scope,
    _w: Caller,
) -> RelationPublic:
    item = await service.ITEMS.get(session, item_id, scope)
    relation = await service.add_relation(session, scope=scope, item=item, body=body)
    return RelationPublic.model_validate(relation)


@router.get("/{item_id}/relations", responses=problem_responses(404))
async def list_relations(
    item_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> list[RelationPublic]:
    item = await service.ITEMS.get(session, item_id, scope)
    return [
        RelationPublic.model_validate(r) for r in await service.list_relations(session, item=item)
    ]


@router.delete(
    "/{item_id}/relations/{relation_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404),
)
async def delete_relation(
    item_id: int,
    relation_id: int,
    session: SessionDep,
    scope: Scope,
    _w: Caller,
) -> None:
    item = await service.ITEMS.get(session, item_id, scope)
    await service.delete_relation(session, item=item, relation_id=relation_id)
