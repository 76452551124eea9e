from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="LoadLine")



@_attrs_define
class LoadLine:
    """ Capacity (person-days), demand (person-days) and load (demand / capacity, 1 = 100 %).

        Attributes:
            capacity (float | str):
            centre_code (str):
            demand (float | str):
            extra_person_days (float | str):
            infrastructure_headroom_pct (float | None | str):
            load (float | str):
            month (str):
            over_capacity (bool):
            staff_person_days (float | str):
     """

    capacity: float | str
    centre_code: str
    demand: float | str
    extra_person_days: float | str
    infrastructure_headroom_pct: float | None | str
    load: float | str
    month: str
    over_capacity: bool
    staff_person_days: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        capacity: float | str
        capacity = self.capacity

        centre_code = self.centre_code

        demand: float | str
        demand = self.demand

        extra_person_days: float | str
        extra_person_days = self.extra_person_days

        infrastructure_headroom_pct: float | None | str
        infrastructure_headroom_pct = self.infrastructure_headroom_pct

        load: float | str
        load = self.load

        month = self.month

        over_capacity = self.over_capacity

        staff_person_days: float | str
        staff_person_days = self.staff_person_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "capacity": capacity,
            "centre_code": centre_code,
            "demand": demand,
            "extra_person_days": extra_person_days,
            "infrastructure_headroom_pct": infrastructure_headroom_pct,
            "load": load,
            "month": month,
            "over_capacity": over_capacity,
            "staff_person_days": staff_person_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_capacity(data: object) -> float | str:
            return cast(float | str, data)

        capacity = _parse_capacity(d.pop("capacity"))


        centre_code = d.pop("centre_code")

        def _parse_demand(data: object) -> float | str:
            return cast(float | str, data)

        demand = _parse_demand(d.pop("demand"))


        def _parse_extra_person_days(data: object) -> float | str:
            return cast(float | str, data)

        extra_person_days = _parse_extra_person_days(d.pop("extra_person_days"))


        def _parse_infrastructure_headroom_pct(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        infrastructure_headroom_pct = _parse_infrastructure_headroom_pct(d.pop("infrastructure_headroom_pct"))


        def _parse_load(data: object) -> float | str:
            return cast(float | str, data)

        load = _parse_load(d.pop("load"))


        month = d.pop("month")

        over_capacity = d.pop("over_capacity")

        def _parse_staff_person_days(data: object) -> float | str:
            return cast(float | str, data)

        staff_person_days = _parse_staff_person_days(d.pop("staff_person_days"))


        load_line = cls(
            capacity=capacity,
            centre_code=centre_code,
            demand=demand,
            extra_person_days=extra_person_days,
            infrastructure_headroom_pct=infrastructure_headroom_pct,
            load=load,
            month=month,
            over_capacity=over_capacity,
            staff_person_days=staff_person_days,
        )


        load_line.additional_properties = d
        return load_line

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
