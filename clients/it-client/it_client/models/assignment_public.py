from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AssignmentPublic")



@_attrs_define
class AssignmentPublic:
    """ 
        Attributes:
            agent_id (None | str):
            assigned_on (datetime.date):
            id (int):
            item_id (int | None):
            licence_id (int):
            released_on (datetime.date | None):
     """

    agent_id: None | str
    assigned_on: datetime.date
    id: int
    item_id: int | None
    licence_id: int
    released_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agent_id: None | str
        agent_id = self.agent_id

        assigned_on = self.assigned_on.isoformat()

        id = self.id

        item_id: int | None
        item_id = self.item_id

        licence_id = self.licence_id

        released_on: None | str
        if isinstance(self.released_on, datetime.date):
            released_on = self.released_on.isoformat()
        else:
            released_on = self.released_on


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agent_id": agent_id,
            "assigned_on": assigned_on,
            "id": id,
            "item_id": item_id,
            "licence_id": licence_id,
            "released_on": released_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agent_id"))


        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))




        id = d.pop("id")

        def _parse_item_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        item_id = _parse_item_id(d.pop("item_id"))


        licence_id = d.pop("licence_id")

        def _parse_released_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_on_type_0 = datetime.date.fromisoformat(data)



                return released_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        released_on = _parse_released_on(d.pop("released_on"))


        assignment_public = cls(
            agent_id=agent_id,
            assigned_on=assigned_on,
            id=id,
            item_id=item_id,
            licence_id=licence_id,
            released_on=released_on,
        )


        assignment_public.additional_properties = d
        return assignment_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
