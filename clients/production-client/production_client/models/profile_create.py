from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProfileCreate")



@_attrs_define
class ProfileCreate:
    """ 
        Attributes:
            code (str):
            hardware (str):
            name (str):
            software (list[str] | Unset):
     """

    code: str
    hardware: str
    name: str
    software: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        hardware = self.hardware

        name = self.name

        software: list[str] | Unset = UNSET
        if not isinstance(self.software, Unset):
            software = self.software




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "hardware": hardware,
            "name": name,
        })
        if software is not UNSET:
            field_dict["software"] = software

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        hardware = d.pop("hardware")

        name = d.pop("name")

        software = cast(list[str], d.pop("software", UNSET))


        profile_create = cls(
            code=code,
            hardware=hardware,
            name=name,
            software=software,
        )

        return profile_create

