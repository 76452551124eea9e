from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SiteCreate")



@_attrs_define
class SiteCreate:
    """ 
        Attributes:
            city (str):
            code (str):
            name (str):
            unit_code (str):
     """

    city: str
    code: str
    name: str
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        city = self.city

        code = self.code

        name = self.name

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "city": city,
            "code": code,
            "name": name,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city")

        code = d.pop("code")

        name = d.pop("name")

        unit_code = d.pop("unit_code")

        site_create = cls(
            city=city,
            code=code,
            name=name,
            unit_code=unit_code,
        )

        return site_create

