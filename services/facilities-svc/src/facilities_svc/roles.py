"""Roles of facilities-svc and the dependencies the routers share."""

from datetime import date
from typing import Annotated

from fastapi import Depends

from sg_common.auth import ADMIN_ROLE, AUDITOR_ROLE, Principal
from sg_common.auth.permissions import Caller
from sg_common.deps import OrgTreeDep
from sg_common.errors import UnprocessableEntity
from sg_common.org import OrgTree

MANAGER = "facilities.manager"
"""DSG staff: sees and manages every unit's records."""
BUYER = "facilities.buyer"
"""Buyer of the purchasing office (DSG-ACHATS): approves, orders, receives, for every unit."""
REQUESTER = "facilities.requester"
"""A unit's requester: requisitions, bookings and requests of their own units."""
SOCIAL = "facilities.social"
"""Social worker (assistante sociale): reads and writes assistance cases in full."""

ANY_ROLE = (MANAGER, BUYER, REQUESTER, SOCIAL)


class CentralServicesOnly(UnprocessableEntity):
    """Logistique et service social: pour les seuls services centraux."""

    type_slug = "central-services-only"
    title = "Reserved to the services centraux"


def require_central(tree: OrgTree, unit_code: str, as_of: date | None = None) -> None:
    """Refuse a regional unit (or a national centre) for logistics and social service."""
    unit = tree.require(unit_code, as_of)
    if not tree.is_central(unit_code, as_of):
        raise CentralServicesOnly(
            f"{unit_code} ({unit.name}) is not a service central: logistics support and the "
            "social service are provided to head-office units only; contact your regional "
            "directorate's general services",
            extra={"unit": unit_code},
        )


async def central_caller(principal: Caller, tree: OrgTreeDep) -> Principal:
    """The caller, refused when none of their units is a service central (unless all-seeing)."""
    if principal.has_any_role(MANAGER, SOCIAL) or principal.is_sg_wide((ADMIN_ROLE, AUDITOR_ROLE)):
        return principal
    if not any(tree.get(code) is not None and tree.is_central(code) for code in principal.units):
        raise CentralServicesOnly(
            "logistics support and the social service are provided to head-office units only; "
            f"your units ({', '.join(principal.units) or 'none'}) are regional",
        )
    return principal


CentralCaller = Annotated[Principal, Depends(central_caller)]
