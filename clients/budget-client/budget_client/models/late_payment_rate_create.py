from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LatePaymentRateCreate")



@_attrs_define
class LatePaymentRateCreate:
    """ 
        Attributes:
            ecb_rate (float | str):
            valid_from (datetime.date):
            fixed_fee (float | str | Unset):  Default: 40.0.
            margin_points (float | str | Unset):  Default: 8.0.
     """

    ecb_rate: float | str
    valid_from: datetime.date
    fixed_fee: float | str | Unset = 40.0
    margin_points: float | str | Unset = 8.0





    def to_dict(self) -> dict[str, Any]:
        ecb_rate: float | str
        ecb_rate = self.ecb_rate

        valid_from = self.valid_from.isoformat()

        fixed_fee: float | str | Unset
        if isinstance(self.fixed_fee, Unset):
            fixed_fee = UNSET
        else:
            fixed_fee = self.fixed_fee

        margin_points: float | str | Unset
        if isinstance(self.margin_points, Unset):
            margin_points = UNSET
        else:
            margin_points = self.margin_points


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ecb_rate": ecb_rate,
            "valid_from": valid_from,
        })
        if fixed_fee is not UNSET:
            field_dict["fixed_fee"] = fixed_fee
        if margin_points is not UNSET:
            field_dict["margin_points"] = margin_points

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_ecb_rate(data: object) -> float | str:
            return cast(float | str, data)

        ecb_rate = _parse_ecb_rate(d.pop("ecb_rate"))


        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        def _parse_fixed_fee(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        fixed_fee = _parse_fixed_fee(d.pop("fixed_fee", UNSET))


        def _parse_margin_points(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        margin_points = _parse_margin_points(d.pop("margin_points", UNSET))


        late_payment_rate_create = cls(
            ecb_rate=ecb_rate,
            valid_from=valid_from,
            fixed_fee=fixed_fee,
            margin_points=margin_points,
        )

        return late_payment_rate_create

