from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="EtptMonth")



@_attrs_define
class EtptMonth:
    """ 
        Attributes:
            etpt (float | str): ETPT of the month (4 places).
            month (int):
            variance (float | None | str): ETPT minus the annual ceiling (null: none).
     """

    etpt: float | str
    month: int
    variance: float | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        etpt: float | str
        etpt = self.etpt

        month = self.month

        variance: float | None | str
        variance = self.variance


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "etpt": etpt,
            "month": month,
            "variance": variance,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_etpt(data: object) -> float | str:
            return cast(float | str, data)

        etpt = _parse_etpt(d.pop("etpt"))


        month = d.pop("month")

        def _parse_variance(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        variance = _parse_variance(d.pop("variance"))


        etpt_month = cls(
            etpt=etpt,
            month=month,
            variance=variance,
        )


        etpt_month.additional_properties = d
        return etpt_month

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
