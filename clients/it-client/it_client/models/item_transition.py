from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.item_status import ItemStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ItemTransition")



@_attrs_define
class ItemTransition:
    """ 
        Attributes:
            to_status (ItemStatus): Lifecycle: ordered → in_stock → deployed ⇄ in_repair → retired.
            assigned_agent_id (None | str | Unset): Agent the item is deployed to.
            site (None | str | Unset):
     """

    to_status: ItemStatus
    assigned_agent_id: None | str | Unset = UNSET
    site: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        to_status = self.to_status.value

        assigned_agent_id: None | str | Unset
        if isinstance(self.assigned_agent_id, Unset):
            assigned_agent_id = UNSET
        else:
            assigned_agent_id = self.assigned_agent_id

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to_status": to_status,
        })
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_status = ItemStatus(d.pop("to_status"))




        def _parse_assigned_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_agent_id = _parse_assigned_agent_id(d.pop("assigned_agent_id", UNSET))


        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))


        item_transition = cls(
            to_status=to_status,
            assigned_agent_id=assigned_agent_id,
            site=site,
        )

        return item_transition

