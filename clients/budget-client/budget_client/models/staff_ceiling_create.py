from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="StaffCeilingCreate")



@_attrs_define
class StaffCeilingCreate:
    """ 
        Attributes:
            etpt_ceiling (float | str):
            fiscal_year (int):
            unit_code (str):
            reason (None | str | Unset):
     """

    etpt_ceiling: float | str
    fiscal_year: int
    unit_code: str
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        etpt_ceiling: float | str
        etpt_ceiling = self.etpt_ceiling

        fiscal_year = self.fiscal_year

        unit_code = self.unit_code

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "etpt_ceiling": etpt_ceiling,
            "fiscal_year": fiscal_year,
            "unit_code": unit_code,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_etpt_ceiling(data: object) -> float | str:
            return cast(float | str, data)

        etpt_ceiling = _parse_etpt_ceiling(d.pop("etpt_ceiling"))


        fiscal_year = d.pop("fiscal_year")

        unit_code = d.pop("unit_code")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        staff_ceiling_create = cls(
            etpt_ceiling=etpt_ceiling,
            fiscal_year=fiscal_year,
            unit_code=unit_code,
            reason=reason,
        )

        return staff_ceiling_create

