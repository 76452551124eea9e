from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FiscalYearCreate")



@_attrs_define
class FiscalYearCreate:
    """ 
        Attributes:
            year (int):
            reserve_rate_other (float | str | Unset):  Default: 0.05.
            reserve_rate_t2 (float | str | Unset):  Default: 0.005.
     """

    year: int
    reserve_rate_other: float | str | Unset = 0.05
    reserve_rate_t2: float | str | Unset = 0.005





    def to_dict(self) -> dict[str, Any]:
        year = self.year

        reserve_rate_other: float | str | Unset
        if isinstance(self.reserve_rate_other, Unset):
            reserve_rate_other = UNSET
        else:
            reserve_rate_other = self.reserve_rate_other

        reserve_rate_t2: float | str | Unset
        if isinstance(self.reserve_rate_t2, Unset):
            reserve_rate_t2 = UNSET
        else:
            reserve_rate_t2 = self.reserve_rate_t2


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
        })
        if reserve_rate_other is not UNSET:
            field_dict["reserve_rate_other"] = reserve_rate_other
        if reserve_rate_t2 is not UNSET:
            field_dict["reserve_rate_t2"] = reserve_rate_t2

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        def _parse_reserve_rate_other(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        reserve_rate_other = _parse_reserve_rate_other(d.pop("reserve_rate_other", UNSET))


        def _parse_reserve_rate_t2(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        reserve_rate_t2 = _parse_reserve_rate_t2(d.pop("reserve_rate_t2", UNSET))


        fiscal_year_create = cls(
            year=year,
            reserve_rate_other=reserve_rate_other,
            reserve_rate_t2=reserve_rate_t2,
        )

        return fiscal_year_create

