from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="LineCreate")



@_attrs_define
class LineCreate:
    """ 
        Attributes:
            item_code (str):
            quantity (int):
     """

    item_code: str
    quantity: int





    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        quantity = self.quantity


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "item_code": item_code,
            "quantity": quantity,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        quantity = d.pop("quantity")

        line_create = cls(
            item_code=item_code,
            quantity=quantity,
        )

        return line_create

