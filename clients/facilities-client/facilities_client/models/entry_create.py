from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="EntryCreate")



@_attrs_define
class EntryCreate:
    """ 
        Attributes:
            description (str):
            site (str):
            title (str):
            unit_code (str):
     """

    description: str
    site: str
    title: str
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        site = self.site

        title = self.title

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "site": site,
            "title": title,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        site = d.pop("site")

        title = d.pop("title")

        unit_code = d.pop("unit_code")

        entry_create = cls(
            description=description,
            site=site,
            title=title,
            unit_code=unit_code,
        )

        return entry_create

