from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OrderRequest")



@_attrs_define
class OrderRequest:
    """ 
        Attributes:
            tender_reference (None | str | Unset):
     """

    tender_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        tender_reference: None | str | Unset
        if isinstance(self.tender_reference, Unset):
            tender_reference = UNSET
        else:
            tender_reference = self.tender_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if tender_reference is not UNSET:
            field_dict["tender_reference"] = tender_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_tender_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tender_reference = _parse_tender_reference(d.pop("tender_reference", UNSET))


        order_request = cls(
            tender_reference=tender_reference,
        )

        return order_request

