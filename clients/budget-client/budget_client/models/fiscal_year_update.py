from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.fiscal_year_status import FiscalYearStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FiscalYearUpdate")



@_attrs_define
class FiscalYearUpdate:
    """ 
        Attributes:
            reserve_rate_other (float | None | str | Unset):
            reserve_rate_t2 (float | None | str | Unset):
            status (FiscalYearStatus | None | Unset):
     """

    reserve_rate_other: float | None | str | Unset = UNSET
    reserve_rate_t2: float | None | str | Unset = UNSET
    status: FiscalYearStatus | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reserve_rate_other: float | None | str | Unset
        if isinstance(self.reserve_rate_other, Unset):
            reserve_rate_other = UNSET
        else:
            reserve_rate_other = self.reserve_rate_other

        reserve_rate_t2: float | None | str | Unset
        if isinstance(self.reserve_rate_t2, Unset):
            reserve_rate_t2 = UNSET
        else:
            reserve_rate_t2 = self.reserve_rate_t2

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FiscalYearStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if reserve_rate_other is not UNSET:
            field_dict["reserve_rate_other"] = reserve_rate_other
        if reserve_rate_t2 is not UNSET:
            field_dict["reserve_rate_t2"] = reserve_rate_t2
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_reserve_rate_other(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        reserve_rate_other = _parse_reserve_rate_other(d.pop("reserve_rate_other", UNSET))


        def _parse_reserve_rate_t2(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        reserve_rate_t2 = _parse_reserve_rate_t2(d.pop("reserve_rate_t2", UNSET))


        def _parse_status(data: object) -> FiscalYearStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FiscalYearStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FiscalYearStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        fiscal_year_update = cls(
            reserve_rate_other=reserve_rate_other,
            reserve_rate_t2=reserve_rate_t2,
            status=status,
        )

        return fiscal_year_update

