from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReceiptLineCreate")



@_attrs_define
class ReceiptLineCreate:
    """ 
        Attributes:
            line_id (int):
            quantity (int):
     """

    line_id: int
    quantity: int





    def to_dict(self) -> dict[str, Any]:
        line_id = self.line_id

        quantity = self.quantity


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "line_id": line_id,
            "quantity": quantity,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line_id = d.pop("line_id")

        quantity = d.pop("quantity")

        receipt_line_create = cls(
            line_id=line_id,
            quantity=quantity,
        )

        return receipt_line_create

