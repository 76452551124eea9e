from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="UnitReadership")



@_attrs_define
class UnitReadership:
    """ 
        Attributes:
            acknowledged (int):
            targeted (int):
            unit_code (str):
            unread_rate (float | str): Share of targeted agents who have not read (0–1).
     """

    acknowledged: int
    targeted: int
    unit_code: str
    unread_rate: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        acknowledged = self.acknowledged

        targeted = self.targeted

        unit_code = self.unit_code

        unread_rate: float | str
        unread_rate = self.unread_rate


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acknowledged": acknowledged,
            "targeted": targeted,
            "unit_code": unit_code,
            "unread_rate": unread_rate,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged = d.pop("acknowledged")

        targeted = d.pop("targeted")

        unit_code = d.pop("unit_code")

        def _parse_unread_rate(data: object) -> float | str:
            return cast(float | str, data)

        unread_rate = _parse_unread_rate(d.pop("unread_rate"))


        unit_readership = cls(
            acknowledged=acknowledged,
            targeted=targeted,
            unit_code=unit_code,
            unread_rate=unread_rate,
        )


        unit_readership.additional_properties = d
        return unit_readership

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
