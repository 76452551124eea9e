from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.title import Title






T = TypeVar("T", bound="LineRef")



@_attrs_define
class LineRef:
    """ 
        Attributes:
            action (str):
            title (Title): LOLF budget titles (titres) of programme 220.
            unit_code (str):
     """

    action: str
    title: Title
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        title = self.title.value

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "title": title,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        title = Title(d.pop("title"))




        unit_code = d.pop("unit_code")

        line_ref = cls(
            action=action,
            title=title,
            unit_code=unit_code,
        )

        return line_ref

