from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RoomCreate")



@_attrs_define
class RoomCreate:
    """ 
        Attributes:
            capacity (int):
            code (str):
            name (str):
            site (str):
     """

    capacity: int
    code: str
    name: str
    site: str





    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        code = self.code

        name = self.name

        site = self.site


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "capacity": capacity,
            "code": code,
            "name": name,
            "site": site,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        code = d.pop("code")

        name = d.pop("name")

        site = d.pop("site")

        room_create = cls(
            capacity=capacity,
            code=code,
            name=name,
            site=site,
        )

        return room_create

