"""IT policy: the catalogue of standards and the compliance of the inventory per unit."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.inventory.models import ConfigurationItem
from it_svc.inventory.schemas import ItemKind, ItemStatus
from it_svc.policy.models import CatalogueStandard
from it_svc.policy.schemas import (
    NonCompliantItem,
    StandardCreate,
    StandardStatus,
    StandardUpdate,
    UnitCompliance,
)
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.repository import Repository

IN_SERVICE = (ItemStatus.in_stock.value, ItemStatus.deployed.value, ItemStatus.in_repair.value)
OUTSIDE = "outside_catalogue"

#: The catalogue (not scoped by unit: the politique informatique is the ministry's).
STANDARDS = Repository(CatalogueStandard, what="standard", unit=None)


class DuplicateStandard(BusinessRuleViolation):
    type_slug = "duplicate-standard"
    title = "This model and version are in the catalogue already"


async def create_standard(session: AsyncSession, *, body: StandardCreate) -> CatalogueStandard:
    """Add a model (and optionally a version) to the catalogue."""
    stmt = select(CatalogueStandard.id).where(
        CatalogueStandard.kind == body.kind.value,
        func.lower(CatalogueStandard.model) == body.model.lower(),
    )
    if body.model_version is None:
        stmt = stmt.where(col(CatalogueStandard.model_version).is_(None))
    else:
        stmt = stmt.where(func.lower(CatalogueStandard.model_version) == body.model_version.lower())
    if (await session.exec(stmt)).first() is not None:
        version = body.model_version or "every version"
        raise DuplicateStandard(
            f"{body.kind.value} {body.model} ({version}) is in the catalogue: change its status"
        )
    now = utcnow()
    standard = CatalogueStandard(
        kind=body.kind.value,
        model=body.model,
        model_version=body.model_version,
        status=body.status.value,
        note=body.note,
        created_at=now,
        updated_at=now,
    )
    session.add(standard)
    await session.flush()
    return standard


async def list_standards(
    session: AsyncSession,
    *,
    kind: ItemKind | None,
    status: StandardStatus | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[CatalogueStandard], str | None]:
    stmt = select(CatalogueStandard)
    if kind is not None:
        stmt = stmt.where(CatalogueStandard.kind == kind.value)
    if status is not None:
        stmt = stmt.where(CatalogueStandard.status == status.value)
    return await paginate(
        session,
        stmt,
        order_by=[col(CatalogueStandard.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )


async def update_standard(
    session: AsyncSession, *, standard: CatalogueStandard, body: StandardUpdate
) -> CatalogueStandard:
    """Change the status (e.g. approved → tolerated → forbidden) or the note."""
    if STANDARDS.patch(standard, body):
        standard.status = StandardStatus(standard.status).value
        standard.updated_at = utcnow()
    await session.flush()
    return standard


def classify(
    standards: list[CatalogueStandard], kind: str, model: str, model_version: str | None
) -> str:
    """The catalogue status of a model/version: the exact version first, then the model."""
    exact = generic = None
    for s in standards:
        if s.kind != kind or s.model.lower() != model.lower():
            continue
        if s.model_version is None:
            generic = s.status
        elif model_version is not None and s.model_version.lower() == model_version.lower():
            exact = s.status
    return exact or generic or OUTSIDE


async def compliance(
    session: AsyncSession, *, scope: OrgScope, unit_code: str | None
) -> list[UnitCompliance]:
    """Per unit: items in service counted by catalogue status; the non-compliant listed."""
    standards = list((await session.exec(select(CatalogueStandard))).all())
    stmt = scope.apply(
        select(ConfigurationItem).where(col(ConfigurationItem.status).in_(IN_SERVICE)),
        col(ConfigurationItem.unit_code),
    )
    if unit_code:
        stmt = stmt.where(ConfigurationItem.unit_code == unit_code)
    items = (await session.exec(stmt.order_by(col(ConfigurationItem.id)))).all()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    listed: dict[str, list[NonCompliantItem]] = defaultdict(list)
    for item in items:
        verdict = classify(standards, item.kind, item.model, item.model_version)
        counts[item.unit_code][verdict] += 1
        if verdict != StandardStatus.approved.value:
            listed[item.unit_code].append(
                NonCompliantItem(
                    item_id=item.id or 0,
                    kind=ItemKind(item.kind),
                    model=item.model,
                    model_version=item.model_version,
                    status=verdict,
                )
            )
    return [
        UnitCompliance(
            unit_code=unit,
            items=sum(c.values()),
            approved=c[StandardStatus.approved.value],
            tolerated=c[StandardStatus.tolerated.value],
            forbidden=c[StandardStatus.forbidden.value],
            outside_catalogue=c[OUTSIDE],
            non_compliant=listed[unit],
        )
        for unit, c in sorted(counts.items())
    ]
