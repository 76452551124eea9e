from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="UnitTarget")



@_attrs_define
class UnitTarget:
    """ 
        Attributes:
            target (int):
            unit_code (str):
     """

    target: int
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        target = self.target

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "target": target,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("target")

        unit_code = d.pop("unit_code")

        unit_target = cls(
            target=target,
            unit_code=unit_code,
        )

        return unit_target

