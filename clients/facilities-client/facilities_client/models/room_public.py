from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RoomPublic")



@_attrs_define
class RoomPublic:
    """ 
        Attributes:
            active (bool):
            capacity (int):
            code (str):
            id (int):
            name (str):
            site (str):
            version (int):
     """

    active: bool
    capacity: int
    code: str
    id: int
    name: str
    site: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        capacity = self.capacity

        code = self.code

        id = self.id

        name = self.name

        site = self.site

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "capacity": capacity,
            "code": code,
            "id": id,
            "name": name,
            "site": site,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        capacity = d.pop("capacity")

        code = d.pop("code")

        id = d.pop("id")

        name = d.pop("name")

        site = d.pop("site")

        version = d.pop("version")

        room_public = cls(
            active=active,
            capacity=capacity,
            code=code,
            id=id,
            name=name,
            site=site,
            version=version,
        )


        room_public.additional_properties = d
        return room_public

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
