from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.trend import Trend






T = TypeVar("T", bound="IndicatorPublic")



@_attrs_define
class IndicatorPublic:
    """ 
        Attributes:
            code (str):
            id (int):
            label (str):
            measure_unit (str):
            objective_id (int):
            trend (Trend):
     """

    code: str
    id: int
    label: str
    measure_unit: str
    objective_id: int
    trend: Trend
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        label = self.label

        measure_unit = self.measure_unit

        objective_id = self.objective_id

        trend = self.trend.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "id": id,
            "label": label,
            "measure_unit": measure_unit,
            "objective_id": objective_id,
            "trend": trend,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id")

        label = d.pop("label")

        measure_unit = d.pop("measure_unit")

        objective_id = d.pop("objective_id")

        trend = Trend(d.pop("trend"))




        indicator_public = cls(
            code=code,
            id=id,
            label=label,
            measure_unit=measure_unit,
            objective_id=objective_id,
            trend=trend,
        )


        indicator_public.additional_properties = d
        return indicator_public

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
