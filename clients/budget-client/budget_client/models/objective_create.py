from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ObjectiveCreate")



@_attrs_define
class ObjectiveCreate:
    """ 
        Attributes:
            code (str):
            label (str):
     """

    code: str
    label: str





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "label": label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        objective_create = cls(
            code=code,
            label=label,
        )

        return objective_create

