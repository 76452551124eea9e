from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="IndicatorValuePublic")



@_attrs_define
class IndicatorValuePublic:
    """ 
        Attributes:
            actual (float | None | str):
            code (str):
            indicator_id (int):
            met (bool | None): Actual at or beyond target in the indicator's trend.
            target (float | None | str):
            unit_code (None | str):
            year (int):
     """

    actual: float | None | str
    code: str
    indicator_id: int
    met: bool | None
    target: float | None | str
    unit_code: None | str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual: float | None | str
        actual = self.actual

        code = self.code

        indicator_id = self.indicator_id

        met: bool | None
        met = self.met

        target: float | None | str
        target = self.target

        unit_code: None | str
        unit_code = self.unit_code

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual": actual,
            "code": code,
            "indicator_id": indicator_id,
            "met": met,
            "target": target,
            "unit_code": unit_code,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        actual = _parse_actual(d.pop("actual"))


        code = d.pop("code")

        indicator_id = d.pop("indicator_id")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))


        def _parse_target(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        target = _parse_target(d.pop("target"))


        def _parse_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_code = _parse_unit_code(d.pop("unit_code"))


        year = d.pop("year")

        indicator_value_public = cls(
            actual=actual,
            code=code,
            indicator_id=indicator_id,
            met=met,
            target=target,
            unit_code=unit_code,
            year=year,
        )


        indicator_value_public.additional_properties = d
        return indicator_value_public

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
