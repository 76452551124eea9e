from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.phase_code import PhaseCode
from typing import cast






T = TypeVar("T", bound="TimelineMonth")



@_attrs_define
class TimelineMonth:
    """ 
        Attributes:
            it_person_days (float | str):
            month (str):
            phases (list[PhaseCode]):
            staff_days (float | str): Staff days spread over the phase's working days.
     """

    it_person_days: float | str
    month: str
    phases: list[PhaseCode]
    staff_days: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        it_person_days: float | str
        it_person_days = self.it_person_days

        month = self.month

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.value
            phases.append(phases_item)



        staff_days: float | str
        staff_days = self.staff_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "it_person_days": it_person_days,
            "month": month,
            "phases": phases,
            "staff_days": staff_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_it_person_days(data: object) -> float | str:
            return cast(float | str, data)

        it_person_days = _parse_it_person_days(d.pop("it_person_days"))


        month = d.pop("month")

        phases = []
        _phases = d.pop("phases")
        for phases_item_data in (_phases):
            phases_item = PhaseCode(phases_item_data)



            phases.append(phases_item)


        def _parse_staff_days(data: object) -> float | str:
            return cast(float | str, data)

        staff_days = _parse_staff_days(d.pop("staff_days"))


        timeline_month = cls(
            it_person_days=it_person_days,
            month=month,
            phases=phases,
            staff_days=staff_days,
        )


        timeline_month.additional_properties = d
        return timeline_month

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
