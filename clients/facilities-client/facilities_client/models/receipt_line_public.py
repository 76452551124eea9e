from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ReceiptLinePublic")



@_attrs_define
class ReceiptLinePublic:
    """ 
        Attributes:
            amount_ht (float | str):
            amount_ttc (float | str):
            line_id (int):
            quantity (int):
     """

    amount_ht: float | str
    amount_ttc: float | str
    line_id: int
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_ht: float | str
        amount_ht = self.amount_ht

        amount_ttc: float | str
        amount_ttc = self.amount_ttc

        line_id = self.line_id

        quantity = self.quantity


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_ht": amount_ht,
            "amount_ttc": amount_ttc,
            "line_id": line_id,
            "quantity": quantity,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount_ht(data: object) -> float | str:
            return cast(float | str, data)

        amount_ht = _parse_amount_ht(d.pop("amount_ht"))


        def _parse_amount_ttc(data: object) -> float | str:
            return cast(float | str, data)

        amount_ttc = _parse_amount_ttc(d.pop("amount_ttc"))


        line_id = d.pop("line_id")

        quantity = d.pop("quantity")

        receipt_line_public = cls(
            amount_ht=amount_ht,
            amount_ttc=amount_ttc,
            line_id=line_id,
            quantity=quantity,
        )


        receipt_line_public.additional_properties = d
        return receipt_line_public

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
