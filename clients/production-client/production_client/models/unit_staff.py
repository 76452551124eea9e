from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="UnitStaff")



@_attrs_define
class UnitStaff:
    """ 
        Attributes:
            assignments (int):
            available_staff_days (float | str):
            end (datetime.date):
            fte (float | str): Sum of quotités of assignments overlapping the window.
            start (datetime.date):
            unit_code (str):
     """

    assignments: int
    available_staff_days: float | str
    end: datetime.date
    fte: float | str
    start: datetime.date
    unit_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        assignments = self.assignments

        available_staff_days: float | str
        available_staff_days = self.available_staff_days

        end = self.end.isoformat()

        fte: float | str
        fte = self.fte

        start = self.start.isoformat()

        unit_code = self.unit_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignments": assignments,
            "available_staff_days": available_staff_days,
            "end": end,
            "fte": fte,
            "start": start,
            "unit_code": unit_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignments = d.pop("assignments")

        def _parse_available_staff_days(data: object) -> float | str:
            return cast(float | str, data)

        available_staff_days = _parse_available_staff_days(d.pop("available_staff_days"))


        end = datetime.date.fromisoformat(d.pop("end"))




        def _parse_fte(data: object) -> float | str:
            return cast(float | str, data)

        fte = _parse_fte(d.pop("fte"))


        start = datetime.date.fromisoformat(d.pop("start"))




        unit_code = d.pop("unit_code")

        unit_staff = cls(
            assignments=assignments,
            available_staff_days=available_staff_days,
            end=end,
            fte=fte,
            start=start,
            unit_code=unit_code,
        )


        unit_staff.additional_properties = d
        return unit_staff

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
