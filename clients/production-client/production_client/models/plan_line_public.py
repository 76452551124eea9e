from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PlanLinePublic")



@_attrs_define
class PlanLinePublic:
    """ 
        Attributes:
            capacity (float | str):
            centre_code (str):
            demand (float | str):
            load (float | str):
            month (str):
            plan_id (str):
            plan_version (int):
     """

    capacity: float | str
    centre_code: str
    demand: float | str
    load: float | str
    month: str
    plan_id: str
    plan_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        capacity: float | str
        capacity = self.capacity

        centre_code = self.centre_code

        demand: float | str
        demand = self.demand

        load: float | str
        load = self.load

        month = self.month

        plan_id = self.plan_id

        plan_version = self.plan_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "capacity": capacity,
            "centre_code": centre_code,
            "demand": demand,
            "load": load,
            "month": month,
            "plan_id": plan_id,
            "plan_version": plan_version,
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


        def _parse_load(data: object) -> float | str:
            return cast(float | str, data)

        load = _parse_load(d.pop("load"))


        month = d.pop("month")

        plan_id = d.pop("plan_id")

        plan_version = d.pop("plan_version")

        plan_line_public = cls(
            capacity=capacity,
            centre_code=centre_code,
            demand=demand,
            load=load,
            month=month,
            plan_id=plan_id,
            plan_version=plan_version,
        )


        plan_line_public.additional_properties = d
        return plan_line_public

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
