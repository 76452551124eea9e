from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.trend import Trend






T = TypeVar("T", bound="IndicatorCreate")



@_attrs_define
class IndicatorCreate:
    """ 
        Attributes:
            code (str):
            label (str):
            measure_unit (str):
            objective_id (int):
            trend (Trend):
     """

    code: str
    label: str
    measure_unit: str
    objective_id: int
    trend: Trend





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label = self.label

        measure_unit = self.measure_unit

        objective_id = self.objective_id

        trend = self.trend.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
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

        label = d.pop("label")

        measure_unit = d.pop("measure_unit")

        objective_id = d.pop("objective_id")

        trend = Trend(d.pop("trend"))




        indicator_create = cls(
            code=code,
            label=label,
            measure_unit=measure_unit,
            objective_id=objective_id,
            trend=trend,
        )

        return indicator_create

