from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="LatePaymentRatePublic")



@_attrs_define
class LatePaymentRatePublic:
    """ 
        Attributes:
            ecb_rate (float | str):
            fixed_fee (float | str):
            margin_points (float | str):
            valid_from (datetime.date):
     """

    ecb_rate: float | str
    fixed_fee: float | str
    margin_points: float | str
    valid_from: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ecb_rate: float | str
        ecb_rate = self.ecb_rate

        fixed_fee: float | str
        fixed_fee = self.fixed_fee

        margin_points: float | str
        margin_points = self.margin_points

        valid_from = self.valid_from.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ecb_rate": ecb_rate,
            "fixed_fee": fixed_fee,
            "margin_points": margin_points,
            "valid_from": valid_from,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ecb_rate(data: object) -> float | str:
            return cast(float | str, data)

        ecb_rate = _parse_ecb_rate(d.pop("ecb_rate"))


        def _parse_fixed_fee(data: object) -> float | str:
            return cast(float | str, data)

        fixed_fee = _parse_fixed_fee(d.pop("fixed_fee"))


        def _parse_margin_points(data: object) -> float | str:
            return cast(float | str, data)

        margin_points = _parse_margin_points(d.pop("margin_points"))


        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        late_payment_rate_public = cls(
            ecb_rate=ecb_rate,
            fixed_fee=fixed_fee,
            margin_points=margin_points,
            valid_from=valid_from,
        )


        late_payment_rate_public.additional_properties = d
        return late_payment_rate_public

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
