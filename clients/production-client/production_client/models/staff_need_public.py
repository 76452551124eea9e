from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="StaffNeedPublic")



@_attrs_define
class StaffNeedPublic:
    """ 
        Attributes:
            staff_days (float | str):
            unit_code (str):
     """

    staff_days: float | str
    unit_code: str





    def to_dict(self) -> dict[str, Any]:
        staff_days: float | str
        staff_days = self.staff_days

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "staff_days": staff_days,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_staff_days(data: object) -> float | str:
            return cast(float | str, data)

        staff_days = _parse_staff_days(d.pop("staff_days"))


        unit_code = d.pop("unit_code")

        staff_need_public = cls(
            staff_days=staff_days,
            unit_code=unit_code,
        )

        return staff_need_public

